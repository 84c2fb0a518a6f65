/**
 * Media and charts through the real worker: what the page shows (image sizes and
 * captions, playable blobs of the right type, Plotly's traces, Vega's marks, Graphviz's
 * nodes, map points), from plain-Python data.
 */
import { expect } from "@esm-bundle/chai";
import { act, bootApp, byTestId, mainTexts, py, runScript, settle, waitFor, type StApp } from "./harness.js";

type Drawable = HTMLElement & { whenDrawn(): Promise<void> };
type PlotRoot = HTMLElement & {
  data: { name?: string; type?: string; x: unknown[]; y: unknown[]; orientation?: string; marker?: { color?: unknown } }[];
  layout: Record<string, any>;
  emit(event: string, data: unknown): void;
};

async function drawn(el: HTMLElement): Promise<void> {
  await (el as Drawable).whenDrawn();
}

function plotOf(el: HTMLElement): PlotRoot {
  return el.querySelector(".st-chart-plot") as PlotRoot;
}

async function blobOf(url: string): Promise<Blob> {
  expect(url.startsWith("blob:"), `expected a blob URL, got ${url}`).to.equal(true);
  return (await fetch(url)).blob();
}

/** A fake numpy array (shape, dtype, tolist) so no third-party package is needed. */
const FAKE_ARRAY = py`
  class FakeArray:
      def __init__(self, values, shape, dtype):
          self._values, self.shape, self.dtype = values, shape, dtype
      def tolist(self):
          return self._values
`;

