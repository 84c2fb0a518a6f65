// <st-app offline> (the playground has it on): after a first visit, a reload renders the app
// with the server stopped. It needs a server it can stop, so it is a node test, not a browser
// test: scripts/serve.mjs serves the built site (dist/, or $BROOKLET_DIST), playwright-core
// drives Chromium with no network but loopback.
//   node --test test/node/offline-sw.test.mjs     (npm test runs it after the browser tests)
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { findChromium } from "../../scripts/ensure.mjs";
import { startServer } from "../../scripts/serve.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : path.join(ROOT, "dist");
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--proxy-server=http://127.0.0.1:9",
];
const BOOT_TIMEOUT = 180_000;

/** Waits for the playground's app to finish a run that drew at least one element; returns what it shows. */
async function renderedApp(page) {
  await page.waitForFunction(
    () => {
      const app = document.querySelector("st-app");
      return app?.status === "idle" && app.querySelector("[data-testid=stMain] .stElementContainer");
    },
    null,
    { timeout: BOOT_TIMEOUT, polling: 100 },
  );
  return page.evaluate(() => {
    const app = document.querySelector("st-app");
    return {
      bootPath: app.bootInfo?.path,
      heading: app.querySelector("[data-testid=stHeading]")?.textContent.trim() ?? null,
      elements: app.querySelectorAll("[data-testid=stMain] .stElementContainer").length,
      errors: app.querySelectorAll("[data-testid=stException], [data-testid=stBrookletError]").length,
      controlled: Boolean(navigator.serviceWorker.controller),
    };
  });
}

test("with the service worker on, a reload renders the app with the server stopped", { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(path.join(DIST, "sw.js")), `${DIST}/sw.js missing: build first (npx rollup -c)`);
  const executablePath = findChromium();
  assert.ok(executablePath, "no Chromium found (set CHROME_PATH)");

  const server = await startServer({ root: DIST, port: 0, quiet: true });
  let serverOpen = true;
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  t.after(async () => {
    await browser.close();
    if (serverOpen) await server.close();
  });
  const page = await browser.newPage();
  const consoleLines = [];
  page.on("console", (msg) => consoleLines.push(`${msg.type()}: ${msg.text()}`));

  await page.goto(server.url);
  const first = await renderedApp(page);
  assert.equal(first.errors, 0, `the first visit shows an error:\n${consoleLines.join("\n")}`);

  // Installed and active means the site's files are cached; the Python worker caches Pyodide's
  // files and the snapshot itself: wait until those are stored too.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const deadline = Date.now() + 60_000;
  for (;;) {
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
    if (stored) break;
    assert.ok(Date.now() < deadline, "the worker did not store Pyodide's files and the snapshot within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  await server.close();
  serverOpen = false;
  // The server is gone: nothing can come from the network now.
  const offlineFetch = await page.evaluate(() => fetch(`/nothing-here?${Math.random()}`).then((r) => r.status, () => "failed"));
  assert.equal(offlineFetch, "failed");

  await page.reload();
  const second = await renderedApp(page);
  assert.equal(second.errors, 0, `the offline reload shows an error:\n${consoleLines.join("\n")}`);
  assert.ok(second.controlled, "the reloaded page is controlled by the service worker");
  assert.equal(second.bootPath, "cached-snapshot");
  assert.equal(second.heading, first.heading);
  assert.equal(second.elements, first.elements);
});
