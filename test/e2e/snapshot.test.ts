/**
 * Booting from the memory snapshot (issue 7): the fetched and the cached path, the fallbacks to
 * a normal boot, and that a restored Python is a fresh one (own random state, package files on
 * disk, packages still loaded on import). The offline service worker is tested in
 * test/node/offline-sw.test.mjs (it needs a server that can be stopped).
 */
import { expect } from "@esm-bundle/chai";
import { byTestId, mainTexts, nextRunEnd, py, runScript, settle, type StApp } from "./harness.js";

const SNAPSHOT_JSON = "/dist/pyodide/snapshot.json";
const SNAPSHOT_CACHE = "brooklet-snapshot-v1";

/** Prints facts about the Python it runs in. */
const PROBE = py`
  import locale, os, random, time
  import streamlit as st
  import helper
  st.write(f"bits {random.getrandbits(64)}")
  st.write(f"lib on disk {os.path.exists('/home/pyodide/brooklet-lib/streamlit/__init__.py')}")
  st.write(f"helper {helper.VALUE}")
  st.write(f"env {time.timezone} {time.altzone} {time.tzname} {time.strftime('%Z')} {locale.getlocale()} {os.environ['LANG']}")
`;
const HELPER = { "helper.py": "VALUE = 42\n" };

function bitsOf(app: StApp): string {
  return mainTexts(app).find((t) => t.startsWith("bits "))!;
}

/** Time zone and locale as Python sees them: a restored Python must see what a normal boot sees. */
function envOf(app: StApp): string {
  return mainTexts(app).find((t) => t.startsWith("env "))!;
}

/** A snapshot.json (as a blob: URL) edited from the real one. */
async function editedMeta(edit: (meta: Record<string, unknown>) => void): Promise<string> {
  const meta = await (await fetch(SNAPSHOT_JSON)).json();
  edit(meta);
  return URL.createObjectURL(new Blob([JSON.stringify(meta)], { type: "application/json" }));
}

/** Whether a worker has kept the snapshot for the next visit (OPFS; Cache Storage without it). */
async function snapshotStored(): Promise<boolean> {
  try {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("brooklet-snapshots");
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) if (name.endsWith(".json")) return true;
    return false;
  } catch {
    return (await (await caches.open(SNAPSHOT_CACHE)).keys()).length > 0;
  }
}

async function bootWith(attrs: Record<string, string>, files?: Record<string, string>): Promise<StApp> {
  const app = document.createElement("st-app") as StApp;
  for (const [name, value] of Object.entries(attrs)) app.setAttribute(name, value);
  if (files) app.files = files;
  app.code = PROBE;
  const ended = nextRunEnd(app, 120_000);
  document.body.append(app);
  await ended;
  await settle(app);
  return app;
}

