"""st.cache_data / st.cache_resource (behaviour.md §6): keys, hashing, ttl, LRU, copies, replay, persistence."""

from __future__ import annotations

import datetime
import hashlib
import textwrap
import unittest
from unittest import mock

from helpers import AppHarness, AppTestCase

from streamlit.runtime.caching import cached_func
from streamlit.runtime.caching.cache_errors import BadTTLStringError, UnhashableTypeError
from streamlit.runtime.caching.cached_func import ttl_to_seconds
from streamlit.runtime.caching.hashing import update_hash
from streamlit.runtime.persist import MemoryPersistStore


def digest(value, hash_funcs=None):
    h = hashlib.md5()
    update_hash(value, h, hash_funcs)
    return h.hexdigest()


class HashingTest(unittest.TestCase):
    def test_type_prefix_separates_equal_looking_values(self):
        self.assertEqual(len({digest(1), digest(1.0), digest("1"), digest(True), digest(b"1")}), 5)

    def test_containers_hash_by_value(self):
        self.assertEqual(digest([1, {"a": (2, 3)}]), digest([1, {"a": (2, 3)}]))
        self.assertNotEqual(digest([1, 2]), digest((1, 2)))
        self.assertEqual(digest({3, 1, 2}), digest({1, 2, 3}))

    def test_stdlib_values(self):
        self.assertEqual(digest(datetime.date(2024, 1, 2)), digest(datetime.date(2024, 1, 2)))
        self.assertNotEqual(digest(datetime.date(2024, 1, 2)), digest(datetime.date(2024, 1, 3)))
        import enum, functools, re, uuid, dataclasses

        class Color(enum.Enum):
            RED = 1

        @dataclasses.dataclass
        class Point:
            x: int

        for value in (Color.RED, uuid.UUID(int=5), re.compile("a+"), functools.partial(int, base=2), Point(1), unittest):
            self.assertEqual(digest(value), digest(value))
        self.assertNotEqual(digest(Point(1)), digest(Point(2)))

    def test_plain_instances_and_functions_are_unhashable(self):
        class Plain:
            pass

        for value in (Plain(), lambda: 1):
            with self.assertRaises(UnhashableTypeError):
                digest(value)

    def test_hash_funcs_by_type_and_by_name(self):
        class Conn:
            def __init__(self, url):
                self.url = url

        by_type = {Conn: lambda c: c.url}
        self.assertEqual(digest(Conn("a"), by_type), digest(Conn("a"), by_type))
        self.assertNotEqual(digest(Conn("a"), by_type), digest(Conn("b"), by_type))
        by_name = {f"{Conn.__module__}.{Conn.__qualname__}": lambda c: c.url}
        self.assertEqual(digest(Conn("a"), by_name), digest(Conn("a"), by_type))

    def test_cycles_do_not_recurse_forever(self):
        a = []
        a.append(a)
        digest(a)


class TtlTest(unittest.TestCase):
    def test_forms(self):
        self.assertIsNone(ttl_to_seconds(None))
        self.assertEqual(ttl_to_seconds(90), 90)
        self.assertEqual(ttl_to_seconds(datetime.timedelta(minutes=2)), 120)
        self.assertEqual(ttl_to_seconds("1h23s"), 3623)
        self.assertEqual(ttl_to_seconds("1d"), 86400)
        self.assertEqual(ttl_to_seconds("1.5 days"), 129600)
        self.assertEqual(ttl_to_seconds("2 days, 3 hours"), 2 * 86400 + 3 * 3600)
        for bad in ("", "soon", "1 fortnight", "h1"):
            with self.assertRaises(BadTTLStringError):
                ttl_to_seconds(bad)


