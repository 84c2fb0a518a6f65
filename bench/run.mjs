// Brooklet benchmark: node bench/run.mjs [--runs N] [--clicks N] [--no-warm] (`npm run bench` runs bench/startup.mjs first).
//
// Serves the repo root (so /dist and /bench are both reachable), drives headless Chromium and
// prints figures; there are no pass/fail thresholds. Every time is measured inside the page
// with performance.now(), so Node <-> browser round trips never count.
//
//   1. bare Pyodide boot in a module worker (bench/pages/bare.html + bench/bare-worker.mjs)
//   2. time to first rendered element and to the first st-run-end of a small app
//   3. click -> updated DOM latency of a session-state counter
//   4. a flood of 2,000 st.write elements, and live st.empty updates across time.sleep
//
// Cold samples each use a new browser context (empty HTTP and compiled-wasm caches); warm
// samples load again in the last cold sample's context. Results: stdout and
// bench/results/latest.json (also written, with "ok": false and the error, when a step fails).
// BENCH_TIMEOUT_SCALE=N multiplies every time limit.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const DIST = path.join(ROOT, "dist");
const RESULTS = path.join(BENCH, "results", "latest.json");

// -- options ------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { runs: 3, clicks: 50, warm: true, floodN: 2000, sleepSteps: 10 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = Number(a.includes("=") ? a.split("=")[1] : argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${name} needs a positive integer`);
      return v;
    };
    if (a === "--runs" || a.startsWith("--runs=")) opts.runs = num("--runs");
    else if (a === "--clicks" || a.startsWith("--clicks=")) opts.clicks = num("--clicks");
    else if (a === "--no-warm") opts.warm = false;
    else if (a === "--help" || a === "-h") {
      console.log("usage: node bench/run.mjs [--runs N (3)] [--clicks N (50)] [--no-warm]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  return opts;
}

const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Per-step limits, ms; BENCH_TIMEOUT_SCALE=2 doubles them (slow machines). */
const SCALE = Number(process.env.BENCH_TIMEOUT_SCALE) > 0 ? Number(process.env.BENCH_TIMEOUT_SCALE) : 1;
const LIMITS = {
  build: 180_000,
  boot: 60_000, // one page: Pyodide boot + first run
  click: 10_000, // one click until the counter changes and the run ends
  flood: 90_000,
  sleep: 30_000,
  total: 300_000,
};
for (const key of Object.keys(LIMITS)) LIMITS[key] *= SCALE;

let lastStep = "starting";
const progress = (msg) => {
  lastStep = msg;
  process.stderr.write(`[bench] ${msg}\n`);
};

// -- small helpers ------------------------------------------------------------------------

class BenchError extends Error {}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new BenchError(`timed out after ${(ms / 1000).toFixed(0)} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const q = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))]; // nearest rank
  const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return {
    n: v.length,
    median: round(median),
    p95: round(q(0.95)),
    min: round(v[0]),
    max: round(v[v.length - 1]),
    mean: round(v.reduce((a, b) => a + b, 0) / v.length),
    samples: v.map(round),
  };
}

const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
const ms = (x) => (Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : x.toFixed(1)} ms` : "n/a");

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".") || e.name === "node_modules" || e.name === "__pycache__") continue;
    const full = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

// -- build --------------------------------------------------------------------------------

