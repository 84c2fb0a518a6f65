// Upload benchmark: `npm run bench:uploads` (node bench/uploads.mjs [--clicks N]).
//
// st.file_uploader's files are the widget's value, so their bytes go to the worker with every
// rerun. For files of 0, 1, 10 and 50 MB this prints the time from the user's choice to the
// run that shows it, and the median click -> updated DOM latency of another widget's rerun
// while the file is held (bench/apps/upload.py). Times are performance.now() in the page.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { findChromium } from "../scripts/ensure.mjs";
import { startServer } from "../scripts/serve.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : path.join(ROOT, "dist");
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const SIZES_MB = [0, 1, 10, 50];
const clicksArg = process.argv.indexOf("--clicks");
const CLICKS = clicksArg > 0 ? Number(process.argv[clicksArg + 1]) : 20;

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Resolves with performance.now() when the page shows `text`. */
const shown = (page, text) =>
  page.evaluate(
    (text) =>
      new Promise((resolve) => {
        const check = () => [...document.getElementsByClassName("stElementContainer")].some((el) => el.textContent.includes(text));
        if (check()) return resolve(performance.now());
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect();
            resolve(performance.now());
          }
        });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    text,
  );

const server = await startServer({ root: ROOT, mounts: { "/dist/": DIST }, port: 0, quiet: true });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ARGS });
const folder = await mkdtemp(path.join(os.tmpdir(), "brooklet-bench-uploads-"));
const rows = [];
try {
  for (const mb of SIZES_MB) {
    const page = await browser.newPage();
    page.on("crash", () => console.error(`[bench:uploads] the page crashed (${mb} MB)`));
    page.on("console", (m) => m.type() === "error" && console.error(`[bench:uploads] console: ${m.text().slice(0, 200)}`));
    process.stderr.write(`[bench:uploads] ${mb} MB\n`);
    await page.goto(`${server.url}bench/pages/app.html?app=upload`);
    await page.evaluate(() => window.__bench.firstRunEnd);
    const bytes = mb * 1024 * 1024;
    let chooseMs = null;
    if (bytes) {
      const t0 = await page.evaluate(() => performance.now());
      const showing = shown(page, `file: ${bytes} bytes`);
      // A file on disk: large buffers do not pass through the driver.
      const file = path.join(folder, `data-${mb}.bin`);
      await writeFile(file, Buffer.alloc(bytes, 7));
      await page.locator('[data-testid="stFileUploaderDropzoneInput"]').setInputFiles(file);
      chooseMs = (await showing) - t0;
    }
    const latencies = [];
    for (let i = 1; i <= CLICKS; i++) {
      await page.waitForFunction(() => document.querySelector("st-app").status === "idle");
      const t0 = await page.evaluate(() => {
        document.querySelector("[data-testid=stButton] button").click();
        return performance.now();
      });
      latencies.push((await shown(page, `count: ${i};`)) - t0);
    }
    rows.push({ mb, chooseMs, clickMs: median(latencies) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
}
console.log(`st.file_uploader: the held file's cost per rerun (median of ${CLICKS} clicks of another widget)`);
for (const r of rows) {
  const choose = r.chooseMs === null ? "-" : `${Math.round(r.chooseMs)} ms`;
  console.log(`  ${String(r.mb).padStart(3)} MB file: choose -> shown ${choose.padStart(8)}; click -> updated DOM ${r.clickMs.toFixed(1).padStart(7)} ms`);
}
