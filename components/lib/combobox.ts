/**
 * The drop-down list behind selectbox, multiselect and time_input: an ARIA combobox whose
 * focus stays in the text field while `aria-activedescendant` names the highlighted option
 * (so typing filters and the arrows move the highlight, as in Streamlit's select).
 */
import { html, nothing, type ReactiveControllerHost } from "lit";
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

/** What a combobox widget tells its list: the rest (open, highlight, search, keys) is shared. */
export interface ComboboxConfig {
  /** The list's DOM id (aria-controls, the options' ids). */
  listId(): string;
  /** The items shown for the current search (`query`). */
  items(): ListItem[];
  /** Whether the list may open now (the widget is enabled and has something to offer). */
  canOpen(): boolean;
  /** Take an item (a click, or Enter on the highlighted one). */
  pick(item: ListItem): void;
  /**
   * The item typed text stands for, taken by Enter when nothing is highlighted and on leaving
   * the field (time_input: any valid time); without it leaving just closes the list.
   */
  typed?(query: string): ListItem | null;
  /** A key of the widget's own, looked at before the list's; true when handled (multiselect's Backspace). */
  ownKey?(event: KeyboardEvent): boolean;
  /** Space opens the closed list while nothing is typed (selectbox). */
  spaceOpens?: boolean;
  /** Opening selects the field's text, so typing replaces the shown choice (selectbox). */
  selectOnOpen?: boolean;
}

/** What one render shows: the items (none while closed) and the highlighted one, -1 for none. */
export interface ComboboxView {
  items: ListItem[];
  active: number;
}

/** The attributes of the combobox field that differ between widgets. */
export interface ComboboxFieldOptions {
  id: string;
  /** Accessible name (the widget's label). */
  label: string;
  value: string;
  placeholder: string;
  disabled: boolean;
  inputMode?: string;
  onClick?: (event: MouseEvent) => void;
}

/** The open list's labels (see `ListboxOptions`). */
export interface ComboboxListOptions {
  label: string;
  emptyText: string;
  note?: string;
  testId?: string;
}

interface ComboboxState {
  open: boolean;
  active: number;
  query: string | null;
}

/**
 * The state and handlers of a combobox widget's drop-down: whether it is open, the highlighted
 * item and the typed search (null while the field shows the widget's value). A change renders
 * the host again. The widget keeps what it shows around the field and what picking means, and
 * calls `close()` and `reveal()` from its own lifecycle (after its width is applied).
 */
export class Combobox {
  private state: ComboboxState = { open: false, active: -1, query: null };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: ComboboxConfig,
  ) {}

  get open(): boolean {
    return this.state.open;
  }

  /** The highlighted item, -1 for none. */
  get active(): number {
    return this.state.active;
  }

  /** Text typed to filter; null while the field shows the widget's value. */
  get query(): string | null {
    return this.state.query;
  }

  private get listId(): string {
    return this.config.listId();
  }

  private get field(): HTMLInputElement | null {
    return this.host.querySelector<HTMLInputElement>('input[role="combobox"]');
  }

  /** Change the state; a change renders the host again (as a Lit `@state` would). */
  private set(next: Partial<ComboboxState>): void {
    const keys = Object.keys(next) as (keyof ComboboxState)[];
    if (keys.every((k) => next[k] === this.state[k])) return;
    this.state = { ...this.state, ...next };
    this.host.requestUpdate();
  }

  /** Open the list with the highlight on the chosen item (else the first). */
  private openList(): void {
    if (this.open || !this.config.canOpen()) return;
    const selected = this.config.items().findIndex((item) => item.selected);
    this.set({ open: true, active: selected >= 0 ? selected : 0 });
    if (this.config.selectOnOpen) this.field?.select();
  }

  /** Close the list and drop the typed search. */
  close(): void {
    this.set({ open: false, query: null, active: -1 });
  }

  /** After a pick that keeps the list open (multiselect): clear the search, keep the highlight on an item. */
  clearSearch(): void {
    this.set({ query: null });
    this.set({ active: Math.min(this.active, this.config.items().length - 1) });
  }

  /** Take what the typed text stands for (see `ComboboxConfig.typed`); false when nothing. */
  private takeTyped(): boolean {
    const item = this.query !== null ? (this.config.typed?.(this.query) ?? null) : null;
    if (item) this.config.pick(item);
    return item !== null;
  }

  /** Focus leaves the field (blur, Tab): take the typed item where the widget has one, else close. */
  private leave = (): void => {
    if (!this.takeTyped()) this.close();
  };

  /** Open or close the list (time_input: a click on its field). */
  toggle = (): void => {
    if (this.open) this.close();
    else this.openList();
  };

  /** A click on the field (not on its buttons) focuses the text field and opens or closes the list. */
  onFieldClick = (event: MouseEvent): void => {
    if (!this.config.canOpen()) return;
    if ((event.target as HTMLElement).closest("button")) return;
    this.field?.focus();
    this.toggle();
  };

  private onInput = (event: Event): void => {
    this.set({ query: (event.target as HTMLInputElement).value, open: true, active: 0 });
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const { key } = event;
    // Enter picks here; in Streamlit it never submits the widget's form.
    if (key === "Enter") event.stopPropagation();
    if (this.config.ownKey?.(event)) return;
    if (!this.open) {
      if (key === "ArrowDown" || key === "ArrowUp" || (key === " " && this.config.spaceOpens && this.query === null)) {
        event.preventDefault();
        this.openList();
      } else if (key === "Enter") {
        this.takeTyped();
      }
      return;
    }
    const items = this.config.items();
    onOpenListKey(event, {
      active: this.active,
      count: items.length,
      setActive: (index) => this.set({ active: index }),
      pick: () => {
        const item = items[this.active];
        if (item) this.config.pick(item);
        else this.takeTyped();
      },
      close: () => this.close(),
      leave: this.leave,
    });
  };

  /** The items and highlight to render now. */
  view(): ComboboxView {
    const items = this.open ? this.config.items() : [];
    const active = this.open && this.active >= 0 && this.active < items.length ? this.active : -1;
    return { items, active };
  }

  /** The text field: role combobox, its ARIA state and the list's handlers. */
  renderField(view: ComboboxView, o: ComboboxFieldOptions) {
    return html`<input
      id=${o.id}
      role="combobox"
      aria-label=${o.label}
      aria-expanded=${this.open ? "true" : "false"}
      aria-controls=${this.listId}
      aria-autocomplete="list"
      aria-activedescendant=${view.active >= 0 ? itemId(this.listId, view.active) : nothing}
      autocomplete="off"
      inputmode=${o.inputMode ?? nothing}
      .value=${o.value}
      placeholder=${o.placeholder}
      ?disabled=${o.disabled}
      @click=${o.onClick ?? nothing}
      @input=${this.onInput}
      @keydown=${this.onKeyDown}
      @blur=${this.leave}
    />`;
  }

  /** The open list (nothing while closed); a click on an item picks it. */
  renderList(view: ComboboxView, o: ComboboxListOptions) {
    if (!this.open) return nothing;
    const { items, active } = view;
    return listbox({ id: this.listId, items, active, ...o, onPick: (i) => this.config.pick(items[i]!) });
  }

  /** Keep the highlighted item in view (call from the widget's `updated`). */
  reveal(): void {
    if (this.open) revealActive(this.host, this.listId, this.active);
  }
}
