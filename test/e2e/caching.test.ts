/** Caches through the real worker: persisted cache_data survives a reload (a new worker) via IndexedDB. */
import { expect } from "@esm-bundle/chai";
import { bootApp, byTestId, mainTexts, nextRunEnd, py, runScript, settle, waitForPersisted, type StApp } from "./harness.js";

const PERSISTED = (body: string) => py`
  import streamlit as st, time
  @st.cache_data(persist="disk")
  def stamp(n):
      st.caption("computed inside")
      ${body}
      return f"{n}@{time.time()}"
  st.write(f"value {stamp(1)}")
`;

function value(app: StApp): string {
  return mainTexts(app).find((t) => t.startsWith("value "))!;
}

describe("caching", () => {
  const apps: StApp[] = [];
  const boot = async (source: string, attrs: Record<string, string> = {}) => {
    const app = await bootApp(source, { "app-id": "caching-test", ...attrs });
    apps.push(app);
    return app;
  };
  afterEach(() => apps.splice(0).forEach((app) => app.remove()));

  it("serves a persisted cache_data entry after a reload without calling the function", async () => {
    const first = await boot(PERSISTED("pass"));
    const computed = value(first);
    expect(first.querySelector('[data-testid="stCaptionContainer"]')!.textContent).to.contain("computed inside");
    // The write reaches IndexedDB behind the run; the "reload" comes after it.
    await waitForPersisted("caching-test", (keys) => keys.some((k) => k.startsWith("cache/")), "cache entry");
    first.remove();

    const reloaded = await boot(PERSISTED("pass"));
    expect(value(reloaded)).to.equal(computed);
    // The element written inside the function is replayed on the hit.
    expect(reloaded.querySelector('[data-testid="stCaptionContainer"]')!.textContent).to.contain("computed inside");

    // An edited function never gets the old entry.
    await runScript(reloaded, PERSISTED("x = 1"));
    expect(value(reloaded)).not.to.equal(computed);
  });

  it("clears persisted entries with f.clear()", async () => {
    const ids = { "app-id": "caching-clear" };
    const app = await boot(PERSISTED("pass"), ids);
    const before = value(app);
    await waitForPersisted("caching-clear", (keys) => keys.length === 1, "cache entry");
    app.remove();
    const again = await boot(PERSISTED("pass") + "\nstamp.clear()\n", ids);
    expect(value(again)).to.equal(before);
    await waitForPersisted("caching-clear", (keys) => keys.length === 0, "clear");
    again.remove();
    const fresh = await boot(PERSISTED("pass"), ids);
    expect(value(fresh)).not.to.equal(before);
  });

  it("keeps copy-on-hit, resource identity, validate, ttl and LRU in the browser", async () => {
    const app = await boot(py`
      import streamlit as st, time
      calls = []
      @st.cache_data
      def data():
          return [1]
      data().append(2)
      @st.cache_resource(validate=lambda r: r["ok"])
      def res():
          calls.append("res")
          return {"ok": True}
      same = res() is res()
      res()["ok"] = False
      res()
      @st.cache_data(ttl=0.1, max_entries=1)
      def f(n):
          calls.append(n)
      f(1); f(1); time.sleep(0.15); f(1); f(2); f(1)
      st.write(f"copy {data()} same {same} calls {calls}")
    `);
    expect(mainTexts(app)).to.deep.equal(["copy [1] same True calls ['res', 'res', 1, 1, 2, 1]"]);
  });

  it("shows UnhashableParamError in the exception box", async () => {
    const app = await boot(py`
      import streamlit as st
      class Connection: pass
      @st.cache_data
      def query(conn, sql):
          return sql
      query(Connection(), "select 1")
    `);
    const box = byTestId(app, "stException")[0];
    expect(box.textContent).to.contain("UnhashableParamError");
    expect(box.textContent).to.contain("Cannot hash argument 'conn'");
  });

  it("persists every cache_data with the persist-cache option", async () => {
    const source = py`
      import streamlit as st, time
      @st.cache_data
      def stamp():
          return time.time()
      st.write(f"value {stamp()}")
    `;
    const first = await boot(source, { "persist-cache": "", "app-id": "persist-all" });
    const computed = value(first);
    await waitForPersisted("persist-all", (keys) => keys.length > 0, "cache entry");
    first.remove();
    const second = await boot(source, { "persist-cache": "", "app-id": "persist-all" });
    expect(value(second)).to.equal(computed);
  });

  it("keeps working, memory-only, when IndexedDB cannot be used", async () => {
    // A database with that name at a newer version and no object store makes every
    // transaction of the app's store fail, as a broken or blocked IndexedDB would.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("brooklet-cache", 999);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onupgradeneeded = () => {
        for (const name of [...open.result.objectStoreNames]) open.result.deleteObjectStore(name);
      };
      open.onerror = () => reject(open.error);
    });
    try {
      const app = await boot(PERSISTED("pass"), { "app-id": "no-idb" });
      expect(value(app)).to.match(/^value 1@/);
      await runScript(app, PERSISTED("pass") + "\nst.write('still fine')\n");
      expect(mainTexts(app)).to.include("still fine");
    } finally {
      await new Promise((resolve) => {
        const del = indexedDB.deleteDatabase("brooklet-cache");
        del.onsuccess = del.onerror = del.onblocked = resolve;
      });
    }
  });
});

describe("the app menu", () => {
  afterEach(() => document.querySelectorAll("st-app").forEach((a) => a.remove()));

  it("clears caches from the menu and with C, reruns with R", async () => {
    const app = await bootApp(py`
      import streamlit as st, time
      st.session_state.runs = st.session_state.get("runs", 0) + 1
      @st.cache_data
      def stamp():
          return time.time()
      st.write(f"value {stamp()}")
      st.write(f"runs {st.session_state.runs}")
    `);
    const before = value(app);
    // R reruns: the cached value stays.
    let ended = nextRunEnd(app);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "r", bubbles: true }));
    await ended;
    await settle(app);
    expect(mainTexts(app)).to.deep.equal([before, "runs 2"]);

    // Menu > Clear cache, then R: the function runs again.
    (app.querySelector('[data-testid="stMainMenuButton"]') as HTMLButtonElement).click();
    await settle(app);
    (app.querySelector('[data-testid="stMainMenuItem-clearCache"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 200));
    ended = nextRunEnd(app);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "R", bubbles: true }));
    await ended;
    await settle(app);
    const after = value(app);
    expect(after).not.to.equal(before);

    // C clears too; typing in an input does not trigger shortcuts.
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "c", bubbles: true }));
    await new Promise((r) => setTimeout(r, 200));
    const input = document.createElement("input");
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "r", bubbles: true }));
    input.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(mainTexts(app)[1]).to.equal("runs 3");
    ended = nextRunEnd(app);
    app.rerun();
    await ended;
    await settle(app);
    expect(value(app)).not.to.equal(after);
  });
});
