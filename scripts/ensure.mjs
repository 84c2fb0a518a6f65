// Preconditions shared by `npm start` and `npm test`: dependencies installed, a Chromium to
// test in, a fresh build. Each helper logs one short line per step it takes.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const log = (msg) => console.log(`[brooklet] ${msg}`);

/** Runs a command with inherited stdio; throws if it fails. */
function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", cwd: ROOT, ...options });
  if (result.error) throw new Error(`${cmd} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${[cmd, ...args].join(" ")} failed (${result.signal ?? `exit ${result.status}`})`);
  }
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Runs `npm install` when node_modules is missing or older than package.json /
 * package-lock.json (npm writes node_modules/.package-lock.json on every install).
 */
export function ensureNodeModules() {
  const stamp = path.join(ROOT, "node_modules", ".package-lock.json");
  const installed = mtime(stamp);
  const wanted = Math.max(mtime(path.join(ROOT, "package.json")), mtime(path.join(ROOT, "package-lock.json")));
  if (installed >= 0 && installed >= wanted) return;
  log(installed < 0 ? "node_modules missing: npm install" : "package.json changed: npm install");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  run(npm, ["install", "--no-audit", "--no-fund"]);
  // npm rewrites this file on install; touch it anyway so an "up to date" run is not repeated.
  if (existsSync(stamp)) {
    const now = new Date();
    utimesSync(stamp, now, now);
  }
}

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Path of a Chromium to test in: $CHROME_PATH, then the usual Debian/Ubuntu locations; or null. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}

function isDebianLike() {
  if (!existsSync("/etc/debian_version") && !existsSync("/etc/os-release")) return false;
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

/** Returns a Chromium path, installing Debian's `chromium` package with apt-get when root and none is found. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    log("no Chromium found: apt-get install chromium");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update"], { env });
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) " +
      `or set CHROME_PATH to a Chrome/Chromium executable. Looked in: ${CHROMIUM_CANDIDATES.join(", ")}.`,
  );
}

/** Resolves the JS file behind a package's bin entry, so we run it with this very Node. */
export function binPath(pkg, name = pkg) {
  let manifestPath = path.join(ROOT, "node_modules", pkg, "package.json");
  if (!existsSync(manifestPath)) {
    // Not hoisted: find it from the package's main entry (some packages do not export ./package.json).
    let dir = path.dirname(createRequire(path.join(ROOT, "package.json")).resolve(pkg));
    while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    manifestPath = path.join(dir, "package.json");
  }
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
  const rel = typeof bin === "string" ? bin : bin[name];
  return path.join(path.dirname(manifestPath), rel);
}

/** Builds dist/ with `rollup -c` (extra args are passed on, e.g. ["--watch"]). */
export function build(extraArgs = []) {
  log("build: rollup -c");
  run(process.execPath, [binPath("rollup"), "-c", ...extraArgs]);
}
