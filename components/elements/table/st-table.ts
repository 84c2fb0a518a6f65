import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { TablePayload } from "../../../packages/protocol/index.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

type TableText = typeof import("../dataframe/table-text.js");
let tableText: Promise<TableText> | undefined;
/** apache-arrow comes with the data chunk, loaded when a table is first shown. */
const loadTableText = () => (tableText ??= import("../dataframe/table-text.js"));

/** st.table: a static table; string cells are Markdown. */
@customElement("st-table")
export class StTable extends StElement<TablePayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: TablePayload;

  @state() private lib?: TableText;
  private decoded?: { bytes: Uint8Array; model: ReturnType<TableText["decodeTable"]> };

  protected static override testId = "stTable";
  protected static override css = `
st-table { display: block; overflow: auto; }
st-table table { border-collapse: collapse; font-size: 0.875rem; min-width: 100%; }
st-table[data-width="content"] table { min-width: 0; }
st-table th, st-table td { padding: 0.25rem 0.375rem; text-align: left; vertical-align: top; border: 1px solid var(--st-border); }
st-table thead th { color: var(--st-text-muted); font-weight: 400; }
st-table tbody th { color: var(--st-text-muted); font-weight: 400; }
st-table td[data-numeric] { text-align: right; }
st-table[data-border="false"] th, st-table[data-border="false"] td { border: 0; }
st-table[data-border="horizontal"] th, st-table[data-border="horizontal"] td { border-left: 0; border-right: 0; }
st-table td p, st-table th p { margin: 0; }
st-table .st-table-empty { color: var(--st-text-muted); text-align: center; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element") && !this.lib) void loadTableText().then((lib) => (this.lib = lib));
    this.dataset.border = String(this.element.border);
    this.dataset.width = String(this.element.width);
  }

  protected override render() {
    const lib = this.lib;
    if (!lib) return html`<div class="st-table-loading" aria-busy="true"></div>`;
    if (this.decoded?.bytes !== this.element.data) this.decoded = { bytes: this.element.data, model: lib.decodeTable(this.element.data) };
    const model = this.decoded.model;
    const index = model.columns.filter((c) => c.role === "index");
    const data = model.columns.filter((c) => c.role === "data");
    const showRange = model.rangeIndex && index.length === 0;
    const { width, height } = this.element;
    const style = `${typeof width === "number" ? `max-width:${width}px;` : ""}${typeof height === "number" ? `max-height:${height}px;` : ""}`;
    const rows = Array.from({ length: model.numRows }, (_, r) => r);
    return html`<table data-testid="stTableStyledTable" style=${style}>
      <thead>
        <tr>
          ${showRange ? html`<th scope="col"></th>` : nothing}
          ${index.map((c) => html`<th scope="col">${c.name}</th>`)}
          ${data.map((c) => html`<th scope="col">${inlineMarkdown(c.name)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.numRows === 0
          ? html`<tr><td class="st-table-empty" data-testid="stTableStyledEmptyTableCell" colspan=${data.length + index.length + (showRange ? 1 : 0)}>empty</td></tr>`
          : rows.map(
              (r) => html`<tr>
                ${showRange ? html`<th scope="row">${r}</th>` : nothing}
                ${index.map((c) => html`<th scope="row">${lib.tableCellText(c, c.get(r))}</th>`)}
                ${data.map((c) => {
                  const value = c.get(r);
                  const text = lib.tableCellText(c, value);
                  const numeric = typeof value === "number" && c.kind !== "timestamp" && c.kind !== "date32";
                  return html`<td ?data-numeric=${numeric}>${c.kind === "utf8" || c.kind === "object" || c.kind === "categorical" ? inlineMarkdown(text) : text}</td>`;
                })}
              </tr>`,
            )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-table": StTable;
  }
}
