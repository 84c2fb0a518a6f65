import { customElement, property } from "lit/decorators.js";
import type { VegaLiteChartPayload } from "../../../packages/protocol/index.js";
import { StChartElement, chartCss } from "../../lib/chart-element.js";
import { loadVegaEmbed, type VegaView } from "../../lib/chart-libs.js";
import { vegaLiteConfig } from "../../lib/chart-theme.js";

/**
 * st.altair_chart and st.vega_lite_chart, drawn by vega-embed (Vega-Lite compiled in
 * the page, rendered as SVG, data inline, no network). With `on_select`, the selection
 * parameters' values become the widget's value: `{"selection": {param: ...}}`.
 */
@customElement("st-vega-lite-chart")
export class StVegaLiteChart extends StChartElement<VegaLiteChartPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: VegaLiteChartPayload;

  protected static override testId = "stVegaLiteChart";
  protected static override css = `${chartCss}
st-vega-lite-chart .st-chart-plot { width: 100%; }
st-vega-lite-chart .st-chart-plot.vega-embed { display: block; }
st-vega-lite-chart .vega-embed summary { display: none; }
`;

  private finalize?: () => void;
  /** The Vega view of the last drawing (for tests and selections). */
  view?: VegaView;

  protected override async draw(root: HTMLElement, payload: VegaLiteChartPayload): Promise<void> {
    const { embed, loader } = await loadVegaEmbed();
    const spec = JSON.parse(payload.spec) as Record<string, unknown>;
    const singleView = "mark" in spec || "layer" in spec;
    if (payload.width === "stretch" && singleView) spec.width = "container";
    else if (typeof payload.width === "number") spec.width = payload.width;
    if (typeof payload.height === "number") spec.height = payload.height;
    if (payload.key) this.classList.add(`st-key-${payload.key}`);
    this.finalize?.();
    const result = await embed(root, spec, {
      mode: "vega-lite",
      actions: false,
      renderer: "svg",
      loader,
      config: payload.theme === "streamlit" ? vegaLiteConfig() : undefined,
      tooltip: true,
    });
    this.finalize = () => result.finalize();
    this.view = result.view;
    const params = payload.id ? (payload.selectionMode ?? []) : [];
    for (const name of params) {
      result.view.addSignalListener(name, () => this.commitSelection(result.view, params));
    }
  }

  protected override teardown(): void {
    this.finalize?.();
    this.finalize = undefined;
    this.view = undefined;
  }

  private commitSelection(view: VegaView, params: string[]): void {
    const id = this.element.id;
    if (!id) return;
    const selection: Record<string, unknown> = {};
    for (const name of params) selection[name] = selectionValue(view, name);
    this.emitValue({ widgetId: id, value: JSON.stringify({ selection }) });
  }
}

/** Streamlit's form of a selection parameter: point → list of records, interval → {field: [lo, hi]}. */
function selectionValue(view: VegaView, name: string): unknown {
  let value: unknown;
  try {
    value = view.signal(name);
  } catch {
    return {};
  }
  if (!value || typeof value !== "object") return {};
  const record = value as Record<string, unknown>;
  if ("vlPoint" in record) {
    let tuples: { fields?: { field: string }[]; values?: unknown[] }[] = [];
    try {
      tuples = view.data(`${name}_store`) as typeof tuples;
    } catch {
      tuples = [];
    }
    return tuples.map((t) => Object.fromEntries((t.fields ?? []).map((f, i) => [f.field, t.values?.[i]])));
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) if (!key.startsWith("vl")) out[key] = v;
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-vega-lite-chart": StVegaLiteChart;
  }
}
