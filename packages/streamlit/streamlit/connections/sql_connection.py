"""SQLConnection over the standard library's sqlite3.

Streamlit's SQLConnection uses SQLAlchemy, which cannot be installed here; SQLite covers
what runs in a browser: the database file lives in the app's file system and can be
persisted to IndexedDB (`persist = true` in the connection's secrets or `persist=True`).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections import ChainMap
from typing import Any, Iterator, Sequence
from urllib.parse import unquote, urlparse

from streamlit.connections.base_connection import BaseConnection
from streamlit.errors import StreamlitAPIException

_ALL_CONNECTION_PARAMS = {"url", "driver", "dialect", "username", "password", "host", "port", "database", "query"}


class QueryResult:
    """Rows of a query when pandas is not installed: st.dataframe, st.table and st.write accept it."""

    def __init__(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.columns = list(columns)
        self.rows = [tuple(r) for r in rows]

    # A DB-API cursor's surface, which the data layer reads.
    @property
    def description(self) -> list[tuple[Any, ...]]:
        return [(name, None, None, None, None, None, None) for name in self.columns]

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.to_records())

    def __getitem__(self, column: str) -> list[Any]:
        try:
            i = self.columns.index(column)
        except ValueError:
            raise KeyError(column) from None
        return [row[i] for row in self.rows]

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), len(self.columns))

    def to_records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_dict(self) -> dict[str, list[Any]]:
        return {name: self[name] for name in self.columns}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, QueryResult) and (self.columns, self.rows) == (other.columns, other.rows)

    def __repr__(self) -> str:
        lines = [" | ".join(self.columns)] + [" | ".join(map(str, row)) for row in self.rows[:20]]
        if len(self.rows) > 20:
            lines.append(f"... ({len(self.rows)} rows)")
        return "\n".join(lines)


def _sqlite_path(params: dict[str, Any]) -> str:
    if "url" in params:
        url = str(params["url"])
        parsed = urlparse(url)
        dialect = parsed.scheme.split("+")[0]
        if dialect != "sqlite":
            raise StreamlitAPIException(
                f"Brooklet's SQL connection supports SQLite only (got `{dialect}`): the browser cannot reach database servers."
            )
        # sqlite:///relative.db, sqlite:////absolute.db, sqlite:// (memory)
        path = url[len(parsed.scheme) + 3 :]
        path = unquote(path[1:] if path.startswith("/") else path)
        return path or ":memory:"
    dialect = params.get("dialect")
    if dialect is None:
        raise StreamlitAPIException("Missing SQL DB connection param: dialect")
    if dialect != "sqlite":
        raise StreamlitAPIException(
            f"Brooklet's SQL connection supports SQLite only (got `{dialect}`): the browser cannot reach database servers."
        )
    return str(params.get("database") or ":memory:")


class Session:
    """`conn.session`: execute statements and commit, like a SQLAlchemy Session."""

    def __init__(self, connection: "SQLConnection") -> None:
        self._conn = connection
        self._raw = connection._instance

    def execute(self, statement: Any, params: Any = None) -> sqlite3.Cursor:
        sql = getattr(statement, "text", None) or str(statement)
        return self._raw.execute(sql, params if params is not None else ())

    def commit(self) -> None:
        self._raw.commit()
        self._conn._persist_file()

    def rollback(self) -> None:
        self._raw.rollback()

    def close(self) -> None:
        pass

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self._raw.rollback()


class SQLConnection(BaseConnection[sqlite3.Connection]):
    """A SQLite database: `query()` cached like Streamlit's, `session` for writes."""

    def _connect(self, autocommit: bool = False, persist: bool | None = None, **kwargs: Any) -> sqlite3.Connection:
        conn_params = dict(ChainMap({k: v for k, v in kwargs.items() if k in _ALL_CONNECTION_PARAMS}, self._secrets.to_dict()))
        if not conn_params:
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in `secrets.toml` or as kwargs to `st.connection`?"
            )
        self._path = _sqlite_path(conn_params)
        self._persist = bool(persist if persist is not None else conn_params.get("persist", False))
        self._restore_file()
        if self._path != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(self._path)), exist_ok=True)
        raw = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None if autocommit else "")
        return raw

    @property
    def driver(self) -> str:
        return "pysqlite"

    @property
    def session(self) -> Session:
        return Session(self)

    def connect(self) -> sqlite3.Connection:
        return self._instance

    def close(self) -> None:
        if self._raw_instance is not None:
            self._raw_instance.close()

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: Any = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any = None,
        **kwargs: Any,
    ) -> Any:
        """Run a read query, cached with st.cache_data (`ttl` as there)."""
        from streamlit.runtime.caching import cache_data

        def _query(sql: str, index_col: Any = None, chunksize: Any = None, params: Any = None, **kwargs: Any) -> Any:
            cursor = self._instance.execute(sql, params if params is not None else ())
            columns = [d[0] for d in cursor.description or ()]
            rows = cursor.fetchall()
            pandas = sys.modules.get("pandas")
            if pandas is not None:
                frame = pandas.DataFrame.from_records(rows, columns=columns)
                return frame.set_index(index_col) if index_col is not None else frame
            return QueryResult(columns, rows)

        # One cache per connection and ttl, as Streamlit scopes query caches.
        ttl_str = str(ttl).replace(".", "_")
        _query.__qualname__ = f"{_query.__qualname__}_{self._connection_name}_{ttl_str}"
        cached = cache_data(show_spinner=show_spinner, ttl=ttl)(_query)
        return cached(sql, index_col=index_col, chunksize=chunksize, params=params, **kwargs)

    # -- persistence of the database file ---------------------------------------------

    def _store(self) -> Any:
        from streamlit.runtime import app_session

        session = app_session.current_session
        return getattr(session, "persist", None) if self._persist and session is not None else None

    def _file_key(self) -> str:
        # The path as configured: the app's folder is the same on every boot.
        return f"file/{self._path}"

    def _restore_file(self) -> None:
        store = self._store()
        if store is None or self._path == ":memory:" or os.path.exists(self._path):
            return
        data = store.get(self._file_key())
        if data is not None:
            os.makedirs(os.path.dirname(os.path.abspath(self._path)), exist_ok=True)
            with open(self._path, "wb") as f:
                f.write(data)

    def _persist_file(self) -> None:
        store = self._store()
        if store is None or self._path == ":memory:":
            return
        with open(self._path, "rb") as f:
            store.set(self._file_key(), f.read())
