import { customElement, property } from "lit/decorators.js";
import type { PlotlyChartPayload } from "../../../packages/protocol/index.js";
import { StChartElement, chartCss } from "../../lib/chart-element.js";
import { loadPlotly, PLOTLY_BASE_CONFIG, type PlotlyRoot } from "../../lib/chart-libs.js";
import { plotlyTemplate } from "../../lib/chart-theme.js";

/** Streamlit's default heights: 350 px for the built-in charts, Plotly's 450 otherwise. */
const BUILTIN_HEIGHT = 350;
const PLOTLY_HEIGHT = 450;
const PLOTLY_WIDTH = 700;

/**
 * st.plotly_chart, and the built-in charts (line, area, bar, scatter) which Brooklet
 * draws with Plotly but which keep Streamlit's `stVegaLiteChart` test id. With
 * `on_select`, selections become the widget's value in Streamlit's shape:
 * `{"selection": {"points", "point_indices", "box", "lasso"}}`.
 */
@customElement("st-plotly-chart")
export class StPlotlyChart extends StChartElement<PlotlyChartPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: PlotlyChartPayload;

  protected static override css = `${chartCss}
st-plotly-chart .st-chart-plot { width: 100%; }
st-plotly-chart[data-width="content"], st-plotly-chart[data-width="pixels"] { width: fit-content; }
`;

  protected override testId(): string {
    return this.element?.chartCommand ? "stVegaLiteChart" : "stPlotlyChart";
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    const id = this.testId();
    if (this.dataset.testid !== id) {
      if (this.dataset.testid) this.classList.remove(this.dataset.testid);
      this.dataset.testid = id;
      this.classList.add(id);
    }
    const { width, key } = this.element;
    this.dataset.width = typeof width === "number" ? "pixels" : width;
    if (key) this.classList.add(`st-key-${key}`);
  }

  protected override async draw(root: HTMLElement, payload: PlotlyChartPayload): Promise<void> {
    const Plotly = await loadPlotly();
    const figure = JSON.parse(payload.figure) as {
      data?: Record<string, unknown>[];
      layout?: Record<string, unknown>;
      frames?: unknown[];
      config?: Record<string, unknown>;
    };
    const layout: Record<string, unknown> = { ...(figure.layout ?? {}) };
    if (payload.theme === "streamlit") layout.template = plotlyTemplate();
    const defaultHeight = payload.chartCommand ? BUILTIN_HEIGHT : PLOTLY_HEIGHT;
    const { width, height } = payload;
    layout.height = typeof height === "number" ? height : ((layout.height as number | undefined) ?? defaultHeight);
    if (width === "stretch") {
      delete layout.width;
      layout.autosize = true;
      root.style.width = "100%";
    } else {
      const px = typeof width === "number" ? width : ((layout.width as number | undefined) ?? PLOTLY_WIDTH);
      layout.width = px;
      layout.autosize = false;
      root.style.width = `${px}px`;
      root.style.maxWidth = "100%";
    }
    const selecting = Boolean(payload.id);
    if (selecting && this.lastValue === undefined) this.lastValue = payload.value;
    const modes = payload.selectionMode ?? [];
    // A rerun caused by a selection redraws the same figure: keep the selection drawn.
    if (selecting && payload.figure === this.selectedFigure && this.selections?.length && layout.selections === undefined) {
      layout.selections = this.selections;
    }
    if (selecting) {
      if (modes.includes("points")) layout.clickmode = "event+select";
      if (layout.dragmode === undefined) layout.dragmode = modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
      layout.hovermode ??= "closest";
    }
    const config = {
      ...(figure.config ?? {}),
      ...(payload.config ? (JSON.parse(payload.config) as Record<string, unknown>) : {}),
      ...PLOTLY_BASE_CONFIG,
      ...(selecting ? { modeBarButtonsToRemove: modeButtonsToRemove(modes) } : {}),
    };
    const plot = root as PlotlyRoot;
    await (Plotly.react as unknown as (root: HTMLElement, figure: unknown) => Promise<HTMLElement>)(plot, {
      data: figure.data ?? [],
      layout,
      frames: figure.frames,
      config,
    });
    plot.removeAllListeners?.("plotly_selected");
    plot.removeAllListeners?.("plotly_deselect");
    if (selecting) {
      plot.on?.("plotly_selected", (event: unknown) => this.onSelected(event));
      plot.on?.("plotly_deselect", () => this.commitSelection(emptySelection()));
    }
  }

  protected override resized(root: HTMLElement): void {
    const plot = root as PlotlyRoot;
    if (!plot.data || this.element.width !== "stretch") return;
    void loadPlotly().then((Plotly) => Plotly.Plots.resize(plot));
  }

  protected override teardown(root: HTMLElement): void {
    if ((root as PlotlyRoot).data) void loadPlotly().then((Plotly) => Plotly.purge(root));
  }

  /** The figure text and Plotly selections of the last selection, drawn again after the rerun. */
  private selectedFigure?: string;
  private selections?: unknown[];

  private onSelected(event: unknown): void {
    // Plotly also fires plotly_selected with no event while a drag starts.
    if (!event) return;
    const selectionEvent = event as PlotlySelectionEvent;
    this.selectedFigure = this.element.figure;
    this.selections = selectionEvent.selections?.map((s) => ({ ...s }));
    this.commitSelection(selectionState(selectionEvent));
  }

  private commitSelection(state: SelectionState): void {
    const id = this.element.id;
    if (!id) return;
    const value = JSON.stringify(state);
    if (state.selection.points.length === 0 && !state.selection.box.length && !state.selection.lasso.length) this.selections = undefined;
    // Only a change asks for a rerun (a redraw must never loop).
    if (value === this.lastValue) return;
    this.lastValue = value;
    this.emitValue({ widgetId: id, value });
  }

  private lastValue?: string;
}

