"""st.session_state and widget values across runs (behaviour.md §3)."""

from __future__ import annotations

import unittest

from helpers import AppTestCase

INIT_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"


class AccessTest(AppTestCase):
    def test_dict_and_attribute_access(self):
        app = self.run_app(
            """
            import streamlit as st
            st.session_state["a"] = 1
            st.session_state.b = 2
            st.write(st.session_state.a, st.session_state["b"], "a" in st.session_state, "z" in st.session_state)
            st.write(sorted(st.session_state.keys()), len(st.session_state))
            del st.session_state.a
            del st.session_state["b"]
            st.write(st.session_state.to_dict())
            """
        )
        bodies = [e["body"] for _, e in app.elements()]
        self.assertEqual(bodies[0], "`1` `2` `True` `False`")
        self.assertEqual(bodies[1], '["a", "b"]')
        self.assertEqual(bodies[2], "`2`")
        self.assertEqual(bodies[3], "{}")

    def test_values_survive_reruns(self):
        app = self.app(
            """
            import streamlit as st
            if "count" not in st.session_state:
                st.session_state.count = 0
            st.session_state.count += 1
            st.write(st.session_state.count)
            """
        )
        for expected in ("`1`", "`2`", "`3`"):
            app.run()
            self.assertEqual(app.markdown(), [expected])

    def test_missing_key_messages(self):
        app = self.run_app(
            """
            import streamlit as st
            for get in (lambda: st.session_state["k"], lambda: st.session_state.k):
                try:
                    get()
                except (KeyError, AttributeError) as err:
                    st.text(f"{type(err).__name__}|{err.args[0]}")
            for drop in (lambda: st.session_state.__delitem__("k"), lambda: delattr(st.session_state, "k")):
                try:
                    drop()
                except (KeyError, AttributeError) as err:
                    st.text(type(err).__name__)
            """
        )
        texts = [e["body"] for e in app.find("text")]
        self.assertEqual(
            texts[:2],
            [
                f'KeyError|st.session_state has no key "k". Did you forget to initialize it? More info: {INIT_DOCS}',
                f'AttributeError|st.session_state has no attribute "k". Did you forget to initialize it? More info: {INIT_DOCS}',
            ],
        )
        self.assertEqual(texts[2:], ["KeyError", "AttributeError"])

    def test_uncaught_missing_key(self):
        app = self.run_app("import streamlit as st\nst.session_state.nope\n")
        element = app.find_one("exception")
        self.assertEqual(element["excType"], "AttributeError")
        self.assertIn('st.session_state has no attribute "nope".', element["message"])

    def test_int_keys_are_strings(self):
        app = self.run_app("import streamlit as st\nst.session_state[1] = 'one'\nst.write(st.session_state['1'], list(st.session_state))\n")
        self.assertEqual(app.find("markdown")[0]["body"], "one")
        self.assertEqual(app.find_one("json")["body"], '["1"]')


