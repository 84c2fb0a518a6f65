/**
 * <st-data-grid>: the virtualised grid behind st.dataframe and st.data_editor, in the
 * lazily loaded data chunk (with apache-arrow). Only the visible rows are in the DOM:
 * rows have a fixed height and are placed with transforms inside a canvas as tall as
 * all rows (virtual.ts), so a 1,000,000-row table scrolls like a 10-row one.
 *
 * It owns the view state (sort, search, widths, active cell, editor) and reports the
 * widget value (selection or edits) with a `st-grid-value` event; <st-dataframe>
 * forwards it to the app.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import type { DataEditorEdits, DataFramePayload, DataFrameSelection } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { adoptStyles } from "../../lib/st-element.js";
import { renderCell } from "./cells.js";
import { autoWidth, buildSpecs, cellText, type ColumnSpec } from "./columns.js";
import { toCsv, toTsv } from "./csv.js";
import { EditState, cellToWire, parseInput, renderEditor, wireToCell } from "./editing.js";
import { gridCss } from "./grid.css.js";
import { decodeTable, type CellValue, type TableModel } from "./model.js";
import { searchRows, sortRows, type SortDirection } from "./sort.js";
import { scrollTopFor, visibleRows } from "./virtual.js";

export const DEFAULT_ROW_HEIGHT = 35;
const MARKER_WIDTH = 36;
/** "auto" height shows up to this many rows. */
const AUTO_ROWS = 10;

const decoded = new WeakMap<Uint8Array, TableModel>();

/** Decode a payload's Arrow bytes once. */
export function modelFor(bytes: Uint8Array): TableModel {
  let model = decoded.get(bytes);
  if (!model) {
    model = decodeTable(bytes);
    decoded.set(bytes, model);
  }
  return model;
}

export type GridValue = DataFrameSelection | DataEditorEdits;

export class GridValueEvent extends CustomEvent<GridValue> {
  constructor(value: GridValue) {
    super("st-grid-value", { detail: value, bubbles: true, composed: true });
  }
}

interface Cell {
  /** Display row index (position in the current order). */
  row: number;
  /** Index into the visible specs. */
  col: number;
}

@customElement("st-data-grid")
export class StDataGrid extends LitElement {
  /** The element's payload. */
  @property({ attribute: false }) payload!: DataFramePayload;
  /** Selection or edits to show (taken over when the widget is new or Python set it). */
  @property({ attribute: false }) value?: GridValue;

  @state() private scrollPos = 0;
  @state() private viewportWidth = 0;
  /** The scroller's client box (without scrollbars), once drawn. */
  @state() private inner = { width: 0, height: 0, hScrollbar: 0 };
  @state() private sort: { key: string; direction: SortDirection } | null = null;
  @state() private query = "";
  @state() private searchOpen = false;
  @state() private active: Cell | null = null;
  @state() private editing: Cell | null = null;
  @state() private selectedRows = new Set<number>();
  @state() private selectedColumns = new Set<string>();
  @state() private widths = new Map<string, number>();

  private model!: TableModel;
  private specs: ColumnSpec[] = [];
  private edits?: EditState;
  private order: Uint32Array | null = null;
  private orderKey = "";
  private resizeObserver?: ResizeObserver;
  private scrollFrame = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(gridCss);
    this.resizeObserver = new ResizeObserver(() => {
      const width = this.clientWidth;
      if (width !== this.viewportWidth) this.viewportWidth = width;
      this.measureScroller();
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.scrollFrame);
  }

