"""Widget identity: ids, keys and duplicates (behaviour.md §2)."""

from __future__ import annotations

import unittest

from streamlit.errors import DuplicateWidgetID, StreamlitDuplicateElementId, StreamlitDuplicateElementKey
from streamlit.runtime.state.widgets import compute_element_id

from helpers import AppTestCase

DUPLICATE_KEY = (
    "There are multiple elements with the same `key='k'`. To fix this, please make sure that the `key` argument "
    "is unique for each element you create."
)
DUPLICATE_ID = (
    "There are multiple `button` elements with the same auto-generated ID. When this element is created, it is "
    "assigned an internal ID based on the element type and provided parameters. Multiple elements with the same "
    "type and parameters will cause this error.\n\nTo fix this error, please pass a unique `key` argument to the "
    "`button` element."
)


class IdentityTest(AppTestCase):
    def widget_id(self, call: str, label: str = "A") -> str:
        app = self.run_app(f"import streamlit as st\n{call}\n")
        self.assertEqual(app.exceptions(), [], app.exceptions())
        return app.widget(label)["id"]

    def test_id_is_stable_across_runs(self):
        app = self.app("import streamlit as st\nst.checkbox('A')\nst.button('B')\n")
        app.run()
        ids = [app.widget("A")["id"], app.widget("B")["id"]]
        app.run()
        self.assertEqual([app.widget("A")["id"], app.widget("B")["id"]], ids)
        self.assertTrue(all(i.startswith("$$ID-") for i in ids))

    def test_keyless_identity_arguments(self):
        base = self.widget_id("st.checkbox('A')")
        self.assertNotEqual(self.widget_id("st.checkbox('B')", "B"), base)
        self.assertNotEqual(self.widget_id("st.checkbox('A', value=True)"), base)
        self.assertNotEqual(self.widget_id("st.checkbox('A', help='h')"), base)
        self.assertNotEqual(self.widget_id("st.toggle('A')"), base)
        self.assertEqual(self.widget_id("st.checkbox('A', disabled=True)"), base)
        self.assertEqual(self.widget_id("st.checkbox('A', label_visibility='hidden')"), base)
        self.assertEqual(self.widget_id("st.checkbox('A', on_change=print, args=(1,))"), base)

    def test_keyless_button_identity(self):
        base = self.widget_id("st.button('A')")
        self.assertNotEqual(self.widget_id("st.button('A', type='primary')"), base)
        self.assertEqual(self.widget_id("st.button('A', disabled=True)"), base)

    def test_key_is_the_main_identity(self):
        base = self.widget_id("st.checkbox('A', key='k')")
        self.assertEqual(self.widget_id("st.checkbox('B', key='k')", "B"), base)
        self.assertEqual(self.widget_id("st.checkbox('A', value=True, help='h', key='k')"), base)
        self.assertNotEqual(self.widget_id("st.checkbox('A', key='other')"), base)
        self.assertNotEqual(self.widget_id("st.checkbox('A')"), base)

    def test_keyless_widget_with_new_identity_starts_from_its_default(self):
        app = self.app("import streamlit as st\nst.checkbox('A')\n")
        app.run()
        app.set_value("A", True)
        self.assertTrue(app.widget("A")["value"])
        app.run("import streamlit as st\nst.checkbox('Renamed')\n", widget_states=app.widget_states())
        self.assertFalse(app.widget("Renamed")["value"])

    def test_keyed_widget_keeps_value_when_arguments_change(self):
        app = self.app("import streamlit as st\nst.write(st.checkbox('A', key='k'))\n")
        app.run()
        app.set_value("A", True)
        app.run("import streamlit as st\nst.write(st.checkbox('Renamed', value=False, help='new', key='k'))\n",
                widget_states=app.widget_states())
        self.assertTrue(app.widget("Renamed")["value"])
        self.assertEqual(app.markdown(), ["`True`"])

    def test_same_widget_in_main_and_sidebar(self):
        app = self.run_app("import streamlit as st\nst.button('Go')\nst.sidebar.button('Go')\nwith st.sidebar:\n    st.checkbox('C')\nst.checkbox('C')\n")
        self.assertEqual(app.exceptions(), [])
        buttons = app.find("button")
        self.assertNotEqual(buttons[0]["id"], buttons[1]["id"])

    def test_sidebar_widget_clicks_independently(self):
        app = self.app("import streamlit as st\nst.write(st.button('Go'), st.sidebar.button('Go'))\n")
        app.run()
        main, side = app.find("button")
        states = app.widget_states()
        states[side["id"]] = {"value": True, "trigger": True}
        app.run(widget_states=states)
        self.assertEqual(app.markdown(), ["`False` `True`"])

    def test_int_keys(self):
        app = self.app("import streamlit as st\nst.checkbox('A', key=7)\nst.write(st.session_state[7], st.session_state['7'])\n")
        app.run()
        app.set_value("A", True)
        self.assertEqual(app.markdown(), ["`True` `True`"])
        self.assertTrue(app.widget("A")["id"].endswith("-7"))

    def test_reserved_key_prefix(self):
        app = self.run_app("import streamlit as st\nst.checkbox('A', key='$$ID-mine')\n")
        element = app.find_one("exception")
        self.assertEqual((element["excType"], element["message"]), ("StreamlitAPIException", "Keys beginning with $$ID are reserved."))

    def test_duplicate_key(self):
        app = self.run_app("import streamlit as st\nst.checkbox('A', key='k')\nst.button('B', key='k')\nst.write('after')\n")
        [(path, element)] = [(p, e) for p, e in app.elements() if e["type"] == "exception"]
        self.assertEqual(path, [0, 1])
        self.assertEqual(element["excType"], "StreamlitDuplicateElementKey")
        self.assertEqual(element["message"], DUPLICATE_KEY)
        self.assertTrue(element["messageIsMarkdown"])
        self.assertNotIn("after", app.markdown())

    def test_duplicate_auto_id(self):
        app = self.run_app("import streamlit as st\nst.button('Go')\nst.button('Go')\n")
        element = app.find_one("exception")
        self.assertEqual(element["excType"], "StreamlitDuplicateElementId")
        self.assertEqual(element["message"], DUPLICATE_ID)
        self.assertEqual(len(app.find("button")), 1)

    def test_duplicate_errors_subclass_duplicate_widget_id(self):
        self.assertTrue(issubclass(StreamlitDuplicateElementKey, DuplicateWidgetID))
        self.assertTrue(issubclass(StreamlitDuplicateElementId, DuplicateWidgetID))
        self.assertEqual(str(StreamlitDuplicateElementKey("k")), DUPLICATE_KEY)
        self.assertEqual(str(StreamlitDuplicateElementId("button")), DUPLICATE_ID)

    def test_duplicate_can_be_caught_by_user_code(self):
        app = self.run_app(
            """
            import streamlit as st
            from streamlit.errors import DuplicateWidgetID
            st.button("Go")
            try:
                st.button("Go")
            except DuplicateWidgetID:
                st.write("caught")
            """
        )
        self.assertEqual(app.markdown(), ["caught"])

    def test_same_key_in_different_runs_is_fine(self):
        app = self.app("import streamlit as st\nst.checkbox('A', key='k')\n")
        app.run()
        app.run()
        self.assertEqual(app.exceptions(), [])


