/** Layout containers and live status through the real worker (issue 4; behaviour.md §1.9–§1.11). */
import { expect } from "@esm-bundle/chai";
import { act, appForSuite, buttonByLabel, byTestId, nextRunEnd, py, runScript, settle, waitFor, type StApp } from "./harness.js";
import type { RunEventDetail } from "../../components/lib/events.js";

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const markdownIn = (root: Element) => byTestId(root, "stMarkdown").map((m) => text(m));

/**
 * Swaps the script and calls `sample()` on every frame until the run ends; returns what the
 * samples returned before the end (so a test sees what the page showed while Python ran).
 */
async function sampleWhileRunning<T>(app: StApp, source: string, sample: () => T): Promise<{ seen: T[]; end: RunEventDetail }> {
  const seen: T[] = [];
  let done = false;
  const ended = nextRunEnd(app).then((detail) => {
    done = true;
    return detail;
  });
  app.code = source;
  while (!done) {
    seen.push(sample());
    await new Promise((r) => requestAnimationFrame(r));
  }
  const end = await ended;
  await settle(app);
  return { seen, end };
}

describe("layout containers and live status", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("places elements in columns, tabs, expanders, popovers, containers, placeholders and the sidebar", async () => {
    await runScript(app, py`
      import streamlit as st
      c = st.container(border=True, key="later")
      st.write("This will show last")
      left, right = st.columns([2, 1])
      right.write("right column")
      with left:
          st.write("left column")
          inner_a, inner_b = st.columns(2)
          inner_b.write("nested b")
          inner_a.write("nested a")
      cat, dog = st.tabs(["Cat", "Dog"])
      dog.write("dog tab")
      with cat:
          st.write("cat tab")
      with st.expander("More"):
          st.write("expander body")
      st.expander("Never drawn")
      with st.popover("Settings"):
          st.checkbox("Show completed")
      slot = st.empty()
      st.write("after slot")
      slot.write("filled slot")
      with st.sidebar:
          st.write("sidebar text")
      c.write("This will show first")
      c.write("This will show second")
    `);
    const main = byTestId(app, "stMain")[0]!;
    // The container created first is drawn first, with what was written to it later.
    const later = app.querySelector(".st-key-later")!;
    expect(later.getAttribute("data-testid")).to.equal("stVerticalBlockBorderWrapper");
    expect(markdownIn(later)).to.deep.equal(["This will show first", "This will show second"]);
    const mainBlock = main.querySelector('[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"]')!;
    expect(mainBlock.contains(later)).to.equal(true);
    const allMain = markdownIn(main);
    expect(allMain.indexOf("This will show second")).to.be.lessThan(allMain.indexOf("This will show last"));

    const rows = byTestId(main, "stHorizontalBlock");
    expect(rows).to.have.length(2);
    const outer = byTestId(rows[0]!, "stColumn").filter((col) => col.parentElement!.closest('[data-testid="stHorizontalBlock"]') === rows[0]);
    expect(outer).to.have.length(2);
    expect(outer[0]!.contains(rows[1]!)).to.equal(true);
    expect(markdownIn(outer[1]!)).to.deep.equal(["right column"]);
    expect(byTestId(rows[1]!, "stColumn").map((col) => markdownIn(col))).to.deep.equal([["nested a"], ["nested b"]]);
    const [w0, w1] = outer.map((col) => col.getBoundingClientRect().width);
    expect(w0! / w1!).to.be.closeTo(2, 0.25);

    const tabs = byTestId(main, "stTabs")[0]!;
    expect(byTestId(tabs, "stTab").map((t) => text(t))).to.deep.equal(["Cat", "Dog"]);
    const panels = [...tabs.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(panels.map((p) => markdownIn(p))).to.deep.equal([["cat tab"], ["dog tab"]]);
    expect(panels.map((p) => p.hidden)).to.deep.equal([false, true]);
    byTestId(tabs, "stTab")[1]!.click();
    await settle(app);
    expect(panels.map((p) => p.hidden)).to.deep.equal([true, false]);

    const expanders = byTestId(main, "stExpander");
    expect(expanders.map((e) => text(e.querySelector("summary")))).to.deep.equal(["More"]);
    expect(markdownIn(byTestId(expanders[0]!, "stExpanderDetails")[0]!)).to.deep.equal(["expander body"]);

    const popover = byTestId(main, "stPopover")[0]!;
    expect(text(byTestId(popover, "stPopoverButton")[0])).to.equal("Settings");
    expect(byTestId(byTestId(popover, "stPopoverBody")[0]!, "stCheckbox")).to.have.length(1);

    expect(allMain).to.include("filled slot");
    expect(allMain.indexOf("filled slot")).to.be.lessThan(allMain.indexOf("after slot"));
    expect(markdownIn(byTestId(app, "stSidebar")[0]!)).to.deep.equal(["sidebar text"]);
  });

  it("keeps a popover open and the selected tab while a widget inside reruns the app", async () => {
    await runScript(app, py`
      import streamlit as st
      t1, t2 = st.tabs(["One", "Two"])
      t1.write("first")
      with st.popover("Filter"):
          on = st.checkbox("Red items")
      st.write(f"red is {on}")
    `);
    byTestId(app, "stTab")[1]!.click();
    byTestId(app, "stPopoverButton")[0]!.click();
    await settle(app);
    const body = byTestId(app, "stPopoverBody")[0]!;
    expect(body.matches(":popover-open")).to.equal(true);
    await act(app, () => body.querySelector<HTMLInputElement>('[data-testid="stCheckbox"] input')!.click());
    expect(markdownIn(byTestId(app, "stMain")[0]!)).to.include("red is True");
    expect(body.matches(":popover-open")).to.equal(true);
    expect(byTestId(app, "stTab")[1]!.getAttribute("aria-selected")).to.equal("true");
  });

  it("shows nesting errors in the exception box", async () => {
    const cases: [string, string][] = [
      [
        "a, b = st.columns(2)\nwith a:\n    c, d = st.columns(2)\n    with c:\n        st.columns(2)",
        "Columns can only be placed inside other columns up to one level of nesting.",
      ],
      [
        "with st.sidebar:\n    a, b = st.columns(2)\n    a.columns(2)",
        "Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app.",
      ],
      ['with st.expander("a"):\n    st.expander("b")', "Expanders may not be nested inside other expanders."],
      ['with st.popover("a"):\n    st.popover("b")', "Popovers may not be nested inside other popovers."],
    ];
    for (const [body, message] of cases) {
      await runScript(app, `import streamlit as st\nst.write("start")\n${body}\nst.write("not reached")\n`);
      const boxes = byTestId(app, "stException");
      expect(boxes, message).to.have.length(1);
      expect(text(byTestId(boxes[0]!, "stExceptionMessage")[0])).to.contain(message);
      expect(text(boxes[0])).to.contain("StreamlitAPIException");
      // The box sits in the main area, after the last element.
      expect(byTestId(app, "stMain")[0]!.contains(boxes[0]!)).to.equal(true);
      expect(markdownIn(app)).to.not.include("not reached");
    }
  });

  it("updates a progress bar live in a sleeping loop", async () => {
    const { seen, end } = await sampleWhileRunning(
      app,
      py`
        import streamlit as st, time
        bar = st.progress(0, text="Working")
        for i in range(1, 6):
            time.sleep(0.3)
            bar.progress(i * 20, text=f"Step {i}")
        st.write("finished")
      `,
      () => app.querySelector('[data-testid="stProgress"] [role="progressbar"]')?.getAttribute("aria-valuenow") ?? null,
    );
    expect(end.outcome).to.equal("success");
    const distinct = new Set(seen.filter((v) => v !== null));
    expect(distinct.size, `values seen while running: ${[...distinct].join(", ")}`).to.be.at.least(3);
    expect(byTestId(app, "stProgress")).to.have.length(1);
    expect(text(byTestId(app, "stProgress")[0])).to.equal("Step 5");
  });

  it("runs a status container from running to complete, and to error on an exception", async () => {
    const running = await sampleWhileRunning(
      app,
      py`
        import streamlit as st, time
        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
            time.sleep(0.8)
        st.button("Rerun")
      `,
      () => (byTestId(app, "stExpanderIconSpinner").length ? "running" : byTestId(app, "stExpanderIconCheck").length ? "complete" : null),
    );
    expect(running.seen).to.include("running");
    const status = byTestId(app, "stExpander")[0]!;
    expect(byTestId(status, "stExpanderIconCheck")).to.have.length(1);
    expect(markdownIn(status)).to.deep.equal(["Searching for data..."]);
    expect(status.querySelector("details")!.open).to.equal(true);

    await runScript(app, py`
      import streamlit as st
      with st.status("Risky") as s:
          st.write("trying")
          raise ValueError("went wrong")
    `);
    expect(byTestId(app, "stExpanderIconError")).to.have.length(1);
    expect(text(byTestId(app, "stException")[0])).to.contain("went wrong");
  });

  it("shows a spinner only after the delay and empties its slot at the end", async () => {
    const slow = await sampleWhileRunning(
      app,
      py`
        import streamlit as st, time
        st.write("before")
        with st.spinner("Crunching...", show_time=True):
            time.sleep(2.0)
        st.write("after")
      `,
      () => text(byTestId(app, "stSpinner")[0]) || null,
    );
    const shownTexts = slow.seen.filter((t): t is string => t !== null);
    expect(shownTexts.length).to.be.greaterThan(0);
    expect(shownTexts[0]).to.match(/^Crunching\.\.\. \(\d+\.\d seconds\)$/);
    // Hidden during the first frames of the run (the 0.5 s delay).
    expect(slow.seen[0]).to.equal(null);
    expect(byTestId(app, "stSpinner")).to.have.length(0);
    expect(markdownIn(app)).to.deep.equal(["before", "after"]);

    const quick = await sampleWhileRunning(
      app,
      py`
        import streamlit as st
        with st.spinner("Quick"):
            x = sum(range(1000))
        st.write("done quickly")
      `,
      () => byTestId(app, "stSpinner").length,
    );
    expect(quick.seen.every((n) => n === 0)).to.equal(true);
  });

  it("shows a toast that goes after its duration, also across st.rerun()", async () => {
    await runScript(app, py`
      import streamlit as st
      if st.session_state.get("saved"):
          st.session_state.saved = False
          st.write("reran")
      elif st.button("Save"):
          st.session_state.saved = True
          st.toast("Saved!", icon="✅", duration=1)
          st.rerun()
    `);
    await act(app, () => buttonByLabel(app, "Save").click());
    expect(markdownIn(byTestId(app, "stMain")[0]!)).to.deep.equal(["reran"]);
    const toast = await waitFor(() => byTestId(app, "stToast")[0], 5000, "the toast");
    expect(text(toast)).to.contain("Saved!");
    await waitFor(() => byTestId(app, "stToast").length === 0, 5000, "the toast to go");
  });

  it("plays balloons and snow as overlays that leave no gap", async () => {
    await runScript(app, py`
      import streamlit as st
      st.write("one")
      st.balloons()
      st.snow()
      st.write("two")
    `);
    expect(byTestId(app, "stBalloons")).to.have.length(1);
    expect(byTestId(app, "stSnow")).to.have.length(1);
    const [one, two] = byTestId(app, "stMarkdown").map((m) => m.getBoundingClientRect());
    expect(two!.top - one!.bottom).to.be.lessThan(24);
  });

  it("collapses and resizes the sidebar and keeps both across reruns; wide layout", async () => {
    await runScript(app, py`
      import streamlit as st
      st.set_page_config(layout="wide")
      st.sidebar.write("side")
      st.button("Again")
    `);
    expect(app.querySelector(".stApp")!.classList.contains("st-layout-wide")).to.equal(true);
    const sidebar = () => byTestId(app, "stSidebar")[0]!;
    const resizer = app.querySelector("st-sidebar-resizer")!;
    (resizer as unknown as { apply(px: number): void }).apply(420);
    expect(sidebar().getBoundingClientRect().width).to.be.closeTo(420, 1);
    await act(app, () => buttonByLabel(app, "Again").click());
    expect(sidebar().getBoundingClientRect().width).to.be.closeTo(420, 1);
    byTestId(app, "stSidebarCollapseButton")[0]!.click();
    await settle(app);
    expect(sidebar().getAttribute("aria-expanded")).to.equal("false");
    await act(app, () => buttonByLabel(app, "Again").click());
    expect(sidebar().getAttribute("aria-expanded")).to.equal("false");
    byTestId(app, "stSidebarCollapseButton")[0]!.click();
    await settle(app);
    expect(sidebar().getBoundingClientRect().width).to.be.closeTo(420, 1);
    sessionStorage.clear();
  });
});
