/**
 * Starting Python early (components/app/app-worker.ts): brooklet.js starts a worker for every
 * <st-app> already in the page before the elements are defined, and the app boots in it. Each
 * case is a page of its own (an iframe), since brooklet.js does this once, when it loads.
 */
import { expect } from "@esm-bundle/chai";
import { settle, waitFor, type StApp } from "./harness.js";

const frames: HTMLIFrameElement[] = [];

/**
 * A page with `body`, then brooklet.js, then `after`; resolves with its first <st-app> once that
 * has run.
 */
async function pageWith(body: string, after = ""): Promise<{ frame: HTMLIFrameElement; app: StApp }> {
  const frame = document.createElement("iframe");
  frame.srcdoc = `<!doctype html><body>${body}<script type="module" src="/dist/brooklet.js"></script>${after}</body>`;
  frames.push(frame);
  document.body.append(frame);
  const app = await waitFor(() => frame.contentDocument?.querySelector("st-app") as StApp | null, 10_000, "the page's <st-app>");
  await firstRun(app);
  return { frame, app };
}

/** Waits until `app` has booted and ended its first run, and drawn it. */
async function firstRun(app: StApp): Promise<void> {
  await waitFor(() => app.bootInfo !== undefined && (app.status === "idle" || app.status === "error"), 120_000, "the app's first run");
  await settle(app);
}

function texts(app: StApp): string[] {
  return [...app.querySelectorAll('[data-testid="stMarkdown"]')].map((e) => (e.textContent ?? "").trim());
}

describe("starting Python before the elements are defined", function () {
  this.timeout(300_000);

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it("boots an app that was in the page when brooklet.js loaded in the worker started for it", async () => {
    const { app } = await pageWith(`<st-app><script type="text/x-python">
import streamlit as st
st.write("early bird")
</script></st-app>`);
    expect(app.status).to.equal("idle");
    expect(texts(app)).to.deep.equal(["early bird"]);
    expect(app.bootInfo?.prestarted).to.equal(true);
    expect(app.bootInfo?.prepared).to.equal(true);
  });

  it("boots an app added later in a worker of its own, Python started before its source is read", async () => {
    const { frame, app: first } = await pageWith(`<st-app><script type="text/x-python">import streamlit as st</script></st-app>`);
    expect(first.bootInfo?.prestarted).to.equal(true);
    const doc = frame.contentDocument!;
    const later = doc.createElement("st-app") as StApp;
    later.setAttribute("src", "/test/e2e/fixtures/counter.py");
    doc.body.append(later);
    await firstRun(later);
    expect(later.status).to.equal("idle");
    expect(later.bootInfo?.prestarted).to.equal(false);
    expect(later.bootInfo?.prepared).to.equal(true);
    expect(texts(later).length).to.be.greaterThan(0);
  });

  it("drops the early worker when the app asks for another Python, and boots as asked", async () => {
    // The page changes the app's settings after brooklet.js started a worker for it, before the
    // elements are defined (they come in a chunk brooklet.js imports, which takes a while).
    const { app } = await pageWith(
      `<st-app><script type="text/x-python">
import streamlit as st
st.write("normal boot")
</script></st-app>`,
      `<script type="module">document.querySelector("st-app").setAttribute("snapshot-url", "none");</script>`,
    );
    expect(texts(app)).to.deep.equal(["normal boot"]);
    expect(app.bootInfo?.prestarted).to.equal(false);
    expect(app.bootInfo?.path).to.equal("normal");
  });
});