class ComputeElementIdTest(unittest.TestCase):
    def test_form_and_page_are_part_of_the_id(self):
        base = compute_element_id("checkbox", None, label="A")
        self.assertNotEqual(compute_element_id("checkbox", None, form_id="f", label="A"), base)
        self.assertNotEqual(compute_element_id("checkbox", None, page="p", label="A"), base)
        self.assertNotEqual(compute_element_id("checkbox", "k", form_id="f"), compute_element_id("checkbox", "k"))

    def test_root_container_counts_only_without_key(self):
        self.assertNotEqual(compute_element_id("button", None, root=1, label="A"), compute_element_id("button", None, label="A"))
        self.assertEqual(compute_element_id("button", "k", root=1, label="A"), compute_element_id("button", "k", label="A"))

    def test_key_identity_arguments(self):
        one = compute_element_id("slider", "k", key_identity=("min_value",), label="A", min_value=0)
        self.assertEqual(one, compute_element_id("slider", "k", key_identity=("min_value",), label="B", min_value=0))
        self.assertNotEqual(one, compute_element_id("slider", "k", key_identity=("min_value",), label="A", min_value=1))

    def test_id_ends_with_user_key(self):
        self.assertTrue(compute_element_id("button", "k", label="A").endswith("-k"))
        self.assertTrue(compute_element_id("button", None, label="A").endswith("-None"))


if __name__ == "__main__":
    unittest.main()
