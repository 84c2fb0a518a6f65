/**
 * <st-dataframe>, <st-table>, <st-metric> from payloads: virtualisation at 1,000,000
 * rows, sorting, selection, editing, search, copy, CSV, column config; the Arrow
 * encoding of the worker (worker/arrow.ts) and the pure helpers of the grid.
 */
import { expect } from "@esm-bundle/chai";
import { sendKeys } from "@web/test-runner-commands";
import type { DataFramePayload, MetricPayload, TablePayload } from "../../packages/protocol/index.js";
import "../../components/elements/dataframe/st-dataframe.js";
import "../../components/elements/metric/st-metric.js";
import "../../components/elements/table/st-table.js";
import type { StDataGrid } from "../../components/elements/dataframe/grid.js";
import { formatMoment, dateParts, formatNumber, humanize } from "../../components/elements/dataframe/format.js";
import { scrollTopFor, visibleRows, MAX_CANVAS_PX } from "../../components/elements/dataframe/virtual.js";
import { decodeTable } from "../../components/elements/dataframe/model.js";
import { encodeArrowFields, wireToIPC, type WireColumn, type WireTable } from "../../worker/arrow.js";
import { DeltaBatcher } from "../../worker/delta-batcher.js";
import { captureValueEvents, cleanup, clickOn, mount, nextFrame, update, waitFor } from "./fixtures.js";

function wire(columns: WireColumn[], numRows: number, index: WireColumn[] = []): WireTable {
  return {
    numRows,
    columns,
    index: index.length ? index : [{ name: "", kind: "int64", data: null, range: [0, numRows, 1] }],
    rangeIndex: index.length === 0,
  };
}

function payload(table: WireTable, overrides: Partial<DataFramePayload> = {}): DataFramePayload {
  return {
    type: "dataframe",
    data: wireToIPC(table),
    width: "stretch",
    height: "auto",
    hideIndex: null,
    columnOrder: null,
    columnConfig: {},
    rowHeight: null,
    placeholder: null,
    editable: false,
    numRows: "fixed",
    disabledColumns: false,
    selectionMode: [],
    ...overrides,
  };
}

const PEOPLE = wire(
  [
    { name: "name", kind: "utf8", data: ["ann", "bob", "cid"] },
    { name: "age", kind: "int64", data: new BigInt64Array([31n, 42n, 27n]) },
    { name: "score", kind: "float64", data: new Float64Array([0.5, 1.25, NaN]), mask: new Uint8Array([0, 0, 1]) },
    { name: "ok", kind: "bool", data: new Uint8Array([1, 0, 1]) },
  ],
  3,
);

async function grid(el: HTMLElement): Promise<StDataGrid> {
  const g = await (el as HTMLElementTagNameMap["st-dataframe"]).gridReady();
  await nextFrame();
  return g;
}

function headers(g: Element): string[] {
  return [...g.querySelectorAll('.st-grid-header [role="columnheader"][data-col]')].map((h) => h.querySelector(".st-grid-hbutton")!.textContent!.trim());
}

function rows(g: Element): string[][] {
  return [...g.querySelectorAll<HTMLElement>(".st-grid-row")]
    .sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")))
    .map((r) => [...r.querySelectorAll<HTMLElement>("[data-col]")].map((c) => c.querySelector(".st-grid-check")?.getAttribute("data-checked") ?? c.textContent!.trim()));
}

function cell(g: Element, row: number, col: string): HTMLElement {
  return g.querySelector<HTMLElement>(`.st-grid-row[aria-rowindex="${row + 2}"] [data-col="${col}"]`)!;
}

afterEach(cleanup);

