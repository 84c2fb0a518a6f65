"""The script runner: runs, endings, exceptions, st.stop and st.rerun (behaviour.md §1, §8)."""

from __future__ import annotations

import os
import unittest
from unittest import mock

import streamlit
from streamlit import magic

from helpers import AppTestCase

PACKAGE_DIR = os.path.dirname(os.path.abspath(streamlit.__file__))


class FreshRunTest(AppTestCase):
    def test_globals_start_empty_every_run(self):
        app = self.app(
            """
            import streamlit as st
            st.write("seen" if "leftover" in globals() else "fresh")
            leftover = 1
            """
        )
        app.run()
        self.assertEqual(app.markdown(), ["fresh"])
        app.run()
        self.assertEqual(app.markdown(), ["fresh"])

    def test_main_module_is_named_main(self):
        app = self.run_app(
            """
            import sys
            import streamlit as st
            st.write(__name__, sys.modules["__main__"].__dict__ is globals())
            """
        )
        self.assertEqual(app.markdown(), ["__main__ `True`"])

    def test_code_object_reused_while_source_unchanged(self):
        source = """
            import sys
            import streamlit as st
            st.session_state.setdefault("codes", []).append(sys._getframe().f_code)
            st.write(len(st.session_state.codes))
            """
        app = self.app(source)
        with mock.patch.object(magic, "add_magic", wraps=magic.add_magic) as add_magic:
            app.run()
            app.run()
            self.assertEqual(add_magic.call_count, 1)
            app.run(source + "# edited\n")
            self.assertEqual(add_magic.call_count, 2)
        codes = app.session.session_state.get_item("codes")
        self.assertIs(codes[0], codes[1])
        self.assertIsNot(codes[1], codes[2])

    def test_each_run_is_announced_and_finished(self):
        app = self.run_app("import streamlit as st\nst.write('hi')\n")
        self.assertEqual(app.last[0]["type"], "scriptStarted")
        self.assertEqual(app.last[-1], {"type": "scriptFinished", "runId": app.last[0]["runId"], "outcome": "success"})
        first_id = app.last[0]["runId"]
        app.run()
        self.assertNotEqual(app.last[0]["runId"], first_id)


class UncaughtExceptionTest(AppTestCase):
    SOURCE = """
        import streamlit as st
        st.write("before")
        def fail():
            raise ValueError("boom")
        with st.container():
            fail()
        st.write("not reached")
        """

    def test_exception_shown_at_current_main_position(self):
        app = self.app(self.SOURCE)
        self.assertEqual(app.run(), "success")
        self.assertEqual(app.finished_outcome(), "success")
        paths = [path for path, _ in app.elements()]
        self.assertEqual(paths, [[0, 0], [0, 2]])  # [0, 1] is the container
        path, element = app.elements()[-1]
        self.assertEqual(element["type"], "exception")
        self.assertEqual(element["excType"], "ValueError")
        self.assertEqual(element["message"], "boom")
        self.assertFalse(element["messageIsMarkdown"])
        self.assertFalse(element["isWarning"])
        self.assertNotIn("not reached", app.markdown())

    def test_traceback_has_user_frames_only(self):
        app = self.run_app(self.SOURCE)
        stack = app.exceptions()[0]["stackTrace"]
        self.assertTrue(stack)
        self.assertTrue(any(app.path in line and "in fail" in line for line in stack), stack)
        self.assertTrue(any('raise ValueError("boom")' in line for line in stack), stack)
        for line in stack:
            self.assertNotIn(PACKAGE_DIR, line)

    def test_traceback_of_error_raised_inside_streamlit_omits_package_frames(self):
        app = self.run_app("import streamlit as st\nst.button('x', type='bogus')\n")
        element = app.exceptions()[0]
        self.assertEqual(element["excType"], "StreamlitAPIException")
        self.assertTrue(any(app.path in line for line in element["stackTrace"]))
        for line in element["stackTrace"]:
            self.assertNotIn(PACKAGE_DIR, line)

    def test_app_runs_again_after_an_exception(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("runs", 0)
            st.session_state.runs += 1
            if st.session_state.runs == 1:
                raise RuntimeError("first run fails")
            st.write("ok")
            """
        )
        app.run()
        self.assertEqual(len(app.exceptions()), 1)
        self.assertEqual(app.run(), "success")
        self.assertEqual(app.markdown(), ["ok"])
        self.assertEqual(app.exceptions(), [])

    def test_streamlit_api_exception_message_is_markdown(self):
        app = self.run_app("import streamlit as st\nst.button('x', type='bogus')\n")
        element = app.find_one("exception")
        self.assertTrue(element["messageIsMarkdown"])
        self.assertIn("primary", element["message"])

    def test_exception_raised_in_sidebar_goes_to_main(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.sidebar:
                st.write("side")
                raise KeyError("k")
            """
        )
        path, element = app.elements()[-1]
        self.assertEqual(path, [0, 0])
        self.assertEqual(element["excType"], "KeyError")


