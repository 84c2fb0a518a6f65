/// <reference types="mocha" />
/* Component tests for the media elements (image, audio, video, pdf, the app logo) and
 * the chart elements (plotly, built-in charts, Vega-Lite, Graphviz, map), from payloads. */
import { expect } from "@esm-bundle/chai";
import { html, render } from "lit";
import "../../components/elements/audio/st-audio.js";
import "../../components/elements/graphviz-chart/st-graphviz-chart.js";
import "../../components/elements/image/st-image.js";
import "../../components/elements/map/st-map.js";
import "../../components/elements/pdf/st-pdf.js";
import "../../components/elements/plotly-chart/st-plotly-chart.js";
import "../../components/elements/vega-lite-chart/st-vega-lite-chart.js";
import "../../components/elements/video/st-video.js";
import { AppLogo } from "../../components/app/app-logo.js";
import { selectionState } from "../../components/elements/plotly-chart/st-plotly-chart.js";
import { MAP_TILES_NOTE, mercatorY } from "../../components/elements/map/st-map.js";
import { MediaUrls } from "../../components/lib/media-urls.js";
import type {
  AudioPayload,
  ImagePayload,
  MapPayload,
  MediaSource,
  PlotlyChartPayload,
  VegaLiteChartPayload,
  VideoPayload,
} from "../../packages/protocol/index.js";
import { captureValueEvents, cleanup, makeContainer, mount, update, waitFor } from "./fixtures.js";

// A 2×1 RGB PNG (red, green), made with Python's zlib encoder in media_utils.
const PNG_2x1 = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DA8J8BAAf/Af8Bf4mnAAAAAElFTkSuQmCC"),
  (c) => c.charCodeAt(0),
);

/** A mono 16-bit WAV of `seconds` of silence at 8 kHz. */
function wav(seconds: number): Uint8Array {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const buf = new ArrayBuffer(44 + samples * 2);
  const v = new DataView(buf);
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, "RIFF");
  v.setUint32(4, 36 + samples * 2, true);
  ascii(8, "WAVEfmt ");
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  ascii(36, "data");
  v.setUint32(40, samples * 2, true);
  return new Uint8Array(buf);
}

const bytes = (data: Uint8Array, mimeType: string): MediaSource => ({ data, url: null, mimeType });

const image = (over: Partial<ImagePayload> = {}): ImagePayload => ({
  type: "image",
  images: [{ ...bytes(PNG_2x1, "image/png"), caption: null }],
  width: "content",
  ...over,
});

async function loaded(img: HTMLImageElement): Promise<void> {
  await waitFor(() => img.complete && img.naturalWidth > 0, "image to load");
}

describe("MediaUrls", () => {
  it("reuses a blob URL while the bytes are equal and revokes the rest", async () => {
    const urls = new MediaUrls();
    const [a] = urls.resolve([bytes(new Uint8Array([1, 2, 3]), "x/y")]);
    const [again] = urls.resolve([bytes(new Uint8Array([1, 2, 3]), "x/y")]);
    expect(again).to.equal(a);
    const [other, url] = urls.resolve([bytes(new Uint8Array([9]), "x/y"), { data: null, url: "https://e.com/a.png", mimeType: "" }]);
    expect(other).to.not.equal(a);
    expect(url).to.equal("https://e.com/a.png");
    expect(urls.size).to.equal(1);
    // The replaced URL no longer loads.
    let failed = false;
    await fetch(a).catch(() => (failed = true));
    expect(failed).to.equal(true);
    urls.revokeAll();
    expect(urls.size).to.equal(0);
  });
});