describe("st-dataframe", () => {
  it("carries stDataFrame and draws header and cells from Arrow bytes", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE));
    expect(el.dataset.testid).to.equal("stDataFrame");
    const g = await grid(el);
    expect(headers(g)).to.deep.equal(["", "name", "age", "score", "ok"]);
    expect(rows(g)).to.deep.equal([
      ["0", "ann", "31", "0.5", "true"],
      ["1", "bob", "42", "1.25", "false"],
      ["2", "cid", "27", "None", "true"],
    ]);
    expect(g.querySelector('[role="grid"]')!.getAttribute("aria-rowcount")).to.equal("4");
  });

  it("draws only about the visible rows of 1,000,000 rows, and scrolls to the end", async () => {
    const n = 1_000_000;
    const ids = new BigInt64Array(n);
    const half = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      ids[i] = BigInt(i);
      half[i] = i / 2;
    }
    const el = await mount("st-dataframe", payload(wire([{ name: "id", kind: "int64", data: ids }, { name: "half", kind: "float64", data: half }], n)));
    const g = await grid(el);
    const drawn = g.querySelectorAll(".st-grid-row").length;
    expect(drawn).to.be.within(8, 30);
    const scroller = g.querySelector<HTMLElement>(".st-grid-scroller")!;
    const canvas = g.querySelector<HTMLElement>(".st-grid-canvas")!;
    expect(canvas.offsetHeight).to.be.at.most(MAX_CANVAS_PX + 100);
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event("scroll"));
    await waitFor(() => rows(g).some((r) => r[0] === "999999"), "last row drawn");
    await g.updateComplete;
    expect(rows(g).at(-1)).to.deep.equal(["999999", "999999", "499999.5"]);
    expect(g.querySelectorAll(".st-grid-row").length).to.be.within(8, 30);
    // The last row is inside the viewport.
    const last = g.querySelector<HTMLElement>('.st-grid-row[aria-rowindex="1000001"]')!;
    const box = scroller.getBoundingClientRect();
    const r = last.getBoundingClientRect();
    expect(r.bottom).to.be.at.most(box.bottom + 1);
    expect(r.top).to.be.at.least(box.top);
    // The middle, by keyboard-free API.
    g.scrollToRow(500_000);
    await g.updateComplete;
    await nextFrame();
    expect(rows(g).some((row) => row[0] === "500000")).to.equal(true);
  });

  it("sorts by a column header click: ascending, descending, off", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE));
    const g = await grid(el);
    const header = g.querySelector<HTMLButtonElement>('[data-col="age"] .st-grid-hbutton')!;
    header.click();
    await g.updateComplete;
    expect(rows(g).map((r) => r[1])).to.deep.equal(["cid", "ann", "bob"]);
    expect(g.querySelector('[data-col="age"][role="columnheader"]')!.getAttribute("aria-sort")).to.equal("ascending");
    header.click();
    await g.updateComplete;
    expect(rows(g).map((r) => r[1])).to.deep.equal(["bob", "ann", "cid"]);
    header.click();
    await g.updateComplete;
    expect(rows(g).map((r) => r[1])).to.deep.equal(["ann", "bob", "cid"]);
    // Text columns sort too; missing values go last.
    g.querySelector<HTMLButtonElement>('[data-col="score"] .st-grid-hbutton')!.click();
    await g.updateComplete;
    g.querySelector<HTMLButtonElement>('[data-col="score"] .st-grid-hbutton')!.click();
    await g.updateComplete;
    expect(rows(g).map((r) => r[1])).to.deep.equal(["bob", "ann", "cid"]);
  });

  it("hides the index, orders columns, applies column_config", async () => {
    const el = await mount(
      "st-dataframe",
      payload(PEOPLE, {
        hideIndex: true,
        columnOrder: ["age", "name"],
        columnConfig: { age: { label: "Age (y)", type: "number", typeOptions: { format: "%d years" } }, name: { width: "large", help: "Who" } },
      }),
    );
    const g = await grid(el);
    expect(headers(g)).to.deep.equal(["Age (y)", "name"]);
    expect(rows(g)[0]).to.deep.equal(["31 years", "ann"]);
    expect(g.querySelector<HTMLElement>('[role="columnheader"][data-col="name"]')!.style.width).to.equal("400px");
    expect(g.querySelector('[data-col="name"] [data-testid="stTooltipIcon"]')).to.not.equal(null);
  });

  it("sorts and resizes from the keyboard on a focused header", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE, { width: "content" }));
    const g = await grid(el);
    const header = g.querySelector<HTMLButtonElement>('[data-col="age"] .st-grid-hbutton')!;
    header.focus();
    await sendKeys({ press: "Enter" });
    await g.updateComplete;
    expect(rows(g).map((r) => r[1])).to.deep.equal(["cid", "ann", "bob"]);
    const before = parseFloat(g.querySelector<HTMLElement>('[role="columnheader"][data-col="age"]')!.style.width);
    await sendKeys({ down: "Alt" });
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ up: "Alt" });
    await g.updateComplete;
    expect(parseFloat(g.querySelector<HTMLElement>('[role="columnheader"][data-col="age"]')!.style.width)).to.equal(before + 20);
  });

  it("resizes a column", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE, { width: "content" }));
    const g = await grid(el);
    g.resizeColumn("name", 250);
    await g.updateComplete;
    expect(g.querySelector<HTMLElement>('[role="columnheader"][data-col="name"]')!.style.width).to.equal("250px");
    expect(cell(g, 0, "name").style.width).to.equal("250px");
  });

  it("selects rows and columns and reports Streamlit's selection", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE, { id: "df1", formId: "", selectionMode: ["multi-row", "single-column"], value: { selection: { rows: [], columns: [] } }, setValue: false }));
    const g = await grid(el);
    const capture = captureValueEvents();
    await clickOn(g.querySelector('.st-grid-row[aria-rowindex="3"] .st-grid-marker input')!);
    await g.updateComplete;
    await clickOn(g.querySelector('.st-grid-row[aria-rowindex="2"] .st-grid-marker input')!);
    await g.updateComplete;
    g.querySelector<HTMLButtonElement>('[data-col="age"] .st-grid-hbutton')!.click();
    await g.updateComplete;
    g.querySelector<HTMLButtonElement>('[data-col="name"] .st-grid-hbutton')!.click();
    await g.updateComplete;
    capture.stop();
    expect(capture.events.map((e) => e.detail.value)).to.deep.equal([
      { selection: { rows: [1], columns: [] } },
      { selection: { rows: [0, 1], columns: [] } },
      { selection: { rows: [0, 1], columns: ["age"] } },
      { selection: { rows: [0, 1], columns: ["name"] } },
    ]);
    expect(capture.events[0].detail.widgetId).to.equal("df1");
    expect(g.querySelector('.st-grid-row[aria-rowindex="2"]')!.getAttribute("aria-selected")).to.equal("true");
    // A rerun with the same id keeps the page's selection.
    await update(el, payload(PEOPLE, { id: "df1", formId: "", selectionMode: ["multi-row", "single-column"], value: { selection: { rows: [], columns: [] } }, setValue: false }));
    await g.updateComplete;
    expect(g.querySelector('.st-grid-row[aria-rowindex="2"]')!.getAttribute("aria-selected")).to.equal("true");
  });

  it("single-row selection keeps one row", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE, { id: "df2", formId: "", selectionMode: ["single-row"], value: { selection: { rows: [], columns: [] } }, setValue: false }));
    const g = await grid(el);
    const capture = captureValueEvents();
    g.querySelector<HTMLInputElement>('.st-grid-row[aria-rowindex="2"] .st-grid-marker input')!.click();
    await g.updateComplete;
    g.querySelector<HTMLInputElement>('.st-grid-row[aria-rowindex="4"] .st-grid-marker input')!.click();
    await g.updateComplete;
    capture.stop();
    expect(capture.events.at(-1)!.detail.value).to.deep.equal({ selection: { rows: [2], columns: [] } });
  });

  it("edits cells with the editor of each type and reports Streamlit's edits", async () => {
    const el = await mount(
      "st-dataframe",
      payload(PEOPLE, { id: "ed", formId: "", editable: true, value: { edited_rows: {}, added_rows: [], deleted_rows: [] }, setValue: false }),
    );
    const g = await grid(el);
    const capture = captureValueEvents();
    // Number: double-click opens a number input.
    cell(g, 0, "age").dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    await g.updateComplete;
    const input = g.querySelector<HTMLInputElement>(".st-grid-editor")!;
    expect(input.type).to.equal("number");
    expect(document.activeElement).to.equal(input);
    input.value = "35";
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await g.updateComplete;
    expect(g.querySelector(".st-grid-editor")).to.equal(null);
    // Checkbox: one click toggles.
    cell(g, 1, "ok").click();
    await g.updateComplete;
    // Text: keyboard only: focus the grid, move to the name column and type.
    cell(g, 2, "name").click();
    await g.updateComplete;
    await sendKeys({ press: "Enter" });
    await g.updateComplete;
    const text = g.querySelector<HTMLInputElement>(".st-grid-editor")!;
    expect(text.type).to.equal("text");
    text.value = "cyd";
    await sendKeys({ press: "Enter" });
    await g.updateComplete;
    capture.stop();
    expect(capture.events.at(-1)!.detail.value).to.deep.equal({
      edited_rows: { "0": { age: 35 }, "1": { ok: true }, "2": { name: "cyd" } },
      added_rows: [],
      deleted_rows: [],
    });
    expect(rows(g)).to.deep.equal([
      ["0", "ann", "35", "0.5", "true"],
      ["1", "bob", "42", "1.25", "true"],
      ["2", "cyd", "27", "None", "true"],
    ]);
    // Escape cancels an edit.
    cell(g, 0, "name").dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    await g.updateComplete;
    const cancel = g.querySelector<HTMLInputElement>(".st-grid-editor")!;
    cancel.value = "zzz";
    cancel.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await g.updateComplete;
    expect(rows(g)[0][1]).to.equal("ann");
  });

  it("does not edit disabled columns; selectbox columns edit with a select", async () => {
    const table = wire([{ name: "size", kind: "categorical", data: new Int32Array([0, 1]), categories: ["S", "M"] }, { name: "n", kind: "int64", data: new BigInt64Array([1n, 2n]) }], 2);
    const el = await mount(
      "st-dataframe",
      payload(table, { id: "ed2", formId: "", editable: true, disabledColumns: ["n"], value: { edited_rows: {}, added_rows: [], deleted_rows: [] }, setValue: false }),
    );
    const g = await grid(el);
    cell(g, 0, "n").dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    await g.updateComplete;
    expect(g.querySelector(".st-grid-editor")).to.equal(null);
    const capture = captureValueEvents();
    cell(g, 0, "size").dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    await g.updateComplete;
    const select = g.querySelector<HTMLSelectElement>("select.st-grid-editor")!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(["", "S", "M"]);
    select.value = "M";
    select.dispatchEvent(new Event("change"));
    await g.updateComplete;
    capture.stop();
    expect(capture.events[0].detail.value).to.deep.equal({ edited_rows: { "0": { size: "M" } }, added_rows: [], deleted_rows: [] });
    expect(rows(g)[0]).to.deep.equal(["0", "M", "1"]);
  });

  it("adds and deletes rows with num_rows='dynamic'", async () => {
    const el = await mount(
      "st-dataframe",
      payload(PEOPLE, {
        id: "dyn",
        formId: "",
        editable: true,
        numRows: "dynamic",
        hideIndex: true,
        columnConfig: { name: { default: "new" } },
        value: { edited_rows: {}, added_rows: [], deleted_rows: [] },
        setValue: false,
      }),
    );
    const g = await grid(el);
    const capture = captureValueEvents();
    g.querySelector<HTMLButtonElement>('[aria-label="Add row"]')!.click();
    await g.updateComplete;
    expect(rows(g).length).to.equal(4);
    expect(rows(g)[3]).to.deep.equal(["new", "None", "None", "None"]);
    g.querySelector<HTMLInputElement>('.st-grid-row[aria-rowindex="2"] .st-grid-marker input')!.click();
    await g.updateComplete;
    g.querySelector<HTMLButtonElement>('[aria-label="Delete rows"]')!.click();
    await g.updateComplete;
    capture.stop();
    expect(capture.events.at(-1)!.detail.value).to.deep.equal({ edited_rows: {}, added_rows: [{ name: "new" }], deleted_rows: [0] });
    expect(rows(g).map((r) => r[0])).to.deep.equal(["bob", "cid", "new"]);
  });

  it("searches, copies the active cell and downloads CSV", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE));
    const g = await grid(el);
    await clickOn(cell(g, 1, "name"));
    await g.updateComplete;
    expect(cell(g, 1, "name").hasAttribute("data-active")).to.equal(true);
    expect(g.copyText()).to.equal("bob");
    await sendKeys({ press: "ArrowRight" });
    await g.updateComplete;
    expect(g.copyText()).to.equal("42");
    // The copy event fills the clipboard data.
    const data = new DataTransfer();
    const event = new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true });
    g.querySelector(".st-grid-scroller")!.dispatchEvent(event);
    expect(data.getData("text/plain")).to.equal("42");
    let csv = "";
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      created.push(b as Blob);
      return "blob:test";
    };
    try {
      g.querySelector<HTMLButtonElement>('[aria-label="Download as CSV"]')!.click();
      csv = await created[0].text();
    } finally {
      URL.createObjectURL = original;
    }
    expect(csv.replace(/^\ufeff/, "")).to.equal(",name,age,score,ok\n0,ann,31,0.5,true\n1,bob,42,1.25,false\n2,cid,27,,true\n");
    g.querySelector<HTMLButtonElement>('[aria-label="Search"]')!.click();
    await g.updateComplete;
    const search = g.querySelector<HTMLInputElement>('[data-testid="stDataFrameSearchInput"]')!;
    search.value = "CI";
    search.dispatchEvent(new Event("input"));
    await g.updateComplete;
    expect(rows(g).map((r) => r[1])).to.deep.equal(["cid"]);
  });

  it("draws link, progress, list, chart, checkbox and date columns", async () => {
    const table = wire(
      [
        { name: "site", kind: "utf8", data: ["https://streamlit.io"] },
        { name: "p", kind: "float64", data: new Float64Array([0.25]) },
        { name: "tags", kind: "list", itemKind: "utf8", data: [["a", "b"]] },
        { name: "spark", kind: "list", itemKind: "float64", data: [[1, 3, 2]] },
        { name: "bars", kind: "list", itemKind: "float64", data: [[1, 3, 2]] },
        { name: "day", kind: "date32", data: new Int32Array([19724]) },
        { name: "at", kind: "timestamp", unit: "us", tz: "UTC", data: new BigInt64Array([1_704_164_645_000_000n]) },
        { name: "img", kind: "utf8", data: ["data:image/png;base64,iVBORw0KGgo="] },
      ],
      1,
    );
    const el = await mount(
      "st-dataframe",
      payload(table, {
        columnConfig: {
          site: { type: "link", typeOptions: { displayText: "Open" } },
          p: { type: "progress", typeOptions: { format: "percent", minValue: 0, maxValue: 1 } },
          spark: { type: "line_chart" },
          bars: { type: "bar_chart" },
          day: { type: "date", typeOptions: { format: "MMM D, YYYY" } },
          img: { type: "image" },
        },
      }),
    );
    const g = await grid(el);
    expect(cell(g, 0, "site").querySelector("a")!.textContent).to.equal("Open");
    expect(cell(g, 0, "p").querySelector('[role="progressbar"]')!.textContent!.trim()).to.equal("25%");
    expect([...cell(g, 0, "tags").querySelectorAll(".st-grid-bubble")].map((b) => b.textContent)).to.deep.equal(["a", "b"]);
    expect(cell(g, 0, "spark").querySelector("svg polyline")!.getAttribute("points")).to.match(/^0\.00,/);
    expect(cell(g, 0, "bars").querySelectorAll("svg rect")).to.have.length(3);
    expect(cell(g, 0, "day").textContent!.trim()).to.equal("Jan 2, 2024");
    expect(cell(g, 0, "at").textContent!.trim()).to.equal("2024-01-02 03:04:05+00:00");
    expect(cell(g, 0, "img").querySelector("img")).to.not.equal(null);
  });

  it("moves the active cell with the keyboard and shows focus", async () => {
    const el = await mount("st-dataframe", payload(PEOPLE));
    const g = await grid(el);
    const scroller = g.querySelector<HTMLElement>(".st-grid-scroller")!;
    scroller.focus();
    await g.updateComplete;
    expect(g.querySelector("[data-active]")!.getAttribute("data-col")).to.equal("_index");
    await sendKeys({ press: "ArrowDown" });
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ press: "End" });
    await g.updateComplete;
    const active = g.querySelector("[data-active]")!;
    expect(active.getAttribute("data-col")).to.equal("ok");
    expect(active.closest(".st-grid-row")!.getAttribute("aria-rowindex")).to.equal("3");
  });
});