class CompileErrorTest(AppTestCase):
    def test_syntax_error(self):
        app = self.app("import streamlit as st\nst.write('a')\nif True print('x')\n")
        self.assertEqual(app.run(), "compileError")
        self.assertEqual(app.finished_outcome(), "compileError")
        [(path, element)] = app.elements()
        self.assertEqual(path, [0, 0])
        self.assertEqual(element["type"], "exception")
        self.assertEqual(element["excType"], "SyntaxError")
        lines = element["message"].split("\n")
        self.assertEqual(lines[0], f'File "{app.path}", line 3')
        self.assertEqual(lines[1], "  if True print('x')")
        self.assertRegex(lines[2], r"^  +\^+$")
        self.assertTrue(lines[-1].startswith("SyntaxError: "), lines)
        for line in element["stackTrace"]:
            self.assertNotIn(PACKAGE_DIR, line)

    def test_caret_points_at_the_error_in_indented_code(self):
        app = self.run_app("if True:\n    x = (1 +)\n")
        lines = app.exceptions()[0]["message"].split("\n")
        self.assertEqual(lines[1], "  x = (1 +)")
        caret = lines[2].index("^")
        self.assertEqual(lines[1][caret], ")")

    def test_fixing_the_script_runs_it(self):
        app = self.app("x = (\n")
        self.assertEqual(app.run(), "compileError")
        self.assertEqual(app.run("import streamlit as st\nst.write('fixed')\n"), "success")
        self.assertEqual(app.markdown(), ["fixed"])

    def test_compile_error_does_not_apply_widget_values_or_clean_up(self):
        app = self.app("import streamlit as st\nst.checkbox('c', key='k')\n")
        app.run()
        wid = app.widget("c")["id"]
        app.run("x = (\n", widget_states={wid: {"value": True}})
        self.assertEqual(app.outcome, "compileError")
        app.run("import streamlit as st\nst.write(st.session_state.k)\n")
        self.assertEqual(app.markdown(), ["`False`"])


