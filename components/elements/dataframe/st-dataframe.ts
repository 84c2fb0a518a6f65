import { html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { DataFramePayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";
import type { GridValue, GridValueEvent } from "./grid.js";

/** The grid and apache-arrow load on first use: text-only apps never fetch them. */
let gridModule: Promise<typeof import("./grid.js")> | undefined;
export function loadGrid(): Promise<typeof import("./grid.js")> {
  gridModule ??= import("./grid.js");
  return gridModule;
}

/**
 * st.dataframe and st.data_editor (testid stDataFrame). The page owns the selection or
 * the edits: taken from Python only for a new widget id or when Python set them.
 */
@customElement("st-dataframe")
export class StDataFrame extends StElement<DataFramePayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: DataFramePayload;

  @state() private loaded = false;
  @state() private value?: GridValue;
  private shownId?: string;

  protected static override testId = "stDataFrame";
  protected static override css = `
st-dataframe { display: block; position: relative; }
st-dataframe .st-dataframe-loading { border: 1px solid var(--st-border); border-radius: 0.5rem; background: var(--st-bg-secondary); }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("element")) return;
    const el = this.element;
    if (el.id === undefined) {
      this.value = undefined;
    } else if (el.setValue || el.id !== this.shownId) {
      this.value = el.value;
    }
    this.shownId = el.id;
    if (!this.loaded) void loadGrid().then(() => (this.loaded = true));
  }

  protected override render() {
    if (!this.loaded) {
      const rows = Math.min(10, 3);
      return html`<div class="st-dataframe-loading" style="height:${(rows + 1) * 35 + 2}px" aria-busy="true"></div>`;
    }
    return html`<st-data-grid .payload=${this.element} .value=${this.value} @st-grid-value=${this.onGridValue}></st-data-grid>`;
  }

  /** Resolves when the grid is loaded and drawn (tests, benchmarks). */
  async gridReady(): Promise<HTMLElementTagNameMap["st-data-grid"]> {
    await loadGrid();
    await this.updateComplete;
    const grid = this.querySelector("st-data-grid")!;
    await grid.updateComplete;
    return grid;
  }

  private onGridValue = (event: GridValueEvent) => {
    event.stopPropagation();
    this.value = event.detail;
    const { id, formId } = this.element;
    if (!id) return;
    this.emitValue({ widgetId: id, value: event.detail, ...(formId ? { formId } : {}) });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-dataframe": StDataFrame;
  }
}