describe("st-table", () => {
  it("renders a static table with Markdown cells", async () => {
    const table: TablePayload = {
      type: "table",
      data: wireToIPC(wire([{ name: "what", kind: "utf8", data: ["**bold**", "x"] }, { name: "n", kind: "float64", data: new Float64Array([1234.5, 2]) }], 2)),
      border: true,
      width: "stretch",
      height: "content",
    };
    const el = await mount("st-table", table);
    await waitFor(() => el.querySelector("tbody tr"), "rows");
    expect(el.dataset.testid).to.equal("stTable");
    const rowsText = [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rowsText).to.deep.equal([
      ["0", "bold", "1,234.5000"],
      ["1", "x", "2.0000"],
    ]);
    expect(el.querySelector("tbody strong")!.textContent).to.equal("bold");
  });
});

describe("st-metric", () => {
  const metric = (o: Partial<MetricPayload> = {}): MetricPayload => ({
    type: "metric",
    label: "Temp",
    body: "70 °F",
    delta: "-1.2 °F",
    deltaDirection: "down",
    deltaColor: "red",
    deltaDescription: null,
    help: null,
    labelVisibility: "visible",
    border: false,
    width: "stretch",
    height: "content",
    chartData: null,
    chartType: "line",
    ...o,
  });

  it("renders label, value and delta with Streamlit's test ids", async () => {
    const el = await mount("st-metric", metric());
    expect(el.dataset.testid).to.equal("stMetric");
    expect(el.querySelector('[data-testid="stMetricLabel"]')!.textContent!.trim()).to.equal("Temp");
    expect(el.querySelector('[data-testid="stMetricValue"]')!.textContent!.trim()).to.equal("70 °F");
    const delta = el.querySelector<HTMLElement>('[data-testid="stMetricDelta"]')!;
    expect(delta.textContent!.trim()).to.equal("-1.2 °F");
    expect(delta.querySelector('[data-testid="stMetricDeltaIcon-Down"]')).to.not.equal(null);
    expect(delta.style.color).to.equal("rgb(255, 43, 43)");
  });

  it("draws the sparkline, border and hides the label", async () => {
    const el = await mount("st-metric", metric({ chartData: [1, 4, 2], chartType: "bar", border: true, labelVisibility: "collapsed", delta: null, deltaDirection: "none" }));
    expect(el.querySelectorAll('[data-testid="stMetricChart"] rect')).to.have.length(3);
    expect(el.hasAttribute("data-border")).to.equal(true);
    expect(getComputedStyle(el.querySelector(".st-metric-label")!).display).to.equal("none");
    expect(el.querySelector('[data-testid="stMetricDelta"]')).to.equal(null);
  });
});