class WidgetStateTest(AppTestCase):
    def test_keyed_widget_value_under_its_key(self):
        app = self.app(
            """
            import streamlit as st
            value = st.checkbox("c", key="k")
            st.write("value", value, "state", st.session_state.k, "keys", ", ".join(st.session_state))
            """
        )
        app.run()
        self.assertEqual(app.markdown(), ["value `False` state `False` keys k"])
        app.set_value("c", True)
        self.assertEqual(app.markdown(), ["value `True` state `True` keys k"])
        # The value is kept by later runs that carry no widget values.
        app.run()
        self.assertEqual(app.markdown(), ["value `True` state `True` keys k"])

    def test_keyless_widgets_are_hidden(self):
        app = self.run_app("import streamlit as st\nst.checkbox('c')\nst.write(len(st.session_state))\n")
        self.assertEqual(app.markdown(), ["`0`"])

    def test_value_set_before_creation_is_used(self):
        app = self.app(
            """
            import streamlit as st
            if st.session_state.get("set", True):
                st.session_state.k = True
                st.session_state.set = False
            value = st.checkbox("c", key="k")
            st.write(value)
            """
        )
        app.run()
        element = app.widget("c")
        self.assertTrue(element["value"])
        self.assertTrue(element["setValue"])
        self.assertEqual(app.markdown(), ["`True`"])
        self.assertEqual(app.exceptions(), [])  # default False: no duplicate-default warning
        app.run()
        element = app.widget("c")
        self.assertTrue(element["value"])
        self.assertFalse(element["setValue"])

    def test_session_state_value_overrides_page_value(self):
        app = self.app(
            """
            import streamlit as st
            if st.session_state.get("reset"):
                st.session_state.k = False
            st.session_state.reset = st.checkbox("c", key="k")
            """
        )
        app.run()
        app.set_value("c", True)
        self.assertTrue(app.widget("c")["value"])
        app.run()  # reset is True: the script writes False before the checkbox
        self.assertFalse(app.widget("c")["value"])
        self.assertTrue(app.widget("c")["setValue"])

    def test_write_after_creation_raises(self):
        app = self.run_app("import streamlit as st\nst.checkbox('c', key='k')\nst.session_state.k = True\n")
        element = app.find_one("exception")
        self.assertEqual(element["excType"], "StreamlitAPIException")
        self.assertEqual(element["message"], "`st.session_state.k` cannot be modified after the widget with key `k` is instantiated.")

    def test_button_refuses_session_state_value(self):
        message = "Values for the widget with `key` 'b' cannot be set using `st.session_state`."
        app = self.app("import streamlit as st\nst.session_state.b = True\nst.button('Go', key='b')\n")
        app.run()
        element = app.find_one("exception")
        self.assertEqual(element["message"], message)
        self.assertTrue(element["messageIsMarkdown"])
        # Once the button is known, the assignment itself is refused.
        app.run("import streamlit as st\nst.button('Go', key='b')\n")
        app.run("import streamlit as st\nst.session_state.b = True\nst.button('Go', key='b')\n")
        self.assertEqual(app.find_one("exception")["message"], message)

    def test_duplicate_default_warning_once(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.k = True
            st.checkbox("c", value=True, key="k")
            """
        )
        app.run()
        # Streamlit shows it with st.warning, once per session.
        [(path, warning)] = [(p, e) for p, e in app.elements() if e["type"] == "alert"]
        self.assertEqual(path, [0, 0])
        self.assertEqual(warning["format"], "warning")
        self.assertEqual(
            warning["body"],
            'The widget with key "k" was created with a default value but also had its value set via the Session State API.',
        )
        self.assertEqual(app.widget("c")["type"], "checkbox")
        app.run()
        self.assertEqual(app.find("alert"), [])

    def test_keyed_widget_not_rendered_loses_its_key(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("plain", 1)
            st.checkbox("c", key="k")
            """
        )
        app.run()
        app.set_value("c", True)
        gone = "import streamlit as st\nst.write(', '.join(sorted(st.session_state)))\n"
        app.run(gone)
        self.assertEqual(app.markdown(), ["k, plain"])  # still there during the run it vanished in
        app.run()
        self.assertEqual(app.markdown(), ["plain"])

    def test_widget_returning_after_cleanup_starts_from_default(self):
        widget = "import streamlit as st\nst.checkbox('c', key='k')\n"
        app = self.app(widget)
        app.run()
        app.set_value("c", True)
        app.run("import streamlit as st\n")
        app.run(widget)
        self.assertFalse(app.widget("c")["value"])

    def test_stop_skips_cleanup(self):
        app = self.app("import streamlit as st\nst.checkbox('c', key='k')\n")
        app.run()
        app.set_value("c", True)
        app.run("import streamlit as st\nst.stop()\n")
        app.run("import streamlit as st\nst.stop()\n")
        app.run("import streamlit as st\nst.write(st.session_state.k)\n")
        self.assertEqual(app.markdown(), ["`True`"])

    def test_uncaught_exception_skips_cleanup(self):
        app = self.app("import streamlit as st\nst.checkbox('c', key='k')\n")
        app.run()
        app.set_value("c", True)
        app.run("raise RuntimeError('x')\n")
        app.run("import streamlit as st\nst.write(st.session_state.k)\n")
        self.assertEqual(app.markdown(), ["`True`"])

    def test_rerun_skips_cleanup_of_the_interrupted_run(self):
        app = self.app("import streamlit as st\nst.checkbox('c', key='k')\n")
        app.run()
        app.set_value("c", True)
        app.run(
            """
            import streamlit as st
            st.session_state.setdefault("runs", 0)
            st.session_state.runs += 1
            if st.session_state.runs == 1:
                st.rerun()
            st.checkbox("c", key="k")
            """
        )
        self.assertTrue(app.widget("c")["value"])