describe("memory snapshot", function () {
  this.timeout(300_000);

  before(async () => {
    // Other test files in this browser may have stored it already: start from a first visit.
    await caches.delete(SNAPSHOT_CACHE);
    const root = await navigator.storage.getDirectory();
    await root.removeEntry("brooklet-snapshots", { recursive: true }).catch(() => undefined);
  });

  afterEach(() => {
    document.querySelectorAll("st-app").forEach((app) => app.remove());
  });

  let firstBits = "";
  let restoredEnv = "";

  it("boots from the snapshot fetched from the server and renders", async () => {
    const app = await bootWith({}, HELPER);
    expect(app.bootInfo?.path).to.equal("snapshot");
    expect(app.bootInfo?.note).to.equal(undefined);
    expect(byTestId(app, "stException")).to.have.length(0);
    expect(mainTexts(app).slice(1, 3)).to.deep.equal(["lib on disk True", "helper 42"]);
    firstBits = bitsOf(app);
    restoredEnv = envOf(app);
    // The worker keeps the snapshot once the first run is over (a visitor who stays that long).
    for (let tries = 0; !(await snapshotStored()); tries++) {
      expect(tries).to.be.below(300, "the snapshot was not stored within 60 s");
      await new Promise((r) => setTimeout(r, 200));
    }
    // The browser's language, not the build machine's (the fallback tests compare the rest with a normal boot).
    expect(restoredEnv.endsWith(` ${navigator.language.replace("-", "_")}.UTF-8`)).to.equal(true, restoredEnv);
  });

  it("a second load in the same profile boots from the cached copy, with its own random state", async () => {
    const app = await bootWith({}, HELPER);
    expect(app.bootInfo?.path).to.equal("cached-snapshot");
    // Read from the stored file straight into Python's memory (worker/snapshot-restore.ts).
    expect(app.bootInfo?.steps).to.have.property("memoryRestored");
    expect(mainTexts(app).slice(1)).to.deep.equal(["lib on disk True", "helper 42", restoredEnv]);
    // Without a reseed after the restore every boot would draw the same numbers.
    expect(bitsOf(app)).to.not.equal(firstBits);
  });

  it("boots the same way from a Pyodide other than the bundled copy (pyodide-url)", async () => {
    // The same Pyodide version served from elsewhere: the worker starts it only after importing
    // its pyodide.mjs (only the bundled copy is started before that), and the stored snapshot fits.
    const app = await bootWith({ "pyodide-url": "/node_modules/pyodide/" }, HELPER);
    expect(app.bootInfo?.path).to.equal("cached-snapshot");
    const steps = app.bootInfo!.steps!;
    expect(steps.wasmCompileStarted).to.be.at.least(steps.pyodideImported);
    expect(mainTexts(app).slice(1)).to.deep.equal(["lib on disk True", "helper 42", restoredEnv]);
  });

  it("starts the bundled Pyodide's wasm compile before its pyodide.mjs is imported", async () => {
    const app = await bootWith({}, HELPER);
    expect(app.bootInfo?.path).to.equal("cached-snapshot");
    const steps = app.bootInfo!.steps!;
    expect(steps.wasmCompileStarted).to.be.below(steps.pyodideImported);
    expect(steps).to.include.keys("wasmCompiled", "glueImported");
  });

  it("several apps on one page each boot from the cached bytes", async () => {
    const apps = await Promise.all([bootWith({}, HELPER), bootWith({}, HELPER), bootWith({}, HELPER)]);
    expect(apps.map((a) => a.bootInfo?.path)).to.deep.equal(["cached-snapshot", "cached-snapshot", "cached-snapshot"]);
    expect(new Set(apps.map(bitsOf)).size).to.equal(3);
    for (const app of apps) expect(mainTexts(app)).to.include("helper 42");
  });

  it("still loads the packages an app imports after a restore (through the package index)", async () => {
    // No network here: the index is a local folder without the wheel, so the import fails
    // cleanly; what matters is that the loader asked the index for it.
    const app = await bootWith({ "package-base-url": "/test/e2e/fixtures/no-index/" }, HELPER);
    expect(app.bootInfo?.path).to.equal("cached-snapshot");
    await runScript(
      app,
      py`
        import streamlit as st
        import js
        try:
            import six
            st.write("six imported")
        except ImportError as e:
            st.write(f"import failed: {type(e).__name__}")
        asked = [e.name.rsplit("/", 1)[-1] for e in js.performance.getEntriesByType("resource") if "/no-index/" in e.name]
        st.write(f"asked the index for {asked}")
      `,
    );
    const texts = mainTexts(app);
    expect(texts[0]).to.equal("import failed: ModuleNotFoundError");
    expect(texts[1]).to.match(/asked the index for \['six-[\d.]+-py2\.py3-none-any\.whl'\]/);
  });

  it("falls back to a normal boot when the snapshot was made for another Pyodide", async () => {
    const url = await editedMeta((meta) => (meta.pyodideVersion = "0.0.1"));
    const app = await bootWith({ "snapshot-url": url }, HELPER);
    expect(app.bootInfo?.path).to.equal("normal");
    expect(app.bootInfo?.note).to.match(/made with Pyodide 0\.0\.1/);
    expect(mainTexts(app).slice(1)).to.deep.equal(["lib on disk True", "helper 42", restoredEnv]);
  });

  it("falls back to a normal boot when Pyodide rejects the snapshot", async () => {
    const meta = await (await fetch(SNAPSHOT_JSON)).json();
    // Right size, wrong contents: Pyodide itself refuses it.
    const junk = URL.createObjectURL(new Blob([new Uint8Array(meta.bytes).fill(7)]));
    const url = await editedMeta((m) => (m.file = junk));
    const app = await bootWith({ "snapshot-url": url }, HELPER);
    expect(app.bootInfo?.path).to.equal("normal");
    expect(app.bootInfo?.note).to.match(/Pyodide rejected it/);
    expect(mainTexts(app).slice(1)).to.deep.equal(["lib on disk True", "helper 42", restoredEnv]);
    URL.revokeObjectURL(junk);
  });

  it("drops a damaged stored copy, boots normally, and stores a good one again", async () => {
    // Last: it replaces the stored copy. Same size, wrong contents, as a damaged disk would leave it.
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("brooklet-snapshots");
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    const bin = names.find((n) => n.endsWith(".bin"))!;
    const file = await dir.getFileHandle(bin);
    const size = (await file.getFile()).size;
    const writable = await file.createWritable();
    await writable.write(new Uint8Array(size).fill(7));
    await writable.close();

    const app = await bootWith({}, HELPER);
    expect(app.bootInfo?.path).to.equal("normal");
    expect(app.bootInfo?.note).to.match(/Pyodide rejected it/);
    expect(mainTexts(app).slice(1)).to.deep.equal(["lib on disk True", "helper 42", restoredEnv]);

    // The next boot downloads the snapshot again rather than trying the damaged copy.
    document.querySelectorAll("st-app").forEach((a) => a.remove());
    const again = await bootWith({}, HELPER);
    expect(again.bootInfo?.path).to.equal("snapshot");
  });
});