describe("grid helpers", () => {
  it("visibleRows maps a scaled canvas onto all rows", () => {
    const n = 1_000_000;
    const start = visibleRows({ scrollTop: 0, viewportHeight: 350, rowHeight: 35, rowCount: n });
    expect([start.start, start.end]).to.deep.equal([0, 14]);
    expect(start.canvasHeight).to.equal(MAX_CANVAS_PX);
    const end = visibleRows({ scrollTop: MAX_CANVAS_PX, viewportHeight: 350, rowHeight: 35, rowCount: n });
    expect(end.end).to.equal(n);
    expect(end.top(n - 1) + 35).to.be.closeTo(MAX_CANVAS_PX - 350 + 350, 1);
    const small = visibleRows({ scrollTop: 70, viewportHeight: 350, rowHeight: 35, rowCount: 100 });
    expect(small.top(2)).to.equal(70);
    expect(scrollTopFor(50, 0, 350, 35, 100)).to.equal(51 * 35 - 350);
  });

  it("formats numbers and dates like Streamlit", () => {
    expect(formatNumber(1.23456789)).to.equal("1.2346");
    expect(formatNumber(2)).to.equal("2");
    expect(formatNumber(3.7, undefined, 0)).to.equal("4");
    expect(formatNumber(1234.5, "%,.1f")).to.equal("1,234.5");
    expect(formatNumber(5, "%d ⭐")).to.equal("5 ⭐");
    expect(formatNumber(-12.5, "accounting")).to.match(/^\(12[.,]50\)$/);
    expect(formatMoment(dateParts(Date.UTC(2024, 0, 2, 15, 4, 5), null), "dddd, MMMM Do YYYY h:mm A")).to.equal("Tuesday, January 2nd 2024 3:04 PM");
    expect(formatMoment(dateParts(Date.UTC(2024, 0, 2, 15), "+05:30"), "HH:mm Z")).to.equal("20:30 +05:30");
    expect(humanize(3 * 86400)).to.equal("3 days");
  });

  it("the worker's Arrow encoding keeps kinds, nulls and categories", () => {
    const model = decodeTable(
      wireToIPC(
        wire(
          [
            { name: "c", kind: "categorical", data: new Int8Array([1, -1, 0]), categories: ["lo", "hi"] },
            { name: "t", kind: "time", data: new BigInt64Array([3_723_000_000n, 0n, 0n]), mask: new Uint8Array([0, 1, 0]) },
            { name: "d", kind: "duration", unit: "ns", data: new BigInt64Array([2_000_000_000n, 0n, -(2n ** 63n)]) },
            { name: "o", kind: "object", data: ['{"k": 1}', null, "x"] },
          ],
          3,
        ),
      ),
    );
    const [c, t, d, o] = model.columns;
    expect([c.get(0), c.get(1), c.get(2)]).to.deep.equal(["hi", null, "lo"]);
    expect(c.categories).to.deep.equal(["lo", "hi"]);
    expect([t.get(0), t.get(1)]).to.deep.equal([3_723_000, null]);
    expect([d.get(0), d.get(2)]).to.deep.equal([2, null]);
    expect([o.kind, o.get(0), o.get(1)]).to.deep.equal(["object", '{"k": 1}', null]);
    expect(model.rangeIndex).to.equal(true);
    // An unnamed index keeps its empty name (apache-arrow alone would read "null").
    const keyed = decodeTable(wireToIPC(wire([{ name: "value", kind: "int64", data: new BigInt64Array([1n]) }], 1, [{ name: "", kind: "utf8", data: ["a"] }])));
    expect(keyed.columns.map((col) => [col.name, col.role])).to.deep.equal([
      ["", "index"],
      ["value", "data"],
    ]);
  });
});



