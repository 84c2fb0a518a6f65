/**
 * Data elements through the real worker: st.dataframe, st.data_editor, st.table and
 * st.metric from plain-Python data (every input shape that needs no third-party
 * package), checking the values shown, the selection and the edits returned to Python.
 */
import { expect } from "@esm-bundle/chai";
import { sendKeys } from "@web/test-runner-commands";
import { act, bootApp, byTestId, mainTexts, py, runScript, settle, waitFor, type StApp } from "./harness.js";

type Grid = HTMLElement & { updateComplete: Promise<unknown>; copyText(): string; scrollToRow(row: number): void };

/** The grids of the main area, once drawn (the grid chunk loads on first use). */
async function grids(app: StApp, count: number): Promise<Grid[]> {
  await waitFor(() => {
    const frames = byTestId(app, "stDataFrame");
    return frames.length === count && frames.every((f) => f.querySelector("st-data-grid .st-grid-header"));
  }, 30_000, `${count} drawn dataframes`);
  await settle(app);
  return byTestId(app, "stDataFrame").map((f) => f.querySelector("st-data-grid") as Grid);
}

function headers(grid: Element): string[] {
  return [...grid.querySelectorAll('.st-grid-header [role="columnheader"][data-col]')].map((h) => h.textContent!.trim().replace(/[↑↓↕]$/, "").trim());
}

/** Cell texts of the drawn rows, in display order. */
function rows(grid: Element): string[][] {
  const drawn = [...grid.querySelectorAll<HTMLElement>(".st-grid-row")].sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")));
  return drawn.map((r) => [...r.querySelectorAll<HTMLElement>("[data-col]")].map((c) => cellText(c)));
}

function cellText(cell: HTMLElement): string {
  const check = cell.querySelector(".st-grid-check");
  if (check) return check.getAttribute("data-checked")!;
  return cell.textContent!.trim();
}

function cell(grid: Element, row: number, col: string): HTMLElement {
  const el = grid.querySelector<HTMLElement>(`.st-grid-row[aria-rowindex="${row + 2}"] [data-col="${col}"]`);
  if (!el) throw new Error(`no cell ${row}/${col}`);
  return el;
}

