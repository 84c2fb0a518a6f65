/** Files the user gives an app (st.file_uploader, st.chat_input attachments): type checks and reading. */
import type { ChatFile, UploadedFileValue } from "../../packages/protocol/index.js";

/** The browser's `accept` check, for dropped files: extensions and MIME types (`image/*`). */
export function acceptsType(file: { name: string; type: string }, types: string[]): boolean {
  if (!types.length) return true;
  const name = file.name.toLowerCase();
  const mime = file.type.toLowerCase();
  return types.some((t) => (t.startsWith(".") ? name.endsWith(t) : t.endsWith("/*") ? mime.startsWith(t.slice(0, -1)) : mime === t));
}

/** A file's bytes and description as Python reads them; a folder's files keep their relative path as name. */
export async function readFile(file: File): Promise<ChatFile> {
  const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return { name: path || file.name, type: file.type, size: file.size, data: new Uint8Array(await file.arrayBuffer()) };
}

let fallbackIds = 0;

/** A new id for a file the user gave (Python's UploadedFile.file_id); unique within the page. */
export const newFileId = (): string => globalThis.crypto?.randomUUID?.() ?? `file-${Date.now()}-${++fallbackIds}`;

/** One object URL at a time, for the file a widget shows (camera photo, audio recording). */
export class FileUrl {
  private shown?: { fileId: string; url: string };

  /** The URL of `file` (made once per file; the previous one is revoked), or "" for none. */
  of(file: UploadedFileValue | undefined): string {
    if (this.shown?.fileId !== file?.fileId) {
      if (this.shown) URL.revokeObjectURL(this.shown.url);
      this.shown = file ? { fileId: file.fileId, url: URL.createObjectURL(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.type })) } : undefined;
    }
    return this.shown?.url ?? "";
  }
}
