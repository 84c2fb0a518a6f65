/**
 * Base class of every element: renders in light DOM (so Streamlit-style CSS written by
 * apps, e.g. `.stButton button {...}`, applies as on Streamlit), carries Streamlit's
 * `data-testid` and class on its root, and adds its CSS to the document once.
 */
import { LitElement } from "lit";
import type { WidgetValueDetail } from "./events.js";
import { WidgetValueEvent } from "./events.js";

const adopted = new Set<string>();

/** Add a stylesheet to the document once per distinct text. */
export function adoptStyles(cssText: string): void {
  if (!cssText || adopted.has(cssText)) return;
  adopted.add(cssText);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export abstract class StElement<P> extends LitElement {
  /** The element's payload from Python. */
  abstract element: P;

  /** Streamlit's data-testid for this element's root. */
  protected static testId = "";
  /** Document-level CSS for this element. */
  protected static css = "";

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const ctor = this.constructor as typeof StElement;
    adoptStyles(ctor.css);
    const testId = this.testId();
    if (testId) {
      this.dataset.testid = testId;
      this.classList.add(testId);
    }
  }

  /** The test id; elements whose id depends on the payload override this. */
  protected testId(): string {
    return (this.constructor as typeof StElement).testId;
  }

  /** Tell <st-app> a widget value changed. */
  protected emitValue(detail: WidgetValueDetail): void {
    this.dispatchEvent(new WidgetValueEvent(detail));
  }
}
