/**
 * @st.dialog (behaviour.md §5.3): a native modal <dialog>, so focus stays inside while it
 * is open and the rest of the app is inert. It opens when Python sends the block and
 * closes when a full run no longer sends it (the block is removed). When dismissible,
 * the close button, Escape and a click outside close it on the page; with `on_dismiss`
 * the dismissal also fires the dialog's trigger (a full rerun, callback first).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { DialogBlock } from "../../../packages/protocol/index.js";
import { iconTemplate } from "../../lib/icon.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

let nextTitleId = 0;

@customElement("st-dialog")
export class StDialog extends StElement<DialogBlock> {
  /** The block payload from Python; a new payload (a run that called the dialog) opens it. */
  @property({ attribute: false }) element!: DialogBlock;
  /** The dialog's body, drawn inside it. */
  @property({ attribute: false }) content: TemplateResult | typeof nothing = nothing;

  /** Closed by the user since Python last opened it. */
  @state() private dismissed = false;
  private readonly titleId = `st-dialog-title-${nextTitleId++}`;

  // The test id belongs to the <dialog> itself (the element with the dialog role).
  protected static override testId = "";
  protected static override css = `
st-dialog { display: contents; }
st-dialog > dialog { box-sizing: border-box; width: min(500px, calc(100vw - 2rem)); max-width: calc(100vw - 2rem); max-height: calc(100vh - 4rem); padding: 0; border: none; border-radius: var(--st-radius); background: var(--st-bg); color: var(--st-text); box-shadow: 0 8px 32px rgba(0, 0, 0, 0.25); overflow: auto; font-family: var(--st-font); }
st-dialog > dialog[data-width="medium"] { width: min(750px, calc(100vw - 2rem)); }
st-dialog > dialog[data-width="large"] { width: min(1280px, calc(100vw - 2rem)); }
st-dialog > dialog::backdrop { background: rgba(49, 51, 63, 0.6); }
st-dialog .st-dialog-header { display: flex; align-items: flex-start; gap: 0.5rem; padding: 1.5rem 1.5rem 0.5rem; }
st-dialog .st-dialog-title { flex: 1; margin: 0; font-size: 1.5rem; font-weight: 600; line-height: 1.3; }
st-dialog .st-dialog-title p { margin: 0; display: inline; }
st-dialog .st-dialog-close { flex: none; border: 0; background: none; color: var(--st-text-muted); font-size: 1.5rem; line-height: 1; width: 2rem; height: 2rem; border-radius: 0.25rem; cursor: pointer; }
st-dialog .st-dialog-close:hover { color: var(--st-text); }
st-dialog .st-dialog-close:focus-visible { outline: 2px solid var(--st-primary); }
st-dialog .st-dialog-body { padding: 0.5rem 1.5rem 1.5rem; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Python sent the block again: a run called the dialog function, so it is open again.
    if (changed.has("element" as keyof StDialog)) this.dismissed = false;
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (!this.dismissed && !dialog.open && dialog.isConnected) dialog.showModal();
    else if (this.dismissed && dialog.open) dialog.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.querySelector(":scope > dialog");
  }

  protected override render() {
    const { title, width, dismissible, icon } = this.element;
    return html`<dialog
      class="stDialog"
      data-testid="stDialog"
      data-width=${width}
      aria-labelledby=${this.titleId}
      @cancel=${this.onCancel}
      @click=${this.onBackdropClick}
    >
      <div class="st-dialog-header">
        <h2 class="st-dialog-title" id=${this.titleId} data-testid="stMarkdownContainer">
          ${icon ? iconTemplate(icon) : nothing} ${inlineMarkdown(title)}
        </h2>
        ${dismissible
          ? html`<button type="button" class="st-dialog-close" aria-label="Close" @click=${this.dismiss}>×</button>`
          : nothing}
      </div>
      <div class="st-dialog-body">
        <div class="stVerticalBlock" data-testid="stVerticalBlock">${this.content}</div>
      </div>
    </dialog>`;
  }

  /** Escape: close when dismissible, else keep it open. */
  private onCancel = (event: Event) => {
    event.preventDefault();
    if (this.element.dismissible) this.dismiss();
  };

  /** A click on the backdrop lands on the <dialog> itself (its content fills the box). */
  private onBackdropClick = (event: MouseEvent) => {
    if (event.target !== event.currentTarget || !this.element.dismissible) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.dismiss();
  };

  private dismiss = () => {
    if (this.dismissed) return;
    this.dismissed = true;
    const { dismissId } = this.element;
    if (dismissId) this.emitValue({ widgetId: dismissId, value: true, trigger: true });
  };
}

/** The block renderer of render.ts. */
export function renderDialog(block: DialogBlock, children: TemplateResult): TemplateResult {
  return html`<st-dialog .element=${block} .content=${children}></st-dialog>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-dialog": StDialog;
  }
}
