/**
 * Uploaded files' bytes cross to a worker once. A file uploader's value holds its files with
 * their bytes (the page keeps them, so a restarted worker can get them again), and every
 * rerun request carries every widget's value: without this, a 50 MB file would be copied to
 * the worker on each rerun (measured: +150 ms per click, bench/uploads.mjs). Python keeps the
 * bytes by file id (runtime/uploaded_file_manager.py UploadedFileStore).
 */
import type { UploadedFileValue, WidgetStates } from "../../packages/protocol/index.js";

const isUploadedFile = (item: unknown): item is UploadedFileValue =>
  typeof item === "object" && item !== null && typeof (item as UploadedFileValue).fileId === "string" && (item as UploadedFileValue).data instanceof Uint8Array;

export class SentFiles {
  private ids = new Set<string>();

  /** `states` as the worker needs them: files it already has without their bytes. The rest count as sent from now on. */
  strip(states: WidgetStates | null): WidgetStates | null {
    if (!states) return states;
    const out: WidgetStates = {};
    for (const [id, state] of Object.entries(states)) {
      const value = state.value;
      if (!Array.isArray(value) || !value.some(isUploadedFile)) {
        out[id] = state;
        continue;
      }
      const files = value.map((item) => {
        if (!isUploadedFile(item)) return item;
        if (!this.ids.has(item.fileId)) {
          this.ids.add(item.fileId);
          return item;
        }
        const { data: _bytes, ...described } = item;
        return described;
      });
      out[id] = { ...state, value: files };
    }
    return out;
  }

  /** A new worker has none of the bytes. */
  reset(): void {
    this.ids.clear();
  }
}
