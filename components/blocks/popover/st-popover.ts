/**
 * st.popover: a button that opens a floating container (the native Popover API: light
 * dismiss, Escape, top layer). Opening and closing cause no rerun; widgets inside rerun
 * the app while the popover stays open.
 */
import { html, nothing, type TemplateResult } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { PopoverBlock } from "../../../packages/protocol/index.js";
import { buttonCss } from "../../elements/button/st-button.js";
import { helpIcon } from "../../lib/help.js";
import { iconTemplate } from "../../lib/icon.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

let nextPopoverId = 0;

@customElement("st-popover")
export class StPopover extends StElement<PopoverBlock> {
  /** The block payload from Python. */
  @property({ attribute: false }) element!: PopoverBlock;
  /** The block's children, drawn in the floating container. */
  @property({ attribute: false }) content: TemplateResult | typeof nothing = nothing;

  @state() private open = false;
  private readonly bodyId = `st-popover-${++nextPopoverId}`;

  protected static override testId = "stPopover";
  protected static override css = `
${buttonCss}
st-popover { display: flex; align-items: center; max-width: 100%; }
st-popover[data-width="stretch"] { width: 100%; }
st-popover[data-width="stretch"] .st-button { width: 100%; }
st-popover .st-button { max-width: 100%; }
st-popover .st-popover-chevron { flex: none; transition: transform 0.15s; }
st-popover .st-button[aria-expanded="true"] .st-popover-chevron { transform: rotate(180deg); }
st-popover .stPopoverBody { position: fixed; inset: auto; margin: 0; padding: 1rem; min-width: 12rem; max-width: min(40rem, calc(100vw - 2rem)); max-height: 70vh; overflow: auto; border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg); color: var(--st-text); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16); }
st-popover .stPopoverBody:not(:popover-open) { display: none; }
`;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("resize", this.place);
    window.addEventListener("scroll", this.place, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("resize", this.place);
    window.removeEventListener("scroll", this.place, true);
  }

  protected override willUpdate(): void {
    const { width } = this.element;
    this.dataset.width = typeof width === "number" ? "fixed" : width;
  }

  protected override render() {
    const { label, icon, disabled, help, kind, width } = this.element;
    const buttonStyle = typeof width === "number" ? { width: `${width}px` } : {};
    return html`<button
        class="st-button"
        type="button"
        data-testid="stPopoverButton"
        data-kind=${kind}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? "true" : "false"}
        aria-controls=${this.bodyId}
        popovertarget=${this.bodyId}
        ?disabled=${disabled}
        style=${styleMap(buttonStyle)}
      >
        ${icon ? iconTemplate(icon) : nothing}
        <div data-testid="stMarkdownContainer">${inlineMarkdown(label)}</div>
        <svg class="st-popover-chevron" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M12 15.4 6 9.4 7.4 8l4.6 4.6L16.6 8 18 9.4z"/></svg>
      </button>${helpIcon(help)}
      <div class="stPopoverBody" data-testid="stPopoverBody" id=${this.bodyId} popover="auto" role="dialog" aria-label=${label} @toggle=${this.onToggle}>
        <div class="stVerticalBlock" data-testid="stVerticalBlock">${this.content}</div>
      </div>`;
  }

  /** Open or close the container (the button does this too). */
  toggle(force?: boolean): void {
    const body = this.body;
    if (!body || this.element.disabled) return;
    const open = force ?? !body.matches(":popover-open");
    if (open) body.showPopover();
    else body.hidePopover();
  }

  private get body(): HTMLElement | null {
    return this.querySelector<HTMLElement>(`#${this.bodyId}`);
  }

  private onToggle = (event: Event) => {
    this.open = (event as ToggleEvent).newState === "open";
    if (this.open) this.place();
  };

  /** Put the open container under its button, inside the viewport. */
  private place = () => {
    const body = this.body;
    const button = this.querySelector<HTMLElement>('[data-testid="stPopoverButton"]');
    if (!body || !button || !body.matches(":popover-open")) return;
    const r = button.getBoundingClientRect();
    body.style.minWidth = `${Math.max(r.width, 192)}px`;
    const width = body.offsetWidth;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = r.bottom + 8;
    const fitsBelow = below + body.offsetHeight <= window.innerHeight - 8 || r.top < body.offsetHeight + 16;
    body.style.left = `${left}px`;
    body.style.top = `${fitsBelow ? below : Math.max(8, r.top - 8 - body.offsetHeight)}px`;
  };
}

/** BLOCK_RENDERERS entry for "popover". */
export function renderPopover(block: PopoverBlock, children: TemplateResult): TemplateResult {
  return html`<st-popover .element=${block} .content=${children}></st-popover>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-popover": StPopover;
  }
}