interface PlotlySelectionEvent {
  points?: Record<string, unknown>[];
  selections?: { type?: string; xref?: string; yref?: string; x0?: number; x1?: number; y0?: number; y1?: number; path?: string }[];
  range?: Record<string, [number, number]>;
  lassoPoints?: Record<string, number[]>;
}

interface SelectionState {
  selection: { points: Record<string, unknown>[]; point_indices: number[]; box: Record<string, unknown>[]; lasso: Record<string, unknown>[] };
}

function emptySelection(): SelectionState {
  return { selection: { points: [], point_indices: [], box: [], lasso: [] } };
}

const SKIPPED_POINT_KEYS = new Set(["data", "fullData", "xaxis", "yaxis", "bbox"]);

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Plain JSON-safe copy of a point: its own values, nested objects flattened one level as `a_b`. */
function pointRecord(point: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(point)) {
    if (SKIPPED_POINT_KEYS.has(key) || value === undefined || typeof value === "function") continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        if (innerValue === undefined || typeof innerValue === "function" || (innerValue && typeof innerValue === "object" && !Array.isArray(innerValue))) continue;
        out[snake(`${key}_${inner}`)] = innerValue;
      }
      continue;
    }
    out[snake(key)] = value;
  }
  const data = point.data as { legendgroup?: string } | undefined;
  if (data?.legendgroup) out.legendgroup = data.legendgroup;
  return out;
}

/** Streamlit's selection state from a plotly_selected event. */
export function selectionState(event: PlotlySelectionEvent): SelectionState {
  const state = emptySelection();
  for (const point of event.points ?? []) {
    state.selection.points.push(pointRecord(point));
    if (typeof point.pointIndex === "number") state.selection.point_indices.push(point.pointIndex);
    const indices = point.pointIndices;
    if (Array.isArray(indices) && indices.length) state.selection.point_indices.push(...(indices as number[]));
  }
  for (const sel of event.selections ?? []) {
    if (sel.type === "rect") {
      state.selection.box.push({ xref: sel.xref, yref: sel.yref, x: [sel.x0, sel.x1], y: [sel.y0, sel.y1] });
    } else if (sel.type === "path" && sel.path) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const m of sel.path.matchAll(/[ML]\s*(-?[\d.eE+-]+)\s*,\s*(-?[\d.eE+-]+)/g)) {
        xs.push(Number(m[1]));
        ys.push(Number(m[2]));
      }
      state.selection.lasso.push({ xref: sel.xref, yref: sel.yref, x: xs, y: ys });
    }
  }
  if (!event.selections) {
    if (event.range) state.selection.box.push({ xref: "x", yref: "y", x: event.range.x, y: event.range.y });
    if (event.lassoPoints) state.selection.lasso.push({ xref: "x", yref: "y", x: event.lassoPoints.x, y: event.lassoPoints.y });
  }
  return state;
}

function modeButtonsToRemove(modes: string[]): string[] {
  const remove: string[] = [];
  if (!modes.includes("box")) remove.push("select2d");
  if (!modes.includes("lasso")) remove.push("lasso2d");
  return remove;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-plotly-chart": StPlotlyChart;
  }
}
