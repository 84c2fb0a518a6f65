/**
 * Streamlit's chart look (theme="streamlit") for Plotly and Vega-Lite: its font, its
 * categorical palette, light grid lines, transparent backgrounds, bottom legends.
 */

export const CATEGORICAL = [
  "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
  "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
]; // prettier-ignore

export const SEQUENTIAL = [
  "#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff",
  "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280",
]; // prettier-ignore

const FONT = '"Source Sans Pro", "Source Sans 3", sans-serif';
const TEXT = "#31333F";
const MUTED = "#808495";
const GRID = "#e6eaf1";

/** A Plotly layout template: applied under the figure's own layout. */
export function plotlyTemplate(): Record<string, unknown> {
  const axis = {
    gridcolor: GRID,
    zerolinecolor: GRID,
    linecolor: GRID,
    tickcolor: GRID,
    tickfont: { color: MUTED, size: 12 },
    title: { font: { color: MUTED, size: 14 } },
    automargin: true,
  };
  return {
    layout: {
      font: { family: FONT, color: TEXT, size: 14 },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      colorway: CATEGORICAL,
      colorscale: { sequential: SEQUENTIAL.map((c, i) => [i / (SEQUENTIAL.length - 1), c]) },
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: MUTED, size: 14 }, bgcolor: "rgba(0,0,0,0)" },
      hoverlabel: { bgcolor: "#ffffff", bordercolor: GRID, font: { family: FONT, color: TEXT, size: 14 } },
      margin: { l: 10, r: 10, t: 30, b: 10, pad: 0 },
      title: { font: { color: TEXT, size: 16 } },
    },
  };
}

/** A Vega-Lite config, as Streamlit passes to vega-embed. */
export function vegaLiteConfig(): Record<string, unknown> {
  return {
    font: FONT,
    background: "transparent",
    view: { stroke: "transparent", continuousWidth: 400, continuousHeight: 350 },
    range: { category: CATEGORICAL, ramp: SEQUENTIAL, heatmap: SEQUENTIAL },
    axis: {
      labelColor: MUTED,
      titleColor: MUTED,
      gridColor: GRID,
      domainColor: GRID,
      tickColor: GRID,
      labelFontSize: 12,
      titleFontSize: 14,
      titleFontWeight: 400,
      labelFont: FONT,
      titleFont: FONT,
    },
    legend: { labelColor: MUTED, titleColor: MUTED, labelFontSize: 14, titleFontSize: 14, titleFontWeight: 400 },
    title: { color: TEXT, fontSize: 16, font: FONT },
    mark: { color: CATEGORICAL[0] },
    bar: { color: CATEGORICAL[0] },
    line: { color: CATEGORICAL[0], strokeWidth: 2 },
    point: { color: CATEGORICAL[0] },
    area: { color: CATEGORICAL[0] },
  };
}
