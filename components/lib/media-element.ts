/**
 * Base of elements that show media bytes (image, audio, video, PDF): turns the payload's
 * sources into URLs before each render and frees blob URLs when the element goes away.
 */
import type { PropertyValues } from "lit";
import type { MediaSource } from "../../packages/protocol/index.js";
import { MediaUrls } from "./media-urls.js";
import { StElement } from "./st-element.js";

export abstract class StMediaElement<P> extends StElement<P> {
  private media = new MediaUrls();
  /** URLs of `sources()`, in order, for the current payload. */
  protected urls: string[] = [];
  private resolvedFor?: P;

  /** The payload's media sources, in the order `urls` lists them. */
  protected abstract sources(): (MediaSource | null | undefined)[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.element !== this.resolvedFor) {
      this.urls = this.media.resolve(this.sources());
      this.resolvedFor = this.element;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (or put back): the URLs were freed on disconnect, make them again.
    if (this.resolvedFor !== undefined && this.media.size === 0) {
      this.resolvedFor = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media.revokeAll();
  }
}

/** CSS width for a media element's `width` ("stretch", "content" or pixels). */
export function cssWidth(width: "stretch" | "content" | number): string {
  if (typeof width === "number") return `${width}px`;
  return width === "stretch" ? "100%" : "auto";
}
