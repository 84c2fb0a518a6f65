"""Multipage apps: st.navigation picks the page, pages have their own widget ids,
st.switch_page and st.page_link, and Streamlit's errors."""

from __future__ import annotations

import os
import unittest

from helpers import AppTestCase

APP = """
import streamlit as st

def home():
    st.text("home page")
    st.text_input("Name", key="name")

def about():
    st.text("about page")
    st.text_input("Name")

st.sidebar.checkbox("Common", key="common")
pg = st.navigation([st.Page(home, icon=":material/home:"), st.Page(about, title="About us")])
pg.run()
"""


class NavigationTest(AppTestCase):
    def texts(self, app) -> list[str]:
        return [e["body"] for e in app.find("text")]

    def navigation(self, app) -> dict:
        """The navigation the page keeps from the last script run (its last message)."""
        found = [m["navigation"] for m in app.script_runs()[-1] if m.get("type") == "navigation"]
        self.assertTrue(found, app.last)
        return found[-1]

    def test_default_page_and_menu(self):
        app = self.run_app(APP)
        self.assertEqual(self.texts(app), ["home page"])
        nav = self.navigation(app)
        self.assertEqual(nav["current"], "home")
        self.assertEqual(
            nav["pages"],
            [
                {"urlPath": "home", "title": "home", "icon": ":material/home:", "section": None},
                {"urlPath": "about", "title": "About us", "icon": None, "section": None},
            ],
        )
        self.assertEqual((nav["position"], nav["expanded"]), ("sidebar", False))

    def test_requested_page_is_shown_and_kept(self):
        app = self.run_app(APP)
        app.run(widget_states=app.widget_states(), page="about")
        self.assertEqual(self.texts(app), ["about page"])
        # A rerun without a page stays where it is; an unknown page shows the default.
        app.run(widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["about page"])
        app.run(page="nowhere")
        self.assertEqual(self.texts(app), ["home page"])

    def test_pages_have_their_own_widget_ids_and_the_entrypoint_shares_its_own(self):
        app = self.run_app(APP)
        home_name, common_on_home = app.widget("Name")["id"], app.widget("Common")["id"]
        app.run(page="about")
        self.assertNotEqual(app.widget("Name")["id"], home_name)
        self.assertEqual(app.widget("Common")["id"], common_on_home)

    def test_switch_page_and_page_link(self):
        app = self.app()
        os.makedirs(os.path.join(app.dir, "pages"), exist_ok=True)
        with open(os.path.join(app.dir, "pages", "2_stats.py"), "w", encoding="utf-8") as f:
            f.write("import streamlit as st\nst.text('stats page')\n'magic works'\n")
        app.run(
            "import streamlit as st\n"
            "def home():\n"
            "    st.page_link('pages/2_stats.py', label='See stats')\n"
            "    st.page_link('https://streamlit.io', label='Streamlit', icon='🌐')\n"
            "    if st.button('Go'):\n"
            "        st.switch_page('pages/2_stats.py')\n"
            "st.navigation({'Main': [st.Page(home)], 'Reports': [st.Page('pages/2_stats.py')]}).run()\n",
            query_string="a=1",
        )
        links = app.find("pageLink")
        self.assertEqual(
            [(link["page"], link["href"], link["label"], link["icon"], link["active"]) for link in links],
            [("stats", None, "See stats", None, False), (None, "https://streamlit.io", "Streamlit", "🌐", False)],
        )
        self.assertEqual([p["section"] for p in self.navigation(app)["pages"]], ["Main", "Reports"])
        app.click("Go")
        self.assertEqual(self.texts(app), ["stats page"])
        self.assertEqual([e["body"] for e in app.find("markdown")], ["magic works"])
        self.assertIn({"type": "queryParams", "queryString": ""}, app.last)
        self.assertEqual(self.navigation(app)["current"], "stats")

    def test_a_pages_folder_without_st_navigation_is_the_menu(self):
        app = self.app()
        os.makedirs(os.path.join(app.dir, "pages"), exist_ok=True)
        for name, body in [("1_📈_Plots.py", "st.text('plots page')"), ("about.py", "st.text('about page')"), ("_helper.py", "")]:
            with open(os.path.join(app.dir, "pages", name), "w", encoding="utf-8") as f:
                f.write("import streamlit as st\n" + body + "\n")
        app.run("import streamlit as st\nst.text('main page')\n")
        self.assertEqual(self.texts(app), ["main page"])
        nav = self.navigation(app)
        self.assertEqual([(p["urlPath"], p["title"]) for p in nav["pages"]], [("", "app"), ("Plots", "Plots"), ("about", "about")])
        self.assertEqual(nav["pages"][1]["icon"], "📈")
        self.assertEqual(nav["current"], "")
        app.run(page="about")
        self.assertEqual(self.texts(app), ["about page"])
        self.assertEqual(self.navigation(app)["current"], "about")
        app.run(page="")
        self.assertEqual(self.texts(app), ["main page"])

    def test_errors(self):
        def message(source: str) -> list[str]:
            return [e["message"] for e in self.run_app("import streamlit as st\n" + source).exceptions()]

        self.assertEqual(message("st.navigation([])"), ["`st.navigation` must be called with at least one `st.Page`."])
        self.assertIn("URL pathnames must be unique", message("def a(): pass\nst.navigation([st.Page(a), st.Page(a)])")[0])
        self.assertEqual(
            message("def a(): pass\nst.navigation([st.Page(a)])\nst.switch_page('pages/missing.py')"),
            [
                "Could not find page: `pages/missing.py`. You must provide a `StreamlitPage` object or file path "
                "relative to the entrypoint file. Only pages previously defined by `st.Page` and passed to "
                "`st.navigation` are allowed."
            ],
        )
        self.assertEqual(
            message("st.page_link('https://x.org')"),
            ["The label param is required for external links used with st.page_link - please provide a label."],
        )


if __name__ == "__main__":
    unittest.main()