describe("st-dataframe reruns", () => {
  it("a rerun keeps added rows; a new widget at the same place starts unselected", async () => {
    const make = (id: string) =>
      payload(wire([{ name: "task", kind: "utf8", data: ["a", "b", "c"] }], 3), {
        id,
        formId: "",
        editable: true,
        numRows: "dynamic",
        hideIndex: true,
        columnConfig: { task: { default: "new" } },
        value: { edited_rows: {}, added_rows: [], deleted_rows: [] },
        setValue: false,
      });
    const el = await mount("st-dataframe", make("dyn2"));
    const g = await grid(el);
    g.querySelector<HTMLButtonElement>('[aria-label="Add row"]')!.click();
    await g.updateComplete;
    await update(el, make("dyn2"));
    await g.updateComplete;
    expect(rows(g)).to.deep.equal([["a"], ["b"], ["c"], ["new"]]);
    g.querySelector<HTMLInputElement>('.st-grid-row[aria-rowindex="3"] .st-grid-marker input')!.click();
    await g.updateComplete;
    expect(g.querySelector('[aria-label="Delete rows"]')).to.not.equal(null);
    await update(el, make("other"));
    await g.updateComplete;
    expect(rows(g)).to.deep.equal([["a"], ["b"], ["c"]]);
    expect(g.querySelector('[aria-label="Delete rows"]')).to.equal(null);
    expect([...g.querySelectorAll<HTMLInputElement>(".st-grid-marker input")].map((i) => i.checked)).to.deep.equal([false, false, false, false]);
  });
});

