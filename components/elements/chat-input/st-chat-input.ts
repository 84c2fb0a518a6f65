import { html, nothing } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { ChatInputPayload, ChatInputValue } from "../../../packages/protocol/index.js";
import { acceptsType, readFile } from "../../lib/files.js";
import { helpIcon } from "../../lib/help.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

/** The textarea grows with its text up to this many lines, then scrolls. */
const MAX_LINES = 6.5;

const SEND_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M3.4 20.4 20.85 12.92a1 1 0 0 0 0-1.84L3.4 3.6a.99.99 0 0 0-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z"/></svg>`;
const ATTACH_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M16.5 6.75v10.58c0 2.09-1.53 3.95-3.61 4.15A4.001 4.001 0 0 1 8.5 17.5V5.14c0-1.31.94-2.5 2.24-2.63A2.5 2.5 0 0 1 13.5 5v10.5c0 .55-.45 1-1 1s-1-.45-1-1V6.75a.75.75 0 0 0-1.5 0v8.61c0 1.31.94 2.5 2.24 2.63A2.5 2.5 0 0 0 15 15.5V5.17c0-2.09-1.53-3.95-3.61-4.15A4.01 4.01 0 0 0 7 5v12.27c0 2.87 2.1 5.44 4.96 5.71A5.5 5.5 0 0 0 18 17.5V6.75a.75.75 0 0 0-1.5 0z"/></svg>`;

/**
 * st.chat_input: Enter sends, Shift+Enter starts a new line. A send fires a trigger
 * whose value is the text, or `{text, files}` when files are accepted (attach button or
 * drop); the field then empties. At the top level of the app it sits in the bottom bar.
 */
