"""Module-level APIs that libraries and apps import: runtime, config, page_config."""

from __future__ import annotations

import unittest

import streamlit
from streamlit import config
from streamlit.runtime.scriptrunner import get_script_run_ctx

from helpers import AppTestCase


class RuntimeTest(AppTestCase):
    def test_exists_and_context_during_a_run(self):
        app = self.run_app(
            """
            import streamlit as st
            from streamlit import runtime
            from streamlit.runtime.scriptrunner import get_script_run_ctx, add_script_run_ctx
            from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx as direct
            ctx = get_script_run_ctx()
            st.write(runtime.exists(), ctx is not None, ctx is direct(), runtime.get_instance() is not None)
            st.write(add_script_run_ctx("thread") == "thread")
            """
        )
        self.assertEqual(app.markdown(), ["`True` `True` `True` `True`", "`True`"])

    def test_no_context_after_a_run(self):
        self.run_app("import streamlit as st\nst.write('x')\n")
        self.assertIsNone(get_script_run_ctx())

    def test_no_context_after_a_failed_run(self):
        self.run_app("raise ValueError\n")
        self.assertIsNone(get_script_run_ctx())
        self.run_app("x = (\n")
        self.assertIsNone(get_script_run_ctx())

    def test_script_folder_is_importable(self):
        app = self.app("import streamlit as st\nimport helper_mod_for_test\nst.write(helper_mod_for_test.VALUE)\n")
        with open(app.dir + "/helper_mod_for_test.py", "w", encoding="utf-8") as f:
            f.write("VALUE = 42\n")
        app.run()
        self.assertEqual(app.markdown(), ["`42`"])


class ConfigTest(unittest.TestCase):
    def test_get_option(self):
        self.assertEqual(config.get_option("theme.primaryColor"), "#ff4b4b")
        self.assertIs(streamlit.config.get_option, config.get_option)
        self.assertTrue(config.get_option("runner.magicEnabled"))

    def test_unknown_option(self):
        with self.assertRaises(RuntimeError) as caught:
            config.get_option("nope.nothing")
        self.assertEqual(str(caught.exception), 'Config key "nope.nothing" not defined.')


class PageConfigTest(AppTestCase):
    def test_menu_items_importable(self):
        from streamlit.commands.page_config import MenuItems

        self.assertIsNotNone(MenuItems)

    def test_set_page_config_message(self):
        app = self.run_app("import streamlit as st\nst.set_page_config(page_title='T', layout='wide')\nst.write('x')\n")
        [config_msg] = [m for m in app.last if m["type"] == "pageConfig"]
        self.assertEqual(config_msg["config"]["title"], "T")
        self.assertEqual(config_msg["config"]["layout"], "wide")
        self.assertEqual(app.exceptions(), [])


if __name__ == "__main__":
    unittest.main()
