/**
 * streamlit.components.v1 through the real worker: html() runs its script in an iframe that
 * carries Streamlit's stIFrame id and may reach the app's page (as Streamlit allows);
 * iframe() shows a URL; a declared custom component says it cannot run and returns default.
 */
import { expect } from "@esm-bundle/chai";
import { appForSuite, byTestId, mainTexts, py, runScript, waitFor, type StApp } from "./harness.js";

describe("streamlit.components.v1", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("html() runs its HTML and JavaScript in an iframe of the given size, in the current container", async () => {
    await runScript(app, py`
      import streamlit as st
      import streamlit.components.v1 as components
      left, right = st.columns(2)
      with right:
          components.html(
              "<p id='x'>waiting</p><script>document.getElementById('x').textContent = 'ran ' + (window.parent.document.querySelector('st-app') ? 'beside the app' : 'alone')</script>",
              height=80,
          )
      st.components.v1.html("<b>second</b>", width=200, scrolling=True, tab_index=0)
    `);
    const frames = byTestId(app, "stIFrame") as HTMLIFrameElement[];
    expect(frames.map((f) => f.tagName)).to.deep.equal(["IFRAME", "IFRAME"]);
    expect(frames[0].closest('[data-testid="stColumn"]'), "inside the column").to.exist;
    expect([frames[0].height, frames[0].width]).to.deep.equal(["80", "100%"]);
    expect([frames[1].height, frames[1].width, frames[1].getAttribute("scrolling"), frames[1].tabIndex]).to.deep.equal(["150", "200", "auto", 0]);
    const text = await waitFor(() => {
      const t = frames[0].contentDocument?.getElementById("x")?.textContent;
      return t && t !== "waiting" ? t : null;
    }, 10_000, "the iframe's script");
    expect(text).to.equal("ran beside the app");
  });

  it("iframe() shows a URL", async () => {
    await runScript(app, py`
      import streamlit.components.v1 as components
      components.iframe("/demo/gallery.json", height=120)
    `);
    const frame = byTestId(app, "stIFrame")[0] as HTMLIFrameElement;
    expect(frame.getAttribute("src")).to.equal("/demo/gallery.json");
    expect(frame.hasAttribute("srcdoc")).to.equal(false);
    await waitFor(() => frame.contentDocument?.body?.textContent?.includes("hello.py"), 10_000, "the framed page");
  });

  it("a declared custom component shows why it is missing and returns its default", async () => {
    await runScript(app, py`
      import streamlit as st
      import streamlit.components.v1 as components
      grid = components.declare_component("my_grid", url="http://localhost:3001")
      st.write(f"value: {grid(rows=3, default=42, key='g')}")
    `);
    expect(byTestId(app, "stAlert")[0].textContent).to.contain("The custom component my_grid cannot run in Brooklet yet");
    expect(mainTexts(app)).to.include("value: 42");
  });
});
