"""st.secrets, st.connection (SQLite) and st.context."""

from __future__ import annotations

import os
import textwrap

from helpers import AppTestCase

from streamlit.runtime.caching import cached_func
from streamlit.runtime.persist import MemoryPersistStore


class SecretsTest(AppTestCase):
    def app_with_secrets(self, source: str, secrets: str | None):
        app = self.app(source)
        if secrets is not None:
            os.makedirs(os.path.join(app.dir, ".streamlit"), exist_ok=True)
            with open(os.path.join(app.dir, ".streamlit", "secrets.toml"), "w") as f:
                f.write(textwrap.dedent(secrets))
        cwd = os.getcwd()
        os.chdir(app.dir)
        self.addCleanup(os.chdir, cwd)
        return app

    def test_dict_and_attribute_access_with_nested_sections(self):
        app = self.app_with_secrets(
            """
            import os, streamlit as st
            st.write(st.secrets["api_key"], st.secrets.db.user, st.secrets["db"]["port"], "api_key" in st.secrets)
            st.write(os.environ.get("api_key"), sorted(st.secrets.keys()))
            st.json(st.secrets.to_dict())
            """,
            """
            api_key = "abc"
            [db]
            user = "me"
            port = 5432
            """,
        )
        app.run()
        self.assertEqual(app.markdown(), ["abc me `5432` `True`", "abc"])
        self.assertEqual([e["body"] for e in app.find("json")], ['["api_key", "db"]', '{"api_key": "abc", "db": {"user": "me", "port": 5432}}'])

    def test_missing_keys_raise_streamlits_errors(self):
        app = self.app_with_secrets(
            """
            import streamlit as st
            for probe in (lambda: st.secrets["nope"], lambda: st.secrets.nope, lambda: st.secrets.db.nope):
                try:
                    probe()
                except (KeyError, AttributeError) as err:
                    st.text(f"{type(err).__name__}: {err.args[0]}")
            """,
            "[db]\nuser = 'me'\n",
        )
        app.run()
        texts = [e["body"] for e in app.find("text")]
        tail = "Did you forget to add it to secrets.toml or the app settings on Streamlit Cloud? More info: https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
        self.assertEqual(
            texts,
            [
                f'KeyError: st.secrets has no key "nope". {tail}',
                f'AttributeError: st.secrets has no attribute "nope". {tail}',
                f'AttributeError: st.secrets has no attribute "nope". {tail}',
            ],
        )

    def test_no_secrets_file_shows_an_error_and_raises(self):
        app = self.app_with_secrets("import streamlit as st\nst.secrets['x']\n", None)
        app.run()
        self.assertIn("No secrets files found.", app.find_one("alert")["body"])
        self.assertEqual(app.find_one("exception")["excType"], "FileNotFoundError")

    def test_secrets_are_read_only(self):
        app = self.app_with_secrets("import streamlit as st\nst.secrets.db['user'] = 'x'\n", "[db]\nuser = 'me'\n")
        app.run()
        self.assertEqual(app.find_one("exception")["message"], "Secrets does not support item assignment.")


