import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { DeferredDownload, DownloadButtonPayload } from "../../../packages/protocol/index.js";
import { DEFERRED_DOWNLOAD_EVENT } from "../../lib/events.js";
import { helpIcon } from "../../lib/help.js";
import { iconTemplate } from "../../lib/icon.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";
import { buttonCss } from "../button/st-button.js";

/**
 * Saves `data` as a file named `fileName`, of type `mime`: a Blob behind an object URL,
 * clicked through a temporary `<a download>` (no server involved).
 */
export function saveFile(data: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the URL once the click's default action ran; free it a bit later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** st.download_button: downloads its file, then (unless on_click="ignore") fires a trigger. */
@customElement("st-download-button")
export class StDownloadButton extends StElement<DownloadButtonPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: DownloadButtonPayload;
  /** A deferred file is being made. */
  @state() private loading = false;

  protected static override testId = "stDownloadButton";
  protected static override css = `${buttonCss} st-download-button { display: flex; align-items: center; }`;

  protected override render() {
    const { label, kind, icon, disabled, help, useContainerWidth } = this.element;
    return html`<button
        class="st-button"
        type="button"
        data-testid="stBaseButton-${kind}"
        data-kind=${kind}
        ?data-full-width=${useContainerWidth}
        ?disabled=${disabled}
        aria-busy=${this.loading ? "true" : "false"}
        @click=${this.onClick}
      >
        ${icon ? iconTemplate(icon) : nothing}
        <div data-testid="stMarkdownContainer">${inlineMarkdown(label)}</div>
      </button>${helpIcon(help)}`;
  }

  private onClick = () => {
    const { id, disabled, data, deferred, fileName, mime, ignoreRerun } = this.element;
    if (disabled) return;
    if (deferred) void this.downloadDeferred(deferred, fileName);
    else if (data) saveFile(data, fileName, mime);
    if (!ignoreRerun) this.emitValue({ widgetId: id, value: true, trigger: true });
  };

  /** data=callable: <st-app> has the worker call it, then the file is saved. */
  private async downloadDeferred(handle: string, fileName: string): Promise<void> {
    let answer: Promise<DeferredDownload> | undefined;
    this.dispatchEvent(
      new CustomEvent(DEFERRED_DOWNLOAD_EVENT, {
        bubbles: true,
        composed: true,
        detail: { handle, respond: (result: Promise<DeferredDownload>) => (answer = result) },
      }),
    );
    this.loading = true;
    try {
      const result = await (answer ?? Promise.resolve({ error: "No app is there to make the file." }));
      if ("error" in result) console.error(`st.download_button: ${result.error}`);
      else saveFile(result.data, fileName, result.mime);
    } finally {
      this.loading = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-download-button": StDownloadButton;
  }
}