async function ensureBuild() {
  const bundle = path.join(DIST, "brooklet.js");
  if (existsSync(bundle)) {
    const built = statSync(bundle).mtimeMs;
    const sources = Math.max(...["components", "worker", "packages"].map((d) => newestMtime(path.join(ROOT, d))));
    if (sources > built) progress("warning: sources are newer than dist/brooklet.js; run `npx rollup -c` to bench the current code");
    return;
  }
  progress("dist/brooklet.js missing: npx rollup -c");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(npx, ["rollup", "-c"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  const code = await withTimeout(
    new Promise((resolve, reject) => {
      child.on("error", (err) => reject(new BenchError(`npx rollup -c could not start: ${err.message}`)));
      child.on("close", (c, signal) => resolve(c ?? signal));
    }),
    LIMITS.build,
    "npx rollup -c",
  ).catch((err) => {
    child.kill();
    throw err;
  });
  if (code !== 0) throw new BenchError(`npx rollup -c failed (${code})`);
  for (const f of ["brooklet.js", "worker.js", "pyodide/pyodide.mjs"]) {
    if (!existsSync(path.join(DIST, f))) throw new BenchError(`build finished but dist/${f} is missing`);
  }
}

// -- pages --------------------------------------------------------------------------------

/** A page that keeps its console errors and crashes, to explain a timeout. */
async function openPage(context, url) {
  const page = await context.newPage();
  const log = [];
  const marks = {};
  page.on("console", (m) => {
    const text = m.text();
    // Apps print "BENCH name=value" lines (Pyodide's stdout goes to the worker's console).
    for (const [, name, value] of text.matchAll(/BENCH (\w+)=([\d.]+)/g)) marks[name] = Number(value);
    if (m.type() === "error" || m.type() === "warning") log.push(`console.${m.type()}: ${text}`);
  });
  page.benchMarks = marks;
  page.on("pageerror", (err) => log.push(`page error: ${err.message}`));
  page.on("crash", () => log.push("page crashed"));
  page.on("requestfailed", (r) => log.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) log.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.benchLog = log;
  await withTimeout(page.goto(url, { waitUntil: "load" }), LIMITS.boot, `loading ${url}`);
  return page;
}

/** Adds what the page said (errors, <st-app> status) to a failure. */
async function explain(page, err) {
  let state = "";
  try {
    state = await withTimeout(
      page.evaluate(() => {
        const app = document.querySelector("st-app");
        const fatal = document.querySelector("[data-testid=stBrookletError]")?.textContent?.trim();
        const boot = document.querySelector("[data-testid=stBrookletBoot]")?.textContent?.trim();
        if (!app) return "";
        return `st-app status=${app.status}${boot ? `, boot message "${boot}"` : ""}${fatal ? `, error box: ${fatal}` : ""}`;
      }),
      3000,
      "reading page state",
    );
  } catch {}
  const lines = [...(page.benchLog ?? [])].slice(-10);
  const detail = [state, ...lines].filter(Boolean).map((l) => `    ${l}`).join("\n");
  const wrapped = new BenchError(`${err.message}${detail ? `\n${detail}` : ""}`);
  wrapped.stack = err.stack;
  return wrapped;
}

/** Runs `fn(page)` on a page at `url`, explaining failures; the page stays open if `keep`. */
async function onPage(context, url, fn, { keep = false } = {}) {
  const page = await openPage(context, url);
  try {
    return await fn(page);
  } catch (err) {
    throw await explain(page, err);
  } finally {
    if (!keep) await page.close().catch(() => {});
  }
}

// -- 1. bare Pyodide boot -------------------------------------------------------------------

async function bareSample(page) {
  await withTimeout(page.evaluate(() => window.__bench.done), LIMITS.boot, "bare Pyodide boot in a worker");
  const { result, error } = await page.evaluate(() => window.__bench);
  if (error) throw new BenchError(`bare worker failed: ${error}`);
  if (!result.ok) throw new BenchError("bare worker: runPython('1 + 1') did not return 2");
  return {
    elapsed: result.elapsed, // worker creation -> ready message, page clock
    fromNavigation: result.t1, // navigation start -> ready message
    workerStartup: result.workerStartupMs,
    importPyodide: result.importMs,
    loadPyodide: result.loadPyodideMs,
  };
}

// -- 2. first render of the counter app ------------------------------------------------------

async function waitFirstRun(page, what) {
  await withTimeout(page.evaluate(() => window.__bench.firstRunEnd), LIMITS.boot, `${what}: first st-run-end`);
  const b = await page.evaluate(() => {
    const b = window.__bench;
    const res = (name) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(name));
    const bundle = res("/dist/brooklet.js");
    const worker = res("/dist/worker.js");
    const script = res(`/bench/apps/${new URLSearchParams(location.search).get("app")}.py`);
    return {
      fatal: b.fatal,
      firstElement: b.firstElement,
      bootStages: b.bootStages,
      bootDone: b.bootDone,
      runStarts: b.runStarts,
      runEnds: b.runEnds,
      brookletLoaded: bundle?.responseEnd,
      workerRequested: worker?.startTime,
      appRequested: script?.startTime,
      appFetched: script?.responseEnd,
      domContentLoaded: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd,
    };
  });
  if (b.fatal && !b.runEnds.length) throw new BenchError(`${what}: <st-app> failed before its first run: ${b.fatal}`);
  const end = b.runEnds[0];
  if (end.outcome !== "success") throw new BenchError(`${what}: first run ended with outcome "${end.outcome}"${end.error ? `: ${end.error}` : ""}`);
  return b;
}

async function firstRenderSample(page) {
  const b = await waitFirstRun(page, "counter app");
  if (b.firstElement == null) throw new BenchError("counter app: run ended but no stElementContainer was seen");
  const stage = (prefix) => b.bootStages.find((s) => s.stage.toLowerCase().startsWith(prefix))?.t;
  return {
    firstElement: b.firstElement,
    stageDownloading: stage("downloading"),
    stageStartingPython: stage("starting"),
    stageInstalling: stage("installing"),
    bootDone: b.bootDone,
    firstRunStart: b.runStarts[0]?.t,
    firstRunEnd: b.runEnds[0].t,
    brookletLoaded: b.brookletLoaded,
    appRequested: b.appRequested,
    appFetched: b.appFetched,
    workerRequested: b.workerRequested,
  };
}

// -- 3. click latency ------------------------------------------------------------------------

async function clickLatencies(page, clicks) {
  const out = await withTimeout(
    page.evaluate(
      async ({ clicks, timeoutMs, settleMs }) => {
        const app = document.querySelector("st-app");
        const readCount = () => {
          for (const el of document.getElementsByClassName("stElementContainer")) {
            const m = /count:\s*(\d+)/.exec(el.textContent);
            if (m) return Number(m[1]);
          }
          return null;
        };
        const sleep = (t) => new Promise((r) => setTimeout(r, t));
        const waitIdle = async (i) => {
          const t = performance.now();
          while (app.status !== "idle") {
            if (performance.now() - t > timeoutMs) throw new Error(`before click ${i + 1}: app still "${app.status}" after ${timeoutMs} ms`);
            await sleep(5);
          }
        };
        const initial = readCount();
        if (initial === null) throw new Error('no "count: N" element on the page');
        const samples = [];
        for (let i = 0; i < clicks; i++) {
          await waitIdle(i);
          await sleep(settleMs);
          const before = readCount();
          const button = document.querySelector("[data-testid=stButton] button");
          if (!button) throw new Error(`click ${i + 1}: no [data-testid=stButton] button`);
          let tDom = null;
          let tFrame = null;
          let tEnd = null;
          let mo;
          const done = new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              mo.disconnect();
              reject(new Error(`click ${i + 1}: counter still ${readCount()} (was ${before}) after ${timeoutMs} ms; run ended: ${tEnd !== null}, status ${app.status}`));
            }, timeoutMs);
            const check = () => {
              if (tFrame !== null && tEnd !== null) {
                clearTimeout(timer);
                resolve();
              }
            };
            mo = new MutationObserver(() => {
              if (tDom === null && readCount() !== before) {
                tDom = performance.now();
                mo.disconnect();
                requestAnimationFrame(() => {
                  tFrame = performance.now();
                  check();
                });
              }
            });
            mo.observe(app, { childList: true, subtree: true, characterData: true });
            app.addEventListener(
              "st-run-end",
              () => {
                tEnd = performance.now();
                check();
              },
              { once: true },
            );
          });
          const t0 = performance.now();
          button.click();
          await done;
          samples.push({ dom: tDom - t0, frame: tFrame - t0, runEnd: tEnd - t0, value: readCount() });
        }
        return { initial, samples, final: readCount() };
      },
      { clicks, timeoutMs: LIMITS.click, settleMs: 20 },
    ),
    LIMITS.click * (clicks + 1),
    `${clicks} clicks`,
  );
  const expected = out.initial + clicks;
  const correct = out.final === expected;
  return {
    clicks,
    initialCount: out.initial,
    finalCount: out.final,
    countCorrect: correct,
    dom: stats(out.samples.map((s) => s.dom)),
    nextFrame: stats(out.samples.map((s) => s.frame)),
    runEnd: stats(out.samples.map((s) => s.runEnd)),
    domBeforeRunEnd: out.samples.filter((s) => s.dom <= s.runEnd).length,
  };
}

