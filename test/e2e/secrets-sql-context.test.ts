/** st.secrets from the app's files, a SQLite app that keeps its data across a reload, st.context. */
import { expect } from "@esm-bundle/chai";
import { mainTexts, nextRunEnd, py, settle, waitFor, waitForPersisted, type StApp } from "./harness.js";

const SECRETS = `
api_key = "k-123"
[connections.pets_db]
type = "sql"
url = "sqlite:///data/pets.db"
persist = true
`;

const SQL_APP = py`
  import streamlit as st
  st.write(f"key {st.secrets.api_key}")
  conn = st.connection("pets_db")
  with conn.session as s:
      s.execute("CREATE TABLE IF NOT EXISTS pets (name TEXT, owner TEXT)")
      if st.button("Add Rex"):
          s.execute("INSERT INTO pets VALUES (:n, :o)", params={"n": "Rex", "o": "Ann"})
      s.commit()
  pets = conn.query("select name, owner from pets", ttl=0)
  st.write(f"pets {pets.to_records()}")
  st.dataframe(pets)
`;

async function boot(files: Record<string, string>, code: string): Promise<StApp> {
  const app = document.createElement("st-app") as StApp;
  app.setAttribute("app-id", "sql-test");
  app.files = files;
  app.code = code;
  const ended = nextRunEnd(app, 120_000);
  document.body.append(app);
  await ended;
  await settle(app);
  return app;
}

describe("secrets, SQL connections and context", () => {
  afterEach(() => document.querySelectorAll("st-app").forEach((a) => a.remove()));

  it("reads secrets, writes to SQLite and sees the rows again after a reload", async () => {
    const first = await boot({ ".streamlit/secrets.toml": SECRETS }, SQL_APP);
    expect(mainTexts(first)).to.deep.equal(["key k-123", "pets []"]);
    const ended = nextRunEnd(first);
    [...first.querySelectorAll<HTMLButtonElement>('[data-testid="stButton"] button')][0].click();
    await ended;
    await settle(first);
    expect(mainTexts(first)).to.deep.equal(["key k-123", "pets [{'name': 'Rex', 'owner': 'Ann'}]"]);
    await waitForPersisted("sql-test", (keys) => keys.includes("file/data/pets.db"), "database file");
    first.remove();

    // A new worker has an empty file system: the database comes back from IndexedDB.
    const second = await boot({ ".streamlit/secrets.toml": SECRETS }, SQL_APP);
    expect(mainTexts(second)).to.deep.equal(["key k-123", "pets [{'name': 'Rex', 'owner': 'Ann'}]"]);
    // The query result goes straight into st.dataframe.
    await waitFor(() => second.querySelector('[data-testid="stDataFrame"]')?.textContent?.includes("Rex"), 30_000, "Rex in the grid");
  });

  it("reports the page's context", async () => {
    document.cookie = "brooklet_test=yes";
    const app = await boot(
      {},
      py`
        import streamlit as st
        c = st.context
        st.write(f"{c.timezone}|{c.timezone_offset}|{c.locale}|{c.cookies.get('brooklet_test')}|{c.theme.type}|{len(c.headers)}|{c.url}")
      `,
    );
    const [tz, offset, locale, cookie, theme, headers, url] = mainTexts(app)[0].split("|");
    expect(tz).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(Number(offset)).to.equal(new Date().getTimezoneOffset());
    expect(locale).to.equal(navigator.language);
    expect(cookie).to.equal("yes");
    expect(theme).to.equal("light");
    expect(headers).to.equal("0");
    expect(url).to.equal(location.href);
  });
});