@customElement("st-chat-input")
export class StChatInput extends StElement<ChatInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ChatInputPayload;

  @state() private text = "";
  @state() private files: File[] = [];
  @query("textarea") private textarea!: HTMLTextAreaElement;
  @query('input[type="file"]') private fileInput?: HTMLInputElement;

  protected static override testId = "stChatInput";
  protected static override css = `
st-chat-input { display: block; }
st-chat-input .st-chat-input { display: flex; flex-direction: column; gap: 0.25rem; border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg-secondary); padding: 0.25rem 0.25rem 0.25rem 0.75rem; max-width: 100%; }
st-chat-input .st-chat-input:focus-within { border-color: var(--st-primary); }
st-chat-input .st-chat-input[data-disabled] { opacity: 0.6; }
st-chat-input .st-chat-input-row { display: flex; align-items: flex-end; gap: 0.25rem; }
st-chat-input textarea { flex: 1; min-width: 0; resize: none; border: 0; outline: none; background: transparent; color: var(--st-text); font: inherit; line-height: 1.5; padding: 0.375rem 0; max-height: ${MAX_LINES * 1.5}em; overflow-y: auto; }
st-chat-input textarea::placeholder { color: var(--st-text-muted); }
st-chat-input button { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 2.25rem; height: 2.25rem; border: 0; border-radius: var(--st-radius); background: transparent; color: var(--st-text-muted); cursor: pointer; }
st-chat-input button:hover:not(:disabled) { color: var(--st-primary); }
st-chat-input button:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-chat-input button:disabled { cursor: not-allowed; opacity: 0.4; }
st-chat-input [data-testid="stChatInputSubmitButton"]:not(:disabled) { color: var(--st-primary); }
st-chat-input .st-chat-files { display: flex; flex-wrap: wrap; gap: 0.25rem; padding-top: 0.25rem; }
st-chat-input .st-chat-file { display: inline-flex; align-items: center; gap: 0.25rem; font-size: 0.8rem; padding: 0.125rem 0.125rem 0.125rem 0.5rem; border-radius: 1rem; background: var(--st-bg); border: 1px solid var(--st-border); }
st-chat-input .st-chat-file button { width: 1.25rem; height: 1.25rem; font-size: 0.9rem; }
st-chat-input .st-chat-count { align-self: flex-end; font-size: 0.75rem; color: var(--st-text-muted); padding-right: 0.5rem; }
st-chat-input .st-chat-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
st-chat-input input[type="file"] { display: none; }
`;

  protected override render() {
    const { placeholder, disabled, maxChars, acceptFile, fileType, width, label, help } = this.element;
    const canSend = !disabled && (this.text.length > 0 || this.files.length > 0);
    const name = label || placeholder;
    return html`<div
      class="st-chat-input"
      ?data-disabled=${disabled}
      style=${styleMap(typeof width === "number" ? { width: `${width}px` } : {})}
      @dragover=${this.onDragOver}
      @drop=${this.onDrop}
    >
      ${label ? html`<span class="st-chat-label" data-testid="stWidgetLabel">${inlineMarkdown(label)}</span>` : nothing}
      ${this.files.length
        ? html`<div class="st-chat-files" data-testid="stChatUploadedFiles">
            ${this.files.map(
              (file, i) => html`<span class="st-chat-file" data-testid="stChatInputFile"
                >${file.name}<button type="button" aria-label="Remove ${file.name}" @click=${() => this.removeFile(i)}>×</button></span
              >`,
            )}
          </div>`
        : nothing}
      <div class="st-chat-input-row">
        ${acceptFile !== "none"
          ? html`<span data-testid="stChatInputFileUploadButton"
              ><button
                type="button"
                aria-label=${acceptFile === "single" ? "Upload a file" : "Upload files"}
                ?disabled=${disabled}
                @click=${() => this.fileInput?.click()}
              >
                ${ATTACH_ICON}
              </button>
              <input
                type="file"
                tabindex="-1"
                accept=${fileType.join(",")}
                ?multiple=${acceptFile !== "single"}
                ?webkitdirectory=${acceptFile === "directory"}
                @change=${this.onFilesChosen}
            /></span>`
          : nothing}
        <textarea
          data-testid="stChatInputTextArea"
          rows="1"
          aria-label=${name}
          placeholder=${placeholder}
          maxlength=${maxChars ?? nothing}
          ?disabled=${disabled}
          .value=${this.text}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        ></textarea>
        ${maxChars ? html`<span class="st-chat-count" aria-hidden="true">${this.text.length}/${maxChars}</span>` : nothing}
        <button type="button" data-testid="stChatInputSubmitButton" aria-label="Send" ?disabled=${!canSend} @click=${this.send}>
          ${SEND_ICON}
        </button>
        ${helpIcon(help)}
      </div>
    </div>`;
  }

  private onInput = (event: Event) => {
    const textarea = event.target as HTMLTextAreaElement;
    const max = this.element.maxChars;
    if (max && textarea.value.length > max) textarea.value = textarea.value.slice(0, max);
    this.text = textarea.value;
    this.grow(textarea);
  };

  private grow(textarea: HTMLTextAreaElement): void {
    textarea.style.height = "auto";
    textarea.style.height = `${textarea.scrollHeight}px`;
  }

  private onKeydown = (event: KeyboardEvent) => {
    // Enter sends; Shift+Enter (the textarea's default) adds a line. Not while composing (IME).
    if (event.key !== "Enter" || event.shiftKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    event.preventDefault();
    void this.send();
  };

  private onFilesChosen = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.addFiles([...(input.files ?? [])]);
    input.value = "";
  };

  private onDragOver = (event: DragEvent) => {
    if (this.element.acceptFile === "none" || this.element.disabled) return;
    event.preventDefault();
  };

  private onDrop = (event: DragEvent) => {
    if (this.element.acceptFile === "none" || this.element.disabled) return;
    event.preventDefault();
    this.addFiles([...(event.dataTransfer?.files ?? [])]);
  };

  private addFiles(files: File[]): void {
    const accepted = files.filter((f) => acceptsType(f, this.element.fileType));
    this.files = this.element.acceptFile === "single" ? accepted.slice(-1) : [...this.files, ...accepted];
  }

  private removeFile(index: number): void {
    this.files = this.files.filter((_, i) => i !== index);
  }

  private send = async () => {
    const { disabled, acceptFile, id } = this.element;
    const text = this.text;
    const files = this.files;
    if (disabled || (!text && !files.length)) return;
    this.text = "";
    this.files = [];
    if (this.textarea) {
      this.textarea.value = "";
      this.textarea.style.height = "";
    }
    let value: ChatInputValue = text;
    if (acceptFile !== "none") value = { text, files: await Promise.all(files.map(readFile)) };
    this.emitValue({ widgetId: id, value, trigger: true });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-chat-input": StChatInput;
  }
}
