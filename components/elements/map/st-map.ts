import { customElement, property } from "lit/decorators.js";
import type { MapPayload } from "../../../packages/protocol/index.js";
import { StChartElement, chartCss } from "../../lib/chart-element.js";
import { loadPlotly, PLOTLY_BASE_CONFIG, type PlotlyRoot } from "../../lib/chart-libs.js";
import { plotlyTemplate } from "../../lib/chart-theme.js";

/** Why the map has no background: tiles come from a tile server, and Brooklet runs offline. */
export const MAP_TILES_NOTE = "Map tiles cannot be loaded (Brooklet runs without a network connection): only the points are shown.";

const DEG = Math.PI / 180;
/** Web Mercator y of a latitude, in "degrees" so that x (longitude) and y share one scale. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * DEG) / 2)) / DEG;
}

function latitudeOf(y: number): number {
  return (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG;
}

/** Metres per screen pixel at a zoom level and latitude (the tile maps' scale). */
function metresPerPixel(zoom: number, lat: number): number {
  return (156543.03392 * Math.cos(lat * DEG)) / 2 ** zoom;
}

/**
 * st.map: the points drawn on a Web Mercator plane (Plotly, pan and zoom), sized in
 * metres and coloured as given, at Streamlit's zoom level. No basemap: a note says
 * why. The root carries `stDeckGlJsonChart`, as Streamlit's deck.gl map does.
 */
@customElement("st-map")
export class StMap extends StChartElement<MapPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: MapPayload;

  protected static override testId = "stDeckGlJsonChart";
  protected static override css = `${chartCss}
st-map .st-chart-plot { width: 100%; border-radius: var(--st-radius); overflow: hidden; background: #eef1f5; }
`;

  protected override async draw(root: HTMLElement, payload: MapPayload): Promise<void> {
    this.note = MAP_TILES_NOTE;
    const Plotly = await loadPlotly();
    const { lat, lon, size, color, zoom, width, height } = payload;
    const px = typeof height === "number" ? height : 500;
    root.style.height = `${px}px`;
    if (typeof width === "number") root.style.width = `${width}px`;
    const boxWidth = root.clientWidth || (typeof width === "number" ? width : 700);

    const ys = lat.map(mercatorY);
    const centerLon = lon.length ? (Math.min(...lon) + Math.max(...lon)) / 2 : 0;
    const centerY = ys.length ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0;
    const z = zoom ?? (lat.length ? 12 : 0.5);
    // At zoom z the world (360°) is 256·2^z pixels wide.
    const degPerPx = 360 / (256 * 2 ** z);
    const halfX = (boxWidth * degPerPx) / 2;
    const halfY = (px * degPerPx) / 2;

    const centerLat = latitudeOf(centerY);
    const toDiameter = (metres: number) => Math.max(6, Math.min(80, (2 * metres) / metresPerPixel(z, centerLat)));
    const markerSize = Array.isArray(size) ? size.map(toDiameter) : toDiameter(size);

    const ticks = latitudeTicks(centerY - halfY, centerY + halfY);
    const data = [
      {
        type: "scatter",
        mode: "markers",
        x: lon,
        y: ys,
        customdata: lat,
        marker: { size: markerSize, color, line: { width: 0 } },
        hovertemplate: "lat %{customdata:.5f}<br>lon %{x:.5f}<extra></extra>",
        showlegend: false,
      },
    ];
    const layout: Record<string, unknown> = {
      template: plotlyTemplate(),
      height: px,
      autosize: true,
      margin: { l: 0, r: 0, t: 0, b: 0 },
      dragmode: "pan",
      plot_bgcolor: "#eef1f5",
      xaxis: { range: [centerLon - halfX, centerLon + halfX], showgrid: true, zeroline: false, visible: true, ticksuffix: "°", ticklabelposition: "inside", fixedrange: false },
      yaxis: {
        range: [centerY - halfY, centerY + halfY],
        scaleanchor: "x",
        scaleratio: 1,
        showgrid: true,
        zeroline: false,
        tickvals: ticks.map(mercatorY),
        ticktext: ticks.map((t) => `${t}°`),
        ticklabelposition: "inside",
      },
    };
    await (Plotly.react as unknown as (root: HTMLElement, figure: unknown) => Promise<HTMLElement>)(root, {
      data,
      layout,
      config: { ...PLOTLY_BASE_CONFIG, scrollZoom: true },
    });
  }

  protected override resized(root: HTMLElement): void {
    if ((root as PlotlyRoot).data) void loadPlotly().then((Plotly) => Plotly.Plots.resize(root));
  }

  protected override teardown(root: HTMLElement): void {
    if ((root as PlotlyRoot).data) void loadPlotly().then((Plotly) => Plotly.purge(root));
  }
}

/** Round latitudes for the axis between two Mercator y values. */
function latitudeTicks(y0: number, y1: number): number[] {
  const lo = latitudeOf(y0);
  const hi = latitudeOf(y1);
  const span = Math.max(hi - lo, 1e-6);
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi && ticks.length < 20; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-map": StMap;
  }
}
