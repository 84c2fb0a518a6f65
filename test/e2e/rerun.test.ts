/** The rerun loop through the real worker: clicks, callbacks, errors, stop, magic, stale cleanup. */
import { expect } from "@esm-bundle/chai";
import { act, bootApp, buttonByLabel, byTestId, mainTexts, nextRunEnd, py, runScript, settle, type StApp } from "./harness.js";

describe("the rerun loop", () => {
  let app: StApp;

  before(async () => {
    app = await bootApp(py`
      import streamlit as st
      st.write("booted")
    `);
  });

  after(() => app.remove());

  it("reports status and fires st-run-start / st-run-end with the run id", async () => {
    const starts: number[] = [];
    const onStart = (e: CustomEvent) => starts.push(e.detail.runId);
    app.addEventListener("st-run-start", onStart);
    const detail = await runScript(app, py`
      import streamlit as st
      st.write("events")
    `);
    app.removeEventListener("st-run-start", onStart);
    expect(detail.outcome).to.equal("success");
    expect(starts).to.deep.equal([detail.runId]);
    expect(app.status).to.equal("idle");
  });

  it("reruns on a button click; st.button is true for exactly that run", async () => {
    await runScript(app, py`
      import streamlit as st
      if "n" not in st.session_state:
          st.session_state.n = 0
      if st.button("Add"):
          st.session_state.n += 1
          st.write("clicked this run")
      st.button("Other")
      st.write(f"count {st.session_state.n}")
    `);
    expect(mainTexts(app)).to.deep.equal(["count 0"]);
    await act(app, () => buttonByLabel(app, "Add").click());
    expect(mainTexts(app)).to.deep.equal(["clicked this run", "count 1"]);
    await act(app, () => buttonByLabel(app, "Add").click());
    expect(mainTexts(app)).to.deep.equal(["clicked this run", "count 2"]);
    await act(app, () => buttonByLabel(app, "Other").click());
    expect(mainTexts(app)).to.deep.equal(["count 2"]);
  });

  it("returns the checkbox value and runs on_change callbacks with args before the script", async () => {
    await runScript(app, py`
      import streamlit as st
      def changed(tag, *, suffix):
          st.session_state.log = st.session_state.get("log", []) + [f"{tag}{suffix}:{st.session_state.box}"]
      value = st.checkbox("Box", key="box", on_change=changed, args=("cb",), kwargs={"suffix": "!"})
      st.write(f"value {value} log {st.session_state.get('log', [])}")
    `);
    expect(mainTexts(app)).to.deep.equal(["value False log []"]);
    const input = app.querySelector<HTMLInputElement>('[data-testid="stCheckbox"] input')!;
    await act(app, () => input.click());
    expect(mainTexts(app)).to.deep.equal(["value True log ['cb!:True']"]);
    expect(input.checked).to.equal(true);
  });

  it("shows an exception box and stays usable", async () => {
    await runScript(app, py`
      import streamlit as st
      st.write("before")
      if st.button("Fail"):
          raise ValueError("broken on purpose")
      st.write("after")
    `);
    await act(app, () => buttonByLabel(app, "Fail").click());
    const box = byTestId(app, "stException")[0];
    expect(box.textContent).to.contain("ValueError");
    expect(box.textContent).to.contain("broken on purpose");
    expect(byTestId(box, "stExceptionTraceRow").some((row) => row.textContent!.includes("raise ValueError"))).to.equal(true);
    // Nothing after the error is drawn; the button still works and the next run recovers.
    expect(mainTexts(app)).to.deep.equal(["before"]);
    await act(app, () => app.rerun());
    expect(byTestId(app, "stException")).to.have.length(0);
    expect(mainTexts(app)).to.deep.equal(["before", "after"]);
  });

  it("shows writing a widget's key after its creation as Streamlit's error", async () => {
    await runScript(app, py`
      import streamlit as st
      st.checkbox("Made first", key="made")
      st.session_state.made = True
    `);
    const box = byTestId(app, "stException")[0];
    expect(box.textContent).to.contain("StreamlitAPIException");
    expect(box.textContent).to.contain("st.session_state.made cannot be modified after the widget with key made is instantiated.");
  });

  it("shows a syntax error with a caret and keeps the old elements", async () => {
    await runScript(app, py`
      import streamlit as st
      st.write("kept")
    `);
    const detail = await runScript(app, "import streamlit as st\nx = (1 +\n");
    expect(detail.outcome).to.equal("compileError");
    const box = byTestId(app, "stException")[0];
    expect(box.textContent).to.contain("SyntaxError");
    expect(box.textContent).to.contain("line 2");
  });

  it("st.stop() hides what follows", async () => {
    const detail = await runScript(app, py`
      import streamlit as st
      st.write("shown")
      st.stop()
      st.write("hidden")
    `);
    expect(detail.outcome).to.equal("stopped");
    expect(mainTexts(app)).to.deep.equal(["shown"]);
  });

  it("magic writes expressions and skips docstrings and calls", async () => {
    await runScript(app, py`
      """Module docstring is not written."""
      import streamlit as st
      def f():
          """Function docstring is not written."""
          "written from f"
      f()
      x = 21
      x * 2
      "a literal"
      len("abc")
    `);
    expect(mainTexts(app)).to.deep.equal(["written from f", "42", "a literal"]);
  });

  it("replaces st.empty placeholders in place and removes stale elements at the end of a run", async () => {
    await runScript(app, py`
      import streamlit as st
      slot = st.empty()
      st.write("below")
      slot.markdown("filled")
      if st.checkbox("More"):
          st.write("extra")
    `);
    expect(mainTexts(app)).to.deep.equal(["filled", "below"]);
    const box = app.querySelector<HTMLInputElement>('[data-testid="stCheckbox"] input')!;
    await act(app, () => box.click());
    expect(mainTexts(app)).to.deep.equal(["filled", "below", "extra"]);
    await act(app, () => box.click());
    expect(mainTexts(app)).to.deep.equal(["filled", "below"]);
  });

  it("marks elements of the previous run stale while a run is in progress", async () => {
    await runScript(app, py`
      import streamlit as st, time
      st.write("first")
      if st.button("Slow"):
          time.sleep(1.0)
      st.write("last")
    `);
    const ended = nextRunEnd(app);
    buttonByLabel(app, "Slow").click();
    // While the script sleeps, "last" (from the previous run) is stale, "first" is fresh.
    const deadline = performance.now() + 5000;
    let sawStale = false;
    while (performance.now() < deadline && !sawStale) {
      await new Promise((r) => setTimeout(r, 50));
      const stale = [...app.querySelectorAll('[data-testid="stElementContainer"][data-stale="true"]')];
      sawStale = stale.some((el) => el.textContent!.includes("last")) && !stale.some((el) => el.textContent!.includes("first"));
    }
    await ended;
    await settle(app);
    expect(sawStale).to.equal(true);
    expect(app.querySelectorAll('[data-stale="true"]')).to.have.length(0);
  });

  it("st.rerun() starts a fresh run with the button false", async () => {
    await runScript(app, py`
      import streamlit as st
      st.session_state.runs = st.session_state.get("runs", 0) + 1
      if st.button("Rerun"):
          st.session_state.rerun_clicked = True
          st.rerun()
      st.write(f"clicked {st.session_state.get('rerun_clicked', False)}")
    `);
    await act(app, () => buttonByLabel(app, "Rerun").click());
    expect(mainTexts(app)).to.deep.equal(["clicked True"]);
  });

  it("does not execute scripts or event handlers from markdown or html", async () => {
    const w = window as unknown as { pwned?: number };
    w.pwned = 0;
    await runScript(app, py`
      import streamlit as st
      st.markdown("<script>window.pwned = 1</script> <img src=x onerror='window.pwned = 2'>")
      st.markdown("<img src=x onerror='window.pwned = 3'><b>html</b>", unsafe_allow_html=True)
      st.html("<img src=x onerror='window.pwned = 4'><script>window.pwned = 5</script><i>ok</i>")
      st.write("<img src=x onerror='window.pwned = 6'>")
    `);
    await new Promise((r) => setTimeout(r, 300));
    expect(w.pwned).to.equal(0);
    const [escaped] = mainTexts(app);
    expect(escaped).to.contain("<script>");
    expect(app.querySelector('[data-testid="stMarkdown"] b')!.textContent).to.equal("html");
    expect(byTestId(app, "stHtml")[0].querySelector("i")!.textContent).to.equal("ok");
  });
});
