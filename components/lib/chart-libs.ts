/**
 * The charting libraries, each loaded the first time an element needs it (its own
 * chunk in dist/chunks/, never part of brooklet.js). Nothing they do may reach the
 * network: Plotly is configured without MathJax or topojson downloads, Vega's loader
 * refuses URLs, and Graphviz ships its WebAssembly inside its module.
 */

/** The part of plotly.js Brooklet uses. */
export interface PlotlyApi {
  react(root: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<HTMLElement>;
  purge(root: HTMLElement): void;
  Plots: { resize(root: HTMLElement): void };
}

/** A plot's root: Plotly keeps what it drew on it. */
export interface PlotlyRoot extends HTMLElement {
  data?: Record<string, unknown>[];
  layout?: Record<string, unknown>;
  on?(event: string, handler: (event: any) => void): void;
  removeAllListeners?(event: string): void;
}

let plotly: Promise<PlotlyApi> | undefined;

export function loadPlotly(): Promise<PlotlyApi> {
  plotly ??= import("plotly.js-dist-min").then((mod) => {
    // The package is a UMD bundle: as an ES module it sets window.Plotly.
    const api = ((mod as { default?: PlotlyApi }).default ?? (globalThis as { Plotly?: PlotlyApi }).Plotly) as PlotlyApi;
    if (!api?.react) throw new Error("plotly.js did not load");
    return api;
  });
  return plotly;
}

/** Plotly options that keep it offline and uncluttered (Streamlit hides the logo too). */
export const PLOTLY_BASE_CONFIG: Record<string, unknown> = {
  displaylogo: false,
  responsive: true,
  typesetMath: false,
  showLink: false,
  showSendToCloud: false,
  showEditInChartStudio: false,
  // Geo traces need topojson; the default is a CDN. A same-origin path that the app may
  // ship keeps Plotly from ever reaching out.
  topojsonURL: "topojson/",
};

// -- Vega-Lite -----------------------------------------------------------------------------

export type VegaEmbed = (
  el: HTMLElement,
  spec: unknown,
  options: Record<string, unknown>,
) => Promise<{ view: VegaView; finalize(): void }>;

export interface VegaView {
  addSignalListener(name: string, handler: (name: string, value: unknown) => void): void;
  signal(name: string): unknown;
  getState?(): unknown;
  data(name: string): unknown[];
  width(): number;
  height(): number;
}

let vega: Promise<{ embed: VegaEmbed; loader: unknown }> | undefined;

export function loadVegaEmbed(): Promise<{ embed: VegaEmbed; loader: unknown }> {
  vega ??= Promise.all([import("vega-embed"), import("vega")]).then(([embedModule, vegaModule]) => {
    const base = vegaModule.loader();
    // A loader that never fetches: specs from Python carry their data inline.
    const loader = {
      ...base,
      load: (uri: string) => Promise.reject(new Error(`Brooklet does not load chart data from URLs (offline): ${uri}`)),
      sanitize: (uri: string) => Promise.reject(new Error(`Brooklet does not load chart data from URLs (offline): ${uri}`)),
      http: () => Promise.reject(new Error("Brooklet does not load chart data from URLs (offline).")),
      file: () => Promise.reject(new Error("Brooklet does not read files in the browser.")),
    };
    return { embed: embedModule.default as unknown as VegaEmbed, loader };
  });
  return vega;
}

// -- Graphviz --------------------------------------------------------------------------------

export interface GraphvizApi {
  renderSVGElement(dot: string, options?: { engine?: string }): SVGSVGElement;
}

let graphviz: Promise<GraphvizApi> | undefined;

export function loadGraphviz(): Promise<GraphvizApi> {
  graphviz ??= import("@viz-js/viz").then((mod) => mod.instance() as Promise<GraphvizApi>);
  return graphviz;
}
