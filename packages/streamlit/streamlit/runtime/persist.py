"""The persisted-cache store as Python sees it (worker/persistence.ts behind it in the browser)."""

from __future__ import annotations

from typing import Any


class MemoryPersistStore:
    """A store kept in memory: used by tests and wherever no browser storage exists."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.data.get(key)

    def set(self, key: str, value: bytes) -> None:
        self.data[key] = bytes(value)

    def delete(self, key: str) -> None:
        self.data.pop(key, None)

    def delete_prefix(self, prefix: str) -> None:
        for key in [k for k in self.data if k.startswith(prefix)]:
            del self.data[key]


class JsPersistStore:
    """Wraps the worker's PersistStore (IndexedDB with an in-memory copy)."""

    def __init__(self, js_store: Any) -> None:
        self._js = js_store

    def get(self, key: str) -> bytes | None:
        value = self._js.get(key)
        return None if value is None else value.to_bytes()

    def set(self, key: str, value: bytes) -> None:
        from pyodide.ffi import to_js

        self._js.set(key, to_js(value))

    def delete(self, key: str) -> None:
        self._js.delete(key)

    def delete_prefix(self, prefix: str) -> None:
        self._js.deletePrefix(prefix)
