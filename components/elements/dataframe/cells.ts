/** How each column type draws a cell: text, numbers, checkboxes, links, images, bars, lists, charts. */
import { html, nothing, svg, type TemplateResult } from "lit";
import { cellText, type ColumnSpec } from "./columns.js";
import type { CellValue } from "./model.js";

const CHART_COLORS: Record<string, string> = {
  red: "#ff4b4b",
  blue: "#1c83e1",
  green: "#21c354",
  yellow: "#faca2b",
  orange: "#ffa421",
  violet: "#803df5",
  gray: "#a3a8b8",
  grey: "#a3a8b8",
  primary: "var(--st-primary)",
};

function chartColor(spec: ColumnSpec, values: number[]): string {
  const color = (spec.options.color as string | undefined) ?? "auto";
  if (color === "auto" || color === "auto-inverse") {
    const first = values.find((v) => Number.isFinite(v));
    const last = [...values].reverse().find((v) => Number.isFinite(v));
    if (first === undefined || last === undefined || first === last) return CHART_COLORS.gray;
    const up = last > first;
    return (color === "auto") === up ? CHART_COLORS.green : CHART_COLORS.red;
  }
  return CHART_COLORS[color] ?? color;
}

/** A small inline SVG chart of a list of numbers (LineChartColumn, BarChartColumn, AreaChartColumn). */
export function sparkline(values: (number | null)[], kind: "line" | "bar" | "area", color: string, yMin?: number, yMax?: number, width = 100, height = 24): TemplateResult {
  const nums = values.map((v) => (v === null || v === undefined ? NaN : Number(v)));
  const finite = nums.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return html``;
  const lo = yMin ?? Math.min(0, ...finite);
  const hi = yMax ?? Math.max(...finite);
  const span = hi - lo || 1;
  const y = (v: number) => height - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * height;
  if (kind === "bar") {
    const w = width / nums.length;
    return html`<svg class="st-grid-chart" data-testid="stDataFrameChart" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" width="100%" height=${height} role="img" aria-label=${finite.join(", ")}>
      ${nums.map((v, i) => (Number.isFinite(v) ? svg`<rect x=${i * w + w * 0.1} y=${y(v)} width=${w * 0.8} height=${Math.max(0.5, height - y(v))} fill=${color}></rect>` : nothing))}
    </svg>`;
  }
  const step = nums.length > 1 ? width / (nums.length - 1) : 0;
  const points = nums.map((v, i) => (Number.isFinite(v) ? `${(i * step).toFixed(2)},${y(v).toFixed(2)}` : null)).filter((p): p is string => p !== null);
  const line = points.join(" ");
  return html`<svg class="st-grid-chart" data-testid="stDataFrameChart" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" width="100%" height=${height} role="img" aria-label=${finite.join(", ")}>
    ${kind === "area" ? svg`<polygon points=${`0,${height} ${line} ${width},${height}`} fill=${color} fill-opacity="0.3"></polygon>` : nothing}
    <polyline points=${line} fill="none" stroke=${color} stroke-width="1.5" vector-effect="non-scaling-stroke"></polyline>
  </svg>`;
}

function isUrl(text: string): boolean {
  return /^(https?:|mailto:|data:|\/|\.\/)/i.test(text);
}

/** The content of one cell. `value` is already resolved (edits applied). */
export function renderCell(spec: ColumnSpec, value: CellValue): TemplateResult | string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value) && spec.type !== "checkbox")) {
    return html`<span class="st-grid-none">None</span>`;
  }
  switch (spec.type) {
    case "checkbox":
      return html`<span class="st-grid-check" data-checked=${value ? "true" : "false"} role="img" aria-label=${value ? "true" : "false"}>${value ? "✓" : ""}</span>`;
    case "link": {
      const href = String(value);
      const text = cellText(spec, value);
      return isUrl(href) || /^[\w.-]+\.[a-z]{2,}/i.test(href)
        ? html`<a class="st-grid-link" href=${isUrl(href) ? href : `https://${href}`} target="_blank" rel="noopener noreferrer" tabindex="-1">${text}</a>`
        : text;
    }
    case "image": {
      const src = String(value);
      return html`<img class="st-grid-image" src=${src} alt="" loading="lazy" />`;
    }
    case "progress": {
      const n = Number(value);
      const min = (spec.options.minValue as number | undefined) ?? 0;
      const max = (spec.options.maxValue as number | undefined) ?? (Number.isInteger(n) && !/^float/.test(spec.model.kind) ? 100 : 1);
      const fraction = Math.max(0, Math.min(1, (n - min) / (max - min || 1)));
      const text = spec.options.format ? cellText(spec, value) : cellText({ ...spec, options: { ...spec.options, format: undefined } }, value);
      const color = spec.options.color ? chartColor(spec, [0, 1]) : "var(--st-primary)";
      return html`<span class="st-grid-progress" role="progressbar" aria-valuenow=${n} aria-valuemin=${min} aria-valuemax=${max}>
        <span class="st-grid-progress-bar"><span style="width:${(fraction * 100).toFixed(1)}%;background:${color}"></span></span>
        <span class="st-grid-progress-text">${text}</span>
      </span>`;
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart": {
      const values = Array.isArray(value) ? (value as unknown[]).map((v) => (v === null ? null : Number(v))) : [];
      const kind = spec.type === "bar_chart" ? "bar" : spec.type === "area_chart" ? "area" : "line";
      return sparkline(values, kind, chartColor(spec, values as number[]), spec.options.yMin as number | undefined, spec.options.yMax as number | undefined);
    }
    case "list":
    case "multiselect": {
      const items = Array.isArray(value) ? value : [value];
      return html`${items.map((item) => html`<span class="st-grid-bubble">${item === null ? "None" : String(item)}</span>`)}`;
    }
    default:
      return cellText(spec, value);
  }
}
