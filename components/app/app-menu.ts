/**
 * The app's main menu (Streamlit's "⋮" at the top right): Rerun (R) and Clear cache (C).
 * It only fires events; <st-app> acts on them.
 */
import { LitElement, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";

export const MENU_RERUN_EVENT = "st-menu-rerun";
export const MENU_CLEAR_CACHE_EVENT = "st-menu-clear-cache";

export const appMenuCss = `
st-app-menu { position: absolute; top: 0.5rem; right: 0.75rem; z-index: 30; font-size: 0.875rem; }
st-app-menu .st-menu-button { border: 0; background: none; font-size: 1.25rem; line-height: 1; padding: 0.25rem 0.5rem; border-radius: var(--st-radius); cursor: pointer; color: var(--st-text); }
st-app-menu .st-menu-button:hover { background: var(--st-bg-secondary); }
st-app-menu :focus-visible { outline: 2px solid var(--st-primary); }
st-app-menu [role="menu"] { position: absolute; right: 0; top: 2.25rem; min-width: 12rem; padding: 0.25rem 0; background: var(--st-bg); border: 1px solid var(--st-border); border-radius: var(--st-radius); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.12); }
st-app-menu [role="menuitem"] { display: flex; justify-content: space-between; width: 100%; padding: 0.4rem 1rem; border: 0; background: none; font: inherit; text-align: left; cursor: pointer; color: var(--st-text); }
st-app-menu [role="menuitem"]:hover, st-app-menu [role="menuitem"]:focus-visible { background: var(--st-bg-secondary); outline: none; }
st-app-menu kbd { color: var(--st-text-muted); font-family: inherit; }
`;

@customElement("st-app-menu")
export class StAppMenu extends LitElement {
  @state() private open = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dataset.testid = "stMainMenu";
    document.addEventListener("keydown", this.onShortcut);
    document.addEventListener("pointerdown", this.onOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("keydown", this.onShortcut);
    document.removeEventListener("pointerdown", this.onOutside);
  }

  protected override render() {
    return html`<button
        class="st-menu-button"
        data-testid="stMainMenuButton"
        aria-label="Main menu"
        aria-haspopup="menu"
        aria-expanded=${this.open}
        @click=${() => (this.open = !this.open)}
      >
        ⋮
      </button>
      ${this.open
        ? html`<div role="menu" data-testid="stMainMenuList" @keydown=${this.onMenuKey}>
            <button role="menuitem" data-testid="stMainMenuItem-rerun" @click=${() => this.choose(MENU_RERUN_EVENT)}>Rerun <kbd>R</kbd></button>
            <button role="menuitem" data-testid="stMainMenuItem-clearCache" @click=${() => this.choose(MENU_CLEAR_CACHE_EVENT)}>Clear cache <kbd>C</kbd></button>
          </div>`
        : nothing}`;
  }

  protected override updated(): void {
    if (this.open && !this.contains(document.activeElement)) this.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }

  private choose(event: string): void {
    this.open = false;
    this.dispatchEvent(new CustomEvent(event, { bubbles: true, composed: true }));
  }

  private onMenuKey = (event: KeyboardEvent) => {
    const items = [...this.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape") {
      this.open = false;
      this.querySelector<HTMLElement>(".st-menu-button")?.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  /** R and C as on Streamlit, unless the user is typing somewhere or holds a modifier. */
  private onShortcut = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const app = this.closest("st-app");
    // With several apps on a page, shortcuts go to the one holding focus (or the only one).
    if (document.querySelectorAll("st-app").length > 1 && !app?.contains(document.activeElement)) return;
    const key = event.key.toLowerCase();
    if (key === "r") this.choose(MENU_RERUN_EVENT);
    else if (key === "c") this.choose(MENU_CLEAR_CACHE_EVENT);
  };

  private onOutside = (event: PointerEvent) => {
    if (this.open && !this.contains(event.target as Node)) this.open = false;
  };
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

declare global {
  interface HTMLElementTagNameMap {
    "st-app-menu": StAppMenu;
  }
}