class SqlConnectionTest(AppTestCase):
    SCRIPT = """
        import streamlit as st
        conn = st.connection("pets_db", type="sql", url="sqlite:///pets.db", persist=True)
        with conn.session as s:
            s.execute("CREATE TABLE IF NOT EXISTS pets (name TEXT, owner TEXT)")
            if st.session_state.get("insert", True):
                s.execute("INSERT INTO pets VALUES (:name, :owner)", params={"name": "Rex", "owner": "Ann"})
            s.commit()
        rows = conn.query("select * from pets where owner = :o", params={"o": "Ann"}, ttl=0)
        st.write(f"{len(rows)} {rows['name']} {rows.to_records()}")
        """

    def setUp(self):
        cached_func.caches.clear()

    def test_create_insert_query(self):
        app = self.app(self.SCRIPT)
        os.chdir(app.dir)
        app.run()
        self.assertEqual(app.markdown(), ["1 ['Rex'] [{'name': 'Rex', 'owner': 'Ann'}]"], app.exceptions())

    def test_query_results_are_cached_by_sql_and_params(self):
        app = self.run_app(
            """
            import streamlit as st
            conn = st.connection("sql", url="sqlite://")
            a = conn.query("select 1 as x")
            b = conn.query("select 1 as x")
            st.write(f"{a.columns} {a.rows} equal={a == b} copy={a is not b}")
            """
        )
        self.assertEqual(app.markdown(), ["['x'] [(1,)] equal=True copy=True"], app.exceptions())

    def test_database_file_is_restored_from_the_persist_store(self):
        store = MemoryPersistStore()
        app = self.app(self.SCRIPT)
        os.chdir(app.dir)
        app.session.persist = store
        app.run()
        self.assertTrue(any(k.startswith("file/") for k in store.data))
        os.remove(os.path.join(app.dir, "pets.db"))  # a reload: the file system is new
        cached_func.caches.clear()
        again = self.app(self.SCRIPT.replace('st.session_state.get("insert", True)', "False"))
        os.chdir(again.dir)
        again.session.persist = store
        again.run()
        self.assertEqual(again.markdown(), ["1 ['Rex'] [{'name': 'Rex', 'owner': 'Ann'}]"], again.exceptions())

    def test_other_dialects_are_refused_clearly(self):
        app = self.run_app('import streamlit as st\nst.connection("pg", type="sql", url="postgresql://u@h/db")\n')
        self.assertIn("supports SQLite only", app.find_one("exception")["message"])

    def test_missing_configuration(self):
        app = self.run_app('import streamlit as st\nst.connection("sql")\n')
        self.assertEqual(
            app.find_one("exception")["message"],
            "Missing SQL DB connection configuration. Did you forget to set this in `secrets.toml` or as kwargs to `st.connection`?",
        )

    def test_user_defined_connection(self):
        app = self.run_app(
            """
            import streamlit as st
            from streamlit.connections import BaseConnection
            made = []
            class Counter(BaseConnection[dict]):
                def _connect(self, start=0, **kwargs):
                    made.append(1)
                    return {"value": start}
                def value(self):
                    return self._instance["value"]
            c1 = st.connection("counter", type=Counter, start=5)
            c2 = st.connection("counter", type=Counter, start=5)
            c1.reset()
            st.write(f"{c1 is c2} {c1.value()} {len(made)} {c1._secrets.to_dict()}")
            """
        )
        self.assertEqual(app.markdown(), ["True 5 2 {}"], app.exceptions())


class ContextTest(AppTestCase):
    def test_context_from_the_page(self):
        app = self.app(
            """
            import streamlit as st
            c = st.context
            st.write(f"{c.url} {c.locale} {c.timezone} {c.timezone_offset} {c.theme.type} {dict(c.cookies)} {dict(c.headers)} {c.ip_address} {c.is_embedded}")
            """
        )
        app.session.context_info = {
            "url": "http://localhost/app",
            "locale": "de-DE",
            "timezone": "Europe/Berlin",
            "timezoneOffset": -60,
            "theme": {"type": "light"},
            "cookies": {"a": "1"},
            "isEmbedded": False,
        }
        app.run()
        self.assertEqual(app.markdown(), ["http://localhost/app de-DE Europe/Berlin -60 light {'a': '1'} {} None False"])

    def test_time_zone_read_by_the_worker_when_the_page_leaves_it_out(self):
        # The page sends no time zone (Intl's first use is slow while Python starts): the
        # worker's JavaScript reads the same browser's zone when the app asks for it.
        from js import Intl

        app = self.app("import streamlit as st\nst.write(st.context.timezone)")
        app.session.context_info = {"url": "http://localhost/app", "locale": "en-US", "timezoneOffset": 0}
        app.run()
        self.assertEqual(app.markdown(), [str(Intl.DateTimeFormat.new().resolvedOptions().timeZone)])