class TriggerTest(AppTestCase):
    SOURCE = """
        import streamlit as st
        clicked = st.button("Go", key="go")
        st.write("clicked", clicked, "state", st.session_state.go)
        """

    def test_trigger_true_for_exactly_one_run(self):
        app = self.app(self.SOURCE)
        app.run()
        self.assertEqual(app.markdown(), ["clicked `False` state `False`"])
        app.click("Go")
        self.assertEqual(app.markdown(), ["clicked `True` state `True`"])
        app.run(widget_states=app.widget_states())
        self.assertEqual(app.markdown(), ["clicked `False` state `False`"])
        app.click("Go")
        app.run()
        self.assertEqual(app.markdown(), ["clicked `False` state `False`"])

    def test_other_widget_change_does_not_retrigger(self):
        app = self.app("import streamlit as st\nst.write(st.button('Go'))\nst.checkbox('c')\n")
        app.run()
        app.click("Go")
        self.assertEqual(app.markdown(), ["`True`"])
        app.set_value("c", True)
        self.assertEqual(app.markdown(), ["`False`"])


class CallbackTest(AppTestCase):
    def test_callback_runs_before_body_with_args_and_new_value(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("log", [])
            def changed(tag, *, extra):
                st.session_state.log.append((tag, extra, st.session_state.k))
                st.write("from callback")
            st.write("body")
            st.checkbox("c", key="k", on_change=changed, args=("tag",), kwargs={"extra": 2})
            st.text(repr(st.session_state.log))
            """
        )
        app.run()
        self.assertEqual(app.find_one("text")["body"], "[]")
        app.set_value("c", True)
        self.assertEqual(app.find_one("text")["body"], "[('tag', 2, True)]")
        self.assertEqual([(p, e.get("body")) for p, e in app.elements()][:2], [([0, 0], "from callback"), ([0, 1], "body")])
        # Unchanged value: no callback.
        app.run(widget_states=app.widget_states())
        self.assertEqual(app.find_one("text")["body"], "[('tag', 2, True)]")
        app.set_value("c", False)
        self.assertEqual(app.find_one("text")["body"], "[('tag', 2, True), ('tag', 2, False)]")

    def test_button_callback_on_click_only(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("clicks", 0)
            def click():
                st.session_state.clicks += 1
            st.button("Go", on_click=click)
            st.checkbox("c")
            st.write(st.session_state.clicks)
            """
        )
        app.run()
        app.click("Go")
        self.assertEqual(app.markdown(), ["`1`"])
        app.set_value("c", True)
        self.assertEqual(app.markdown(), ["`1`"])
        app.run()
        self.assertEqual(app.markdown(), ["`1`"])

    def test_no_callbacks_without_widget_values(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("calls", 0)
            def cb():
                st.session_state.calls += 1
            st.checkbox("c", on_change=cb)
            st.write(st.session_state.calls)
            """
        )
        app.run()
        app.set_value("c", True)
        app.run()
        self.assertEqual(app.markdown(), ["`1`"])

    def test_callback_exception_shown_and_body_not_run(self):
        app = self.app(
            """
            import streamlit as st
            def cb():
                raise ValueError("callback failed")
            st.checkbox("c", on_change=cb)
            st.write("body")
            """
        )
        app.run()
        self.assertEqual(app.set_value("c", True), "success")
        [(path, element)] = app.elements()
        self.assertEqual((path, element["type"], element["message"]), ([0, 0], "exception", "callback failed"))


if __name__ == "__main__":
    unittest.main()
