/**
 * Through the real worker: slider / select_slider / pills / segmented_control / feedback
 * values and types after user input, download_button saving a file, forms (pending values,
 * submit, clear_on_submit, Enter to submit, misuse errors, missing submit button) and
 * st.query_params read from and written to the page URL.
 */
import { expect } from "@esm-bundle/chai";
import { sendKeys } from "@web/test-runner-commands";
import { act, bootApp, buttonByLabel, byTestId, py, runScript, settle, waitFor, type StApp } from "./harness.js";

/** Texts of the st.text elements of the main area. */
function texts(app: StApp): string[] {
  return byTestId(app.querySelector('[data-testid="stMain"]')!, "stText").map((el) => el.textContent!.trim());
}

function widget(app: StApp, testId: string, label: string): HTMLElement {
  const found = byTestId(app, testId).find((el) => el.querySelector('[data-testid="stWidgetLabel"]')?.textContent?.trim() === label);
  if (!found) throw new Error(`No ${testId} labelled ${label}`);
  return found;
}

/** Counts the runs started while `action` and a short quiet time pass (for "no rerun" checks). */
async function runsDuring(app: StApp, action: () => void | Promise<void>): Promise<number> {
  let runs = 0;
  const onStart = () => runs++;
  app.addEventListener("st-run-start", onStart);
  try {
    await action();
    await new Promise((r) => setTimeout(r, 400));
    await settle(app);
  } finally {
    app.removeEventListener("st-run-start", onStart);
  }
  return runs;
}

const press = (key: string) => sendKeys({ press: key });