// -- 4. flood and sleep loop --------------------------------------------------------------------

async function floodSample(page, n) {
  await waitFirstRun(page, "flood app");
  const b = await withTimeout(
    page.evaluate(async () => {
      const b = window.__bench;
      // The last batch may be drawn after st-run-end fires.
      const t = performance.now();
      while (b.flood.allRendered === null && performance.now() - t < 10_000) await new Promise((r) => setTimeout(r, 20));
      return {
        flood: b.flood,
        runStart: b.runStarts[0]?.t,
        runEnd: b.runEnds[0]?.t,
        firstElement: b.firstElement,
        domCallbacks: b.domCallbacks,
        batches: b.batches,
        longTasks: b.longTasks,
        count: document.getElementsByClassName("stElementContainer").length,
      };
    }),
    LIMITS.flood,
    "flood app: waiting for all elements",
  );
  if (b.flood.allRendered === null) throw new BenchError(`flood app: only ${b.count} of ${n} elements in the DOM 10 s after the run ended`);
  if (b.count !== n) throw new BenchError(`flood app: the last element showed ${n - 1} but the page has ${b.count} elements, not ${n}`);
  const during = b.longTasks.filter((t) => t.start + t.duration >= b.runStart && t.start <= b.flood.allRendered);
  return {
    elements: n,
    runStartToAllRendered: b.flood.allRendered - b.runStart,
    runStartToRunEnd: b.runEnd - b.runStart,
    runStartToFirstElement: b.firstElement - b.runStart,
    pythonLoopMs: page.benchMarks.python_loop_ms ?? null,
    batches: b.batches.hooked ? { count: b.batches.count, messages: b.batches.messages } : null,
    domUpdates: b.domCallbacks,
    longTasks: { count: during.length, totalMs: round(during.reduce((a, t) => a + t.duration, 0)), maxMs: round(Math.max(0, ...during.map((t) => t.duration))) },
  };
}

