import { html, nothing, svg } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { MetricPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

const COLORS: Record<string, string> = {
  green: "#09ab3b",
  red: "#ff2b2b",
  gray: "rgba(49, 51, 63, 0.6)",
  orange: "#ed6f13",
  yellow: "#926c05",
  blue: "#0068c9",
  violet: "#803df5",
  primary: "var(--st-primary)",
};

/** A sparkline under the value (`chart_data`), drawn as inline SVG. */
function metricChart(values: (number | null)[], type: "line" | "bar" | "area", color: string) {
  const nums = values.map((v) => (v === null ? NaN : v));
  const finite = nums.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return nothing;
  const w = 200;
  const h = 40;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const span = hi - lo || 1;
  const y = (v: number) => h - 2 - ((v - lo) / span) * (h - 4);
  if (type === "bar") {
    const bw = w / nums.length;
    const base = Math.min(0, lo);
    const yb = (v: number) => h - ((v - base) / (hi - base || 1)) * h;
    return html`<svg data-testid="stMetricChart" class="st-metric-chart" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="img" aria-label="Trend">
      ${nums.map((v, i) => (Number.isFinite(v) ? svg`<rect x=${i * bw + bw * 0.15} y=${yb(v)} width=${bw * 0.7} height=${Math.max(0.5, h - yb(v))} fill=${color}></rect>` : nothing))}
    </svg>`;
  }
  const step = nums.length > 1 ? w / (nums.length - 1) : 0;
  const pts = nums.map((v, i) => (Number.isFinite(v) ? `${(i * step).toFixed(1)},${y(v).toFixed(1)}` : null)).filter((p): p is string => p !== null).join(" ");
  return html`<svg data-testid="stMetricChart" class="st-metric-chart" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="img" aria-label="Trend">
    ${type === "area" ? svg`<polygon points=${`0,${h} ${pts} ${w},${h}`} fill=${color} fill-opacity="0.2"></polygon>` : nothing}
    <polyline points=${pts} fill="none" stroke=${color} stroke-width="2" vector-effect="non-scaling-stroke"></polyline>
  </svg>`;
}

/** st.metric: label, big value, delta with arrow and colour, optional sparkline. */
@customElement("st-metric")
export class StMetric extends StElement<MetricPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: MetricPayload;

  protected static override testId = "stMetric";
  protected static override css = `
st-metric { display: block; }
st-metric[data-border] { border: 1px solid var(--st-border); border-radius: var(--st-radius); padding: calc(1rem - 1px); }
st-metric .st-metric-label { display: flex; align-items: center; font-size: 0.875rem; min-height: 1.5rem; }
st-metric .st-metric-label p { margin: 0; }
st-metric[data-label-visibility="hidden"] .st-metric-label { visibility: hidden; }
st-metric[data-label-visibility="collapsed"] .st-metric-label { display: none; }
st-metric .st-metric-value { font-size: 2.25rem; line-height: 1.3; padding-bottom: 0.25rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
st-metric .st-metric-delta { display: inline-flex; align-items: center; gap: 0.25rem; font-size: 1rem; padding: 0 0.375rem; border-radius: 0.75rem; }
st-metric .st-metric-delta svg { width: 1rem; height: 1rem; flex: none; }
st-metric .st-metric-delta-description { color: var(--st-text-muted); font-size: 0.875rem; margin-left: 0.25rem; }
st-metric .st-metric-chart { display: block; width: 100%; height: 2.5rem; margin-top: 0.5rem; }
`;

  protected override render() {
    const el = this.element;
    this.dataset.labelVisibility = el.labelVisibility;
    this.toggleAttribute("data-border", el.border);
    const color = COLORS[el.deltaColor] ?? el.deltaColor;
    const arrow =
      el.deltaDirection === "up"
        ? svg`<path d="M12 4l-6 6h4v10h4V10h4z" fill="currentColor"></path>`
        : el.deltaDirection === "down"
          ? svg`<path d="M12 20l6-6h-4V4h-4v10H6z" fill="currentColor"></path>`
          : null;
    return html`<label class="st-metric-label" data-testid="stMetricLabel">
        <div data-testid="stMarkdownContainer">${inlineMarkdown(el.label)}</div>${helpIcon(el.help)}
      </label>
      <div class="st-metric-value" data-testid="stMetricValue"><div>${el.body}</div></div>
      ${el.delta
        ? html`<div class="st-metric-delta" data-testid="stMetricDelta" data-direction=${el.deltaDirection} data-color=${el.deltaColor} style="color:${color};background:color-mix(in srgb, ${color} 12%, transparent)">
            ${arrow ? html`<svg viewBox="0 0 24 24" data-testid=${el.deltaDirection === "up" ? "stMetricDeltaIcon-Up" : "stMetricDeltaIcon-Down"} aria-hidden="true">${arrow}</svg>` : nothing}
            <div>${el.delta}</div>
          </div>${el.deltaDescription ? html`<span class="st-metric-delta-description">${el.deltaDescription}</span>` : nothing}`
        : nothing}
      ${el.chartData ? metricChart(el.chartData, el.chartType, el.delta ? color : "var(--st-primary)") : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-metric": StMetric;
  }
}
