/** Embedding: src and inline source, several apps per page, live updates, offline, boot and crash errors. */
import { expect } from "@esm-bundle/chai";
import { act, buttonByLabel, byTestId, mainTexts, nextRunEnd, py, runScript, settle, waitFor, type StApp } from "./harness.js";

async function mount(html: string): Promise<StApp[]> {
  const host = document.createElement("div");
  host.innerHTML = html;
  const apps = [...host.querySelectorAll("st-app")] as StApp[];
  const ended = apps.map((app) => nextRunEnd(app, 120_000));
  document.body.append(host);
  await Promise.all(ended);
  await Promise.all(apps.map(settle));
  return apps;
}

describe("embedding <st-app>", () => {
  afterEach(() => {
    document.querySelectorAll("st-app").forEach((app) => app.parentElement!.remove());
  });

  it("runs several apps on one page independently, from src and inline source", async () => {
    const [fromFile, inline] = await mount(`
      <st-app src="/test/e2e/fixtures/counter.py"></st-app>
      <st-app><script type="text/x-python">
        import streamlit as st
        st.session_state.setdefault("count", 100)
        if st.button("Increment"):
            st.session_state.count += 1
        st.write(f"inline {st.session_state.count}")
      </script></st-app>`);
    expect(byTestId(fromFile, "stHeading")[0].textContent!.trim()).to.equal("Counter from a file");
    expect(mainTexts(fromFile)).to.deep.equal(["count 0"]);
    expect(mainTexts(inline)).to.deep.equal(["inline 100"]);
    await act(fromFile, () => buttonByLabel(fromFile, "Increment").click());
    await act(fromFile, () => buttonByLabel(fromFile, "Increment").click());
    await act(inline, () => buttonByLabel(inline, "Increment").click());
    expect(mainTexts(fromFile)).to.deep.equal(["count 2"]);
    expect(mainTexts(inline)).to.deep.equal(["inline 101"]);
  });

  it("shows updates live while the script sleeps", async () => {
    const [app] = await mount(`<st-app><script type="text/x-python">
      import streamlit as st
      st.write("ready")
    </script></st-app>`);
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const text = app.querySelector('[data-testid="stMain"] [data-testid="stMarkdown"]')?.textContent?.trim();
      if (text?.startsWith("step")) seen.add(text);
    });
    observer.observe(app, { subtree: true, childList: true, characterData: true });
    const detail = runScript(app, py`
      import streamlit as st, time
      slot = st.empty()
      for i in range(5):
          slot.markdown(f"step {i}")
          time.sleep(0.25)
    `);
    // Before the run ends, the page must already show intermediate steps.
    await waitFor(() => seen.size >= 3 && app.status === "running", 10_000, "three live steps while running");
    await detail;
    observer.disconnect();
    expect([...seen]).to.include.members(["step 0", "step 1", "step 2"]);
  });

  it("reports a boot failure with what to fix", async () => {
    const host = document.createElement("div");
    host.innerHTML = `<st-app pyodide-url="/no-such-pyodide/"><script type="text/x-python">import streamlit</script></st-app>`;
    document.body.append(host);
    const app = host.querySelector("st-app") as StApp;
    await waitFor(() => app.status === "error", 30_000, "error status");
    await settle(app);
    const error = byTestId(app, "stBrookletError")[0];
    expect(error.textContent).to.contain("/no-such-pyodide/pyodide.mjs");
    expect(error.textContent).to.contain("pyodide-url");
  });

  it("reports a crashed worker and restarts it", async () => {
    const [app] = await mount(`<st-app><script type="text/x-python">
      import streamlit as st
      st.write("alive")
      if st.button("Crash"):
          import os
          os._exit(1)
    </script></st-app>`);
    buttonByLabel(app, "Crash").click();
    await waitFor(() => app.status === "error", 30_000, "error status after crash");
    await settle(app);
    expect(byTestId(app, "stBrookletError")[0].textContent).to.contain("stopped").and.to.contain("exit(1)");
    const restarted = nextRunEnd(app, 120_000);
    (byTestId(app, "stBrookletError")[0].querySelector("button") as HTMLButtonElement).click();
    await restarted;
    await settle(app);
    expect(app.status).to.equal("idle");
    expect(mainTexts(app)).to.deep.equal(["alive"]);
  });
});

describe("offline", () => {
  it("has no network beyond this machine, and the app still renders", async () => {
    let reachedInternet = true;
    try {
      await fetch("https://example.com/", { mode: "no-cors", cache: "no-store" });
    } catch {
      reachedInternet = false;
    }
    expect(reachedInternet, "the test browser must not reach the internet").to.equal(false);
    performance.clearResourceTimings(); // forget the probe above
    const [app] = await mount(`<st-app><script type="text/x-python">
      import streamlit as st
      st.title("Offline")
      st.markdown("Math $e^x$ and emoji :tada:")
    </script></st-app>`);
    await waitFor(() => app.querySelector(".katex"), 20_000, "KaTeX offline");
    expect(byTestId(app, "stHeading")[0].textContent!.trim()).to.equal("Offline");
    const foreign = performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin !== location.origin);
    expect(foreign.map(String)).to.deep.equal([]);
    app.parentElement!.remove();
  });
});
