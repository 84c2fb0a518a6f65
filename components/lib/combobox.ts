/**
 * The drop-down list behind selectbox, multiselect and time_input: an ARIA combobox whose
 * focus stays in the text field while `aria-activedescendant` names the highlighted option
 * (so typing filters and the arrows move the highlight, as in Streamlit's select).
 */
import { html, nothing } from "lit";
import { adoptStyles } from "./st-element.js";

export interface ListItem {
  /** Text shown for the item. */
  label: string;
  /** What picking it means (an option label, a new typed option, a time). */
  value: string;
  selected?: boolean;
  /** A new option typed by the user (accept_new_options). */
  isNew?: boolean;
}

const listboxCss = `
st-app .st-listbox { position: absolute; z-index: 50; left: 0; right: 0; top: calc(100% + 0.25rem); margin: 0; padding: 0.25rem 0; list-style: none; max-height: 18rem; overflow-y: auto; background: var(--st-bg); border-radius: var(--st-radius); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16); }
st-app .st-listbox li { padding: 0.4rem 0.75rem; cursor: pointer; overflow-wrap: anywhere; }
st-app .st-listbox li[data-active] { background: var(--st-bg-secondary); }
st-app .st-listbox li[aria-selected="true"] { font-weight: 600; }
st-app .st-listbox li.st-listbox-note { cursor: default; color: var(--st-text-muted); }
`;

/** Where the highlight goes for a navigation key, or null for other keys. */
export function moveActive(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case "ArrowUp":
      return active < 0 ? count - 1 : Math.max(0, active - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    case "PageDown":
      return Math.min(count - 1, Math.max(0, active) + 8);
    case "PageUp":
      return Math.max(0, active - 8);
    default:
      return null;
  }
}

/** What a key does in an open list, for the widget that owns it. */
export interface OpenList {
  /** The highlighted item, -1 for none. */
  active: number;
  /** How many items the list shows. */
  count: number;
  setActive(index: number): void;
  /** Enter: take the highlighted item (or what the widget makes of the typed text). */
  pick(): void;
  /** Escape. */
  close(): void;
  /** Tab: focus leaves the field. */
  leave(): void;
}

/** The keys of an open list: navigation moves the highlight, Enter picks, Escape closes, Tab leaves. */
export function onOpenListKey(event: KeyboardEvent, list: OpenList): void {
  const next = moveActive(event.key, list.active, list.count);
  if (next !== null) {
    event.preventDefault();
    list.setActive(next);
  } else if (event.key === "Enter") {
    event.preventDefault();
    list.pick();
  } else if (event.key === "Escape") {
    event.preventDefault();
    list.close();
  } else if (event.key === "Tab") {
    list.leave();
  }
}

/** The id of item `i` of list `listId` (for aria-activedescendant). */
export function itemId(listId: string, i: number): string {
  return `${listId}-item-${i}`;
}

export interface ListboxOptions {
  id: string;
  items: ListItem[];
  active: number;
  /** Accessible name of the list. */
  label: string;
  onPick(index: number): void;
  /** Shown instead of items when there are none (or always, above them, with `note`). */
  emptyText?: string;
  note?: string;
  testId?: string;
}

/** The open list. Options take clicks without taking focus from the field. */
export function listbox(o: ListboxOptions) {
  adoptStyles(listboxCss);
  const keepFocus = (e: Event) => e.preventDefault();
  return html`<ul class="st-listbox" role="listbox" id=${o.id} aria-label=${o.label} data-testid=${o.testId ?? nothing} @mousedown=${keepFocus}>
    ${o.note ? html`<li class="st-listbox-note" role="presentation">${o.note}</li>` : nothing}
    ${o.items.length === 0 && !o.note
      ? html`<li class="st-listbox-note" role="presentation">${o.emptyText ?? "No results"}</li>`
      : o.items.map(
          (item, i) => html`<li
            role="option"
            id=${itemId(o.id, i)}
            aria-selected=${item.selected ? "true" : "false"}
            ?data-active=${i === o.active}
            @click=${() => o.onPick(i)}
          >${item.label}</li>`,
        )}
  </ul>`;
}

/** Scroll the highlighted item of `root`'s list into view (after render). */
export function revealActive(root: ParentNode, listId: string, active: number): void {
  if (active < 0) return;
  const el = root.querySelector<HTMLElement>(`#${CSS.escape(itemId(listId, active))}`);
  el?.scrollIntoView({ block: "nearest" });
}

/** Options whose label contains every word of `query` (case-insensitive), in order. */
export function filterLabels(labels: string[], query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  labels.forEach((label, i) => {
    const text = label.toLowerCase();
    if (words.every((w) => text.includes(w))) out.push(i);
  });
  return out;
}
