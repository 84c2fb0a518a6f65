"""st.write dispatch (behaviour.md §7.1)."""

from __future__ import annotations

import json
import unittest

from helpers import AppTestCase


class WriteTest(AppTestCase):
    def types_and_bodies(self, app):
        return [(e["type"], e.get("body")) for _, e in app.elements()]

    def test_strings_joined_into_one_markdown(self):
        app = self.run_app("import streamlit as st\nst.write('a', 'b', '*c*')\n")
        self.assertEqual(self.types_and_bodies(app), [("markdown", "a b *c*")])

    def test_scalars_joined_as_inline_code(self):
        app = self.run_app("import streamlit as st\nst.write('a', 1, 'b')\nst.write(2.5, None, True)\n")
        self.assertEqual(self.types_and_bodies(app), [("markdown", "a `1` b"), ("markdown", "`2.5` `None` `True`")])

    def test_inline_code_with_backticks_uses_a_longer_fence(self):
        app = self.run_app(
            """
            import streamlit as st
            class Ticks:
                def __str__(self):
                    return "a`b``c"
            st.write(Ticks())
            """
        )
        self.assertEqual(app.markdown(), ["```a`b``c```"])

    def test_dict_and_list_are_json(self):
        app = self.run_app("import streamlit as st\nst.write('data', {'k': [1, 2]}, [3], 'end')\n")
        elements = [e for _, e in app.elements()]
        self.assertEqual([e["type"] for e in elements], ["markdown", "json", "json", "markdown"])
        self.assertEqual(json.loads(elements[1]["body"]), {"k": [1, 2]})
        self.assertEqual(json.loads(elements[2]["body"]), [3])
        self.assertEqual([p for p, _ in app.elements()], [[0, 0], [0, 1], [0, 2], [0, 3]])

    def test_exception_is_an_exception_element(self):
        app = self.run_app("import streamlit as st\nst.write(ValueError('bad value'))\nst.write('after')\n")
        element = app.elements()[0][1]
        self.assertEqual((element["type"], element["excType"], element["message"]), ("exception", "ValueError", "bad value"))
        self.assertEqual(app.outcome, "success")
        self.assertEqual(app.markdown(), ["after"])

    def test_multiline_str_fallback_uses_fenced_block(self):
        app = self.run_app(
            """
            import streamlit as st
            class Lines:
                def __str__(self):
                    return "one\\ntwo"
            class Fenced:
                def __str__(self):
                    return "has ```\\nfence"
            st.write(Lines())
            st.write(Fenced())
            """
        )
        self.assertEqual(app.markdown(), ["```\none\ntwo\n```", "````\nhas ```\nfence\n````"])

    def test_function_is_help(self):
        app = self.run_app("import streamlit as st\ndef f(x):\n    'Doc.'\nst.write(f)\n")
        element = app.find_one("docString")
        self.assertEqual(element["name"], "f")
        self.assertEqual(element["docString"], "Doc.")

    def test_several_arguments_on_a_placeholder_raise(self):
        app = self.run_app("import streamlit as st\nslot = st.empty()\nslot.write('a', 'b')\n")
        element = app.find_one("exception")
        self.assertEqual(element["excType"], "StreamlitAPIException")
        self.assertTrue(
            element["message"].startswith("Cannot replace a single element with multiple elements.\n\n"), element["message"]
        )
        self.assertIn("only when called as `st.write()` or `st.sidebar.write()`.", element["message"])

    def test_one_argument_on_a_placeholder_replaces(self):
        app = self.run_app("import streamlit as st\nslot = st.empty()\nslot.write({'a': 1})\n")
        self.assertEqual([(p, e["type"]) for p, e in app.elements()], [([0, 0], "empty"), ([0, 0], "json")])

    def test_several_arguments_inside_with_placeholder(self):
        # st.write is the top-level `st`, not the placeholder: Streamlit allows it, and
        # each element replaces the placeholder's content in turn.
        app = self.run_app("import streamlit as st\nwith st.empty():\n    st.write('Progress:', 5)\n")
        self.assertEqual([(p, e.get("body")) for p, e in app.elements()], [([0, 0], None), ([0, 0], "Progress: `5`")])

    def test_several_arguments_on_sidebar_and_container(self):
        app = self.run_app("import streamlit as st\nst.sidebar.write('a', 1)\nst.container().write('b', 2)\n")
        self.assertEqual(app.markdown(), ["a `1`", "b `2`"])
        self.assertEqual(app.exceptions(), [])

    def test_write_returns_none(self):
        app = self.run_app("import streamlit as st\nst.text(repr(st.write('x')))\n")
        self.assertEqual(app.find_one("text")["body"], "None")


if __name__ == "__main__":
    unittest.main()
