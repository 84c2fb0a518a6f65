import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { IframePayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

/** What the framed page may do: Streamlit's policy, so components written for it work (same origin lets them reach the app's page, as many do). */
export const IFRAME_SANDBOX =
  "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads allow-storage-access-by-user-activation";
const IFRAME_FEATURES = "clipboard-read; clipboard-write; fullscreen; autoplay; camera; microphone; geolocation; display-capture";

/**
 * components.html() and components.iframe(): the iframe itself carries `stIFrame`, as on
 * Streamlit, so `frame_locator('[data-testid="stIFrame"]')` finds it. `credentialless` lets
 * pages from other origins load into a cross-origin isolated app.
 */
@customElement("st-iframe")
export class StIframe extends StElement<IframePayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: IframePayload;

  protected static override css = `
st-iframe { display: block; }
st-iframe iframe { display: block; border: 0; max-width: 100%; color-scheme: normal; }
`;

  protected override testId(): string {
    return "";
  }

  protected override render() {
    const { src, srcdoc, width, height, scrolling, tabIndex } = this.element;
    return html`<iframe
      data-testid="stIFrame"
      class="stIFrame"
      title="st.iframe"
      src=${ifDefined(srcdoc == null ? (src ?? undefined) : undefined)}
      srcdoc=${ifDefined(srcdoc ?? undefined)}
      width=${width == null ? "100%" : String(width)}
      height=${String(height)}
      scrolling=${scrolling ? "auto" : "no"}
      tabindex=${ifDefined(tabIndex == null ? undefined : String(tabIndex))}
      sandbox=${IFRAME_SANDBOX}
      allow=${IFRAME_FEATURES}
      credentialless
    ></iframe>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-iframe": StIframe;
  }
}
