// Browser tests: test/**/*.test.ts in headless Chromium, one file at a time (each e2e file
// boots Pyodide, ~5 s, on a 2-core machine). Served from the repo root, so tests import the
// built site as "/dist/brooklet.js" (run `npm run build` first; `npm test` does).
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { defaultReporter } from "@web/test-runner";
import { chromeLauncher } from "@web/test-runner-chrome";
import { fileURLToPath } from "node:url";
import { findChromium } from "./scripts/ensure.mjs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ISOLATION_HEADERS, contentType } from "./scripts/serve.mjs";
import { countsReporter } from "./test/reporter.mjs";

const rootDir = fileURLToPath(new URL(".", import.meta.url));

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    "No Chromium found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH; `npm test` installs it when run as root.",
  );
}

// Only TypeScript is compiled. With a string `target` the plugin would also re-transform every
// .js file it serves (the built /dist bundles, node_modules), which is slow and not wanted.
const esbuild = esbuildPlugin({ ts: true, target: "es2022", tsconfig: fileURLToPath(new URL("tsconfig.json", import.meta.url)) });
const transformTs = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.endsWith(".ts") ? transformTs(context) : undefined);

/** Cross-origin isolation (SharedArrayBuffer, Pyodide interrupts), as scripts/serve.mjs does. */
async function isolationHeaders(context, next) {
  try {
    await next();
  } finally {
    context.set(ISOLATION_HEADERS);
  }
}

/** With BROOKLET_DIST set (a build made elsewhere), /dist/... is served from there. */
const distOverride = process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : null;
async function serveDistOverride(context, next) {
  if (!distOverride || !context.path.startsWith("/dist/")) return next();
  const file = path.join(distOverride, decodeURIComponent(context.path.slice("/dist/".length)));
  if (!file.startsWith(distOverride + path.sep)) return next();
  try {
    context.body = await readFile(file);
    context.type = contentType(file);
  } catch {
    return next();
  }
}

/** @type {import("@web/test-runner").TestRunnerConfig} */
export default {
  rootDir,
  files: ["test/**/*.test.ts", "!**/node_modules/**"],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 15 * 60_000,
  middleware: [isolationHeaders, serveDistOverride],
  plugins: [esbuild],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          // No network but loopback (which Chromium never proxies): every browser test
          // proves the app runs offline; test/e2e/offline.test.ts checks the cut is real.
          "--proxy-server=http://127.0.0.1:9",
          // A fake webcam and microphone, granted without a prompt: st.camera_input's tests.
          "--use-fake-device-for-media-stream",
          "--use-fake-ui-for-media-stream",
        ],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 120_000 },
  },
  reporters: [defaultReporter(), countsReporter()],
};