describe("media and charts", function () {
  this.timeout(180_000);
  let app: StApp;

  before(async () => {
    app = await bootApp("import streamlit as st\nst.write('booted')\n");
  });

  after(() => app.remove());

  it("shows images from arrays, SVG, files and lists with their captions and sizes", async () => {
    await runScript(
      app,
      FAKE_ARRAY +
        py`
        import streamlit as st
        # 3 wide, 2 high, RGB
        red = FakeArray([[[255, 0, 0]] * 3] * 2, (2, 3, 3), "uint8")
        st.image(red, caption="A **red** block")
        st.image('<svg width="40" height="20"><rect width="40" height="20" fill="blue"/></svg>', caption="svg")
        # A file in the app's folder, read by relative path (PNG written by the encoder above).
        from streamlit.elements.lib.media_utils import encode_png
        with open("tiny.png", "wb") as f:
            f.write(encode_png(5, 4, 1, bytes(range(20))))
        st.image("tiny.png", width=50)
        st.image([red, "tiny.png"], caption=["first", "second"])
      `,
    );
    const images = byTestId(app, "stImage");
    expect(images).to.have.length(5);
    const imgs = images.map((el) => el.querySelector("img")!);
    await waitFor(() => imgs.every((img) => img.complete && img.naturalWidth > 0), 10_000, "images to load");
    expect(imgs.map((img) => [img.naturalWidth, img.naturalHeight])).to.deep.equal([
      [3, 2],
      [40, 20],
      [5, 4],
      [3, 2],
      [5, 4],
    ]);
    expect(imgs[2].getBoundingClientRect().width).to.equal(50);
    const captions = byTestId(app, "stImageCaption").map((c) => c.textContent!.trim());
    expect(captions).to.deep.equal(["A red block", "svg", "first", "second"]);
    expect(byTestId(app, "stImageCaption")[0].querySelector("strong")!.textContent).to.equal("red");
    expect((await blobOf(imgs[1].src)).type).to.equal("image/svg+xml");
    // The two images of the list sit in one element container.
    expect(images[3].closest('[data-testid="stElementContainer"]')).to.equal(images[4].closest('[data-testid="stElementContainer"]'));
  });

  it("plays audio made from an array as a WAV blob and keeps its URL across reruns", async () => {
    await runScript(
      app,
      FAKE_ARRAY +
        py`
        import math
        import streamlit as st
        wave = FakeArray([math.sin(i / 5) for i in range(8000)], (8000,), "float64")
        st.audio(wave, sample_rate=8000, start_time=0, end_time="1s")
        st.button("again")
      `,
    );
    const audio = byTestId(app, "stAudio")[0] as HTMLAudioElement;
    expect(audio.tagName).to.equal("AUDIO");
    const blob = await blobOf(audio.src);
    expect(blob.type).to.equal("audio/wav");
    const header = new TextDecoder().decode(new Uint8Array(await blob.slice(0, 12).arrayBuffer()));
    expect(header.slice(0, 4) + header.slice(8, 12)).to.equal("RIFFWAVE");
    await waitFor(() => audio.readyState >= 1, 10_000, "audio metadata");
    expect(audio.duration).to.be.closeTo(1.0, 0.01);
    const src = audio.src;
    await act(app, () => byTestId(app, "stButton")[0].querySelector("button")!.click());
    expect((byTestId(app, "stAudio")[0] as HTMLAudioElement).src, "same bytes, same URL").to.equal(src);
  });

  it("gives a video its subtitle tracks (SRT converted to WebVTT) and a PDF its viewer", async () => {
    await runScript(
      app,
      py`
        import streamlit as st
        srt = "1\\n00:00:01,000 --> 00:00:02,500\\nHello there\\n"
        vtt = "WEBVTT\\n\\n00:00:03.000 --> 00:00:04.000\\nBonjour\\n"
        st.video(b"\\x00\\x00\\x00\\x18ftypmp42", subtitles={"English": srt, "French": vtt})
        st.pdf(b"%PDF-1.4\\n%%EOF\\n", height=300)
      `,
    );
    const video = byTestId(app, "stVideo")[0] as HTMLVideoElement;
    expect(video.tagName).to.equal("VIDEO");
    expect((await blobOf(video.src)).type).to.equal("video/mp4");
    const tracks = [...video.querySelectorAll("track")];
    expect(tracks.map((t) => [t.label, t.default])).to.deep.equal([
      ["English", true],
      ["French", false],
    ]);
    const english = await (await blobOf(tracks[0].src)).text();
    expect(english).to.match(/^WEBVTT/);
    expect(english).to.contain("00:00:01.000 --> 00:00:02.500");
    const pdf = byTestId(app, "stBidiComponentIsolated")[0];
    const frame = pdf.querySelector("iframe")!;
    expect((await blobOf(frame.src)).type).to.equal("application/pdf");
    expect(frame.getBoundingClientRect().height).to.equal(300);
  });

  it("shows the logo in the app corner, and in the sidebar header when there is a sidebar", async () => {
    const logoApp = py`
      import streamlit as st
      st.logo('<svg width="80" height="20"><rect width="80" height="20"/></svg>', link="https://example.com", size="large")
      if st.checkbox("sidebar"):
          st.sidebar.write("side")
    `;
    await runScript(app, logoApp);
    const corner = byTestId(app, "stLogo");
    expect(corner).to.have.length(1);
    expect(corner[0].closest("a")!.getAttribute("href")).to.equal("https://example.com");
    expect(corner[0].getBoundingClientRect().height).to.equal(32);
    await act(app, () => byTestId(app, "stCheckbox")[0].querySelector("input")!.click());
    const header = byTestId(app, "stSidebarHeader");
    expect(header).to.have.length(1);
    expect(byTestId(header[0], "stLogo")).to.have.length(1);
    // A run without st.logo removes it.
    await runScript(app, "import streamlit as st\nst.write('no logo')\n");
    expect(byTestId(app, "stLogo")).to.have.length(0);
  });

  it("draws built-in charts with Plotly, keeping stVegaLiteChart, from wide and long data", async () => {
    await runScript(
      app,
      py`
        import streamlit as st
        st.line_chart({"a": [1, 2, 3], "b": [3, 1, 2]})
        st.bar_chart(
            [{"fruit": "apple", "n": 3, "shop": "x"}, {"fruit": "pear", "n": 5, "shop": "x"}, {"fruit": "apple", "n": 2, "shop": "y"}],
            x="fruit", y="n", color="shop", horizontal=True, x_label="Fruit", y_label="Count",
        )
        st.scatter_chart({"x": [1, 2, 3], "y": [4, 5, 6], "s": [1, 2, 3]}, x="x", y="y", size="s", color="#ff0000")
        st.area_chart({"v": [1, 2]}, color=["#00ff00"])
      `,
    );
    const charts = byTestId(app, "stVegaLiteChart");
    expect(charts).to.have.length(4);
    expect(byTestId(app, "stPlotlyChart")).to.have.length(0);
    await Promise.all(charts.map(drawn));
    const [line, bar, scatter, area] = charts.map(plotOf);
    expect(line.data.map((t) => [t.name, t.x, t.y])).to.deep.equal([
      ["a", [0, 1, 2], [1, 2, 3]],
      ["b", [0, 1, 2], [3, 1, 2]],
    ]);
    expect(line.querySelectorAll(".scatterlayer .trace")).to.have.length(2);
    // Horizontal: categories on the y axis, counts on x; one series per shop.
    expect(bar.data.map((t) => [t.name, t.orientation, t.y, t.x])).to.deep.equal([
      ["x", "h", ["apple", "pear"], [3, 5]],
      ["y", "h", ["apple"], [2]],
    ]);
    expect(bar.layout.xaxis.title.text).to.equal("Fruit");
    expect(bar.layout.yaxis.title.text).to.equal("Count");
    expect(bar.layout.barmode).to.equal("stack");
    expect(bar.querySelectorAll(".barlayer .point")).to.have.length(3);
    expect(scatter.data[0].marker!.color).to.equal("#ff0000");
    expect(scatter.querySelectorAll(".scatterlayer .point")).to.have.length(3);
    expect(area.data[0].y).to.deep.equal([1, 2]);
    expect(charts[0].getBoundingClientRect().height).to.be.closeTo(350, 20);
  });

  it("draws plotly_chart figures and returns box and point selections to Python", async () => {
    await runScript(
      app,
      py`
        import streamlit as st
        fig = {"data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3], "y": [10, 20, 30], "name": "pts"}],
               "layout": {"title": {"text": "My plot"}}}
        event = st.plotly_chart(fig, on_select="rerun", key="plot")
        st.write("indices", str(event.selection.point_indices), "boxes", len(event["selection"]["box"]))
      `,
    );
    const chart = byTestId(app, "stPlotlyChart")[0];
    await drawn(chart);
    const plot = plotOf(chart);
    expect(plot.data[0].y).to.deep.equal([10, 20, 30]);
    expect(chart.querySelector(".gtitle")!.textContent).to.equal("My plot");
    expect(mainTexts(app)).to.deep.equal(["indices [] boxes 0"]);
    await act(app, () =>
      plot.emit("plotly_selected", {
        points: [{ curveNumber: 0, pointNumber: 1, pointIndex: 1, x: 2, y: 20 }],
        selections: [{ type: "rect", xref: "x", yref: "y", x0: 1.5, x1: 2.5, y0: 15, y1: 25 }],
      }),
    );
    expect(mainTexts(app)).to.deep.equal(["indices [1] boxes 1"]);
  });

  it("renders Vega-Lite specs with inline data, Graphviz DOT and maps, offline", async () => {
    await runScript(
      app,
      py`
        import streamlit as st
        st.vega_lite_chart({"k": ["a", "b", "c"], "v": [3, 1, 2]},
                           {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}})
        st.graphviz_chart("digraph { start -> finish }")
        st.map({"lat": [48.85, 48.86], "lon": [2.35, 2.29]}, size=50)
      `,
    );
    const vega = byTestId(app, "stVegaLiteChart")[0];
    await drawn(vega);
    expect(vega.querySelectorAll("svg .mark-rect path")).to.have.length(3);
    const graph = byTestId(app, "stGraphVizChart")[0];
    await drawn(graph);
    const nodes = [...graph.querySelectorAll("svg g.node title")].map((t) => t.textContent);
    expect(nodes).to.deep.equal(["start", "finish"]);
    expect(graph.querySelectorAll("svg g.edge")).to.have.length(1);
    const map = byTestId(app, "stDeckGlJsonChart")[0];
    await drawn(map);
    await settle(app);
    expect(plotOf(map).data[0].x).to.deep.equal([2.35, 2.29]);
    expect(map.querySelectorAll(".scatterlayer .point")).to.have.length(2);
    expect(map.textContent).to.contain("Map tiles cannot be loaded");
    // Nothing reached beyond this machine.
    const external = performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .filter((url) => !url.startsWith(location.origin) && !url.startsWith("blob:") && !url.startsWith("data:"));
    expect(external).to.deep.equal([]);
  });

  it("explains st.pyplot without matplotlib, and st.write draws duck-typed chart objects", async () => {
    await runScript(
      app,
      py`
        import streamlit as st
        class Figure:  # looks like a Plotly figure to st.write
            __module__ = "plotly.graph_objs._figure"
            def to_plotly_json(self):
                return {"data": [{"type": "bar", "x": ["q"], "y": [7]}], "layout": {}}
        st.write(Figure())
        st.pyplot()
      `,
    );
    const chart = byTestId(app, "stPlotlyChart")[0];
    await drawn(chart);
    expect(plotOf(chart).data[0].y).to.deep.equal([7]);
    const error = byTestId(app, "stException")[0];
    expect(error.textContent).to.contain("matplotlib");
  });
});
