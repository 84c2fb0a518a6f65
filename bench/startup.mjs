// Startup benchmark (issue 7): `npm run bench:startup` (node bench/startup.mjs [--runs N]).
//
// In one headless Chromium with an on-disk profile, per run (caches emptied before each of
// bare, cold and normal):
//   bare      Pyodide alone in a module worker (bench/pages/bare.html)
//   cold      Brooklet: the snapshot comes from the local server (brotli)
//   warm      Brooklet again in a new tab: a second visit (Cache Storage, HTTP and code caches)
//   normal    Brooklet with snapshot-url=none: what the snapshot saves
// Times are ms from navigation start to the first rendered element (for bare: to Pyodide
// ready), on the page's own clock. Bytes are what the network delivered (encoded sizes, page
// and worker requests), per file, for the first cold visit and the first warm one.
// Targets from the issue: cold <= 0.5x and warm <= 0.25x the bare boot. Results also go to
// bench/results/startup.json. Serves the repo root with /dist/ mapped to $BROOKLET_DIST (or dist/).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { findChromium } from "../scripts/ensure.mjs";
import { startServer } from "../scripts/serve.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const DIST = process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : path.join(ROOT, "dist");
const RESULTS = path.join(BENCH, "results", "startup.json");
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const PAGE_TIMEOUT = 120_000;

