"""The machinery shared by st.cache_data and st.cache_resource (behaviour.md §6)."""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import inspect
import pickle
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from streamlit.runtime.caching.cache_errors import BadTTLStringError, UnhashableParamError, UnhashableTypeError
from streamlit.runtime.caching.hashing import HashFuncs, update_hash
from streamlit.runtime.caching.replay import Recorder, replay
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

_TTL_UNITS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
    "us": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
}
_TTL_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*,?")


def ttl_to_seconds(ttl: float | int | datetime.timedelta | str | None) -> float | None:
    """Seconds from a number, a timedelta or a string such as "1h23s" or "1.5 days"."""
    if ttl is None:
        return None
    if isinstance(ttl, datetime.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        text = ttl.strip().lower()
        total, pos = 0.0, 0
        for match in _TTL_PART.finditer(text):
            if match.start() != pos or match.group(2) not in _TTL_UNITS:
                raise BadTTLStringError(ttl)
            total += float(match.group(1)) * _TTL_UNITS[match.group(2)]
            pos = match.end()
        if pos != len(text) or not text:
            raise BadTTLStringError(ttl)
        return total
    return float(ttl)


def function_key(func: Callable[..., Any], cache_type: str) -> str:
    """Module + qualname + source: editing the function starts a new cache (§6.1)."""
    h = hashlib.md5(usedforsecurity=False)
    h.update(cache_type.encode())
    h.update(f"{func.__module__}.{func.__qualname__}".encode())
    try:
        source = inspect.getsource(func)
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        source = code.co_code.hex() + repr(code.co_consts) if code is not None else repr(func)
    h.update(source.encode())
    return h.hexdigest()


def value_key(cache_type: str, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], hash_funcs: HashFuncs | None) -> str:
    """Hash (name, value) pairs; `_`-prefixed parameters are skipped (§6.2)."""
    try:
        names = list(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        names = []
    pairs: list[tuple[str | None, Any]] = [(names[i] if i < len(names) else None, arg) for i, arg in enumerate(args)]
    pairs.extend(kwargs.items())
    h = hashlib.md5(usedforsecurity=False)
    for name, arg in pairs:
        if name is not None and name.startswith("_"):
            continue
        try:
            update_hash(name, h)
            update_hash(arg, h, hash_funcs)
        except UnhashableTypeError as err:
            raise UnhashableParamError(cache_type, func, name, arg, err) from None
    return h.hexdigest()


@dataclass
class Entry:
    #: cache_data: the pickled value; cache_resource: the object itself.
    value: Any
    #: Recorded deltas to replay on a hit.
    messages: list[Any]
    created: float = field(default_factory=time.time)


class MemoryCache:
    """One function's entries: LRU with an optional TTL."""

    def __init__(self) -> None:
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.lock = threading.RLock()

    def get(self, key: str, ttl: float | None) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if ttl is not None and time.time() - entry.created > ttl:
            del self.entries[key]
            return None
        self.entries.move_to_end(key)
        return entry

    def put(self, key: str, entry: Entry, max_entries: int | None) -> list[str]:
        """Store an entry; returns the keys evicted to respect max_entries."""
        self.entries[key] = entry
        self.entries.move_to_end(key)
        evicted = []
        while max_entries is not None and len(self.entries) > max_entries:
            evicted.append(self.entries.popitem(last=False)[0])
        return evicted


#: Every cache in this runtime by function key: shared by sessions, survives reruns (§6.1).
caches: dict[str, MemoryCache] = {}


class CachedFunction:
    """What a cache decorator returns: calls through the cache, plus `clear()`."""

    def __init__(self, func: Callable[..., Any], api: Any, *, ttl: Any, max_entries: int | None, show_spinner: bool | str, show_time: bool, hash_funcs: HashFuncs | None) -> None:
        self._func = func
        self._api = api
        self._ttl = ttl_to_seconds(ttl)
        self._max_entries = max_entries
        self._show_spinner = show_spinner
        self._show_time = show_time
        self._hash_funcs = hash_funcs
        self._key = function_key(func, api.cache_type)
        functools.update_wrapper(self, func)

    @property
    def _cache(self) -> MemoryCache:
        return caches.setdefault(self._key, MemoryCache())

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        """Decorating a method: bind like a function would (self is hashed unless named `_self`)."""
        if instance is None:
            return self
        return functools.partial(self.__call__, instance)

    def __repr__(self) -> str:
        return f"<cached function {self._func.__qualname__}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = value_key(self._api.cache_type, self._func, args, kwargs, self._hash_funcs)
        with self._cache.lock:
            entry = self._cache.get(key, self._ttl) or self._api.load_persisted(self, key)
            if entry is not None:
                value = self._api.on_hit(self, key, entry)
                if value is not _MISS:
                    replay(entry.messages)
                    return value
            return self._compute(key, args, kwargs)

    def _compute(self, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        ctx = get_script_run_ctx()
        recorder = Recorder()
        with self._spinner(ctx):
            if ctx is not None:
                ctx.cache_recorders.append(recorder)
            try:
                value = self._func(*args, **kwargs)
            finally:
                if ctx is not None:
                    ctx.cache_recorders.remove(recorder)
        entry = Entry(self._api.to_stored(self, value), recorder.records)
        for evicted in self._cache.put(key, entry, self._max_entries):
            self._api.forget_persisted(self, evicted)
        self._api.store_persisted(self, key, entry)
        return value

    @contextlib.contextmanager
    def _spinner(self, ctx: Any) -> Iterator[None]:
        """Only the outermost cached call on a miss shows a spinner (§1.11, §6.6)."""
        depth = getattr(ctx, "_cache_depth", 0) if ctx is not None else 0
        spinner = _spinner_function() if self._show_spinner and depth == 0 and ctx is not None else None
        if ctx is not None:
            ctx._cache_depth = depth + 1
        try:
            if spinner is None:
                yield
            else:
                text = self._show_spinner if isinstance(self._show_spinner, str) else f"Running `{self._func.__name__}(...)`."
                with _spinner_context(spinner, text, self._show_time):
                    yield
        finally:
            if ctx is not None:
                ctx._cache_depth = depth

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Drop all of this function's entries, or only the one for these arguments (§6.8)."""
        with self._cache.lock:
            if args or kwargs:
                key = value_key(self._api.cache_type, self._func, args, kwargs, self._hash_funcs)
                self._cache.entries.pop(key, None)
                self._api.forget_persisted(self, key)
            else:
                self._cache.entries.clear()
                self._api.forget_persisted(self, None)


_MISS = object()


def _spinner_function() -> Any:
    from streamlit.delta_generator import main_dg

    return getattr(main_dg, "spinner", None)


def _spinner_context(spinner: Callable[..., Any], text: str, show_time: bool) -> Any:
    try:
        return spinner(text, show_time=show_time)
    except TypeError:
        return spinner(text)
