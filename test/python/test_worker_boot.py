"""streamlit.runtime.worker_boot: what the worker calls while it boots (worker/runtime.ts)."""

from __future__ import annotations

import os
import random
import time
import unittest

from helpers import AppTestCase

from streamlit.runtime import worker_boot
from streamlit.runtime.app_session import AppSession


class AfterRestoreTest(unittest.TestCase):
    def setUp(self):
        saved = (os.environ.get("LANG"), random.getstate(), time.timezone, time.altzone, time.tzname, time.daylight)

        def restore():
            lang, state, time.timezone, time.altzone, time.tzname, time.daylight = saved
            random.setstate(state)
            if lang is None:
                os.environ.pop("LANG", None)
            else:
                os.environ["LANG"] = lang

        self.addCleanup(restore)

    def test_sets_lang_and_reseeds_random(self):
        random.seed(1)
        seeded = random.random()
        random.seed(1)
        worker_boot.after_restore("de_DE.UTF-8")
        self.assertEqual(os.environ["LANG"], "de_DE.UTF-8")
        # A restored Python would otherwise draw the numbers the build's Python would have drawn next.
        self.assertNotEqual(random.random(), seeded)

    def test_time_zone_figures_match_localtime(self):
        time.timezone, time.altzone, time.tzname, time.daylight = 12345, 12345, ("X", "Y"), 1
        worker_boot.after_restore("C.UTF-8")
        now = time.localtime()
        offset = -now.tm_gmtoff
        self.assertIn(offset, (time.timezone, time.altzone))
        self.assertIn(now.tm_zone, time.tzname)
        self.assertEqual(time.daylight, int(time.timezone != time.altzone))


class CreateSessionTest(AppTestCase):
    def test_creates_a_session_that_runs_the_script(self):
        app = self.app("import streamlit as st\nst.write('booted')\n")
        sent = []

        class JsStore:  # what the worker passes: JS methods returning JsProxies or None
            def get(self, key):
                return None

            def set(self, key, value):
                pass

            def delete(self, key):
                pass

            def keys(self):
                return []

        session = worker_boot.create_session(sent.append, lambda: None, app.path, JsStore(), True, None)
        self.assertIsInstance(session, AppSession)
        self.assertTrue(session.persist_cache_by_default)
        self.assertEqual(session.context_info, {})
        self.assertEqual(session.run(None, ""), "success")
        self.assertTrue(any("booted" in repr(m) for m in sent), sent)

    def test_refresh_import_caches_sees_new_modules(self):
        app = self.app("import streamlit as st\n")
        import sys

        sys.path.insert(0, app.dir)
        self.addCleanup(sys.path.remove, app.dir)
        __import__("importlib").import_module("streamlit")  # fills the path importer cache
        with open(os.path.join(app.dir, "brand_new_module_xyz.py"), "w") as f:
            f.write("VALUE = 7\n")
        worker_boot.refresh_import_caches()
        self.assertEqual(__import__("brand_new_module_xyz").VALUE, 7)