describe("worker Arrow fields", () => {
  it("replaces {__arrow__} fields by IPC bytes whose buffer is transferred with the batch", async () => {
    const element: Record<string, unknown> = { type: "dataframe", data: { __arrow__: wire([{ name: "a", kind: "float64", data: new Float64Array([1, 2]) }], 2) }, other: 1 };
    const transfer = encodeArrowFields(element);
    expect(element.data).to.be.instanceOf(Uint8Array);
    expect(transfer).to.deep.equal([(element.data as Uint8Array).buffer]);
    expect(decodeTable(element.data as Uint8Array).columns[0].get(1)).to.equal(2);
    const posted: { batch: unknown[]; transfer: Transferable[] }[] = [];
    const batcher = new DeltaBatcher((batch, t) => posted.push({ batch, transfer: t }));
    batcher.push({ type: "scriptStarted", runId: 1 });
    batcher.push({ type: "scriptStarted", runId: 2 }, transfer);
    expect(posted.map((p) => p.transfer.length)).to.deep.equal([0, 1]);
    // Through a real MessageChannel the bytes move: the sender's buffer is detached.
    const channel = new MessageChannel();
    const received = new Promise<MessageEvent>((resolve) => (channel.port2.onmessage = resolve));
    channel.port1.postMessage(posted[1].batch, posted[1].transfer);
    const buffer = (element.data as Uint8Array).buffer;
    expect(buffer.byteLength).to.equal(0);
    await received;
    channel.port1.close();
    channel.port2.close();
  });
});