describe("data elements", () => {
  let app: StApp;

  before(async () => {
    app = await bootApp(py`
      import streamlit as st
      st.write("ready")
    `);
  });

  after(() => app.remove());

  it("st.dataframe shows the values of every plain-Python input shape", async () => {
    await runScript(
      app,
      py`
      import array, datetime, sqlite3
      import streamlit as st

      st.dataframe([{"name": "ann", "age": 31}, {"name": "bob", "age": 42, "ok": True}])
      st.dataframe({"x": [1, 2, 3], "y": [0.5, None, 2.25]})
      st.dataframe([[1, "a"], [2, "b"]])
      st.dataframe([(10, 1.5), (20, 2.5)])
      st.dataframe(["p", "q", "r"])
      st.dataframe(array.array("d", [1.5, 2.5]))
      st.dataframe({"alpha": 1, "beta": 2})
      con = sqlite3.connect(":memory:")
      con.execute("create table t (city text, pop integer)")
      con.executemany("insert into t values (?, ?)", [("Oslo", 709000), ("Bergen", 285000)])
      st.dataframe(con.execute("select * from t order by pop desc"))
      st.dataframe({"d": [datetime.date(2024, 1, 2)], "t": [datetime.datetime(2024, 1, 2, 3, 4, 5)], "b": [False]})
      st.dataframe(("t1", "t2"))
      `,
    );
    const g = await grids(app, 10);
    expect(headers(g[0])).to.deep.equal(["", "name", "age", "ok"]);
    expect(rows(g[0])).to.deep.equal([
      ["0", "ann", "31", "None"],
      ["1", "bob", "42", "true"],
    ]);
    expect(headers(g[1])).to.deep.equal(["", "x", "y"]);
    expect(rows(g[1])).to.deep.equal([
      ["0", "1", "0.5"],
      ["1", "2", "None"],
      ["2", "3", "2.25"],
    ]);
    expect(headers(g[2])).to.deep.equal(["", "0", "1"]);
    expect(rows(g[2])).to.deep.equal([
      ["0", "1", "a"],
      ["1", "2", "b"],
    ]);
    expect(rows(g[3])).to.deep.equal([
      ["0", "10", "1.5"],
      ["1", "20", "2.5"],
    ]);
    expect(headers(g[4])).to.deep.equal(["", "value"]);
    expect(rows(g[4]).map((r) => r[1])).to.deep.equal(["p", "q", "r"]);
    expect(rows(g[5]).map((r) => r[1])).to.deep.equal(["1.5", "2.5"]);
    expect(headers(g[6])).to.deep.equal(["", "value"]);
    expect(rows(g[6])).to.deep.equal([
      ["alpha", "1"],
      ["beta", "2"],
    ]);
    expect(headers(g[7])).to.deep.equal(["", "city", "pop"]);
    expect(rows(g[7])).to.deep.equal([
      ["0", "Oslo", "709000"],
      ["1", "Bergen", "285000"],
    ]);
    expect(rows(g[8])).to.deep.equal([["0", "2024-01-02", "2024-01-02 03:04:05", "false"]]);
    expect(rows(g[9]).map((r) => r[1])).to.deep.equal(["t1", "t2"]);
  });

  it("st.dataframe options: hide_index, column_order, column_config, sorting", async () => {
    await runScript(
      app,
      py`
      import streamlit as st
      st.dataframe(
          {"item": ["b", "a", "c"], "price": [2.5, 10.0, 1.25], "stock": [5, 0, 12], "url": ["https://x.org", "https://y.org", "https://z.org"],
           "trend": [[1, 3, 2], [3, 2, 1], [1, 1, 4]], "done": [0.2, 0.9, 0.5]},
          hide_index=True,
          column_order=["item", "price", "url", "trend", "done"],
          column_config={
              "item": st.column_config.TextColumn("Item"),
              "price": st.column_config.NumberColumn("Price", format="$%.2f"),
              "url": st.column_config.LinkColumn("Site", display_text=r"https://(.*?)\\.org"),
              "trend": st.column_config.LineChartColumn("Trend"),
              "done": st.column_config.ProgressColumn("Done", format="%.0f%%", min_value=0, max_value=1),
          },
      )
      `,
    );
    const [g] = await grids(app, 1);
    expect(headers(g)).to.deep.equal(["Item", "Price", "Site", "Trend", "Done"]);
    expect(rows(g).map((r) => r.slice(0, 3))).to.deep.equal([
      ["b", "$2.50", "x"],
      ["a", "$10.00", "y"],
      ["c", "$1.25", "z"],
    ]);
    expect(cell(g, 0, "url").querySelector("a")!.getAttribute("href")).to.equal("https://x.org");
    expect(cell(g, 0, "trend").querySelector("svg polyline")).to.not.equal(null);
    expect(cell(g, 1, "done").textContent!.trim()).to.equal("1%");
    // Sort by price: click the header twice (ascending, then descending).
    const priceHeader = g.querySelector<HTMLButtonElement>('[data-col="price"] .st-grid-hbutton')!;
    priceHeader.click();
    await settle(app);
    expect(rows(g).map((r) => r[0])).to.deep.equal(["c", "b", "a"]);
    priceHeader.click();
    await settle(app);
    expect(rows(g).map((r) => r[0])).to.deep.equal(["a", "b", "c"]);
  });

  it("st.dataframe keeps only the visible rows of a 1,000,000-row table in the DOM", async () => {
    await runScript(
      app,
      py`
      import array
      import streamlit as st
      n = 1_000_000
      st.dataframe({"i": array.array("q", range(n)), "half": array.array("d", (i / 2 for i in range(n)))})
      `,
    );
    const [g] = await grids(app, 1);
    const drawn = g.querySelectorAll(".st-grid-row").length;
    expect(drawn).to.be.greaterThan(5).and.lessThan(40);
    expect(rows(g)[0]).to.deep.equal(["0", "0", "0"]);
    g.scrollToRow(999_999);
    await settle(app);
    await new Promise((r) => setTimeout(r, 50));
    await settle(app);
    const last = rows(g).at(-1)!;
    expect(last).to.deep.equal(["999999", "999999", "499999.5"]);
    expect(g.querySelectorAll(".st-grid-row").length).to.be.lessThan(40);
  });

  it("st.dataframe on_select returns the selected rows and columns", async () => {
    await runScript(
      app,
      py`
      import streamlit as st
      event = st.dataframe({"a": [1, 2, 3], "b": ["x", "y", "z"]}, on_select="rerun", key="pick", selection_mode=["multi-row", "multi-column"])
      st.text(f"rows={event.selection.rows} columns={event['selection']['columns']}")
      st.text(f"state={st.session_state.pick.selection.rows}")
      `,
    );
    let [g] = await grids(app, 1);
    expect(mainTexts(app, "stText")).to.deep.equal(["rows=[] columns=[]", "state=[]"]);
    await act(app, () => g.querySelector<HTMLInputElement>('.st-grid-row[aria-rowindex="3"] .st-grid-marker input')!.click());
    expect(mainTexts(app, "stText")).to.deep.equal(["rows=[1] columns=[]", "state=[1]"]);
    [g] = await grids(app, 1);
    await act(app, () => g.querySelector<HTMLButtonElement>('[data-col="b"] .st-grid-hbutton')!.click());
    expect(mainTexts(app, "stText")).to.deep.equal(["rows=[1] columns=['b']", "state=[1]"]);
    // The selection survives the reruns (the page owns it).
    [g] = await grids(app, 1);
    expect(g.querySelector('.st-grid-row[aria-rowindex="3"]')!.getAttribute("aria-selected")).to.equal("true");
    expect(g.querySelector('[data-col="b"][role="columnheader"]')!.getAttribute("aria-selected")).to.equal("true");
  });

  it("st.data_editor returns the edits in the input's own type and in session state", async () => {
    await runScript(
      app,
      py`
      import streamlit as st
      rows = st.data_editor([{"name": "ann", "age": 31}, {"name": "bob", "age": 42}], key="people")
      st.text(repr(rows))
      st.text(repr(st.session_state["people"]))
      cols = st.data_editor({"flag": [True, False], "qty": [1, 2]}, key="cols")
      st.text(repr(cols))
      `,
    );
    let [people, cols] = await grids(app, 2);
    expect(mainTexts(app, "stText")[0]).to.equal("[{'name': 'ann', 'age': 31}, {'name': 'bob', 'age': 42}]");
    // Edit "age" of the first row: double-click, type, Enter.
    cell(people, 0, "age").dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    await settle(app);
    const editor = await waitFor(() => people.querySelector<HTMLInputElement>(".st-grid-editor"), 5000, "editor");
    editor.value = "33";
    await act(app, () => {
      editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    expect(mainTexts(app, "stText").slice(0, 2)).to.deep.equal([
      "[{'name': 'ann', 'age': 33}, {'name': 'bob', 'age': 42}]",
      "{'edited_rows': {0: {'age': 33}}, 'added_rows': [], 'deleted_rows': []}",
    ]);
    [people, cols] = await grids(app, 2);
    expect(rows(people)[0]).to.deep.equal(["0", "ann", "33"]);
    // A checkbox cell toggles with a click; the dict of lists comes back as a dict of lists.
    await act(app, () => cell(cols, 1, "flag").click());
    expect(mainTexts(app, "stText")[2]).to.equal("{'flag': [True, True], 'qty': [1, 2]}");
  });

  it("st.data_editor with num_rows='dynamic' adds and deletes rows", async () => {
    await runScript(
      app,
      py`
      import streamlit as st
      out = st.data_editor({"task": ["a", "b", "c"]}, num_rows="dynamic", key="tasks",
                           column_config={"task": st.column_config.TextColumn(default="new")})
      st.text(repr(out))
      `,
    );
    let [g] = await grids(app, 1);
    await act(app, () => g.querySelector<HTMLButtonElement>('[aria-label="Add row"]')!.click());
    expect(mainTexts(app, "stText")).to.deep.equal(["{'task': ['a', 'b', 'c', 'new']}"]);
    [g] = await grids(app, 1);
    g.querySelector<HTMLInputElement>('.st-grid-row[aria-rowindex="3"] .st-grid-marker input')!.click();
    await settle(app);
    await act(app, () => g.querySelector<HTMLButtonElement>('[aria-label="Delete rows"]')!.click());
    expect(mainTexts(app, "stText")).to.deep.equal(["{'task': ['a', 'c', 'new']}"]);
  });

  it("st.table shows static values with Markdown cells; st.write sends cursors to st.dataframe", async () => {
    await runScript(
      app,
      py`
      import sqlite3
      import streamlit as st
      st.table({"what": ["**bold**", "plain"], "n": [1.5, 2]})
      st.table([{"k": "v"}], border="horizontal")
      con = sqlite3.connect(":memory:")
      st.write(con.execute("select 7 as seven"))
      `,
    );
    await waitFor(() => app.querySelector('[data-testid="stTable"] tbody tr'), 30_000, "table rows");
    const [first, second] = byTestId(app, "stTable");
    const cells = [...first.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect([...first.querySelectorAll("thead th")].map((th) => th.textContent!.trim())).to.deep.equal(["", "what", "n"]);
    expect(cells).to.deep.equal([
      ["0", "bold", "1.5000"],
      ["1", "plain", "2.0000"],
    ]);
    expect(first.querySelector("tbody td strong")!.textContent).to.equal("bold");
    expect(second.dataset.border).to.equal("horizontal");
    const [g] = await grids(app, 1);
    expect(headers(g)).to.deep.equal(["", "seven"]);
    expect(rows(g)).to.deep.equal([["0", "7"]]);
  });

  it("st.metric shows label, value, delta arrows and colours, border and sparkline", async () => {
    await runScript(
      app,
      py`
      import streamlit as st
      st.metric("Temperature", "70 °F", "1.2 °F")
      st.metric("Wind", 9, "-8%", delta_color="inverse", border=True, chart_data=[3, 5, 4, 9])
      st.metric("Humidity", "86%", "4%", delta_color="off", help="Relative")
      st.metric("Empty", None)
      `,
    );
    const metrics = byTestId(app, "stMetric");
    expect(metrics.map((m) => byTestId(byTestId(m, "stMetricLabel")[0], "stMarkdownContainer")[0].textContent!.trim())).to.deep.equal(["Temperature", "Wind", "Humidity", "Empty"]);
    expect(metrics.map((m) => byTestId(m, "stMetricValue")[0].textContent!.trim())).to.deep.equal(["70 °F", "9", "86%", "—"]);
    const deltas = metrics.slice(0, 3).map((m) => byTestId(m, "stMetricDelta")[0]);
    expect(deltas.map((d) => d.textContent!.trim())).to.deep.equal(["1.2 °F", "-8%", "4%"]);
    expect(deltas.map((d) => d.dataset.direction)).to.deep.equal(["up", "down", "up"]);
    expect(deltas.map((d) => d.dataset.color)).to.deep.equal(["green", "green", "gray"]);
    expect(byTestId(metrics[3], "stMetricDelta")).to.have.length(0);
    expect(metrics[1].hasAttribute("data-border")).to.equal(true);
    expect(metrics[1].querySelector('[data-testid="stMetricChart"] polyline')).to.not.equal(null);
    expect(byTestId(metrics[2], "stTooltipIcon")).to.have.length(1);
  });

  it("copies the active cell and searches", async () => {
    await runScript(
      app,
      py`
      import streamlit as st
      st.dataframe({"fruit": ["apple", "banana", "cherry"], "n": [1, 2, 3]})
      `,
    );
    const [g] = await grids(app, 1);
    cell(g, 1, "fruit").click();
    await settle(app);
    expect(g.copyText()).to.equal("banana");
    await sendKeys({ press: "ArrowDown" });
    await settle(app);
    expect(g.copyText()).to.equal("cherry");
    g.querySelector<HTMLButtonElement>('[aria-label="Search"]')!.click();
    await settle(app);
    const search = g.querySelector<HTMLInputElement>('[data-testid="stDataFrameSearchInput"]')!;
    search.value = "an";
    search.dispatchEvent(new Event("input"));
    await settle(app);
    expect(rows(g).map((r) => r[1])).to.deep.equal(["banana"]);
  });
});