async function sleepSample(page, steps) {
  await waitFirstRun(page, "sleep app");
  const b = await page.evaluate(() => ({ seen: window.__bench.sleep.seen, runStart: window.__bench.runStarts[0]?.t, runEnd: window.__bench.runEnds[0]?.t }));
  const before = b.seen.filter((s) => s.t <= b.runEnd);
  const times = before.map((s) => s.t - b.runStart);
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  return {
    steps,
    distinctBeforeRunEnd: before.length,
    distinctTotal: b.seen.length,
    valuesInOrder: b.seen.map((s) => s.value),
    seenAtMs: times.map((t) => round(t)),
    gaps: stats(gaps),
    runDuration: b.runEnd - b.runStart,
  };
}

// -- report -----------------------------------------------------------------------------------

function table(rows) {
  const widths = [0, 1, 2].map((c) => Math.max(...rows.filter(Array.isArray).map((r) => String(r[c] ?? "").length)));
  return rows
    .map((r) => (Array.isArray(r) ? r.map((cell, c) => String(cell ?? "").padEnd(widths[c])).join("  ").trimEnd() : `\n${r}`))
    .join("\n");
}

function report(res) {
  const s = (st) => (st ? `${ms(st.median)}` : "n/a");
  const range = (st) => (st ? `min ${ms(st.min)} · max ${ms(st.max)} · n=${st.n}` : "");
  const rows = [];
  rows.push("1. Bare Pyodide boot, module worker (worker creation -> loadPyodide done)");
  for (const kind of ["cold", "warm"]) {
    const b = res.bare[kind];
    if (!b) continue;
    rows.push([`  ${kind}: median`, s(b.elapsed), range(b.elapsed)]);
    rows.push([`    of which import pyodide.mjs`, s(b.importPyodide), ""]);
    rows.push([`    of which loadPyodide()`, s(b.loadPyodide), ""]);
    rows.push([`    from navigation start`, s(b.fromNavigation), ""]);
  }
  rows.push("2. Counter app: navigation start -> first stElementContainer / first st-run-end");
  for (const kind of ["cold", "warm"]) {
    const f = res.firstRender[kind];
    if (!f) continue;
    rows.push([`  ${kind}: first element`, s(f.firstElement), range(f.firstElement)]);
    rows.push([`  ${kind}: first st-run-end`, s(f.firstRunEnd), range(f.firstRunEnd)]);
    rows.push([`    brooklet.js received`, s(f.brookletLoaded), ""]);
    rows.push([`    app .py requested / received`, `${ms(f.appRequested?.median)} / ${ms(f.appFetched?.median)}`, ""]);
    rows.push([`    worker.js requested`, s(f.workerRequested), ""]);
    rows.push([`    "Downloading the Python runtime" shown`, s(f.stageDownloading), ""]);
    rows.push([`    "Starting Python" (loadPyodide called)`, s(f.stageStartingPython), ""]);
    rows.push([`    "Installing streamlit" (Pyodide ready)`, s(f.stageInstalling), ""]);
    rows.push([`    boot status gone (session ready)`, s(f.bootDone), ""]);
    rows.push([`    st-run-start`, s(f.firstRunStart), ""]);
    const bare = res.bare[kind];
    if (bare) {
      rows.push([`  ${kind}: ratio first element / bare boot`, `${(f.firstElement.median / bare.elapsed.median).toFixed(2)}x`, `(bare boot from navigation: ${(f.firstElement.median / bare.fromNavigation.median).toFixed(2)}x)`]);
    }
  }
  const c = res.clicks;
  rows.push(`3. Click -> updated counter in the DOM (${c.clicks} clicks, counter ${c.initialCount} -> ${c.finalCount}${c.countCorrect ? "" : ", WRONG: expected " + (c.initialCount + c.clicks)})`);
  for (const [label, st] of [["click -> DOM changed", c.dom], ["click -> next frame", c.nextFrame], ["click -> st-run-end", c.runEnd]]) {
    rows.push([`  ${label}`, `median ${ms(st.median)}`, `p95 ${ms(st.p95)} · min ${ms(st.min)} · max ${ms(st.max)}`]);
  }
  rows.push([`  DOM updated before st-run-end`, `${c.domBeforeRunEnd} of ${c.clicks}`, ""]);
  const f = res.flood;
  rows.push(`4a. Flood: ${f.elements} x st.write(i) in one run (times from st-run-start)`);
  rows.push([`  all elements rendered`, ms(f.runStartToAllRendered), ""]);
  rows.push([`  st-run-end`, ms(f.runStartToRunEnd), ""]);
  rows.push([`  first element`, ms(f.runStartToFirstElement), ""]);
  rows.push([`  Python loop alone (worker clock)`, ms(f.pythonLoopMs), ""]);
  if (f.batches) rows.push([`  batches posted to the page`, `${f.batches.count}`, `for ${f.batches.messages} messages`]);
  rows.push([`  DOM update callbacks / long tasks`, `${f.domUpdates} / ${f.longTasks.count}`, `long tasks total ${ms(f.longTasks.totalMs)}, longest ${ms(f.longTasks.maxMs)}`]);
  const z = res.sleep;
  rows.push(`4b. Sleep loop: st.empty() rewritten ${z.steps} times, time.sleep(0.1) between`);
  rows.push([`  distinct values seen before run end`, `${z.distinctBeforeRunEnd} of ${z.steps}`, `(${z.distinctTotal} in total)`]);
  rows.push([`  seen at (ms after run start)`, z.seenAtMs.map((t) => Math.round(t)).join(", "), ""]);
  rows.push([`  gap between values`, z.gaps ? `median ${ms(z.gaps.median)}` : "n/a", z.gaps ? `min ${ms(z.gaps.min)} · max ${ms(z.gaps.max)}` : ""]);
  rows.push([`  run duration`, ms(z.runDuration), ""]);
  return table(rows);
}