class StopTest(AppTestCase):
    def test_stop_ends_the_run(self):
        app = self.app(
            """
            import streamlit as st
            st.write("before")
            st.stop()
            st.write("after")
            """
        )
        self.assertEqual(app.run(), "stopped")
        self.assertEqual(app.finished_outcome(), "stopped")
        self.assertEqual(app.markdown(), ["before"])
        self.assertEqual(app.exceptions(), [])

    def test_except_exception_does_not_swallow_stop(self):
        app = self.app(
            """
            import streamlit as st
            try:
                st.stop()
            except Exception:
                st.write("swallowed")
            st.write("after")
            """
        )
        self.assertEqual(app.run(), "stopped")
        self.assertEqual(app.elements(), [])

    def test_stop_inside_container_then_next_run_starts_clean(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("runs", 0)
            st.session_state.runs += 1
            with st.sidebar:
                if st.session_state.runs == 1:
                    st.stop()
            st.write("main")
            """
        )
        self.assertEqual(app.run(), "stopped")
        self.assertEqual(app.run(), "success")
        self.assertEqual(app.elements(), [([0, 0], app.find_one("markdown"))])


class RerunTest(AppTestCase):
    SOURCE = """
        import streamlit as st
        st.session_state.setdefault("callbacks", 0)
        def on_click():
            st.session_state.callbacks += 1
        clicked = st.button("Go", on_click=on_click)
        st.write("clicked", clicked, "callbacks", st.session_state.callbacks)
        if clicked:
            st.rerun()
        """

    def test_rerun_starts_a_new_run_without_widget_values(self):
        app = self.app(self.SOURCE)
        app.run()
        self.assertEqual(app.click("Go"), "success")
        runs = app.script_runs()
        self.assertEqual(len(runs), 2)
        self.assertEqual(runs[0][-1]["outcome"], "rerun")
        self.assertEqual(runs[1][-1]["outcome"], "success")
        first = [m["delta"]["element"]["body"] for m in runs[0] if m["type"] == "delta" and m["delta"]["element"]["type"] == "markdown"]
        self.assertEqual(first, ["clicked `True` callbacks `1`"])
        # The trigger is false again and no callback fired in the second run.
        self.assertEqual(app.markdown(), ["clicked `False` callbacks `1`"])

    def test_except_exception_does_not_swallow_rerun(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("runs", 0)
            st.session_state.runs += 1
            if st.session_state.runs == 1:
                try:
                    st.rerun()
                except Exception:
                    st.write("swallowed")
            st.write("runs", st.session_state.runs)
            """
        )
        app.run()
        self.assertEqual(len(app.script_runs()), 2)
        self.assertEqual(app.markdown(), ["runs `2`"])
        self.assertNotIn("swallowed", [e.get("body") for e in app.deltas(all_runs=True)])

    def test_rerun_inside_callback_is_honoured_after_callbacks(self):
        app = self.app(
            """
            import streamlit as st
            st.session_state.setdefault("log", [])
            def first():
                st.session_state.log.append("first")
                st.rerun()
                st.session_state.log.append("first continues")
            def second():
                st.session_state.log.append("second")
            st.button("A", on_click=first)
            st.checkbox("B", on_change=second)
            st.write(", ".join(st.session_state.log))
            """
        )
        app.run()
        states = app.widget_states()
        states[app.widget("A")["id"]] = {"value": True, "trigger": True}
        states[app.widget("B")["id"]] = {"value": True}
        self.assertEqual(app.run(widget_states=states), "success")
        runs = app.script_runs()
        self.assertEqual(len(runs), 2)
        self.assertEqual(runs[0][-1]["outcome"], "rerun")
        # st.rerun() ends its own callback (nothing after it runs, as in Streamlit),
        # the other callbacks still run, then the body runs once, in the new run,
        # which fires no callback again.
        self.assertEqual(app.markdown(), ["first, second"])
        self.assertEqual(app.deltas(all_runs=True), app.deltas())

    def test_rerun_scope_fragment_outside_fragment(self):
        app = self.run_app("import streamlit as st\nst.rerun(scope='fragment')\n")
        element = app.find_one("exception")
        self.assertEqual(element["excType"], "StreamlitAPIException")
        self.assertEqual(
            element["message"],
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.',
        )
        self.assertEqual(len(app.script_runs()), 1)

    def test_rerun_keeps_the_query_string(self):
        app = self.app(
            """
            import streamlit as st
            from streamlit.runtime.scriptrunner import get_script_run_ctx
            st.session_state.setdefault("runs", 0)
            st.session_state.runs += 1
            st.write(get_script_run_ctx().query_string)
            if st.session_state.runs == 1:
                st.rerun()
            """
        )
        app.run(query_string="a=1")
        self.assertEqual(app.markdown(), ["a=1"])


class CallbackExceptionTest(AppTestCase):
    def test_exception_in_callback_is_shown_and_body_not_run(self):
        app = self.app(
            """
            import streamlit as st
            def broken():
                raise ZeroDivisionError("no")
            st.button("Go", on_click=broken)
            st.write("body")
            """
        )
        app.run()
        self.assertEqual(app.click("Go"), "success")
        [(path, element)] = app.elements()
        self.assertEqual(path, [0, 0])
        self.assertEqual(element["excType"], "ZeroDivisionError")
        self.assertTrue(any("in broken" in line for line in element["stackTrace"]))
        # The next run is normal again.
        app.run()
        self.assertEqual(app.markdown(), ["body"])


if __name__ == "__main__":
    unittest.main()
