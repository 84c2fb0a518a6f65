// `npm test`: install if needed, make sure Chromium is there, build, run the Python unit tests
// (Pyodide in Node) and the browser tests (web-test-runner), then print one line:
//   N passed, N failed
//   npm test -- [web-test-runner args, e.g. --files test/e2e/x.test.ts]
//   npm test -- --browser-only [web-test-runner args]
//   npm test -- --python-only [-k PATTERN]
// Node tests (test/node/*.test.mjs, node:test; they drive the built site themselves) run with
// the browser tests; with --files, only the node test files named there run.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, binPath, build, ensureChromium, ensureNodeModules } from "./ensure.mjs";

const log = (msg) => console.log(`[brooklet] ${msg}`);

const args = process.argv.slice(2);
const pythonOnly = args.includes("--python-only");
const browserOnly = args.includes("--browser-only");
const passThrough = args.filter((a) => a !== "--python-only" && a !== "--browser-only");
if (pythonOnly && browserOnly) {
  console.error("--python-only and --browser-only exclude each other");
  process.exit(2);
}
const isNodeTest = (a) => /(^|[\\/])test[\\/]node[\\/].+\.test\.mjs$/.test(a);
const nodeTestsNamed = passThrough.filter(isNodeTest);
const wtrArgs = pythonOnly ? [] : passThrough.filter((a) => !isNodeTest(a));

/** Runs node with args, echoing output as it comes and keeping stdout for parsing. */
function runNode(nodeArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8"); // keeps multi-byte characters split across chunks intact
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on("error", (err) => resolve({ code: -1, stdout, error: err }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout }));
  });
}

/** Browser test files matching the config's default pattern (test/** /*.test.ts). */
function browserTestFiles(dir = path.join(ROOT, "test")) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return browserTestFiles(full);
    return e.isFile() && e.name.endsWith(".test.ts") ? [full] : [];
  });
}

const total = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

async function runPython() {
  log("python tests: node test/python/run.mjs");
  // With --python-only the extra arguments are the Python runner's (e.g. -k PATTERN).
  const extra = pythonOnly ? passThrough : [];
  const { code, stdout, error } = await runNode([path.join(ROOT, "test", "python", "run.mjs"), ...extra]);
  const matches = [...stdout.matchAll(/^python: (\d+) passed, (\d+) failed$/gm)];
  const last = matches.at(-1);
  const skipped = stdout.match(/^python: (\d+) skipped$/m);
  if (!last) {
    problems.push(`python test runner crashed (${error?.message ?? `exit ${code}`})`);
    total.failed++;
    return;
  }
  total.passed += Number(last[1]);
  total.failed += Number(last[2]);
  total.skipped += skipped ? Number(skipped[1]) : 0;
  if (code !== 0 && Number(last[2]) === 0) {
    problems.push(`python test runner exited with ${code}`);
    total.failed++;
  }
}

/** Node tests: every test/node/*.test.mjs, or only those named on the command line with --files. */
async function runNodeTests() {
  const filesGiven = passThrough.some((a) => a === "--files" || a.startsWith("--files="));
  const dir = path.join(ROOT, "test", "node");
  const files = filesGiven
    ? nodeTestsNamed.map((f) => path.resolve(ROOT, f))
    : existsSync(dir)
      ? readdirSync(dir).filter((f) => f.endsWith(".test.mjs")).sort().map((f) => path.join(dir, f))
      : [];
  if (files.length === 0) return;
  log(`node tests: node --test ${files.map((f) => path.relative(ROOT, f)).join(" ")}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "brooklet-node-"));
  const tapFile = path.join(tmp, "results.tap");
  try {
    const { code, error } = await runNode([
      "--test",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ]);
    const tap = existsSync(tapFile) ? readFileSync(tapFile, "utf8") : "";
    const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? NaN);
    const [passed, failed, skipped] = [count("pass"), count("fail"), count("skipped") + (count("todo") || 0)];
    if (!Number.isFinite(passed) || !Number.isFinite(failed)) {
      problems.push(`node test runner crashed (${error?.message ?? `exit ${code}`})`);
      total.failed++;
      return;
    }
    total.passed += passed;
    total.failed += failed;
    total.skipped += Number.isFinite(skipped) ? skipped : 0;
    console.log(`node: ${passed} passed, ${failed} failed`);
    if (code !== 0 && failed === 0) {
      problems.push(`node test runner exited with ${code}`);
      total.failed++;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function runBrowser() {
  const filesGiven = wtrArgs.some((a) => a === "--files" || a.startsWith("--files="));
  if (filesGiven && !wtrArgs.some((a) => a.endsWith(".ts") || a.includes("*"))) return; // only node tests were named
  if (!filesGiven && browserTestFiles().length === 0) {
    log("browser tests: none found (test/**/*.test.ts)");
    console.log("browser: 0 passed, 0 failed");
    return;
  }
  log(`browser tests: web-test-runner ${wtrArgs.join(" ")}`.trim());
  const tmp = mkdtempSync(path.join(os.tmpdir(), "brooklet-wtr-"));
  const resultsFile = path.join(tmp, "results.json");
  try {
    const { code, error } = await runNode([binPath("@web/test-runner", "web-test-runner"), ...wtrArgs], {
      BROOKLET_WTR_RESULTS: resultsFile,
    });
    if (!existsSync(resultsFile)) {
      problems.push(`web-test-runner crashed before reporting (${error?.message ?? `exit ${code}`})`);
      total.failed++;
      return;
    }
    const counts = JSON.parse(readFileSync(resultsFile, "utf8"));
    for (const { file, message } of counts.fileErrors ?? []) {
      problems.push(`${path.relative(ROOT, file)}: ${message}`);
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    console.log(`browser: ${counts.passed} passed, ${counts.failed} failed`);
    if (code !== 0 && counts.failed === 0) {
      problems.push(`web-test-runner exited with ${code}`);
      total.failed++;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

let exitCode = 0;
try {
  ensureNodeModules();
  if (!pythonOnly) log(`chromium: ${ensureChromium()}`);
  if (!pythonOnly) build();
  if (!browserOnly) await runPython();
  if (!pythonOnly) await runBrowser();
  if (!pythonOnly) await runNodeTests();
} catch (err) {
  problems.push(err?.message ?? String(err));
  total.failed++;
}

if (problems.length) {
  console.log("");
  for (const p of problems) console.log(`[brooklet] problem: ${p}`);
}
if (total.skipped) log(`${total.skipped} skipped`);
if (total.failed > 0) exitCode = 1;
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(exitCode);
