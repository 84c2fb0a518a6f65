// Table benchmark: `npm run bench:tables` (node bench/tables.mjs [--runs N]).
//
// Time to first paint of st.dataframe for
//   1. a 1,000,000-row numeric table (int64 + two float64 columns, array.array buffers)
//   2. a 100,000-row mixed table (int, float, text, bool, date, category-like text)
// in headless Chromium through the real worker. The app boots once (not measured); each
// sample swaps the script for one that shows the table and measures, on the page clock,
// from the request to the frame after the grid's first rows are in the DOM. The data is
// built once in a cached function, so the figures are the table path: Python to_table,
// the wire, Arrow encoding in the worker, the transfer, decoding and the grid. Python's
// own part (run start -> delta) and the grid's part are printed too. No thresholds.
//
// Builds are not made here: it uses dist/ (or BROOKLET_DIST) as it is.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { ISOLATION_HEADERS, startServer } from "../scripts/serve.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : path.join(ROOT, "dist");
const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

function parseArgs(argv) {
  const opts = { runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs" || a.startsWith("--runs=")) {
      opts.runs = Number(a.includes("=") ? a.split("=")[1] : argv[++i]);
      if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error("--runs needs a positive integer");
    } else if (a === "--help" || a === "-h") {
      console.log("usage: node bench/tables.mjs [--runs N (3)]   (BROOKLET_DIST=folder to bench another build)");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const progress = (msg) => process.stderr.write(`[bench:tables] ${msg}\n`);

/** Data builders run once per session (cache_resource), so samples time the table path only. */
const DATA = `
import array, datetime, random
import streamlit as st

@st.cache_resource
def numeric(n=1_000_000):
    return {
        "id": array.array("q", range(n)),
        "x": array.array("d", (i * 0.5 for i in range(n))),
        "y": array.array("d", (random.random() for _ in range(n))),
    }

@st.cache_resource
def mixed(n=100_000):
    rng = random.Random(1)
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    start = datetime.date(2020, 1, 1)
    return {
        "id": list(range(n)),
        "price": [round(rng.random() * 100, 2) for _ in range(n)],
        "name": [f"{words[i % 5]}-{i}" for i in range(n)],
        "ok": [i % 3 == 0 for i in range(n)],
        "day": [start + datetime.timedelta(days=i % 1000) for i in range(n)],
        "kind": [words[rng.randrange(5)] for _ in range(n)],
    }
`;

const SCRIPTS = {
  warm: `${DATA}\nnumeric()\nmixed()\nst.write("warm")\n`,
  blank: `${DATA}\nst.write("blank")\n`,
  numeric: `${DATA}\nst.dataframe(numeric())\n`,
  mixed: `${DATA}\nst.dataframe(mixed())\n`,
};

const distUrl = `/${path.basename(DIST)}`;
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>bench: tables</title>
<link rel="icon" href="data:,">
<script type="module" src="${distUrl}/brooklet.js"></script>
<body>
<script>
  const app = document.createElement("st-app");
  app.code = ${JSON.stringify(SCRIPTS.warm)};
  document.body.append(app);
  window.__bench = { runStart: null, ready: new Promise((resolve) => app.addEventListener("st-run-end", resolve, { once: true })) };
  app.addEventListener("st-run-start", () => (window.__bench.runStart = performance.now()));
  // A newElement delta with a dataframe reaches the page: time it when the batch arrives.
  window.__bench.firstDelta = null;
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, "onmessage");
  Object.defineProperty(MessagePort.prototype, "onmessage", {
    configurable: true,
    get() { return onmessage.get.call(this); },
    set(fn) {
      if (typeof fn !== "function") return onmessage.set.call(this, fn);
      onmessage.set.call(this, function (event) {
        if (Array.isArray(event.data) && event.data.some((m) => m.type === "delta" && m.delta.element?.type === "dataframe")) {
          window.__bench.firstDelta ??= performance.now();
          window.__bench.bytes = event.data.find((m) => m.delta?.element?.type === "dataframe").delta.element.data.byteLength;
        }
        return fn.call(this, event);
      });
    },
  });

  /** Swap the script and resolve with timings once the grid's rows are painted. */
  window.__measure = async (code, expectRows) => {
    const b = window.__bench;
    b.firstDelta = null;
    const ended = new Promise((resolve) => app.addEventListener("st-run-end", resolve, { once: true }));
    const t0 = performance.now();
    app.code = code;
    let rowsAt = null;
    let elementAt = null;
    for (;;) {
      const frame = document.querySelector('[data-testid="stDataFrame"]');
      if (frame && elementAt === null) elementAt = performance.now();
      const grid = frame?.querySelector("st-data-grid");
      if (grid && grid.querySelector(".st-grid-row") && grid.querySelector(".st-grid")?.dataset.rows === String(expectRows)) {
        rowsAt = performance.now();
        break;
      }
      await new Promise((r) => requestAnimationFrame(r));
      if (performance.now() - t0 > 120000) throw new Error("no grid rows after 120 s");
    }
    // The frame that shows them.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const painted = performance.now();
    await ended;
    return {
      total: painted - t0,
      python: (b.firstDelta ?? NaN) - (b.runStart ?? NaN),
      page: painted - (b.firstDelta ?? NaN),
      elementAt: elementAt - t0,
      rowsInDom: document.querySelectorAll('[data-testid="stDataFrame"] .st-grid-row').length,
      bytes: b.bytes,
    };
  };
  window.__blank = async (code) => {
    const ended = new Promise((resolve) => app.addEventListener("st-run-end", resolve, { once: true }));
    app.code = code;
    await ended;
  };
</script>`;

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}
const fmt = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "n/a");

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(DIST, "brooklet.js"))) throw new Error(`${DIST}/brooklet.js missing: build first (npx rollup -c)`);
  // The build's parent folder is served (so the page loads /<dist>/brooklet.js); the page
  // itself is answered by Playwright, with the same cross-origin isolation headers.
  const server = await startServer({ root: path.dirname(DIST), port: 0, quiet: true });
  const pageUrl = `${server.url}__brooklet_bench_tables__.html`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    page.on("pageerror", (err) => progress(`page error: ${err.message}`));
    page.on("crash", () => progress("the page crashed"));
    page.on("console", (m) => {
      if (m.type() === "error") progress(`console.error: ${m.text()}`);
    });
    progress("booting the app and building the data (not measured)");
    await page.route(pageUrl, (route) =>
      route.fulfill({ status: 200, body: PAGE, headers: { ...ISOLATION_HEADERS, "Content-Type": "text/html; charset=utf-8" } }),
    );
    await page.goto(pageUrl, { waitUntil: "load" });
    await page.evaluate(() => window.__bench.ready);
    const results = {};
    for (const [name, rows] of [
      ["numeric", 1_000_000],
      ["mixed", 100_000],
    ]) {
      const samples = [];
      for (let i = 0; i < opts.runs; i++) {
        await page.evaluate((code) => window.__blank(code), SCRIPTS.blank);
        const s = await page.evaluate(([code, n]) => window.__measure(code, n), [SCRIPTS[name], rows]);
        progress(`${name} #${i + 1}${i === 0 ? " (grid chunk cold)" : ""}: ${fmt(s.total)}`);
        samples.push(s);
      }
      results[name] = samples;
    }
    console.log("\nTime to first paint of st.dataframe (request -> grid rows painted), median of", opts.runs, "runs");
    for (const [name, label] of [
      ["numeric", "1,000,000-row numeric table (3 columns)"],
      ["mixed", "100,000-row mixed table (6 columns)"],
    ]) {
      const s = results[name];
      console.log(`  ${label}`);
      console.log(`    total          ${fmt(median(s.map((x) => x.total)))}   (first, grid chunk cold: ${fmt(s[0].total)})`);
      console.log(`    python+worker  ${fmt(median(s.map((x) => x.python)))}   (run start -> dataframe delta on the page)`);
      console.log(`    page           ${fmt(median(s.map((x) => x.page)))}   (delta -> rows painted: decode + grid)`);
      console.log(`    arrow bytes    ${(s[0].bytes / 1e6).toFixed(1)} MB transferred; rows in the DOM: ${s[0].rowsInDom}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`bench:tables failed: ${err.stack ?? err}`);
  process.exit(1);
});
