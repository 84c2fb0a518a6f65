import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { ImagePayload } from "../../../packages/protocol/index.js";
import { StMediaElement } from "../../lib/media-element.js";
import { markdown } from "../../lib/markdown-view.js";

/**
 * st.image (one or several images in a wrapping row) and st.pyplot. As in Streamlit,
 * each image is its own `stImage` holding an `stImageContainer` with the <img> and its
 * `stImageCaption`.
 */
@customElement("st-image")
export class StImage extends StMediaElement<ImagePayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ImagePayload;

  protected static override css = `
st-image { display: flex; flex-wrap: wrap; gap: 0.5rem; row-gap: 1rem; max-width: 100%; }
st-image .stImage { display: flex; flex-direction: column; max-width: 100%; }
st-image[data-width="stretch"] .stImage { flex: 1 1 100%; }
st-image .stImageContainer { display: flex; flex-direction: column; align-items: stretch; max-width: 100%; }
st-image img { display: block; max-width: 100%; height: auto; }
st-image .stImageCaption { color: var(--st-text-muted); font-size: 0.875rem; text-align: center; margin-top: 0.375rem; overflow-wrap: anywhere; }
st-image .stImageCaption p { margin: 0; }
`;

  protected override sources() {
    return this.element.images;
  }

  protected override render() {
    const { images, width } = this.element;
    this.dataset.width = typeof width === "number" ? "pixels" : width;
    const style =
      typeof width === "number"
        ? { width: `${width}px` }
        : width === "stretch"
          ? { width: "100%" }
          : {};
    return html`${images.map(
      (image, i) => html`<div class="stImage" data-testid="stImage">
        <div class="stImageContainer" data-testid="stImageContainer">
          <img src=${this.urls[i] ?? ""} alt=${image.caption ?? String(i)} style=${styleMap(style)} />
          ${image.caption
            ? html`<div class="stImageCaption" data-testid="stImageCaption" style=${styleMap(style)}>${markdown(image.caption)}</div>`
            : nothing}
        </div>
      </div>`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-image": StImage;
  }
}