describe("sliders, button groups, download buttons, forms and query params", () => {
  let app: StApp;

  before(async () => {
    history.replaceState(null, "", `${location.pathname}?start=1&tag=a&tag=b#keep`);
    app = await bootApp(py`
      import streamlit as st
      st.text(repr(st.query_params.to_dict()))
    `);
  });

  after(() => {
    app.remove();
    history.replaceState(null, "", location.pathname);
  });

  it("reads st.query_params from the page URL", async () => {
    expect(texts(app)).to.deep.equal(["{'start': '1', 'tag': 'b'}"]);
    await runScript(app, py`
      import streamlit as st
      st.text(repr((st.query_params.get_all("tag"), st.query_params.start, "tag" in st.query_params)))
    `);
    expect(texts(app)).to.deep.equal(["(['a', 'b'], '1', True)"]);
  });

  it("writes st.query_params to the URL with replaceState: no reload, no rerun", async () => {
    await runScript(app, py`
      import streamlit as st
      if st.button("Set"):
          st.query_params["page"] = "2"
          st.query_params.tag = ["x", "y"]
          del st.query_params["start"]
      if st.button("Clear"):
          st.query_params.clear()
      st.text(repr(st.query_params.to_dict()))
    `);
    const historyLength = history.length;
    const runs = await runsDuring(app, async () => {
      await act(app, () => buttonByLabel(app, "Set").click());
    });
    expect(runs, "only the click's run").to.equal(1);
    expect(location.search).to.equal("?tag=x&tag=y&page=2");
    expect(location.hash, "the hash is kept").to.equal("#keep");
    expect(history.length, "replaced, not pushed").to.equal(historyLength);
    expect(texts(app)).to.deep.equal(["{'tag': 'y', 'page': '2'}"]);
    // The next run reads the new URL.
    await act(app, () => buttonByLabel(app, "Clear").click());
    expect(location.search).to.equal("");
    expect(texts(app)).to.deep.equal(["{}"]);
  });

  it("slider and select_slider return Python values of the right type after keyboard input", async () => {
    await runScript(app, py`
      import streamlit as st
      from datetime import date, time
      i = st.slider("Int", 0, 10, 5)
      f = st.slider("Float", 0.0, 1.0, 0.5, step=0.1)
      r = st.slider("Range", 0, 100, (20, 80))
      d = st.slider("Date", date(2024, 1, 1), date(2024, 12, 31), date(2024, 3, 1))
      t = st.slider("Time", value=time(9, 0))
      s = st.select_slider("Size", ["S", "M", "L", "XL"], value="M")
      st.text(repr((i, f, r, d, t, s)))
    `);
    expect(texts(app)).to.deep.equal(["(5, 0.5, (20, 80), datetime.date(2024, 3, 1), datetime.time(9, 0), 'M')"]);
    const thumb = (label: string, index = 0) => widget(app, "stSlider", label).querySelectorAll<HTMLElement>('[role="slider"]')[index]!;
    expect(widget(app, "stSlider", "Date").querySelector('[data-testid="stSliderThumbValue"]')!.textContent).to.equal("2024-03-01");
    for (const [label, index, key] of [
      ["Int", 0, "ArrowRight"],
      ["Float", 0, "ArrowRight"],
      ["Range", 1, "End"],
      ["Date", 0, "ArrowLeft"],
      ["Time", 0, "ArrowUp"],
      ["Size", 0, "End"],
    ] as const) {
      await act(app, async () => {
        thumb(label, index).focus();
        await press(key);
      });
    }
    expect(texts(app)).to.deep.equal(["(6, 0.6, (20, 100), datetime.date(2024, 2, 29), datetime.time(9, 15), 'XL')"]);
    expect(thumb("Time").getAttribute("aria-valuetext")).to.equal("09:15");
  });

  it("pills, segmented_control and feedback return options, lists and ratings", async () => {
    await runScript(app, py`
      import streamlit as st
      p = st.pills("Tags", ["a", "b", "c"], selection_mode="multi", default=["a"])
      s = st.segmented_control("Mode", ["day", "night"], format_func=str.title)
      f = st.feedback("stars")
      t = st.feedback("thumbs", key="thumbs")
      st.text(repr((p, s, f, t)))
    `);
    expect(texts(app)).to.deep.equal(["(['a'], None, None, None)"]);
    const group = (i: number) => byTestId(app, "stButtonGroup")[i]!;
    const option = (i: number, j: number) => group(i).querySelectorAll<HTMLButtonElement>('[role="option"]')[j]!;
    await act(app, () => option(0, 2).click());
    await act(app, () => option(1, 1).click());
    await act(app, () => option(2, 3).click());
    await act(app, () => option(3, 1).click());
    expect(texts(app)).to.deep.equal(["(['a', 'c'], 'night', 3, 0)"]);
    expect(option(1, 1).textContent!.trim()).to.equal("Night");
    // Clicking the selected segment again unselects it.
    await act(app, () => option(1, 1).click());
    expect(texts(app)).to.deep.equal(["(['a', 'c'], None, 3, 0)"]);
  });

  it("download_button saves a file with the given name and type; on_click='ignore' causes no rerun", async () => {
    await runScript(app, py`
      import streamlit as st
      clicked = st.download_button("Get CSV", "a,b\\n1,2\\n", file_name="table.csv", mime="text/csv")
      st.download_button("Quiet", b"\\x00\\x01", file_name="blob.bin", on_click="ignore")
      def report():
          st.write("ignored: no script run is going on")
          return "made on click"
      st.download_button("Later", report, file_name="report.txt", on_click="ignore")
      st.text(repr(clicked))
    `);
    const saved: { name: string; href: string }[] = [];
    const intercept = (event: Event) => {
      const a = event.target;
      if (a instanceof HTMLAnchorElement && a.hasAttribute("download")) {
        event.preventDefault();
        saved.push({ name: a.download, href: a.href });
      }
    };
    document.addEventListener("click", intercept, true);
    try {
      const button = (label: string) => byTestId(app, "stDownloadButton").find((b) => b.textContent!.includes(label))!.querySelector("button")!;
      await act(app, () => button("Get CSV").click());
      expect(texts(app)).to.deep.equal(["True"]);
      expect(saved.map((s) => s.name)).to.deep.equal(["table.csv"]);
      const blob = await (await fetch(saved[0]!.href)).blob();
      expect(blob.type).to.equal("text/csv");
      expect(await blob.text()).to.equal("a,b\n1,2\n");

      const runs = await runsDuring(app, () => button("Quiet").click());
      expect(runs).to.equal(0);
      expect(saved.map((s) => s.name)).to.deep.equal(["table.csv", "blob.bin"]);
      expect(new Uint8Array(await (await fetch(saved[1]!.href)).arrayBuffer())).to.deep.equal(new Uint8Array([0, 1]));

      // data=callable: the worker calls it on click; Streamlit commands inside draw nothing.
      const deferredRuns = await runsDuring(app, async () => {
        button("Later").click();
        await waitFor(() => saved.length === 3, 10_000, "the deferred download");
      });
      expect(deferredRuns).to.equal(0);
      expect(saved[2]!.name).to.equal("report.txt");
      const report = await (await fetch(saved[2]!.href)).blob();
      expect([report.type, await report.text()]).to.deep.equal(["text/plain", "made on click"]);
      expect(texts(app)).to.deep.equal(["True"]);
      expect(byTestId(app, "stMarkdown"), "st.write inside the callable draws nothing").to.have.length(0);
    } finally {
      document.removeEventListener("click", intercept, true);
    }
  });

  it("a form holds its widgets' changes until submit, then clears on submit when asked", async () => {
    await runScript(app, py`
      import streamlit as st
      if "submits" not in st.session_state:
          st.session_state.submits = 0
      def count():
          st.session_state.submits += 1
      with st.form("order", clear_on_submit=True):
          extra = st.checkbox("Extra cheese")
          size = st.slider("Size", 1, 3, 1)
          done = st.form_submit_button("Order", on_click=count)
      st.text(repr((done, extra, size, st.session_state.submits)))
      st.button("Elsewhere")
    `);
    expect(byTestId(app, "stForm")).to.have.length(1);
    expect(byTestId(app, "stFormSubmitButton")).to.have.length(1);
    expect(texts(app)).to.deep.equal(["(False, False, 1, 0)"]);
    const box = () => widget(app, "stCheckbox", "Extra cheese").querySelector("input")!;
    const thumb = () => widget(app, "stSlider", "Size").querySelector<HTMLElement>('[role="slider"]')!;

    const runs = await runsDuring(app, async () => {
      box().click();
      thumb().focus();
      await press("End");
    });
    expect(runs, "changes inside a form cause no rerun").to.equal(0);
    expect(box().checked, "the change is shown").to.equal(true);
    expect(texts(app)).to.deep.equal(["(False, False, 1, 0)"]);

    // A rerun from outside the form carries the committed values only.
    await act(app, () => buttonByLabel(app, "Elsewhere").click());
    expect(texts(app)).to.deep.equal(["(False, False, 1, 0)"]);
    expect(box().checked, "still pending").to.equal(true);

    const submitRuns = await runsDuring(app, async () => {
      await act(app, () => byTestId(app, "stFormSubmitButton")[0]!.querySelector("button")!.click());
    });
    expect(submitRuns, "one run for the submit").to.equal(1);
    expect(texts(app), "the submit's run sees the submitted values").to.deep.equal(["(True, True, 3, 1)"]);
    expect(box().checked, "clear_on_submit shows the default again").to.equal(false);
    expect(thumb().getAttribute("aria-valuenow")).to.equal("1");
  });

  it("Enter in a text input submits its form (enter_to_submit) unless the first submit button is disabled", async function () {
    if (!customElements.get("st-text-input")) this.skip();
    await runScript(app, py`
      import streamlit as st
      with st.form("search"):
          q = st.text_input("Query")
          go = st.form_submit_button("Search")
      with st.form("locked"):
          r = st.text_input("Other")
          st.form_submit_button("Locked", disabled=True)
      st.text(repr((go, q, r)))
    `);
    const input = (label: string) => widget(app, "stTextInput", label).querySelector("input")!;
    const locked = await runsDuring(app, async () => {
      input("Other").focus();
      await sendKeys({ type: "nope" });
      await press("Enter");
    });
    expect(locked, "first submit button disabled: Enter does not submit").to.equal(0);
    await act(app, async () => {
      input("Query").focus();
      await sendKeys({ type: "cats" });
      await press("Enter");
    });
    expect(texts(app)).to.deep.equal(["(True, 'cats', '')"]);
  });

  it("shows form misuse errors in the exception box and the missing-submit-button error", async () => {
    await runScript(app, py`
      import streamlit as st
      with st.form("broken"):
          st.button("Not allowed")
    `);
    const box = byTestId(app, "stException")[0]!;
    expect(box.textContent).to.contain("StreamlitAPIException");
    expect(box.textContent).to.contain("st.button() can't be used in an st.form().");
    expect(box.querySelector("a")?.getAttribute("href")).to.equal("https://docs.streamlit.io/develop/api-reference/execution-flow/st.form");

    await runScript(app, py`
      import streamlit as st
      with st.form("no_submit"):
          st.checkbox("Lonely")
    `);
    await waitFor(() => byTestId(app, "stForm")[0]?.querySelector('[data-testid="stAlert"]'), 5000, "missing submit warning");
    const alert = byTestId(app, "stForm")[0]!.querySelector('[data-testid="stAlert"]')!;
    expect(alert.textContent).to.contain("Missing Submit Button");
    expect(alert.textContent).to.contain("To create a submit button, use the st.form_submit_button() function.");

    await runScript(app, py`
      import streamlit as st
      with st.form("cb"):
          st.slider("S", on_change=print)
          st.form_submit_button()
    `);
    expect(byTestId(app, "stException")[0]!.textContent).to.contain(
      "Within a form, callbacks can only be defined on st.form_submit_button. Defining callbacks on other widgets inside a form is not allowed.",
    );
  });
});
