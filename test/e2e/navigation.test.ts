/**
 * Multipage apps through the real worker: st.navigation's menu in the sidebar switches pages,
 * each page keeps its own widgets while the entrypoint's are shared, st.page_link and
 * st.switch_page go to a page script from the app's files.
 */
import { expect } from "@esm-bundle/chai";
import { act, appForSuite, byTestId, mainTexts, nextRunEnd, py, settle, type StApp } from "./harness.js";

const texts = (app: StApp) => mainTexts(app, "stText");
const menu = (app: StApp) => byTestId(app, "stSidebarNavLink").map((a) => [a.textContent!.trim(), a.getAttribute("aria-current")]);
const link = (app: StApp, title: string) => byTestId(app, "stSidebarNavLink").find((a) => a.textContent!.trim() === title)!;

describe("multipage apps", () => {
  let app: StApp;
  appForSuite((booted) => (app = booted));

  it("the sidebar menu switches pages; the entrypoint's widgets are shared, each page's are its own", async () => {
    const ended = nextRunEnd(app);
    app.files = { "pages/stats.py": "import streamlit as st\nst.text('stats page')\n" };
    app.code = py`
      import streamlit as st
      st.sidebar.text_input("Shared", key="shared")
      def home():
          st.text("home page")
          st.page_link("pages/stats.py", label="Open stats", icon="📈")
          if st.button("Go to stats"):
              st.switch_page("pages/stats.py")
      def settings():
          st.text("settings page")
          st.checkbox("Dark", key="dark")
      pg = st.navigation({"Main": [st.Page(home, title="Home"), st.Page(settings)], "Reports": [st.Page("pages/stats.py")]})
      pg.run()
      st.text(f"shared={st.session_state.shared!r} dark={st.session_state.get('dark')!r}")
    `;
    await ended;
    await settle(app);
    expect(menu(app)).to.deep.equal([["Home", "page"], ["settings", null], ["stats", null]]);
    expect(byTestId(app, "stNavSectionHeader").map((h) => h.textContent)).to.deep.equal(["Main", "Reports"]);
    expect(texts(app)).to.deep.equal(["home page", "shared='' dark=None"]);

    await act(app, () => link(app, "settings").click());
    expect(texts(app)).to.deep.equal(["settings page", "shared='' dark=False"]);
    expect(menu(app)[1]).to.deep.equal(["settings", "page"]);
    await act(app, () => byTestId(app, "stCheckbox")[0].querySelector("input")!.click());
    expect(texts(app)).to.deep.equal(["settings page", "shared='' dark=True"]);

    // Back home: the settings page's checkbox was not drawn, so its state goes when this run
    // ends (behaviour.md §3.7) and the next run no longer sees it.
    await act(app, () => link(app, "Home").click());
    expect(texts(app)).to.deep.equal(["home page", "shared='' dark=True"]);
    await act(app, () => app.rerun());
    expect(texts(app)).to.deep.equal(["home page", "shared='' dark=None"]);
  });

  it("st.page_link and st.switch_page open a page script of the app", async () => {
    await act(app, () => byTestId(app, "stPageLink")[0].querySelector("a")!.click());
    expect(texts(app)).to.deep.equal(["stats page", "shared='' dark=None"]);
    expect(menu(app)[2]).to.deep.equal(["stats", "page"]);
    await act(app, () => link(app, "Home").click());
    const button = byTestId(app, "stButton")[0].querySelector("button")!;
    await act(app, () => button.click());
    expect(texts(app)).to.deep.equal(["stats page", "shared='' dark=None"]);
    expect(menu(app)[2]).to.deep.equal(["stats", "page"]);
  });

  it("a pages/ folder without st.navigation is the menu, the entrypoint first", async () => {
    await act(app, () => {
      app.files = {
        "pages/2_📊_Charts.py": "import streamlit as st\nst.text('charts page')\n",
        "pages/1_Data.py": "import streamlit as st\nst.text('data page')\n",
      };
      app.code = "import streamlit as st\nst.text('main page')\n";
    });
    expect(texts(app)).to.deep.equal(["main page"]);
    expect(menu(app)).to.deep.equal([["streamlit app", "page"], ["Data", null], ["📊Charts", null]]);
    await act(app, () => link(app, "📊Charts").click());
    expect(texts(app)).to.deep.equal(["charts page"]);
    await act(app, () => link(app, "streamlit app").click());
    expect(texts(app)).to.deep.equal(["main page"]);
  });

  it("position='top' draws the menu across the top; 'hidden' draws none", async () => {
    const script = (position: string) => py`
      import streamlit as st
      def one():
          st.text("page one")
      def two():
          st.text("page two")
      st.navigation([st.Page(one), st.Page(two)], position="${position}").run()
    `;
    await act(app, () => {
      app.files = {};
      app.code = script("top");
    });
    const top = () => byTestId(app, "stTopNavLink");
    expect(top().map((a) => a.textContent!.trim())).to.deep.equal(["one", "two"]);
    expect(byTestId(app, "stSidebar"), "no sidebar for the menu").to.have.length(0);
    await act(app, () => top()[1].click());
    expect(texts(app)).to.deep.equal(["page two"]);
    await act(app, () => {
      app.code = script("hidden");
    });
    expect(texts(app)).to.deep.equal(["page two"]);
    expect(top()).to.have.length(0);
    expect(byTestId(app, "stSidebarNav")).to.have.length(0);
  });

  it("an app without st.navigation has no menu", async () => {
    await act(app, () => {
      app.files = {};
      app.code = "import streamlit as st\nst.text('single page')\n";
    });
    expect(texts(app)).to.deep.equal(["single page"]);
    expect(byTestId(app, "stSidebarNav")).to.have.length(0);
  });
});
