"""streamlit.components.v1: the iframe payloads of html() and iframe(), their errors, and
declare_component's stand-in."""

from __future__ import annotations

import unittest

from helpers import AppTestCase


class ComponentsTest(AppTestCase):
    def test_html_and_iframe_payloads(self):
        app = self.run_app(
            "import streamlit.components.v1 as components\n"
            "components.html('<b>hi</b><script>1</script>')\n"
            "components.iframe('https://example.com', width=300, height=200, scrolling=True, tab_index=-1)\n"
        )
        self.assertEqual(app.exceptions(), [])
        first, second = app.find("iframe")
        self.assertEqual(
            first,
            {"type": "iframe", "src": None, "srcdoc": "<b>hi</b><script>1</script>", "width": None, "height": 150, "scrolling": False, "tabIndex": None},
        )
        self.assertEqual(
            second,
            {"type": "iframe", "src": "https://example.com", "srcdoc": None, "width": 300, "height": 200, "scrolling": True, "tabIndex": -1},
        )

    def test_st_components_v1_is_reachable_as_an_attribute(self):
        app = self.run_app("import streamlit as st\nst.components.v1.html('x', height=10)\n")
        self.assertEqual(app.find_one("iframe")["height"], 10)

    def test_bad_tab_index(self):
        app = self.run_app("import streamlit.components.v1 as components\ncomponents.html('x', tab_index=-2)\n")
        self.assertEqual([e["message"] for e in app.exceptions()], ["tab_index must be None, -1, or a non-negative integer. Got -2."])

    def test_declare_component(self):
        app = self.run_app(
            "import streamlit as st\nimport streamlit.components.v1 as components\n"
            "c = components.declare_component('picker', path='frontend/build')\n"
            "st.text(repr(c(options=[1], default='none', key='k')))\n"
        )
        self.assertEqual([e["body"] for e in app.find("text")], ["'none'"])
        self.assertIn("`picker` cannot run in Brooklet yet", app.find_one("alert")["body"])
        app = self.run_app("import streamlit.components.v1 as components\ncomponents.declare_component('x')\n")
        self.assertEqual([e["message"] for e in app.exceptions()], ["Either 'path' or 'url' must be set, but not both."])


if __name__ == "__main__":
    unittest.main()
