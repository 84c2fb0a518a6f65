/**
 * Blob URLs for an element's media bytes.
 *
 * A rerun sends the same media again as new bytes; handing out a new URL each time would
 * reload images and restart playing videos. So a URL is reused while the bytes are the
 * same (as Streamlit's content-hashed media URLs are), and revoked once no source of the
 * element uses it any more or the element leaves the page.
 */
import type { MediaSource } from "../../packages/protocol/index.js";

interface Entry {
  data: Uint8Array;
  mimeType: string;
  url: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A URL the browser can load for `src`: its own URL, or a blob URL of its bytes. */
export class MediaUrls {
  private entries: Entry[] = [];

  /** URLs for `sources` in order ("" for a source with neither bytes nor URL); frees the rest. */
  resolve(sources: (MediaSource | null | undefined)[]): string[] {
    const kept: Entry[] = [];
    const urls = sources.map((src) => {
      if (!src) return "";
      if (!src.data) return src.url ?? "";
      const data = src.data instanceof Uint8Array ? src.data : new Uint8Array(src.data as ArrayLike<number>);
      let entry = kept.find((e) => e.mimeType === src.mimeType && sameBytes(e.data, data));
      if (!entry) {
        const index = this.entries.findIndex((e) => e.mimeType === src.mimeType && sameBytes(e.data, data));
        if (index >= 0) entry = this.entries.splice(index, 1)[0];
      }
      if (!entry) {
        const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: src.mimeType || "application/octet-stream" });
        entry = { data, mimeType: src.mimeType, url: URL.createObjectURL(blob) };
      }
      if (!kept.includes(entry)) kept.push(entry);
      return entry.url;
    });
    this.revokeAll();
    this.entries = kept;
    return urls;
  }

  /** A blob URL for text (subtitles), managed like media bytes. */
  static textSource(text: string, mimeType: string): MediaSource {
    return { data: new TextEncoder().encode(text), url: null, mimeType };
  }

  /** Number of live blob URLs (for tests). */
  get size(): number {
    return this.entries.length;
  }

  revokeAll(): void {
    for (const entry of this.entries) URL.revokeObjectURL(entry.url);
    this.entries = [];
  }
}