class CacheBehaviourTest(AppTestCase):
    def setUp(self):
        cached_func.caches.clear()

    def test_hit_returns_a_fresh_copy_and_replays_elements(self):
        app = self.run_app(
            """
            import streamlit as st
            calls = st.session_state.setdefault("calls", [])
            @st.cache_data
            def load(n):
                calls.append(n)
                st.write(f"loading {n}")
                return {"items": [n]}
            first = load(1)
            first["items"].append("mutated")
            second = load(1)
            st.write(f"second={second} calls={len(calls)}")
            """
        )
        self.assertEqual(app.markdown(), ["loading 1", "loading 1", "second={'items': [1]} calls=1"])

    def test_underscore_params_are_not_hashed_and_keyword_order_matters(self):
        app = self.run_app(
            """
            import streamlit as st
            calls = []
            @st.cache_data
            def f(a, _conn, b=0):
                calls.append(1)
                return a + b
            f(1, object())
            f(1, object())
            f(a=1, _conn=None, b=0)
            f(b=0, _conn=None, a=1)
            st.write(f"calls {len(calls)}")
            """
        )
        self.assertEqual(app.markdown(), ["calls 3"])

    def test_unhashable_param_error_message(self):
        app = self.run_app(
            """
            import streamlit as st
            class Thing: pass
            @st.cache_data
            def f(x):
                return 1
            f(Thing())
            """
        )
        exc = app.find_one("exception")
        self.assertEqual(exc["excType"], "UnhashableParamError")
        self.assertTrue(exc["message"].startswith("Cannot hash argument 'x' (of type `__main__.Thing`) in 'f'."))
        self.assertIn("@st.cache_data\ndef f(_x, ...):", exc["message"])
        self.assertTrue(exc["messageIsMarkdown"])

    def test_unserializable_return_value(self):
        app = self.run_app(
            """
            import streamlit as st, threading
            @st.cache_data
            def f():
                return threading.Lock()
            f()
            """
        )
        exc = app.find_one("exception")
        self.assertEqual(exc["excType"], "UnserializableReturnValueError")
        self.assertIn("Cannot serialize the return value", exc["message"])

    def test_ttl_max_entries_and_clear(self):
        app = self.run_app(
            """
            import streamlit as st, time
            calls = []
            @st.cache_data(max_entries=2)
            def f(n):
                calls.append(n)
                return n
            f(1); f(2); f(3)   # 1 is evicted (LRU)
            f(3); f(1)
            st.write(f"lru {calls}")
            calls.clear()
            f.clear(3); f(3); f(2)
            st.write(f"clear one {calls}")
            calls.clear()
            f.clear(); f(2)
            st.write(f"clear all {calls}")
            calls.clear()
            @st.cache_data(ttl=0.05)
            def g():
                calls.append("g")
            g(); g(); time.sleep(0.1); g()
            st.write(f"ttl {calls}")
            """
        )
        # After the LRU steps the cache holds 3 and 1; clearing 3 leaves 1, so 2 is a miss too.
        self.assertEqual(app.markdown(), ["lru [1, 2, 3, 1]", "clear one [3, 2]", "clear all [2]", "ttl ['g', 'g']"])

    def test_cache_data_clear_and_editing_the_source(self):
        app = self.app()
        script = textwrap.dedent("""
            import streamlit as st
            calls = st.session_state.setdefault("calls", [])
            @st.cache_data
            def f():
                calls.append(1)
                return {VALUE}
            st.write(f"value {f()} calls {len(calls)}")
            """)
        app.run(script.replace("{VALUE}", "1"))
        app.run(script.replace("{VALUE}", "1"))
        self.assertEqual(app.markdown(), ["value 1 calls 1"])
        app.run(script.replace("{VALUE}", "2"))
        self.assertEqual(app.markdown(), ["value 2 calls 2"])
        app.run(script.replace("{VALUE}", "2") + "\nst.cache_data.clear()\nst.write(f'after clear {f()} {len(calls)}')\n")
        self.assertEqual(app.markdown(), ["value 2 calls 2", "after clear 2 3"])

    def test_cache_resource_identity_and_validate(self):
        app = self.run_app(
            """
            import streamlit as st
            made = []
            @st.cache_resource(validate=lambda r: r["ok"])
            def resource():
                made.append(1)
                return {"ok": True}
            a = resource(); b = resource()
            a["ok"] = False
            c = resource()
            st.write(f"same {a is b} remade {c is not a} made {len(made)}")
            st.cache_resource.clear()
            st.write(f"after clear {resource() is not c}")
            """
        )
        self.assertEqual(app.markdown(), ["same True remade True made 2", "after clear True"])

    def test_persist_option_validation(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.cache_data(persist="memory")
            def f():
                return 1
            """
        )
        self.assertEqual(app.find_one("exception")["message"], "Unsupported persist option 'memory'. Valid values are 'disk' or None.")

    def test_spinner_only_on_the_outermost_miss(self):
        shown = []

        class FakeSpinner:
            def __init__(self, text, show_time=False):
                shown.append(text)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

        with mock.patch.object(cached_func, "_spinner_function", lambda: FakeSpinner):
            self.run_app(
                """
                import streamlit as st
                @st.cache_data
                def inner():
                    return 1
                @st.cache_data(show_spinner="Loading data")
                def outer():
                    return inner()
                outer(); outer()
                @st.cache_data
                def named():
                    return 2
                named()
                @st.cache_data(show_spinner=False)
                def quiet():
                    return 3
                quiet()
                """
            )
        self.assertEqual(shown, ["Loading data", "Running `named(...)`."])


class PersistTest(AppTestCase):
    SCRIPT = """
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data(persist="disk")
        def load(n):
            calls.append(n)
            st.caption(f"computed {n}")
            return [n, n]
        st.write(f"{load(1)} calls {len(calls)}")
        """

    def setUp(self):
        cached_func.caches.clear()

    def boot(self, store, source=SCRIPT, by_default=False):
        app = self.app(source)
        app.session.persist = store
        app.session.persist_cache_by_default = by_default
        return app

    def test_a_new_session_with_the_same_store_hits_without_calling(self):
        store = MemoryPersistStore()
        self.boot(store).run()
        self.assertEqual(len(store.data), 1)
        cached_func.caches.clear()  # a reload: memory is gone, the store is not
        again = self.boot(store)
        again.run()
        self.assertEqual(again.markdown(), ["computed 1", "[1, 1] calls 0"])

    def test_clear_removes_persisted_entries(self):
        store = MemoryPersistStore()
        self.boot(store, self.SCRIPT + "\nload.clear()\n").run()
        self.assertEqual(store.data, {})
        self.boot(store, self.SCRIPT + "\nst.cache_data.clear()\n").run()
        self.assertEqual(store.data, {})

    def test_corrupt_entries_are_dropped(self):
        store = MemoryPersistStore()
        self.boot(store).run()
        key = next(iter(store.data))
        store.data[key] = b"not a pickle"
        cached_func.caches.clear()
        app = self.boot(store)
        app.run()
        self.assertEqual(app.markdown(), ["computed 1", "[1, 1] calls 1"])

    def test_app_level_default_persists_plain_cache_data(self):
        store = MemoryPersistStore()
        self.boot(store, "import streamlit as st\n@st.cache_data\ndef f():\n    return 1\nf()\n", by_default=True).run()
        self.assertEqual(len(store.data), 1)
        self.boot(store, "import streamlit as st\n@st.cache_data\ndef g():\n    return 1\ng()\n", by_default=False).run()
        self.assertEqual(len(store.data), 1)


if __name__ == "__main__":
    unittest.main()