// -- main -------------------------------------------------------------------------------------------

/** Adds duration and warnings, writes bench/results/latest.json. */
async function saveResults(results, started) {
  results.durationS = round((Date.now() - started) / 1000);
  results.machine.loadAvgAfter = os.loadavg().map((x) => round(x, 2));
  results.warnings = [];
  if (Math.max(results.machine.loadAvgBefore[0], results.machine.loadAvgAfter[0]) > os.cpus().length + 1) {
    results.warnings.push(`the machine was busy (1-min load average ${results.machine.loadAvgBefore[0]} before, ${results.machine.loadAvgAfter[0]} after, ${os.cpus().length} CPUs): figures are inflated`);
  }
  if (results.distRebuilt) results.warnings.push("dist/ was rebuilt while the bench ran: some samples may have measured a different build");
  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, JSON.stringify(results, null, 2) + "\n");
}

function summarize(samples, keys) {
  return Object.fromEntries(keys.map((k) => [k, stats(samples.map((s) => s[k]))]));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  await ensureBuild();
  if (!existsSync(CHROMIUM)) throw new BenchError(`no Chromium at ${CHROMIUM} (set CHROME_PATH)`);

  let server;
  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    browser = undefined;
    await server?.close().catch(() => {});
    server = undefined;
  };
  const onSignal = (sig) => {
    progress(`${sig}: closing browser and server`);
    cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}` },
    options: opts,
  };
  const distStamp = () => ["brooklet.js", "worker.js"].map((f) => statSync(path.join(DIST, f)).mtimeMs).join();
  const distBefore = distStamp();
  results.machine.loadAvgBefore = os.loadavg().map((x) => round(x, 2));
  if (results.machine.loadAvgBefore[0] > os.cpus().length) {
    progress(`warning: load average ${results.machine.loadAvgBefore[0]} on ${os.cpus().length} CPUs; other work will slow the figures down`);
  }
  try {
    server = await startServer({ root: ROOT, port: 0, quiet: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
    results.machine.chromium = browser.version();
    const base = server.url.replace(/\/$/, "");
    progress(`serving ${ROOT} at ${server.url}; Chromium ${browser.version()}`);

    const body = async () => {
      // Cold samples: a new context (empty HTTP and compiled-code caches) each. Warm samples:
      // further loads in the last cold sample's context, which primed its caches.
      // With keepLast, the last sample's page stays open and is returned as `page`.
      const series = async (label, url, fn, { keepLast = false } = {}) => {
        const cold = [];
        const warm = [];
        const total = opts.runs * (opts.warm ? 2 : 1);
        let context;
        let page;
        const one = (into, kind, i) => {
          progress(`${label}: ${kind} sample ${i + 1}/${opts.runs}`);
          const keep = keepLast && cold.length + warm.length === total - 1;
          return onPage(context, url, (p) => ((page = p), fn(p)), { keep }).then((r) => into.push(r));
        };
        for (let i = 0; i < opts.runs; i++) {
          await context?.close();
          context = await browser.newContext();
          await one(cold, "cold", i);
        }
        for (let i = 0; opts.warm && i < opts.runs; i++) await one(warm, "warm", i);
        return { cold, warm, context, page: keepLast ? page : undefined };
      };
      const both = (r, keys) => ({ cold: summarize(r.cold, keys), ...(r.warm.length ? { warm: summarize(r.warm, keys) } : {}) });

      const bareKeys = ["elapsed", "fromNavigation", "workerStartup", "importPyodide", "loadPyodide"];
      const frKeys = ["firstElement", "firstRunStart", "firstRunEnd", "brookletLoaded", "appRequested", "appFetched", "workerRequested", "stageDownloading", "stageStartingPython", "stageInstalling", "bootDone"];

      const bare = await series("bare boot", `${base}/bench/pages/bare.html`, bareSample);
      await bare.context.close();
      results.bare = both(bare, bareKeys);

      const counterUrl = `${base}/bench/pages/app.html?app=counter&mode=counter`;
      const first = await series("first render", counterUrl, firstRenderSample, { keepLast: true });
      results.firstRender = both(first, frKeys);
      const context = first.context; // warm from here on: the remaining timings start at run start

      try {
        progress(`clicks: ${opts.clicks} on the last counter page`);
        try {
          results.clicks = await clickLatencies(first.page, opts.clicks).catch(async (err) => {
            throw await explain(first.page, err);
          });
        } finally {
          await first.page.close().catch(() => {});
        }
        progress(`flood: ${opts.floodN} elements`);
        results.flood = await onPage(context, `${base}/bench/pages/app.html?app=flood&mode=flood&n=${opts.floodN}`, (p) => floodSample(p, opts.floodN));
        progress(`sleep loop: ${opts.sleepSteps} updates`);
        results.sleep = await onPage(context, `${base}/bench/pages/app.html?app=sleep&mode=sleep`, (p) => sleepSample(p, opts.sleepSteps));
      } finally {
        await context.close();
      }
    };
    await withTimeout(body(), LIMITS.total, "the whole bench").catch((err) => {
      if (err instanceof BenchError && err.message.includes("the whole bench")) err.message += ` (was at: ${lastStep})`;
      throw err;
    });
    results.ok = true;
  } catch (err) {
    results.ok = false;
    results.error = err instanceof BenchError ? err.message : String(err?.stack ?? err);
    results.failedAt = lastStep;
    throw err;
  } finally {
    await cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!results.ok) await saveResults(results, started).catch(() => {});
  }

  results.distRebuilt = (() => {
    try {
      return distStamp() !== distBefore;
    } catch {
      return true;
    }
  })();
  await saveResults(results, started);
  console.log(`Brooklet bench · ${results.machine.cpus} CPUs · Chromium ${results.machine.chromium} · ${opts.runs} runs per boot figure`);
  console.log(report(results));
  for (const w of results.warnings) console.log(`\nWARNING: ${w}`);
  console.log(`\nTook ${results.durationS} s. JSON: ${path.relative(process.cwd(), RESULTS)}`);
}

main().catch((err) => {
  console.error(`\n[bench] FAILED: ${err instanceof BenchError ? err.message : (err?.stack ?? err)}`);
  process.exitCode = 1;
});
