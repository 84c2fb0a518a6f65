/**
 * <st-sidebar-resizer>: the sidebar's right edge. Dragging it (or arrow keys while it has
 * focus) sets the sidebar's width through `--st-sidebar-width` on the sidebar section; the
 * width is kept in sessionStorage, so it survives reruns, re-renders and reloads of the tab.
 * Double-click (or Enter) restores the default width.
 */
import { LitElement, nothing } from "lit";
import { customElement } from "lit/decorators.js";
import { adoptStyles } from "../lib/st-element.js";

export const SIDEBAR_MIN_WIDTH = 200;
export const SIDEBAR_MAX_WIDTH = 600;
const KEY_STEP = 16;

const resizerCss = `
st-sidebar-resizer { position: absolute; top: 0; right: -4px; bottom: 0; width: 8px; cursor: col-resize; z-index: 2; touch-action: none; }
st-sidebar-resizer:hover, st-sidebar-resizer[data-dragging] { background: linear-gradient(to right, transparent 3px, var(--st-primary) 3px, var(--st-primary) 5px, transparent 5px); }
st-sidebar-resizer:focus-visible { outline: none; background: linear-gradient(to right, transparent 3px, var(--st-primary) 3px, var(--st-primary) 5px, transparent 5px); }
st-app .stSidebar[data-collapsed] st-sidebar-resizer { display: none; }
@media (max-width: 768px) { st-sidebar-resizer { display: none; } }
`;

function storageKey(): string {
  return `brooklet:sidebar-width:${location.pathname}`;
}

/** The width the user chose in this tab, or null. */
export function storedSidebarWidth(): number | null {
  try {
    const value = Number(sessionStorage.getItem(storageKey()));
    return Number.isFinite(value) && value > 0 ? clampWidth(value) : null;
  } catch {
    return null;
  }
}

function clampWidth(px: number): number {
  return Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, px)));
}

@customElement("st-sidebar-resizer")
export class StSidebarResizer extends LitElement {
  private startX = 0;
  private startWidth = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(resizerCss);
    this.setAttribute("role", "separator");
    this.setAttribute("aria-orientation", "vertical");
    this.setAttribute("aria-label", "Resize sidebar");
    this.setAttribute("aria-valuemin", String(SIDEBAR_MIN_WIDTH));
    this.setAttribute("aria-valuemax", String(SIDEBAR_MAX_WIDTH));
    this.tabIndex = 0;
    this.dataset.testid = "stSidebarResizer";
    this.addEventListener("pointerdown", this.onPointerDown);
    this.addEventListener("keydown", this.onKeyDown);
    this.addEventListener("dblclick", this.reset);
    const stored = storedSidebarWidth();
    if (stored !== null) this.apply(stored, false);
    else this.setAttribute("aria-valuenow", String(Math.round(this.currentWidth())));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("pointerdown", this.onPointerDown);
    this.removeEventListener("keydown", this.onKeyDown);
    this.removeEventListener("dblclick", this.reset);
  }

  protected override render() {
    return nothing;
  }

  private get sidebar(): HTMLElement | null {
    return this.closest<HTMLElement>(".stSidebar");
  }

  private currentWidth(): number {
    return this.sidebar?.getBoundingClientRect().width || 336;
  }

  /** Set the sidebar's width in pixels (clamped), optionally remembering it for this tab. */
  apply(px: number, remember = true): void {
    const width = clampWidth(px);
    this.sidebar?.style.setProperty("--st-sidebar-width", `${width}px`);
    this.setAttribute("aria-valuenow", String(width));
    if (!remember) return;
    try {
      sessionStorage.setItem(storageKey(), String(width));
    } catch {
      // Storage may be unavailable (sandboxed iframes): the width still holds for this page.
    }
  }

  private reset = () => {
    this.sidebar?.style.removeProperty("--st-sidebar-width");
    try {
      sessionStorage.removeItem(storageKey());
    } catch {
      /* see apply() */
    }
    this.setAttribute("aria-valuenow", String(Math.round(this.currentWidth())));
  };

  private onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    this.startX = event.clientX;
    this.startWidth = this.currentWidth();
    this.setPointerCapture(event.pointerId);
    this.toggleAttribute("data-dragging", true);
    this.addEventListener("pointermove", this.onPointerMove);
    this.addEventListener("pointerup", this.onPointerUp);
    this.addEventListener("pointercancel", this.onPointerUp);
  };

  private onPointerMove = (event: PointerEvent) => {
    this.apply(this.startWidth + event.clientX - this.startX, false);
  };

  private onPointerUp = (event: PointerEvent) => {
    this.apply(this.startWidth + event.clientX - this.startX);
    this.toggleAttribute("data-dragging", false);
    this.removeEventListener("pointermove", this.onPointerMove);
    this.removeEventListener("pointerup", this.onPointerUp);
    this.removeEventListener("pointercancel", this.onPointerUp);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const width = this.currentWidth();
    const next = { ArrowLeft: width - KEY_STEP, ArrowRight: width + KEY_STEP, Home: SIDEBAR_MIN_WIDTH, End: SIDEBAR_MAX_WIDTH }[event.key];
    if (event.key === "Enter") {
      event.preventDefault();
      this.reset();
    } else if (next !== undefined) {
      event.preventDefault();
      this.apply(next);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-sidebar-resizer": StSidebarResizer;
  }
}
