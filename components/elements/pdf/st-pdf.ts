import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { PdfPayload } from "../../../packages/protocol/index.js";
import { StMediaElement } from "../../lib/media-element.js";

/**
 * st.pdf: the browser's own PDF viewer in an iframe of a blob URL. Streamlit draws it
 * with its streamlit-pdf component, whose host carries `stBidiComponentIsolated` and
 * whose viewer is `pdf-container`; the same ids are kept here.
 */
@customElement("st-pdf")
export class StPdf extends StMediaElement<PdfPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: PdfPayload;

  protected static override testId = "stBidiComponentIsolated";
  protected static override css = `
st-pdf { display: block; }
st-pdf .st-pdf-container { border: 1px solid var(--st-border); border-radius: var(--st-radius); overflow: hidden; }
st-pdf iframe { display: block; width: 100%; border: 0; }
st-pdf[data-height="stretch"] iframe { height: 100%; min-height: 500px; }
`;

  protected override sources() {
    return [this.element.source];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.classList.add("stPdf");
  }

  protected override render() {
    const { height, key } = this.element;
    if (key) this.classList.add(`st-key-${key}`);
    this.dataset.height = height === "stretch" ? "stretch" : "pixels";
    const style = typeof height === "number" ? `height: ${height}px` : "";
    return html`<div class="st-pdf-container" data-testid="pdf-container">
      <iframe title="streamlit_pdf.pdf_viewer" data-testid="pdf-content" src=${this.urls[0] ?? ""} style=${style}></iframe>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-pdf": StPdf;
  }
}
