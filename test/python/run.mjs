// Python unit tests under Pyodide in Node: the same interpreter the browser runs.
//   node test/python/run.mjs [-k PATTERN]...
// packages/streamlit/ is copied to /home/pyodide/lib (on sys.path), test/python/ to
// /home/pyodide/tests, then unittest discovers test_*.py there. Last line:
//   python: N passed, N failed
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const LIB_SRC = path.join(ROOT, "packages", "streamlit");
const TESTS_SRC = path.join(ROOT, "test", "python");
const LIB_DST = "/home/pyodide/lib";
const TESTS_DST = "/home/pyodide/tests";

/** Every file under dir (skipping caches and dot-files), as paths relative to dir. */
function walk(dir, keep, rel = "") {
  let entries;
  try {
    entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "__pycache__" || entry.name === "node_modules") continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(dir, keep, child));
    else if (entry.isFile() && keep(entry.name)) out.push(child);
  }
  return out;
}

function copyTree(pyodide, srcDir, dstDir, keep) {
  const files = walk(srcDir, keep);
  pyodide.FS.mkdirTree(dstDir);
  for (const rel of files) {
    const dst = `${dstDir}/${rel}`;
    pyodide.FS.mkdirTree(path.posix.dirname(dst));
    pyodide.FS.writeFile(dst, readFileSync(path.join(srcDir, rel)));
  }
  return files;
}

const namePatterns = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "-k") namePatterns.push(argv[++i]);
  else if (argv[i].startsWith("-k")) namePatterns.push(argv[i].slice(2));
  else {
    console.error(`usage: node test/python/run.mjs [-k PATTERN]...  (unknown argument ${argv[i]})`);
    process.exit(2);
  }
}

const require = createRequire(path.join(ROOT, "package.json"));
const pyodideDir = path.dirname(require.resolve("pyodide/package.json"));
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);

const started = performance.now();
const pyodide = await loadPyodide({
  indexURL: pyodideDir + path.sep,
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});
const bootMs = performance.now() - started;

copyTree(pyodide, LIB_SRC, LIB_DST, () => true);
const testFiles = copyTree(pyodide, TESTS_SRC, TESTS_DST, (name) => !name.endsWith(".mjs"));
// unittest only discovers into regular packages: give every test subfolder an __init__.py.
for (const dir of new Set(testFiles.map((f) => path.posix.dirname(f)).filter((d) => d !== "."))) {
  for (let d = dir; d !== "."; d = path.posix.dirname(d)) {
    const init = `${TESTS_DST}/${d}/__init__.py`;
    if (!pyodide.FS.analyzePath(init).exists) pyodide.FS.writeFile(init, "");
  }
}

const discovered = testFiles.filter((f) => /^test_.*\.py$/.test(path.posix.basename(f)));
console.log(`python: Pyodide ${pyodide.version} booted in ${(bootMs / 1000).toFixed(1)} s; ${discovered.length} test file(s)`);

pyodide.globals.set("NAME_PATTERNS", pyodide.toPy(namePatterns));
let counts;
try {
  counts = pyodide
    .runPython(
      `
import os, sys, unittest
os.chdir(${JSON.stringify(TESTS_DST)})
for p in (${JSON.stringify(LIB_DST)}, ${JSON.stringify(TESTS_DST)}):
    if p not in sys.path:
        sys.path.insert(0, p)
loader = unittest.TestLoader()
if NAME_PATTERNS:
    loader.testNamePatterns = [p if "*" in p else f"*{p}*" for p in NAME_PATTERNS]
suite = loader.discover(${JSON.stringify(TESTS_DST)}, pattern="test_*.py", top_level_dir=${JSON.stringify(TESTS_DST)})
result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
sys.stdout.flush()
failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
skipped = len(result.skipped) + len(result.expectedFailures)
{"passed": result.testsRun - failed - skipped, "failed": failed, "skipped": skipped}
`,
    )
    .toJs({ dict_converter: Object.fromEntries });
} catch (err) {
  console.error(String(err?.message ?? err));
  counts = { passed: 0, failed: 1, skipped: 0 };
}

if (counts.skipped) console.log(`python: ${counts.skipped} skipped`);
console.log(`python: ${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = counts.failed > 0 ? 1 : 0;
