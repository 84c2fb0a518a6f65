import { customElement, property } from "lit/decorators.js";
import type { GraphvizChartPayload } from "../../../packages/protocol/index.js";
import { StChartElement, chartCss } from "../../lib/chart-element.js";
import { loadGraphviz } from "../../lib/chart-libs.js";

/** st.graphviz_chart: DOT laid out and drawn as SVG by Graphviz compiled to WebAssembly. */
@customElement("st-graphviz-chart")
export class StGraphvizChart extends StChartElement<GraphvizChartPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: GraphvizChartPayload;

  protected static override testId = "stGraphVizChart";
  protected static override css = `${chartCss}
st-graphviz-chart .st-chart-plot { display: flex; justify-content: center; overflow: auto; }
st-graphviz-chart svg { max-width: 100%; height: auto; }
st-graphviz-chart[data-width="stretch"] svg { width: 100%; }
`;

  protected override async draw(root: HTMLElement, payload: GraphvizChartPayload): Promise<void> {
    const viz = await loadGraphviz();
    const svg = viz.renderSVGElement(payload.spec, { engine: payload.engine || "dot" });
    const { width, height } = payload;
    this.dataset.width = typeof width === "number" ? "pixels" : width;
    if (typeof width === "number") svg.style.width = `${width}px`;
    if (typeof height === "number") {
      svg.style.height = `${height}px`;
      svg.style.width = typeof width === "number" ? svg.style.width : "auto";
    }
    root.replaceChildren(svg);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-graphviz-chart": StGraphvizChart;
  }
}
