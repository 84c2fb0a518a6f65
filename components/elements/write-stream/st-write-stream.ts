import { html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { WriteStreamPayload } from "../../../packages/protocol/index.js";
import { markdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

/** Time between typing steps, ms. */
const STEP_MS = 16;

/**
 * Characters typed per step: a few at least, more when far behind, so the text keeps
 * up with a fast stream (about 20 steps to catch up) and a slow one reads as typing.
 */
export function typingStep(remaining: number): number {
  return Math.max(3, Math.ceil(remaining / 20));
}

/**
 * st.write_stream's text. Python replaces the element as chunks arrive; the page types
 * the new text out (the typewriter effect) and shows Markdown as it grows. Carries
 * `stMarkdown`, like the markdown element Streamlit leaves behind.
 */
@customElement("st-write-stream")
export class StWriteStream extends StElement<WriteStreamPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: WriteStreamPayload;

  /** How many characters of the body are shown. */
  @state() private shown = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private lastBody = "";

  protected static override testId = "stMarkdown";
  protected static override css = `
st-write-stream { display: block; }
`;

  /** True while text is still being typed out. */
  get typing(): boolean {
    return this.shown < (this.element?.body.length ?? 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.element) this.schedule();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("element" as keyof StWriteStream)) return;
    const body = this.element.body;
    // Text that no longer matches what is shown (replaced, not extended) restarts from the common part.
    let common = 0;
    const limit = Math.min(this.shown, body.length);
    while (common < limit && body.charCodeAt(common) === this.lastBody.charCodeAt(common)) common++;
    this.shown = common;
    this.lastBody = body;
    if (matchMedia("(prefers-reduced-motion: reduce)").matches) this.shown = body.length;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || !this.typing || !this.isConnected) return;
    this.timer = setTimeout(this.tick, STEP_MS);
  }

  private tick = (): void => {
    this.timer = undefined;
    const body = this.element.body;
    this.shown = Math.min(body.length, this.shown + typingStep(body.length - this.shown));
    this.schedule();
  };

  protected override render() {
    const { body, done, cursor } = this.element;
    const text = body.slice(0, this.shown);
    // A custom cursor is part of the Markdown, as Streamlit appends it to the text.
    const showCursor = cursor && (!done || this.typing);
    return html`<div class="stMarkdownContainer" data-testid="stMarkdownContainer">${markdown(showCursor ? text + cursor : text)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-write-stream": StWriteStream;
  }
}