const progress = (msg) => process.stderr.write(`[bench:startup] ${msg}\n`);
const round = (x) => Math.round(x);
const median = (v) => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`);

function parseArgs(argv) {
  const opts = { runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs" || a.startsWith("--runs=")) {
      opts.runs = Number(a.includes("=") ? a.split("=")[1] : argv[++i]);
      if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error("--runs needs a positive integer");
    } else if (a === "--help" || a === "-h") {
      console.log("usage: node bench/startup.mjs [--runs N (3)]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  return opts;
}

/** Records what the network delivered to a context, page and workers alike. */
function recordBytes(context) {
  const files = new Map();
  const pending = [];
  context.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then(async (sizes) => {
        const response = await request.response();
        const url = new URL(request.url());
        const name = url.pathname.replace(/^\/dist\//, "");
        const entry = files.get(name) ?? { name, requests: 0, bytes: 0, encoding: null, status: null };
        // The worker's own script reports no body size through CDP: Content-Length is the encoded size too.
        const length = Number((await response?.headerValue("content-length")) ?? NaN);
        const body = sizes.responseBodySize || (response?.status() === 200 && Number.isFinite(length) ? length : 0);
        entry.requests++;
        entry.bytes += body + sizes.responseHeadersSize;
        entry.status = response?.status() ?? null;
        entry.encoding = (await response?.headerValue("content-encoding")) ?? null;
        files.set(name, entry);
      }, () => undefined),
    );
  });
  return {
    async take() {
      await Promise.all(pending.splice(0));
      const list = [...files.values()].sort((a, b) => b.bytes - a.bytes);
      files.clear();
      return list;
    },
  };
}

async function visit(page, url, read) {
  const errors = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  try {
    return await page.evaluate(read, null);
  } catch (err) {
    throw new Error(`${url}: ${err.message}${errors.length ? `\n${errors.join("\n")}` : ""}`);
  }
}

async function barePyodide(page, base) {
  const result = await visit(page, `${base}bench/pages/bare.html`, async () => {
    await window.__bench.done;
    if (window.__bench.error) throw new Error(window.__bench.error);
    return window.__bench.result;
  });
  // To "Pyodide ready" from navigation start, like Brooklet's time to first render.
  return result.t1;
}

/** Waits until the worker has stored Pyodide's files (Cache Storage) and the snapshot (OPFS); false after 60 s. */
async function cachesStored(page, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const pyodide = names.find((n) => n.startsWith("brooklet-pyodide-"));
      const core = pyodide ? await (await caches.open(pyodide)).keys() : [];
      let snapshot = false;
      try {
        const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("brooklet-snapshots");
        for await (const name of dir.keys()) if (name.endsWith(".json")) snapshot = true;
      } catch {
        snapshot = names.includes("brooklet-snapshot-v1") && (await (await caches.open("brooklet-snapshot-v1")).keys()).length > 0;
      }
      return core.length >= 3 && snapshot;
    });
    if (stored) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function brooklet(page, url) {
  const result = await visit(page, url, async () => {
    await window.__startup.done;
    if (window.__startup.error) throw new Error(window.__startup.error);
    const s = window.__startup;
    return { firstRender: s.firstRender, booted: s.booted, runEnd: s.runEnd, bootInfo: s.bootInfo };
  });
  if (result.firstRender === null) throw new Error(`${url}: the app ended its run without rendering`);
  return result;
}

async function main() {
  const { runs } = parseArgs(process.argv.slice(2));
  for (const f of ["brooklet.js", "worker.js", "pyodide/pyodide.mjs"]) {
    if (!existsSync(path.join(DIST, f))) throw new Error(`${DIST}/${f} missing: build first (npx rollup -c)`);
  }
  const snapshotBuilt = existsSync(path.join(DIST, "pyodide", "snapshot.json"));
  if (!snapshotBuilt) progress(`warning: ${DIST}/pyodide/snapshot.json missing: Brooklet will boot without the snapshot`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error("no Chromium found (set CHROME_PATH)");

  // One browser with an on-disk profile, like a visitor's. Every cold measurement gets a server
  // of its own on a new port: a new origin, so nothing is in its HTTP cache, code cache or Cache
  // Storage (clearing them through CDP proved unreliable: the clearing can land after the next
  // visit has stored its files).
  const profile = await mkdtemp(path.join(os.tmpdir(), "brooklet-bench-startup-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS });
  const bytes = recordBytes(context);
  let server;
  const newOrigin = async () => {
    await server?.close();
    server = await startServer({ root: ROOT, mounts: { "/dist/": DIST }, port: 0, quiet: true });
  };
  const openPage = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    // Brooklet's notes (why the snapshot or a cache was not used) say why a figure is off.
    page.on("console", (msg) => {
      if (/Brooklet/.test(msg.text())) progress(`console ${msg.type()}: ${msg.text().slice(0, 300)}`);
    });
    return page;
  };
  const samples = { bare: [], cold: [], warm: [], normal: [] };
  const paths = { cold: new Set(), warm: new Set(), normal: new Set() };
  /** bootInfo.ms: the worker's own part (boot() call to a ready session). */
  const workerBoot = { cold: [], warm: [], normal: [] };
  /** bootInfo.steps: when each boot step ended, ms after boot() was called. */
  const workerSteps = { cold: [], warm: [], normal: [] };
  const record = (key, result) => {
    samples[key].push(result.firstRender);
    paths[key].add(result.bootInfo?.path);
    workerBoot[key].push(result.bootInfo?.ms);
    // On the page's clock: when the worker started Python and when the app called boot() (booted minus the worker's part).
    workerSteps[key].push({
      ...(result.bootInfo?.steps ?? {}),
      "page: Python started": result.booted - result.bootInfo?.ms,
      "page: boot() called": result.booted - result.bootInfo?.ms + (result.bootInfo?.steps?.bootCalled ?? 0),
      "page: booted": result.booted,
      "page: first render": result.firstRender,
    });
  };
  let coldBytes;
  let warmBytes;
  try {
    for (let run = 1; run <= runs; run++) {
      progress(`run ${run}/${runs}: bare Pyodide`);
      await newOrigin();
      let page = await openPage();
      samples.bare.push(await barePyodide(page, server.url));
      await page.close();

      progress(`run ${run}/${runs}: Brooklet cold, then warm`);
      await newOrigin();
      await bytes.take();
      page = await openPage();
      record("cold", await brooklet(page, `${server.url}bench/pages/startup.html`));
      const coldList = await bytes.take();
      coldBytes ??= coldList;
      // A visitor's tab stays open long enough to store what it downloaded: wait for that.
      if (!(await cachesStored(page))) progress("warning: the first visit did not finish caching within 60 s");
      await page.close();
      await bytes.take();
      page = await openPage();
      record("warm", await brooklet(page, `${server.url}bench/pages/startup.html`));
      const warmList = await bytes.take();
      warmBytes ??= warmList;
      await page.close();

      progress(`run ${run}/${runs}: Brooklet without the snapshot`);
      await newOrigin();
      page = await openPage();
      record("normal", await brooklet(page, `${server.url}bench/pages/startup.html?snapshot=none`));
      await page.close();
    }
  } finally {
    await context.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  }

  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const ratio = (x) => (x / m.bare).toFixed(2);
  const line = (label, key, extra = "") =>
    `  ${label.padEnd(52)} ${String(round(m[key])).padStart(6)} ms   [${samples[key].map(round).join(", ")}]${extra}` +
    (workerBoot[key] ? `; worker boot ${round(median(workerBoot[key]))} ms` : "");
  const out = [];
  out.push(`Brooklet startup, median of ${runs} run(s) (ms from navigation start; dist: ${path.relative(ROOT, DIST) || "."})`);
  out.push(line("bare Pyodide boot (to Pyodide ready)", "bare"));
  out.push(line(`Brooklet cold, to first render (${[...paths.cold].join("/")})`, "cold", `   ${ratio(m.cold)}x bare (target <= 0.50x)`));
  out.push(line(`Brooklet warm, to first render (${[...paths.warm].join("/")})`, "warm", `   ${ratio(m.warm)}x bare (target <= 0.25x)`));
  out.push(line(`Brooklet without snapshot (${[...paths.normal].join("/")})`, "normal", `   ${ratio(m.normal)}x bare`));
  out.push("");
  out.push("boot steps (median; worker steps in ms after it started Python, page steps in ms from navigation start):");
  for (const [key, list] of Object.entries(workerSteps)) {
    const names = [...new Set(list.flatMap((steps) => Object.keys(steps)))];
    const parts = names.map((n) => `${n} ${round(median(list.map((steps) => steps[n])))}`);
    out.push(`  ${key.padEnd(7)} ${parts.join(", ")}`);
  }
  const table = (title, list) => {
    const total = list.reduce((s, f) => s + f.bytes, 0);
    out.push("");
    out.push(`${title}: ${kb(total)} in ${list.reduce((s, f) => s + f.requests, 0)} requests`);
    for (const f of list) {
      const note = [f.status !== 200 ? `HTTP ${f.status}` : "", f.encoding ?? "", f.requests > 1 ? `${f.requests} requests` : ""].filter(Boolean).join(", ");
      out.push(`  ${kb(f.bytes).padStart(10)}  ${f.name}${note ? `  (${note})` : ""}`);
    }
  };
  table("bytes fetched, cold start", coldBytes ?? []);
  table("bytes fetched, warm start", warmBytes ?? []);
  console.log(out.join("\n"));

  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs,
        medians: m,
        ratios: { cold: m.cold / m.bare, warm: m.warm / m.bare, normal: m.normal / m.bare },
        samples,
        workerBoot,
        workerSteps,
        paths: Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, [...v]])),
        bytes: { cold: coldBytes, warm: warmBytes },
      },
      null,
      2,
    ) + "\n",
  );
}

main().catch((err) => {
  console.error(`[bench:startup] ${err?.stack ?? err}`);
  process.exit(1);
});
