"""st.cache_data and st.cache_resource (behaviour.md §6)."""

from __future__ import annotations

import pickle
import sys
import time
from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.caching.cache_errors import UnserializableReturnValueError
from streamlit.runtime.caching.cached_func import _MISS, CachedFunction, Entry, caches

_warned_corrupt = False


def _session() -> Any:
    from streamlit.runtime import app_session

    return app_session.current_session


def _persist_store() -> Any:
    session = _session()
    return getattr(session, "persist", None) if session is not None else None


class _DataOps:
    """How cache_data stores values: pickled, a fresh copy on every hit (§6.4), maybe persisted."""

    cache_type = "cache_data"

    def __init__(self, persist: str | None) -> None:
        self.persist = persist

    def _persisting(self) -> Any:
        if self.persist is None:
            session = _session()
            if session is None or not getattr(session, "persist_cache_by_default", False):
                return None
        return _persist_store()

    def to_stored(self, cf: CachedFunction, value: Any) -> bytes:
        try:
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as err:
            raise UnserializableReturnValueError(cf._func, value) from err

    def on_hit(self, cf: CachedFunction, key: str, entry: Entry) -> Any:
        return pickle.loads(entry.value)

    def load_persisted(self, cf: CachedFunction, key: str) -> Entry | None:
        store = self._persisting()
        if store is None:
            return None
        raw = store.get(f"cache/{cf._key}/{key}")
        if raw is None:
            return None
        try:
            value, messages, created = pickle.loads(raw)
            entry = Entry(value, messages, created)
        except Exception:
            _warn_corrupt()
            store.delete(f"cache/{cf._key}/{key}")
            return None
        if cf._ttl is not None and time.time() - created > cf._ttl:
            store.delete(f"cache/{cf._key}/{key}")
            return None
        for evicted in cf._cache.put(key, entry, cf._max_entries):
            store.delete(f"cache/{cf._key}/{evicted}")
        return entry

    def store_persisted(self, cf: CachedFunction, key: str, entry: Entry) -> None:
        store = self._persisting()
        if store is not None:
            store.set(f"cache/{cf._key}/{key}", pickle.dumps((entry.value, entry.messages, entry.created), protocol=pickle.HIGHEST_PROTOCOL))

    def forget_persisted(self, cf: CachedFunction, key: str | None) -> None:
        store = _persist_store()
        if store is None:
            return
        if key is None:
            store.delete_prefix(f"cache/{cf._key}/")
        else:
            store.delete(f"cache/{cf._key}/{key}")


class _ResourceOps:
    """How cache_resource stores values: the same object for every caller, checked by validate."""

    cache_type = "cache_resource"

    def __init__(self, validate: Callable[[Any], bool] | None) -> None:
        self.validate = validate

    def to_stored(self, cf: CachedFunction, value: Any) -> Any:
        return value

    def on_hit(self, cf: CachedFunction, key: str, entry: Entry) -> Any:
        if self.validate is not None and not self.validate(entry.value):
            cf._cache.entries.pop(key, None)
            return _MISS
        return entry.value

    def load_persisted(self, cf: CachedFunction, key: str) -> None:
        return None

    def store_persisted(self, cf: CachedFunction, key: str, entry: Entry) -> None:
        pass

    def forget_persisted(self, cf: CachedFunction, key: str | None) -> None:
        pass


def _warn_corrupt() -> None:
    global _warned_corrupt
    if not _warned_corrupt:
        _warned_corrupt = True
        print("Brooklet: a persisted cache entry could not be read and was dropped.", file=sys.stderr)


class _CacheAPI:
    cache_type = ""

    def __init__(self) -> None:
        self._function_keys: set[str] = set()

    def _register(self, cf: CachedFunction) -> CachedFunction:
        self._function_keys.add(cf._key)
        return cf

    def clear(self) -> None:
        """Clear every cache of this kind (persisted entries too)."""
        for key in self._function_keys:
            cache = caches.get(key)
            if cache is not None:
                cache.entries.clear()
        self._clear_persisted()

    def _clear_persisted(self) -> None:
        pass


class CacheDataAPI(_CacheAPI):
    """`st.cache_data`: cache what a function returns; every caller gets its own copy."""

    cache_type = "cache_data"

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: Any = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
    ) -> Any:
        if persist is True:
            persist = "disk"
        if persist is False:
            persist = None
        if persist not in (None, "disk"):
            raise StreamlitAPIException(f"Unsupported persist option '{persist}'. Valid values are 'disk' or None.")

        def decorate(f: Callable[..., Any]) -> CachedFunction:
            ops = _DataOps(persist)
            cf = CachedFunction(f, ops, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, show_time=show_time, hash_funcs=hash_funcs)
            return self._register(cf)

        return decorate(func) if func is not None else decorate

    def _clear_persisted(self) -> None:
        store = _persist_store()
        if store is not None:
            store.delete_prefix("cache/")


class CacheResourceAPI(_CacheAPI):
    """`st.cache_resource`: cache a global resource; every caller gets the same object."""

    cache_type = "cache_resource"

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
    ) -> Any:
        def decorate(f: Callable[..., Any]) -> CachedFunction:
            ops = _ResourceOps(validate)
            cf = CachedFunction(f, ops, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, show_time=show_time, hash_funcs=hash_funcs)
            return self._register(cf)

        return decorate(func) if func is not None else decorate


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