  // -- state from the payload -----------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("payload")) {
      const previous = changed.get("payload") as DataFramePayload | undefined;
      const newModel = modelFor(this.payload.data);
      const sameShape = previous && this.model && sameColumns(this.model, newModel);
      this.model = newModel;
      this.specs = buildSpecs(this.model, { payload: this.payload });
      // Pinned columns stay on the left (Streamlit moves them there).
      this.specs = [...this.specs.filter((s) => s.pinned), ...this.specs.filter((s) => !s.pinned)];
      if (!sameShape) {
        this.widths = new Map();
        this.sort = null;
        this.active = null;
      }
      if (previous?.id !== this.payload.id) {
        // Another widget (or none): its selection starts empty.
        this.selectedRows = new Set();
        this.selectedColumns = new Set();
        this.editing = null;
      }
      this.order = null;
      this.orderKey = "";
      this.computeWidths();
    }
    if (changed.has("value") || changed.has("payload")) this.takeValue();
  }

  private takeValue(): void {
    const value = this.value;
    if (this.payload.editable) {
      this.edits = new EditState(this.model.numRows, value && "edited_rows" in value ? value : null);
      this.order = null;
      this.orderKey = "";
    } else if (value && "selection" in value) {
      this.selectedRows = new Set(value.selection.rows);
      this.selectedColumns = new Set(value.selection.columns);
    } else {
      this.selectedRows = new Set();
      this.selectedColumns = new Set();
    }
  }

  private computeWidths(): void {
    const sampleRows = Math.min(this.model.numRows, 100);
    for (const spec of this.specs) {
      if (this.widths.has(spec.key)) continue;
      const sample: (string | null)[] = [];
      for (let r = 0; r < sampleRows; r++) {
        const v = spec.model.get(r);
        sample.push(v === null ? "None" : cellText(spec, v));
      }
      this.widths.set(spec.key, autoWidth(spec, sample));
    }
  }

  // -- geometry ---------------------------------------------------------------------------

  private get rowHeight(): number {
    return this.payload.rowHeight ?? DEFAULT_ROW_HEIGHT;
  }

  private get hasMarkers(): boolean {
    const modes = this.payload.selectionMode;
    return modes.some((m) => m.endsWith("-row")) || (this.payload.editable && ["dynamic", "delete"].includes(this.payload.numRows));
  }

  private get multiRow(): boolean {
    return this.payload.editable || this.payload.selectionMode.includes("multi-row");
  }

  /** Column widths after stretching to the container. */
  private columnWidths(): number[] {
    const base = this.specs.map((s) => this.widths.get(s.key) ?? 100);
    const marker = this.hasMarkers ? MARKER_WIDTH : 0;
    const total = base.reduce((a, b) => a + b, 0) + marker;
    const available = this.inner.width || this.viewportWidth - 2;
    const stretch = this.payload.width === "stretch" || typeof this.payload.width === "number";
    if (stretch && available > total && this.specs.length) {
      const flexible = this.specs.map((s, i) => (s.fixedWidth || s.pinned ? 0 : base[i]));
      const flexTotal = flexible.reduce((a, b) => a + b, 0);
      if (flexTotal > 0) {
        const extra = available - total;
        return base.map((w, i) => w + (flexible[i] / flexTotal) * extra);
      }
    }
    return base;
  }

  /** Height of the rows area: the scroller's client height (no horizontal scrollbar) minus the header. */
  private rowsViewport(height: number): number {
    const client = this.inner.height && this.inner.height <= height ? this.inner.height : height - 2;
    return Math.max(this.rowHeight, client - this.rowHeight);
  }

  private viewportHeight(rowCount: number): number {
    const h = this.payload.height;
    const header = this.rowHeight;
    if (typeof h === "number") return h;
    if (h === "content") return header + Math.min(rowCount, 200) * this.rowHeight + 2;
    if (h === "stretch") return Math.max(header + AUTO_ROWS * this.rowHeight + 2, 400);
    return header + Math.max(1, Math.min(rowCount, AUTO_ROWS)) * this.rowHeight + 2 + this.inner.hScrollbar;
  }

  // -- rows ---------------------------------------------------------------------------------

  /** Display order: original rows (sorted, without deleted ones), then added rows, filtered by search. */
  private displayOrder(): Uint32Array | null {
    const added = this.edits?.addedCount ?? 0;
    const deleted = this.edits?.edits.deleted_rows.length ?? 0;
    const key = JSON.stringify([this.sort, this.query, added, deleted, this.edits?.edits.deleted_rows]);
    if (key === this.orderKey) return this.order;
    this.orderKey = key;
    const n = this.model.numRows;
    if (!this.sort && !this.query && !added && !deleted) {
      this.order = null;
      return null;
    }
    let rows = new Uint32Array(n);
    for (let i = 0; i < n; i++) rows[i] = i;
    if (this.sort) {
      const spec = this.specs.find((s) => s.key === this.sort!.key);
      if (spec) rows = sortRows(this.model, spec, this.sort.direction, rows) as Uint32Array<ArrayBuffer>;
    }
    if (deleted) rows = rows.filter((r) => !this.edits!.isDeleted(r));
    if (added) {
      const withAdded = new Uint32Array(rows.length + added);
      withAdded.set(rows);
      for (let i = 0; i < added; i++) withAdded[rows.length + i] = n + i;
      rows = withAdded;
    }
    if (this.query) rows = searchRows(this.specs, rows, this.query, (r, s) => this.valueAt(r, s)) as Uint32Array<ArrayBuffer>;
    this.order = rows;
    return rows;
  }

  private rowCount(order: Uint32Array | null): number {
    return order ? order.length : this.model.numRows;
  }

  private rowAt(order: Uint32Array | null, displayRow: number): number {
    return order ? order[displayRow] : displayRow;
  }

  /** A cell's value with edits applied; `row` is an original position (or an added row). */
  valueAt(row: number, spec: ColumnSpec): CellValue {
    if (this.edits?.has(row, spec.name) && spec.role === "data") return wireToCell(spec, this.edits.get(row, spec.name));
    if (row >= this.model.numRows) return null;
    return spec.model.get(row);
  }

  // -- value out -----------------------------------------------------------------------------

  private emit(): void {
    const value: GridValue = this.payload.editable
      ? structuredClone(this.edits!.edits)
      : {
          selection: {
            rows: [...this.selectedRows].sort((a, b) => a - b),
            columns: this.specs.filter((s) => this.selectedColumns.has(s.name) && s.role === "data").map((s) => s.name),
          },
        };
    this.dispatchEvent(new GridValueEvent(value));
  }

  // -- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const order = this.displayOrder();
    const count = this.rowCount(order);
    const rowHeight = this.rowHeight;
    const widths = this.columnWidths();
    const marker = this.hasMarkers ? MARKER_WIDTH : 0;
    const totalWidth = widths.reduce((a, b) => a + b, 0) + marker;
    const height = this.viewportHeight(count);
    const view = visibleRows({ scrollTop: this.scrollPos, viewportHeight: this.rowsViewport(height), rowHeight, rowCount: count });
    const lefts: number[] = [];
    let left = marker;
    for (let i = 0; i < this.specs.length; i++) {
      lefts.push(left);
      left += widths[i];
    }
    const widthStyle =
      this.payload.width === "content" ? `width:${Math.min(totalWidth + 2, this.viewportWidth || totalWidth + 2)}px` : typeof this.payload.width === "number" ? `width:min(100%, ${this.payload.width}px)` : "width:100%";
    const rows: TemplateResult[] = [];
    for (let i = view.start; i < view.end; i++) rows.push(this.renderRow(order, i, view.top(i) + rowHeight, widths, lefts));
    return html`<div class="st-grid" style=${widthStyle} data-rows=${count}>
      ${this.renderToolbar(order)}
      ${this.searchOpen ? this.renderSearch() : nothing}
      <div
        class="st-grid-scroller"
        role="grid"
        tabindex="0"
        aria-rowcount=${count + 1}
        aria-colcount=${this.specs.length}
        aria-multiselectable=${this.multiRow ? "true" : "false"}
        style="height:${height}px"
        @scroll=${this.onScroll}
        @keydown=${this.onKeyDown}
        @copy=${this.onCopy}
        @focus=${this.onFocus}
      >
        <div class="st-grid-canvas" style="height:${view.canvasHeight + rowHeight}px;width:${totalWidth}px">
          ${this.renderHeader(widths, lefts, totalWidth, order)}
          ${rows}
          ${count === 0 ? html`<div class="st-grid-empty" style="top:${rowHeight}px;height:${rowHeight}px">${this.payload.placeholder ?? "empty"}</div>` : nothing}
          ${this.renderEditorOverlay(order, view, widths, lefts)}
        </div>
      </div>
    </div>`;
  }

  private renderToolbar(order: Uint32Array | null): TemplateResult {
    const editable = this.payload.editable;
    const canAdd = editable && ["dynamic", "add"].includes(this.payload.numRows);
    const canDelete = editable && ["dynamic", "delete"].includes(this.payload.numRows);
    return html`<div class="st-grid-toolbar" data-testid="stElementToolbar">
      ${canAdd ? html`<button class="st-grid-tool" data-testid="stElementToolbarButton" aria-label="Add row" title="Add row" @click=${this.addRow}>＋</button>` : nothing}
      ${canDelete && this.selectedRows.size
        ? html`<button class="st-grid-tool" data-testid="stElementToolbarButton" aria-label="Delete rows" title="Delete rows" @click=${this.deleteSelected}>🗑</button>`
        : nothing}
      <button class="st-grid-tool" data-testid="stElementToolbarButton" aria-label="Download as CSV" title="Download as CSV" @click=${() => this.downloadCsv(order)}>⤓</button>
      <button class="st-grid-tool" data-testid="stElementToolbarButton" aria-label="Search" title="Search" aria-pressed=${this.searchOpen ? "true" : "false"} @click=${this.toggleSearch}>⌕</button>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    return html`<div class="st-grid-search">
      <input type="search" data-testid="stDataFrameSearchInput" placeholder="Search" aria-label="Search the table" .value=${this.query}
        @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === "Escape") this.toggleSearch();
        }} />
    </div>`;
  }

  private renderHeader(widths: number[], lefts: number[], totalWidth: number, order: Uint32Array | null): TemplateResult {
    const h = this.rowHeight;
    const columnSelect = this.payload.selectionMode.some((m) => m.endsWith("-column"));
    const count = this.rowCount(order);
    const allSelected = count > 0 && this.selectedRows.size >= count;
    return html`<div class="st-grid-header" role="row" aria-rowindex="1" style="height:${h}px;width:${totalWidth}px">
      ${this.hasMarkers
        ? html`<div class="st-grid-hcell st-grid-marker st-grid-pinned" role="columnheader" style="width:${MARKER_WIDTH}px;left:0">
            ${this.multiRow
              ? html`<input type="checkbox" aria-label="Select all rows" .checked=${live(allSelected)} @change=${(e: Event) => this.selectAll((e.target as HTMLInputElement).checked, order)} />`
              : nothing}
          </div>`
        : nothing}
      ${this.specs.map((spec, i) => {
        const sorted = this.sort?.key === spec.key ? this.sort.direction : null;
        const selected = this.selectedColumns.has(spec.name) && spec.role === "data";
        const onClick = () => (columnSelect && spec.role === "data" ? this.toggleColumn(spec) : this.cycleSort(spec));
        return html`<div
          class="st-grid-hcell ${spec.pinned ? "st-grid-pinned" : ""}"
          role="columnheader"
          data-col=${spec.key}
          aria-sort=${sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
          aria-selected=${selected ? "true" : "false"}
          style="width:${widths[i]}px;${spec.pinned ? `left:${lefts[i]}px;` : ""}justify-content:${spec.align === "right" ? "flex-end" : spec.align === "center" ? "center" : "flex-start"}"
        >
          <button class="st-grid-hbutton" @click=${onClick} @keydown=${(e: KeyboardEvent) => this.onHeaderKey(e, spec)} title=${spec.label}
            aria-label=${columnSelect && spec.role === "data" ? `Select column ${spec.label}` : `Sort by ${spec.label}`}>${spec.label}</button>
          ${spec.help ? helpIcon(spec.help) : nothing}
          ${columnSelect && spec.role === "data"
            ? html`<button class="st-grid-sort" aria-label="Sort ${spec.label}" @click=${() => this.cycleSort(spec)}>${sorted === "desc" ? "↓" : sorted === "asc" ? "↑" : "↕"}</button>`
            : sorted
              ? html`<span class="st-grid-sort-icon" aria-hidden="true">${sorted === "asc" ? "↑" : "↓"}</span>`
              : nothing}
          <span class="st-grid-resize" aria-hidden="true" @pointerdown=${(e: PointerEvent) => this.startResize(e, spec)}></span>
        </div>`;
      })}
    </div>`;
  }

  private renderRow(order: Uint32Array | null, displayRow: number, y: number, widths: number[], lefts: number[]): TemplateResult {
    const row = this.rowAt(order, displayRow);
    const selected = this.selectedRows.has(row);
    const added = row >= this.model.numRows;
    return html`<div
      class="st-grid-row"
      role="row"
      aria-rowindex=${displayRow + 2}
      aria-selected=${selected ? "true" : "false"}
      data-row=${row}
      style="transform:translateY(${y}px);height:${this.rowHeight}px"
    >
      ${this.hasMarkers
        ? html`<div class="st-grid-cell st-grid-marker st-grid-pinned" role="gridcell" style="width:${MARKER_WIDTH}px;left:0">
            <input type="checkbox" tabindex="-1" aria-label="Select row ${displayRow + 1}" .checked=${live(selected)} @change=${(e: Event) => this.toggleRow(row, (e.target as HTMLInputElement).checked)} />
          </div>`
        : nothing}
      ${this.specs.map((spec, c) => {
        const isActive = this.active?.row === displayRow && this.active.col === c;
        const value = spec.role === "index" && spec.model.position < 0 ? (added ? null : row) : this.valueAt(row, spec);
        const edited = this.edits?.has(row, spec.name) ?? false;
        return html`<div
          class="st-grid-cell ${spec.pinned ? "st-grid-pinned" : ""} ${spec.role === "index" ? "st-grid-index" : ""}"
          role=${spec.role === "index" ? "rowheader" : "gridcell"}
          data-col=${spec.key}
          data-type=${spec.type}
          ?data-active=${isActive}
          ?data-edited=${edited}
          aria-readonly=${spec.editable ? "false" : "true"}
          style="width:${widths[c]}px;${spec.pinned ? `left:${lefts[c]}px;` : ""}justify-content:${spec.align === "right" ? "flex-end" : spec.align === "center" ? "center" : "flex-start"}"
          @click=${() => this.onCellClick(displayRow, c)}
          @dblclick=${() => this.startEdit(displayRow, c)}
        >${renderCell(spec, value)}</div>`;
      })}
    </div>`;
  }

  private renderEditorOverlay(order: Uint32Array | null, view: ReturnType<typeof visibleRows>, widths: number[], lefts: number[]): TemplateResult | typeof nothing {
    const cell = this.editing;
    if (!cell) return nothing;
    const spec = this.specs[cell.col];
    if (!spec) return nothing;
    const row = this.rowAt(order, cell.row);
    const value = this.valueAt(row, spec);
    const y = view.top(cell.row) + this.rowHeight;
    return html`<div class="st-grid-editor-box" style="transform:translate(${lefts[cell.col]}px, ${y}px);width:${Math.max(widths[cell.col], 120)}px;height:${this.rowHeight}px">
      ${renderEditor(
        spec,
        value,
        (raw) => this.commitEdit(cell, raw),
        () => this.stopEdit(),
      )}
    </div>`;
  }

  private observedScroller?: HTMLElement;

  /** Track the scroller's client size: scrollbars take room from the rows and columns. */
  private measureScroller(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    if (scroller !== this.observedScroller) {
      this.observedScroller = scroller;
      this.resizeObserver?.observe(scroller);
    }
    const { clientWidth: width, clientHeight: height } = scroller;
    // A horizontal scrollbar: "auto" heights grow by it so no row hides behind it.
    const hScrollbar = Math.max(0, scroller.offsetHeight - height - 2);
    if (width !== this.inner.width || height !== this.inner.height || hScrollbar !== this.inner.hScrollbar) this.inner = { width, height, hScrollbar };
  }

  protected override updated(): void {
    // The scroller is observed once drawn; its ResizeObserver callback measures it.
    const scroller = this.scroller;
    if (scroller && scroller !== this.observedScroller) {
      this.observedScroller = scroller;
      this.resizeObserver?.observe(scroller);
    }
    const editor = this.querySelector<HTMLElement>(".st-grid-editor");
    if (editor && document.activeElement !== editor && this.editing) {
      editor.focus();
      if (editor instanceof HTMLInputElement && editor.type === "text") editor.select();
    }
  }

  // -- interaction --------------------------------------------------------------------------------

  private onScroll = (e: Event) => {
    const target = e.target as HTMLElement;
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollPos = target.scrollTop;
    });
  };

  private onFocus = () => {
    if (!this.active && this.rowCount(this.order) > 0 && this.specs.length) this.active = { row: 0, col: 0 };
  };

  private get scroller(): HTMLElement | null {
    return this.querySelector(".st-grid-scroller");
  }

  /** Scroll so that display row `row` is visible and redraw. */
  scrollToRow(row: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const order = this.displayOrder();
    const count = this.rowCount(order);
    const viewport = this.rowsViewport(this.viewportHeight(count));
    const top = scrollTopFor(row, scroller.scrollTop, viewport, this.rowHeight, count);
    if (top !== scroller.scrollTop) {
      scroller.scrollTop = top;
      this.scrollPos = top;
    }
  }

  private onCellClick(row: number, col: number): void {
    this.active = { row, col };
    const spec = this.specs[col];
    if (spec.editable && spec.type === "checkbox" && !this.editing) {
      const r = this.rowAt(this.order, row);
      this.applyEdit(r, spec, !this.valueAt(r, spec));
    }
    this.scroller?.focus({ preventScroll: true });
  }

  private onKeyDown = (e: KeyboardEvent) => {
    // Keys on header buttons and inputs inside the grid are theirs.
    if (this.editing || e.target !== e.currentTarget) return;
    const count = this.rowCount(this.order);
    const cols = this.specs.length;
    if (!count || !cols) return;
    const active = this.active ?? { row: 0, col: 0 };
    const page = Math.max(1, Math.floor((this.viewportHeight(count) - this.rowHeight) / this.rowHeight) - 1);
    let next: Cell | null = null;
    const ctrl = e.ctrlKey || e.metaKey;
    switch (e.key) {
      case "ArrowDown": next = { row: Math.min(count - 1, active.row + 1), col: active.col }; break;
      case "ArrowUp": next = { row: Math.max(0, active.row - 1), col: active.col }; break;
      case "ArrowRight": next = { row: active.row, col: Math.min(cols - 1, active.col + 1) }; break;
      case "ArrowLeft": next = { row: active.row, col: Math.max(0, active.col - 1) }; break;
      case "PageDown": next = { row: Math.min(count - 1, active.row + page), col: active.col }; break;
      case "PageUp": next = { row: Math.max(0, active.row - page), col: active.col }; break;
      case "Home": next = ctrl ? { row: 0, col: 0 } : { row: active.row, col: 0 }; break;
      case "End": next = ctrl ? { row: count - 1, col: cols - 1 } : { row: active.row, col: cols - 1 }; break;
      case "Enter":
      case "F2":
        e.preventDefault();
        this.active = active;
        this.startEdit(active.row, active.col);
        return;
      case " ": {
        e.preventDefault();
        const spec = this.specs[active.col];
        const row = this.rowAt(this.order, active.row);
        if (spec.editable && spec.type === "checkbox") this.applyEdit(row, spec, !this.valueAt(row, spec));
        else if (this.hasMarkers) this.toggleRow(row, !this.selectedRows.has(row));
        return;
      }
      case "Delete":
      case "Backspace": {
        const spec = this.specs[active.col];
        if (spec.editable && !spec.required) {
          e.preventDefault();
          this.applyEdit(this.rowAt(this.order, active.row), spec, null);
        }
        return;
      }
      default:
        if (ctrl && e.key.toLowerCase() === "f") {
          e.preventDefault();
          if (!this.searchOpen) this.toggleSearch();
          return;
        }
        if (e.key.length === 1 && !ctrl && !e.altKey) {
          const spec = this.specs[active.col];
          if (spec.editable && !["checkbox", "selectbox", "date", "datetime", "time"].includes(spec.type)) {
            this.active = active;
            this.startEdit(active.row, active.col);
          }
        }
        return;
    } // prettier-ignore
    e.preventDefault();
    this.active = next;
    this.scrollToRow(next.row);
  };

  /** Text of the active cell, or of the selected rows (tab-separated). */
  copyText(): string {
    const order = this.displayOrder();
    if (this.selectedRows.size) return toTsv(this.specs, [...this.selectedRows].sort((a, b) => a - b), (r, s) => this.cellValueForCopy(r, s));
    if (!this.active) return "";
    const spec = this.specs[this.active.col];
    const row = this.rowAt(order, this.active.row);
    return cellText(spec, this.cellValueForCopy(row, spec));
  }

  private cellValueForCopy(row: number, spec: ColumnSpec): CellValue {
    return spec.role === "index" && spec.model.position < 0 ? row : this.valueAt(row, spec);
  }

  private onCopy = (e: ClipboardEvent) => {
    if (this.editing) return;
    const text = this.copyText();
    if (!text) return;
    e.preventDefault();
    e.clipboardData?.setData("text/plain", text);
  };

  private cycleSort(spec: ColumnSpec): void {
    const current = this.sort?.key === spec.key ? this.sort.direction : null;
    this.sort = current === null ? { key: spec.key, direction: "asc" } : current === "asc" ? { key: spec.key, direction: "desc" } : null;
  }

  private toggleColumn(spec: ColumnSpec): void {
    const next = new Set(this.payload.selectionMode.includes("single-column") ? [] : this.selectedColumns);
    if (this.selectedColumns.has(spec.name)) next.delete(spec.name);
    else next.add(spec.name);
    this.selectedColumns = next;
    this.emitSelection();
  }

  private toggleRow(row: number, on: boolean): void {
    const next = new Set(this.multiRow ? this.selectedRows : []);
    if (on) next.add(row);
    else next.delete(row);
    this.selectedRows = next;
    this.emitSelection();
  }

  private selectAll(on: boolean, order: Uint32Array | null): void {
    const count = this.rowCount(order);
    const next = new Set<number>();
    if (on) for (let i = 0; i < count; i++) next.add(this.rowAt(order, i));
    this.selectedRows = next;
    this.emitSelection();
  }

  /** Selections are widget values only for st.dataframe with `on_select`. */
  private emitSelection(): void {
    if (!this.payload.editable && this.payload.selectionMode.length) this.emit();
  }

  private setQuery(query: string): void {
    this.query = query;
    this.scrollPos = 0;
    const scroller = this.scroller;
    if (scroller) scroller.scrollTop = 0;
  }

  private toggleSearch = () => {
    this.searchOpen = !this.searchOpen;
    if (!this.searchOpen) this.setQuery("");
    else void this.updateComplete.then(() => this.querySelector<HTMLInputElement>(".st-grid-search input")?.focus());
  };

  /** Download what the grid shows (in its current order) as CSV. */
  downloadCsv(order: Uint32Array | null = this.displayOrder()): string {
    const count = this.rowCount(order);
    const rows = order ?? Uint32Array.from({ length: count }, (_, i) => i);
    const csv = toCsv(this.specs, rows, (r, s) => this.cellValueForCopy(r, s));
    const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "")}_export.csv`;
    a.style.display = "none";
    this.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return csv;
  }

  // -- resizing ----------------------------------------------------------------------------------

  private startResize(e: PointerEvent, spec: ColumnSpec): void {
    e.preventDefault();
    e.stopPropagation();
    const startX = e.clientX;
    const startWidth = this.widths.get(spec.key) ?? 100;
    const target = e.target as HTMLElement;
    target.setPointerCapture?.(e.pointerId);
    const move = (ev: PointerEvent) => {
      const next = new Map(this.widths);
      next.set(spec.key, Math.max(40, startWidth + ev.clientX - startX));
      this.widths = next;
      spec.fixedWidth = true;
    };
    const up = () => {
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", up);
  }

  /** Alt+Left/Right on a header narrows/widens its column (the keyboard way to resize). */
  private onHeaderKey(e: KeyboardEvent, spec: ColumnSpec): void {
    if (!e.altKey || (e.key !== "ArrowLeft" && e.key !== "ArrowRight")) return;
    e.preventDefault();
    e.stopPropagation();
    this.resizeColumn(spec.key, (this.widths.get(spec.key) ?? 100) + (e.key === "ArrowRight" ? 20 : -20));
  }

  /** Set a column's width in pixels (as a drag of its header edge does). */
  resizeColumn(key: string, width: number): void {
    const spec = this.specs.find((s) => s.key === key);
    if (!spec) return;
    spec.fixedWidth = true;
    const next = new Map(this.widths);
    next.set(key, Math.max(40, width));
    this.widths = next;
  }

  // -- editing ---------------------------------------------------------------------------------------

  private startEdit(row: number, col: number): void {
    const spec = this.specs[col];
    if (!spec?.editable) return;
    if (spec.type === "checkbox") {
      const r = this.rowAt(this.order, row);
      this.applyEdit(r, spec, !this.valueAt(r, spec));
      return;
    }
    this.active = { row, col };
    this.editing = { row, col };
  }

  private stopEdit(): void {
    this.editing = null;
    void this.updateComplete.then(() => this.scroller?.focus({ preventScroll: true }));
  }

  private commitEdit(cell: Cell, raw: string | boolean | null): void {
    if (!this.editing || this.editing.row !== cell.row || this.editing.col !== cell.col) return;
    const spec = this.specs[cell.col];
    const parsed = parseInput(spec, raw);
    this.stopEdit();
    if (parsed === undefined) return;
    const row = this.rowAt(this.order, cell.row);
    const before = cellToWire(spec, this.valueAt(row, spec));
    if (before === parsed || (before !== null && parsed !== null && String(before) === String(parsed) && typeof before === typeof parsed)) return;
    this.applyEdit(row, spec, parsed, true);
  }

  /** Record an edit (grid value or wire value) and report the edits. */
  private applyEdit(row: number, spec: ColumnSpec, value: unknown, isWire = false): void {
    if (!this.edits) return;
    this.edits.set(row, spec.name, isWire ? value : cellToWire(spec, value as CellValue));
    this.requestUpdate();
    this.emit();
  }

  private addRow = () => {
    if (!this.edits) return;
    const defaults: Record<string, unknown> = {};
    for (const spec of this.specs) if (spec.role === "data" && spec.default !== null && spec.default !== undefined) defaults[spec.name] = spec.default;
    this.edits.addRow(defaults);
    this.orderKey = "";
    const order = this.displayOrder();
    const last = this.rowCount(order) - 1;
    this.active = { row: last, col: this.specs.findIndex((s) => s.editable) };
    this.requestUpdate();
    void this.updateComplete.then(() => this.scrollToRow(last));
    this.emit();
  };

  private deleteSelected = () => {
    if (!this.edits || !this.selectedRows.size) return;
    this.edits.deleteRows([...this.selectedRows]);
    this.selectedRows = new Set();
    this.orderKey = "";
    this.active = null;
    this.emit();
  };
}

function sameColumns(a: TableModel, b: TableModel): boolean {
  return a.columns.length === b.columns.length && a.columns.every((c, i) => c.name === b.columns[i].name && c.kind === b.columns[i].kind);
}

declare global {
  interface HTMLElementTagNameMap {
    "st-data-grid": StDataGrid;
  }
  interface HTMLElementEventMap {
    "st-grid-value": GridValueEvent;
  }
}
