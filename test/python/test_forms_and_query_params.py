"""st.form, st.form_submit_button (behaviour.md §4) and st.query_params (§3.10)."""

from __future__ import annotations

import unittest

from helpers import AppTestCase

FORM_DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)


class Case(AppTestCase):
    def texts(self, app) -> list[str]:
        return [e["body"] for e in app.find("text")]

    def error(self, app) -> tuple[str, str]:
        exceptions = app.exceptions()
        self.assertEqual(len(exceptions), 1, exceptions)
        return exceptions[0]["excType"], exceptions[0]["message"]

    def submit(self, app, label: str = "Submit", values: dict | None = None) -> None:
        """Submit as the page does: the form's pending values plus the button's trigger."""
        states = app.widget_states()
        for widget_label, value in (values or {}).items():
            states[app.widget(widget_label)["id"]] = {"value": value}
        states[app.widget(label, "button")["id"]] = {"value": True, "trigger": True}
        app.run(widget_states=states)


class FormTest(Case):
    def test_form_block_and_its_widgets(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.form("signup", clear_on_submit=True, enter_to_submit=False, border=False):
                st.checkbox("Agree")
                st.form_submit_button("Sign up", type="primary")
            st.checkbox("Outside")
            """
        )
        (path, block), = app.blocks()
        self.assertEqual(path, [0, 0])
        self.assertEqual(
            block,
            {
                "type": "form",
                "allowEmpty": False,
                "formId": "signup",
                "clearOnSubmit": True,
                "enterToSubmit": False,
                "border": False,
                "width": "stretch",
                "height": "content",
            },
        )
        agree, submit, outside = app.widget("Agree"), app.widget("Sign up"), app.widget("Outside")
        self.assertEqual((agree["formId"], submit["formId"], outside["formId"]), ("signup", "signup", ""))
        self.assertEqual((submit["type"], submit["isFormSubmitter"], submit["kind"]), ("button", True, "primary"))
        self.assertTrue(submit["id"].endswith("-FormSubmitter:signup-Sign up"), submit["id"])
        self.assertEqual(agree["default"], False, "value widgets carry their default for clear_on_submit")

    def test_object_notation_and_ids_depend_on_the_form(self):
        app = self.run_app(
            """
            import streamlit as st
            f = st.form("a")
            g = st.form("b")
            f.checkbox("Same")
            g.checkbox("Same")
            st.checkbox("Same")
            f.form_submit_button()
            g.form_submit_button()
            """
        )
        self.assertEqual(app.exceptions(), [])
        boxes = app.find("checkbox")
        self.assertEqual([b["formId"] for b in boxes], ["a", "b", ""])
        self.assertEqual(len({b["id"] for b in boxes}), 3)
        self.assertEqual([p for p, e in app.elements() if e["type"] == "checkbox"], [[0, 0, 0], [0, 1, 0], [0, 2]])

    def test_submit_returns_true_once_with_the_submitted_values_and_runs_its_callback(self):
        app = self.app(
            """
            import streamlit as st
            def on_submit(prefix):
                st.session_state.log = st.session_state.get("log", []) + [f"{prefix}{st.session_state.agree}"]
            with st.form("f"):
                agree = st.checkbox("Agree", key="agree")
                submitted = st.form_submit_button(on_click=on_submit, args=("cb:",))
            st.text(repr((submitted, agree, st.session_state.get("log"))))
            """
        )
        app.run()
        self.assertEqual(self.texts(app), ["(False, False, None)"])
        self.submit(app, values={"Agree": True})
        self.assertEqual(self.texts(app), ["(True, True, ['cb:True'])"])
        app.run(widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["(False, True, ['cb:True'])"])

    def test_session_state_mirrors_form_widgets_and_the_form_key_is_reserved(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.form("f"):
                st.form_submit_button()
            st.session_state.f = 1
            """
        )
        self.assertEqual(
            self.error(app),
            ("StreamlitAPIException", "`st.session_state.f` cannot be modified after the widget with key `f` is instantiated."),
        )

    def test_misuse_errors(self):
        cases = {
            "with st.form('f'):\n    st.button('b')": ("StreamlitAPIException", "`st.button()` can't be used in an `st.form()`." + FORM_DOCS),
            "with st.form('f'):\n    st.download_button('d', 'x')": (
                "StreamlitAPIException",
                "`st.download_button()` can't be used in an `st.form()`." + FORM_DOCS,
            ),
            "st.form_submit_button()": ("StreamlitAPIException", "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS),
            "with st.form('f'):\n    st.checkbox('c', on_change=print)": (
                "StreamlitInvalidFormCallbackError",
                "Within a form, callbacks can only be defined on `st.form_submit_button`. "
                "Defining callbacks on other widgets inside a form is not allowed.",
            ),
            "with st.form('f'):\n    st.slider('s', on_change=print)": (
                "StreamlitInvalidFormCallbackError",
                "Within a form, callbacks can only be defined on `st.form_submit_button`. "
                "Defining callbacks on other widgets inside a form is not allowed.",
            ),
            "with st.form('f'):\n    st.form('g')": ("StreamlitAPIException", "Forms cannot be nested in other forms."),
            "st.form('f')\nst.form('f')": (
                "StreamlitAPIException",
                "There are multiple identical forms with `key='f'`.\n\nTo fix this, please make sure that the `key` argument is unique for\neach `st.form` you create.",
            ),
            "with st.form('f'):\n    st.form_submit_button(type='big')": (
                "StreamlitAPIException",
                'The type argument to st.form_submit_button must be "primary", "secondary", or "tertiary". \nThe argument passed was "big".',
            ),
            "with st.form('f'):\n    st.form_submit_button()\n    st.form_submit_button()": (
                "StreamlitDuplicateElementKey",
                "There are multiple elements with the same `key='FormSubmitter:f-Submit'`. To fix this, please make sure "
                "that the `key` argument is unique for each element you create.",
            ),
        }
        for script, expected in cases.items():
            with self.subTest(script=script):
                app = self.run_app(f"import streamlit as st\n{script}\n")
                self.assertEqual(self.error(app), expected)

    def test_misuse_is_shown_as_markdown_api_exception(self):
        app = self.run_app("import streamlit as st\nwith st.form('f'):\n    st.button('b')\n")
        self.assertTrue(app.exceptions()[0]["messageIsMarkdown"])

    def test_submit_button_refuses_session_state_values(self):
        app = self.run_app(
            "import streamlit as st\nst.session_state.go = True\nwith st.form('f'):\n    st.form_submit_button(key='go')\n"
        )
        self.assertEqual(
            self.error(app), ("StreamlitValueAssignmentNotAllowedError", "Values for the widget with `key` 'go' cannot be set using `st.session_state`.")
        )

    def test_forms_in_the_sidebar_and_columns_of_a_form_keep_the_form_id(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.sidebar.form("side"):
                inner = st.container()
                inner.checkbox("Deep")
                st.form_submit_button()
            """
        )
        self.assertEqual(app.exceptions(), [])
        self.assertEqual(app.widget("Deep")["formId"], "side")


class QueryParamsTest(Case):
    def messages(self, app) -> list[str]:
        return [m["queryString"] for m in app.last if m.get("type") == "queryParams"]

    def test_read_from_the_query_string(self):
        app = self.app(
            """
            import streamlit as st
            qp = st.query_params
            st.text(repr((qp["a"], qp.b, qp.get("missing", "dflt"), qp.get_all("b"), qp.get_all("zz"), qp["empty"])))
            st.text(repr((qp.to_dict(), len(qp), sorted(qp), "a" in qp, "embed" in qp)))
            """
        )
        app.run(query_string="a=1&b=x&b=y&empty&embed=true")
        self.assertEqual(
            self.texts(app),
            [
                "('1', 'y', 'dflt', ['x', 'y'], [], '')",
                "({'a': '1', 'b': 'y', 'empty': ''}, 3, ['a', 'b', 'empty'], True, False)",
            ],
        )
        self.assertEqual(self.messages(app), [], "reading sends nothing")

    def test_every_change_sends_the_new_query_string(self):
        app = self.app(
            """
            import streamlit as st
            st.query_params["n"] = 5
            st.query_params.tags = ["x", 2]
            del st.query_params["old"]
            st.query_params.update({"u": "1"}, v="2")
            st.text(repr(st.query_params.to_dict()))
            """
        )
        app.run(query_string="old=1&embed=true")
        self.assertEqual(
            self.messages(app),
            [
                "old=1&embed=true&n=5",
                "old=1&embed=true&n=5&tags=x&tags=2",
                "embed=true&n=5&tags=x&tags=2",
                "embed=true&n=5&tags=x&tags=2&u=1&v=2",
            ],
        )
        self.assertEqual(self.texts(app), ["{'n': '5', 'tags': '2', 'u': '1', 'v': '2'}"])

    def test_clear_and_from_dict_keep_embed(self):
        app = self.app(
            """
            import streamlit as st
            st.query_params.clear()
            st.query_params.from_dict({"a": "1", "b": [1, 2]})
            """
        )
        app.run(query_string="x=1&embed_options=show_toolbar")
        self.assertEqual(self.messages(app), ["embed_options=show_toolbar", "embed_options=show_toolbar&a=1&b=1&b=2"])

    def test_errors(self):
        cases = {
            "st.query_params['d'] = {'a': 1}": ("StreamlitAPIException", "You cannot set a query params key `d` to a dictionary."),
            "st.query_params['embed'] = 'true'": (
                "StreamlitAPIException",
                "Query param embed and embed_options (case-insensitive) cannot be set programmatically.",
            ),
            "st.query_params['missing']": ("KeyError", '\'st.query_params has no key "missing".\''),
            "st.query_params.missing": ("AttributeError", 'st.query_params has no attribute "missing".'),
            "st.experimental_get_query_params()\nst.query_params.to_dict()": (
                "StreamlitAPIException",
                "Using `st.query_params` together with either `st.experimental_get_query_params` or "
                "`st.experimental_set_query_params` is not supported. Please  convert your app to only use `st.query_params`",
            ),
            "st.experimental_set_query_params(embed='x')": (
                "StreamlitAPIException",
                "Query param embed and embed_options (case-insensitive) cannot be set using set_query_params method.",
            ),
        }
        for script, expected in cases.items():
            with self.subTest(script=script):
                app = self.run_app(f"import streamlit as st\n{script}\n")
                self.assertEqual(self.error(app), expected)

    def test_from_dict_error_restores_the_old_params(self):
        app = self.app(
            """
            import streamlit as st
            try:
                st.query_params.from_dict({"ok": "1", "bad": {"x": 1}})
            except Exception as e:
                st.text(type(e).__name__)
            st.text(repr(st.query_params.to_dict()))
            """
        )
        app.run(query_string="keep=1")
        self.assertEqual(self.texts(app), ["StreamlitAPIException", "{'keep': '1'}"])

    def test_experimental_api(self):
        app = self.app(
            """
            import streamlit as st
            st.text(repr(st.experimental_get_query_params()))
            st.experimental_set_query_params(show_map=True, selected=["asia", "america"])
            st.text(repr(st.experimental_get_query_params()))
            """
        )
        app.run(query_string="a=1&a=2&embed=true")
        self.assertEqual(
            self.texts(app),
            ["{'a': ['1', '2']}", "{'show_map': ['True'], 'selected': ['asia', 'america']}"],
        )
        self.assertEqual(self.messages(app), ["show_map=True&selected=asia&selected=america&embed=true"])

    def test_rebuilt_each_run_and_kept_across_st_rerun(self):
        app = self.app(
            """
            import streamlit as st
            if "runs" not in st.session_state:
                st.session_state.runs = 0
            st.session_state.runs += 1
            if st.session_state.runs == 1:
                st.query_params["step"] = "two"
                st.rerun()
            st.text(repr(st.query_params.to_dict()))
            """
        )
        app.run(query_string="start=1")
        self.assertEqual(self.texts(app), ["{'start': '1', 'step': 'two'}"])
        app.run(query_string="fresh=1")
        self.assertEqual(self.texts(app), ["{'fresh': '1'}"])

    def test_a_callback_that_sets_params_and_reruns_passes_them_on(self):
        app = self.app(
            """
            import streamlit as st
            def go():
                st.query_params["from"] = "callback"
                st.rerun()
            st.button("Go", on_click=go)
            st.text(repr(st.query_params.to_dict()))
            """
        )
        app.run(query_string="a=1")
        states = app.widget_states()
        states[app.widget("Go")["id"]] = {"value": True, "trigger": True}
        app.run(widget_states=states, query_string="a=1")
        self.assertEqual(self.texts(app), ["{'a': '1', 'from': 'callback'}"])

    def test_access_checks_for_interruption(self):
        from streamlit.runtime.scriptrunner.exceptions import StopException

        app = self.app("import streamlit as st\nst.query_params.get('a')\nst.text('not reached')\n")
        calls = []

        def check():
            calls.append(1)
            if len(calls) == 1:
                raise StopException()

        app.session.check_interrupt = check
        app.run()
        self.assertEqual(self.texts(app), [])
        self.assertEqual(app.finished_outcome(), "stopped")


if __name__ == "__main__":
    unittest.main()