describe("st-image", () => {
  afterEach(cleanup);

  it("shows each image in stImage > stImageContainer with its Markdown caption", async () => {
    const el = await mount(
      "st-image",
      image({
        images: [
          { ...bytes(PNG_2x1, "image/png"), caption: "A *red* pixel" },
          { data: null, url: "data:image/svg+xml;base64," + btoa('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"/>'), mimeType: "image/svg+xml", caption: null },
        ],
      }),
    );
    const images = [...el.querySelectorAll<HTMLElement>('[data-testid="stImage"]')];
    expect(images).to.have.length(2);
    expect(el.dataset.testid, "the ids are on each image, not the list").to.equal(undefined);
    const imgs = images.map((i) => i.querySelector<HTMLImageElement>('[data-testid="stImageContainer"] > img')!);
    await Promise.all(imgs.map(loaded));
    expect([imgs[0].naturalWidth, imgs[0].naturalHeight, imgs[1].naturalWidth]).to.deep.equal([2, 1, 8]);
    expect(imgs[0].src).to.match(/^blob:/);
    const caption = images[0].querySelector('[data-testid="stImageCaption"]')!;
    expect(caption.textContent!.trim()).to.equal("A red pixel");
    expect(caption.querySelector("em")!.textContent).to.equal("red");
    expect(images[1].querySelector('[data-testid="stImageCaption"]')).to.equal(null);
  });

  it("sizes images by width: content (natural), pixels, stretch", async () => {
    const container = makeContainer();
    container.style.width = "400px";
    const natural = await mount("st-image", image(), container);
    const pixels = await mount("st-image", image({ width: 120 }), container);
    const stretch = await mount("st-image", image({ width: "stretch" }), container);
    const [a, b, c] = [natural, pixels, stretch].map((el) => el.querySelector("img")!);
    await Promise.all([a, b, c].map(loaded));
    expect(a.getBoundingClientRect().width).to.equal(2);
    expect(b.getBoundingClientRect().width).to.equal(120);
    expect(c.getBoundingClientRect().width).to.equal(400);
  });

  it("keeps the URL across an update with the same bytes and frees it on removal", async () => {
    const el = await mount("st-image", image());
    const src = el.querySelector("img")!.src;
    await update(el, image({ images: [{ ...bytes(PNG_2x1.slice(), "image/png"), caption: "new" }] }));
    expect(el.querySelector("img")!.src).to.equal(src);
    el.remove();
    let failed = false;
    await fetch(src).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});

const audio = (over: Partial<AudioPayload> = {}): AudioPayload => ({
  type: "audio",
  source: bytes(wav(2), "audio/wav"),
  startTime: 0,
  endTime: null,
  loop: false,
  autoplay: false,
  width: "stretch",
  ...over,
});

describe("st-audio", () => {
  afterEach(cleanup);

  it("is an <audio data-testid=stAudio> of a blob, starting at start_time", async () => {
    const el = await mount("st-audio", audio({ startTime: 1 }));
    const player = el.querySelector<HTMLAudioElement>('audio[data-testid="stAudio"]')!;
    expect(player.controls).to.equal(true);
    expect((await (await fetch(player.src)).blob()).type).to.equal("audio/wav");
    await waitFor(() => player.readyState >= 1, "metadata");
    expect(player.duration).to.be.closeTo(2, 0.01);
    await waitFor(() => player.currentTime === 1, "the seek to start_time");
  });

  it("stops at end_time, or jumps back to start_time when looping", async () => {
    const el = await mount("st-audio", audio({ startTime: 0, endTime: 1 }));
    const player = el.querySelector("audio")!;
    await waitFor(() => player.readyState >= 1, "metadata");
    let paused = 0;
    player.pause = () => void paused++;
    player.currentTime = 1.5;
    player.dispatchEvent(new Event("timeupdate"));
    expect(paused).to.equal(1);

    await update(el, audio({ startTime: 0.5, endTime: 1, loop: true }));
    await el.updateComplete;
    const looping = el.querySelector("audio")!;
    looping.play = () => Promise.resolve();
    looping.currentTime = 1.2;
    looping.dispatchEvent(new Event("timeupdate"));
    expect(looping.currentTime).to.equal(0.5);
  });

  it("an empty player has no src; pixel widths apply", async () => {
    const el = await mount("st-audio", audio({ source: { data: null, url: null, mimeType: "audio/wav" }, width: 250 }));
    const player = el.querySelector("audio")!;
    expect(player.hasAttribute("src")).to.equal(false);
    expect(player.style.width).to.equal("250px");
  });
});

const video = (over: Partial<VideoPayload> = {}): VideoPayload => ({
  type: "video",
  source: bytes(new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]), "video/mp4"),
  kind: "native",
  subtitles: [],
  startTime: 0,
  endTime: null,
  loop: false,
  autoplay: false,
  muted: false,
  width: "stretch",
  ...over,
});

