import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import type { FileUploaderPayload, UploadedFileValue } from "../../../packages/protocol/index.js";
import { acceptsType, newFileId, readFile } from "../../lib/files.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

const UPLOAD_ICON = html`<svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true"><path fill="currentColor" d="M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96zM19 18H6c-2.21 0-4-1.79-4-4 0-2.05 1.53-3.76 3.56-3.97l1.07-.11.5-.95A5.469 5.469 0 0 1 12 6c2.62 0 4.88 1.86 5.39 4.43l.3 1.5 1.53.11A2.98 2.98 0 0 1 22 15c0 1.65-1.35 3-3 3zM8 13h2.55v3h2.9v-3H16l-4-4z"/></svg>`;
const FILE_ICON = html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zm4 18H6V4h7v5h5v11z"/></svg>`;

/** A file the uploader refused (wrong type, too large): shown with the reason, never sent. */
interface RejectedFile {
  key: number;
  name: string;
  size: number;
  error: string;
}

/** `1234` → `1.2KB`, as Streamlit writes file sizes. */
export function sizeText(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${unit === 0 ? size : size.toFixed(1)}${units[unit]}`;
}

/** Why a file may not be uploaded, or null: Streamlit's messages. */
export function rejection(file: { name: string; type: string; size: number }, types: string[], maxMb: number): string | null {
  if (!acceptsType(file, types)) {
    const extension = /\.[^./]+$/.exec(file.name)?.[0] ?? "";
    return `${file.type || extension || "These"} files are not allowed.`;
  }
  if (file.size > maxMb * 1024 * 1024) return `File must be ${maxMb.toFixed(1)}MB or smaller.`;
  return null;
}

/**
 * st.file_uploader: a drop zone with a Browse button and the list of files given so far.
 * Its value is those files, bytes included (Python reads them as UploadedFile); single mode
 * keeps only the newest file. Files of a wrong type or too large are listed with the reason
 * and not sent.
 */
@customElement("st-file-uploader")
export class StFileUploader extends StWidget<FileUploaderPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: FileUploaderPayload;

  /** A file is being dragged over the drop zone. */
  @state() private dragging = false;
  @state() private rejected: RejectedFile[] = [];
  @query('input[type="file"]') private input!: HTMLInputElement;
  private rejectedKeys = 0;
  private lastId?: string;

  protected static override testId = "stFileUploader";
  protected static override css = `
st-file-uploader .st-dropzone { display: flex; align-items: center; gap: 1rem; padding: 1rem; border-radius: var(--st-radius); background: var(--st-bg-secondary); color: var(--st-text); }
st-file-uploader .st-dropzone[data-dragging] { outline: 2px dashed var(--st-primary); outline-offset: -2px; }
st-file-uploader .st-dropzone[data-disabled] { opacity: 0.55; cursor: not-allowed; }
st-file-uploader .st-dropzone > svg { flex: none; color: var(--st-text-muted); }
st-file-uploader .st-dropzone-text { flex: 1; min-width: 0; display: flex; flex-direction: column; }
st-file-uploader .st-dropzone-text small { color: var(--st-text-muted); font-size: 0.875rem; }
st-file-uploader .st-browse { flex: none; min-height: 2.5rem; padding: 0.25rem 0.75rem; border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg); color: var(--st-text); font: inherit; cursor: pointer; }
st-file-uploader .st-browse:hover:not(:disabled) { border-color: var(--st-primary); color: var(--st-primary); }
st-file-uploader .st-browse:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-file-uploader .st-browse:disabled { cursor: not-allowed; }
st-file-uploader input[type="file"] { display: none; }
st-file-uploader .st-files { list-style: none; margin: 0; padding: 0; }
st-file-uploader .st-file { display: flex; align-items: center; gap: 0.75rem; padding: 0.5rem 0 0.25rem 1rem; }
st-file-uploader .st-file > svg { flex: none; color: var(--st-text-muted); }
st-file-uploader .st-file-text { flex: 1; min-width: 0; display: flex; align-items: baseline; gap: 0.5rem; }
st-file-uploader .st-file-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
st-file-uploader .st-file-size { color: var(--st-text-muted); font-size: 0.875rem; }
st-file-uploader .st-file-error { color: #ff2b2b; font-size: 0.875rem; }
st-file-uploader .st-file-delete { flex: none; width: 2rem; height: 2rem; border: 0; border-radius: var(--st-radius); background: transparent; color: var(--st-text-muted); font-size: 1.25rem; cursor: pointer; }
st-file-uploader .st-file-delete:hover:not(:disabled) { color: var(--st-text); background: var(--st-bg-secondary); }
st-file-uploader .st-file-delete:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new widget (another id) starts without the refusals of the old one.
    if (changed.has("element" as keyof StFileUploader) && this.element.id !== this.lastId) this.rejected = [];
    this.lastId = this.element.id;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
  }

  protected override render() {
    const el = this.element;
    const id = domId(el.id, "upload");
    const many = el.mode !== "single";
    const types = el.fileType.filter((t) => t.startsWith(".")).map((t) => t.slice(1).toUpperCase());
    const limit = `Limit ${el.maxUploadSize}MB per file${types.length ? ` • ${types.join(", ")}` : ""}`;
    const what = el.mode === "directory" ? "folder" : many ? "files" : "file";
    const files = this.value ?? [];
    return html`${widgetLabel(el, id)}
      <section
        class="st-dropzone"
        data-testid="stFileUploaderDropzone"
        ?data-dragging=${this.dragging}
        ?data-disabled=${el.disabled}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        ${UPLOAD_ICON}
        <div class="st-dropzone-text" data-testid="stFileUploaderDropzoneInstructions">
          <span>Drag and drop ${what} here</span>
          <small>${limit}</small>
        </div>
        <button id=${id} type="button" class="st-browse" data-testid="stBaseButton-secondary" ?disabled=${el.disabled} @click=${() => this.input.click()}>
          Browse ${el.mode === "directory" ? "folder" : "files"}
        </button>
        <input
          type="file"
          data-testid="stFileUploaderDropzoneInput"
          tabindex="-1"
          aria-label=${el.label}
          accept=${el.fileType.join(",")}
          ?multiple=${many}
          ?webkitdirectory=${el.mode === "directory"}
          ?disabled=${el.disabled}
          @change=${this.onChosen}
        />
      </section>
      ${files.length || this.rejected.length
        ? html`<ul class="st-files" aria-label="Uploaded files">
            ${files.map((file) => this.fileRow(file.name, file.size, null, () => this.removeFile(file.fileId)))}
            ${this.rejected.map((file) => this.fileRow(file.name, file.size, file.error, () => this.dismiss(file.key)))}
          </ul>`
        : nothing}`;
  }

  private fileRow(name: string, size: number, error: string | null, onDelete: () => void) {
    return html`<li class="st-file" data-testid="stFileUploaderFile">
      ${FILE_ICON}
      <div class="st-file-text">
        <span class="st-file-name" data-testid="stFileUploaderFileName" title=${name}>${name}</span>
        ${error
          ? html`<span class="st-file-error" data-testid="stFileUploaderFileErrorMessage">${error}</span>`
          : html`<span class="st-file-size">${sizeText(size)}</span>`}
      </div>
      <div data-testid="stFileUploaderDeleteBtn">
        <button type="button" class="st-file-delete" aria-label="Remove ${name}" ?disabled=${this.element.disabled && !error} @click=${onDelete}>×</button>
      </div>
    </li>`;
  }

  private onChosen = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = ""; // choosing the same file again fires change again
    void this.add(chosen);
  };

  private onDragOver = (event: DragEvent) => {
    if (this.element.disabled) return;
    event.preventDefault();
    this.dragging = true;
  };

  private onDrop = (event: DragEvent) => {
    if (this.element.disabled) return;
    event.preventDefault();
    this.dragging = false;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    void this.add(this.element.mode === "single" ? dropped.slice(-1) : dropped);
  };

  /** Reads the accepted files and commits the new list; refused ones are listed with the reason. */
  private async add(chosen: File[]): Promise<void> {
    const { fileType, maxUploadSize, mode, disabled } = this.element;
    if (disabled || !chosen.length) return;
    const accepted: File[] = [];
    const refused: RejectedFile[] = [];
    for (const file of chosen) {
      const error = rejection(file, fileType, maxUploadSize);
      if (!error) accepted.push(file);
      // A folder's files of other types are left out without a word (Streamlit's rule).
      else if (mode !== "directory" || !error.endsWith("not allowed.")) refused.push({ key: ++this.rejectedKeys, name: file.name, size: file.size, error });
    }
    this.rejected = mode === "single" ? refused.slice(-1) : [...this.rejected, ...refused];
    if (!accepted.length) return;
    const read: UploadedFileValue[] = await Promise.all(accepted.map(async (file) => ({ fileId: newFileId(), ...(await readFile(file)) })));
    if (mode === "single") this.rejected = [];
    this.commit(mode === "single" ? read.slice(-1) : [...(this.value ?? []), ...read]);
  }

  private removeFile(fileId: string): void {
    if (this.element.disabled) return;
    this.commit((this.value ?? []).filter((f) => f.fileId !== fileId));
  }

  private dismiss(key: number): void {
    this.rejected = this.rejected.filter((f) => f.key !== key);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-file-uploader": StFileUploader;
  }
}