describe("st-video", () => {
  afterEach(cleanup);

  it("adds WebVTT tracks, the first shown by default, and mutes", async () => {
    const el = await mount(
      "st-video",
      video({
        muted: true,
        subtitles: [
          { label: "English", vtt: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi" },
          { label: "Deutsch", vtt: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHallo" },
        ],
      }),
    );
    const player = el.querySelector<HTMLVideoElement>('video[data-testid="stVideo"]')!;
    expect(player.muted).to.equal(true);
    const tracks = [...player.querySelectorAll("track")];
    expect(tracks.map((t) => [t.label, t.default, t.kind])).to.deep.equal([
      ["English", true, "captions"],
      ["Deutsch", false, "captions"],
    ]);
    const text = await (await fetch(tracks[1].src)).text();
    expect(text).to.contain("Hallo");
  });

  it("an empty first track means no default subtitles", async () => {
    const el = await mount("st-video", video({ subtitles: [{ label: "None", vtt: "" }, { label: "English", vtt: "WEBVTT\n" }] }));
    const tracks = [...el.querySelectorAll("track")];
    expect(tracks.map((t) => [t.label, t.default])).to.deep.equal([["English", false]]);
  });

  it("draws YouTube links as an embed with start/end/autoplay", async () => {
    const el = await mount(
      "st-video",
      video({ kind: "youtube", source: { data: null, url: "https://www.youtube.com/embed/abc", mimeType: "video/mp4" }, startTime: 5, endTime: 9, autoplay: true }),
    );
    const frame = el.querySelector<HTMLIFrameElement>('iframe[data-testid="stVideo"]')!;
    const url = new URL(frame.getAttribute("src")!);
    expect([url.pathname, url.searchParams.get("start"), url.searchParams.get("end"), url.searchParams.get("autoplay")]).to.deep.equal(["/embed/abc", "5", "9", "1"]);
  });
});

describe("st-pdf", () => {
  afterEach(cleanup);

  it("shows the bytes in an iframe of a PDF blob with Streamlit's ids", async () => {
    const el = await mount("st-pdf", { type: "pdf", source: bytes(new TextEncoder().encode("%PDF-1.4"), "application/pdf"), height: 320, key: "doc" });
    expect(el.dataset.testid).to.equal("stBidiComponentIsolated");
    expect(el.classList.contains("st-key-doc")).to.equal(true);
    const frame = el.querySelector<HTMLIFrameElement>('[data-testid="pdf-container"] iframe')!;
    expect(frame.title).to.equal("streamlit_pdf.pdf_viewer");
    expect((await (await fetch(frame.src)).blob()).type).to.equal("application/pdf");
    expect(frame.getBoundingClientRect().height).to.equal(320);
  });
});

describe("app logo", () => {
  it("renders image or icon by sidebar state, with link and size, and drops stale logos", () => {
    const logo = new AppLogo();
    const svg = (w: number) => bytes(new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="10"/>`), "image/svg+xml");
    logo.set({ image: svg(100), iconImage: svg(10), size: "small", link: "https://e.com" }, 3);
    const box = document.createElement("div");
    render(html`${logo.renderSidebarHeader()}${logo.renderAppCorner(true, true)}`, box);
    expect(box.querySelectorAll('[data-testid="stLogo"]')).to.have.length(1);
    expect(box.querySelector('[data-testid="stSidebarHeader"] [data-testid="stLogoLink"]')!.getAttribute("href")).to.equal("https://e.com");
    const sidebarSrc = box.querySelector<HTMLImageElement>('[data-testid="stLogo"]')!.src;
    render(html`${logo.renderAppCorner(true, false)}`, box);
    const corner = box.querySelector<HTMLImageElement>('[data-testid="stHeaderLogo"] img')!;
    expect(corner.src).to.not.equal(sidebarSrc);
    expect(corner.style.height).to.equal("1.25rem");
    logo.finishRun(3);
    expect(logo.current).to.not.equal(null);
    logo.finishRun(4);
    expect(logo.current).to.equal(null);
  });
});

const plotly = (over: Partial<PlotlyChartPayload> = {}): PlotlyChartPayload => ({
  type: "plotlyChart",
  figure: JSON.stringify({ data: [{ type: "bar", x: ["a", "b"], y: [1, 2], name: "s" }], layout: {} }),
  config: null,
  theme: "streamlit",
  width: "stretch",
  height: "content",
  chartCommand: null,
  ...over,
});

type Plot = HTMLElement & { data: { x: unknown[]; y: unknown[] }[]; layout: Record<string, any>; _fullLayout: Record<string, any>; emit(e: string, d?: unknown): void };
const plotOf = (el: HTMLElement) => el.querySelector(".st-chart-plot") as Plot;

describe("st-plotly-chart", function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it("draws the figure with Streamlit's theme and no Plotly logo", async () => {
    const el = await mount("st-plotly-chart", plotly());
    await el.whenDrawn();
    expect(el.dataset.testid).to.equal("stPlotlyChart");
    const plot = plotOf(el);
    expect(plot.data[0].y).to.deep.equal([1, 2]);
    expect(plot.querySelectorAll(".barlayer .point")).to.have.length(2);
    expect(plot._fullLayout.colorway[0]).to.equal("#0068c9");
    expect(plot.querySelector(".modebar-btn--logo")).to.equal(null);
    expect(plot.getBoundingClientRect().height).to.equal(450);
  });

  it("built-in charts carry stVegaLiteChart and are 350 px high; pixel sizes apply", async () => {
    const el = await mount("st-plotly-chart", plotly({ chartCommand: "bar_chart", width: 300, height: 200 }));
    await el.whenDrawn();
    expect(el.dataset.testid).to.equal("stVegaLiteChart");
    expect(el.classList.contains("stVegaLiteChart")).to.equal(true);
    const box = plotOf(el).getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([300, 200]);
    await update(el, plotly({ chartCommand: "line_chart" }));
    await el.whenDrawn();
    expect(plotOf(el).getBoundingClientRect().height).to.equal(350);
  });

  it("redraws in place with a new figure (no stale traces)", async () => {
    const el = await mount("st-plotly-chart", plotly());
    await el.whenDrawn();
    await update(el, plotly({ figure: JSON.stringify({ data: [{ type: "scatter", x: [1], y: [9] }] }) }));
    await el.whenDrawn();
    expect(plotOf(el).data.map((t) => t.y)).to.deep.equal([[9]]);
  });

  it("turns selections into Streamlit's selection state and sends it as the widget value", async () => {
    const el = await mount("st-plotly-chart", plotly({ id: "$$ID-p", value: "{}", setValue: false, selectionMode: ["points", "box"] }));
    await el.whenDrawn();
    const plot = plotOf(el);
    expect(plot._fullLayout.dragmode).to.equal("select");
    expect(plot._fullLayout.clickmode).to.contain("select");
    const events = captureValueEvents();
    plot.emit("plotly_selected", {
      points: [{ curveNumber: 0, pointNumber: 1, pointIndex: 1, x: "b", y: 2, data: { legendgroup: "g" }, fullData: {} }],
      selections: [{ type: "rect", xref: "x", yref: "y", x0: 0, x1: 1, y0: 0, y1: 3 }],
    });
    plot.emit("plotly_deselect");
    events.stop();
    expect(events.events.map((e) => e.detail.widgetId)).to.deep.equal(["$$ID-p", "$$ID-p"]);
    expect(JSON.parse(events.events[0].detail.value as string)).to.deep.equal({
      selection: {
        points: [{ curve_number: 0, point_number: 1, point_index: 1, x: "b", y: 2, legendgroup: "g" }],
        point_indices: [1],
        box: [{ xref: "x", yref: "y", x: [0, 1], y: [0, 3] }],
        lasso: [],
      },
    });
    expect(JSON.parse(events.events[1].detail.value as string)).to.deep.equal({ selection: { points: [], point_indices: [], box: [], lasso: [] } });
  });

  it("reads lasso paths", () => {
    const state = selectionState({ points: [], selections: [{ type: "path", xref: "x", yref: "y", path: "M1,2L3,4L5,-6Z" }] });
    expect(state.selection.lasso).to.deep.equal([{ xref: "x", yref: "y", x: [1, 3, 5], y: [2, 4, -6] }]);
  });

  it("shows an error instead of a chart for a broken figure", async () => {
    const el = await mount("st-plotly-chart", plotly({ figure: "{not json" }));
    await el.whenDrawn();
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain("Could not draw this chart");
  });
});

describe("st-vega-lite-chart", function () {
  this.timeout(60_000);
  afterEach(cleanup);

  const spec = {
    data: { values: [{ k: "a", v: 3 }, { k: "b", v: 1 }] },
    mark: "bar",
    params: [{ name: "pick", select: { type: "point", fields: ["k"] } }],
    encoding: { x: { field: "k", type: "nominal" }, y: { field: "v", type: "quantitative" } },
  };
  const vega = (over: Partial<VegaLiteChartPayload> = {}): VegaLiteChartPayload => ({
    type: "vegaLiteChart",
    spec: JSON.stringify(spec),
    theme: "streamlit",
    width: "stretch",
    height: "content",
    ...over,
  });

  it("compiles and draws Vega-Lite as SVG, stretched to the container", async () => {
    const container = makeContainer();
    container.style.width = "500px";
    const el = await mount("st-vega-lite-chart", vega(), container);
    await el.whenDrawn();
    expect(el.dataset.testid).to.equal("stVegaLiteChart");
    expect(el.querySelectorAll("svg .mark-rect path")).to.have.length(2);
    expect(el.view!.width()).to.be.greaterThan(300);
  });

  it("refuses to fetch data from URLs (offline)", async () => {
    const el = await mount("st-vega-lite-chart", vega({ spec: JSON.stringify({ ...spec, data: { url: "https://example.com/cars.json" } }) }));
    await el.whenDrawn();
    await waitFor(() => el.querySelectorAll("svg").length > 0 || el.querySelector('[role="alert"]'), "drawn");
    expect(el.querySelectorAll("svg .mark-rect path")).to.have.length(0);
  });

  it("sends point selections as lists of records", async () => {
    const el = await mount("st-vega-lite-chart", vega({ id: "$$ID-v", value: "{}", setValue: false, selectionMode: ["pick"] }));
    await el.whenDrawn();
    const events = captureValueEvents();
    const bar = el.querySelector<SVGPathElement>("svg .mark-rect path")!;
    const r = bar.getBoundingClientRect();
    bar.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }));
    await waitFor(() => events.events.length > 0, "selection event");
    events.stop();
    expect(JSON.parse(events.events.at(-1)!.detail.value as string)).to.deep.equal({ selection: { pick: [{ k: "a" }] } });
  });
});

describe("st-graphviz-chart", function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it("lays out DOT with the chosen engine", async () => {
    const el = await mount("st-graphviz-chart", { type: "graphvizChart", spec: "digraph { a -> b; b -> c }", engine: "dot", width: "content", height: "content" });
    await el.whenDrawn();
    expect(el.dataset.testid).to.equal("stGraphVizChart");
    expect([...el.querySelectorAll("g.node title")].map((t) => t.textContent)).to.deep.equal(["a", "b", "c"]);
    expect(el.querySelectorAll("g.edge")).to.have.length(2);
  });

  it("shows Graphviz's error for bad DOT", async () => {
    const el = await mount("st-graphviz-chart", { type: "graphvizChart", spec: "digraph { a -> ", engine: "dot", width: "content", height: "content" });
    await el.whenDrawn();
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain("Could not draw this chart");
  });
});

describe("st-map", function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it("plots points on a Mercator plane with their colours and says why there are no tiles", async () => {
    const payload: MapPayload = { type: "map", lat: [0, 60], lon: [10, 20], size: [100, 200], color: ["#ff0000", "rgba(0, 0, 255, 1)"], zoom: 2, width: "stretch", height: 300 };
    const el = await mount("st-map", payload);
    await el.whenDrawn();
    await el.updateComplete;
    expect(el.dataset.testid).to.equal("stDeckGlJsonChart");
    const plot = plotOf(el);
    expect(plot.data[0].x).to.deep.equal([10, 20]);
    expect(plot.data[0].y[0]).to.be.closeTo(0, 1e-9);
    expect(plot.data[0].y[1]).to.be.closeTo(mercatorY(60), 1e-9);
    expect(plot.querySelectorAll(".scatterlayer .point")).to.have.length(2);
    expect(plot.getBoundingClientRect().height).to.equal(300);
    expect(el.querySelector('[role="note"]')!.textContent).to.equal(MAP_TILES_NOTE);
  });
});
