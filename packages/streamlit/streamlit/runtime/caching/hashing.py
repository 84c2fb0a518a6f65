"""Argument hashing for caches (behaviour.md §6.2–§6.3).

Every value is prefixed with its type, so `1`, `1.0`, `"1"` and `True` hash apart.
Containers hash their items; objects Streamlit knows (dates, UUIDs, Enums, dataclasses,
partials, modules, classes, file-like objects, regex patterns, numpy/pandas/PIL objects
when installed) hash by value; anything else is tried through `__reduce__`.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import decimal
import enum
import fractions
import functools
import hashlib
import inspect
import io
import pathlib
import pickle
import re
import sys
import types
import uuid
from typing import Any, Callable

from streamlit.runtime.caching.cache_errors import UnhashableTypeError, get_fqn_type

HashFuncs = dict[Any, Callable[[Any], Any]]


def update_hash(value: Any, hasher: Any, hash_funcs: HashFuncs | None = None) -> None:
    """Feed `value` into `hasher` (a hashlib object)."""
    hasher.update(_Hasher(hash_funcs).to_bytes(value))


class _Hasher:
    def __init__(self, hash_funcs: HashFuncs | None) -> None:
        self._hash_funcs: dict[str, Callable[[Any], Any]] = {}
        for key, func in (hash_funcs or {}).items():
            name = key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}"
            self._hash_funcs[name] = func
        self._in_progress: set[int] = set()

    def to_bytes(self, obj: Any) -> bytes:
        """Type name plus the value's bytes, with cycle protection."""
        key = id(obj)
        if key in self._in_progress:
            return b"__cycle__"
        self._in_progress.add(key)
        try:
            h = hashlib.md5(usedforsecurity=False)
            h.update(get_fqn_type(obj).encode())
            h.update(self._value_bytes(obj))
            return h.digest()
        finally:
            self._in_progress.discard(key)

    def _value_bytes(self, obj: Any) -> bytes:  # noqa: C901 - one dispatch table, read top to bottom
        fqn = get_fqn_type(obj)
        custom = self._hash_funcs.get(fqn) or self._hash_funcs.get(type(obj).__qualname__)
        if custom is not None:
            return self.to_bytes(custom(obj))
        if obj is None or isinstance(obj, bool):
            return repr(obj).encode()
        if isinstance(obj, int):
            return str(obj).encode()
        if isinstance(obj, float):
            return obj.hex().encode()
        if isinstance(obj, (complex, decimal.Decimal, fractions.Fraction)):
            return repr(obj).encode()
        if isinstance(obj, str):
            return obj.encode("utf-8", "surrogatepass")
        if isinstance(obj, (bytes, bytearray, memoryview)):
            return bytes(obj)
        if isinstance(obj, (list, tuple)):
            return b"".join(self.to_bytes(item) for item in obj) + b"|" + str(len(obj)).encode()
        if isinstance(obj, (dict, collections.OrderedDict, types.MappingProxyType)):
            return b"".join(self.to_bytes(k) + self.to_bytes(v) for k, v in obj.items())
        if isinstance(obj, (set, frozenset)):
            return b"".join(sorted(self.to_bytes(item) for item in obj))
        if isinstance(obj, (datetime.date, datetime.time, datetime.timedelta)):
            return obj.isoformat().encode() if hasattr(obj, "isoformat") else repr(obj).encode()
        if isinstance(obj, uuid.UUID):
            return obj.bytes
        if isinstance(obj, enum.Enum):
            return f"{type(obj).__qualname__}.{obj.name}".encode() + self.to_bytes(obj.value)
        if isinstance(obj, pathlib.PurePath):
            return str(obj).encode()
        if isinstance(obj, re.Pattern):
            return self.to_bytes([obj.pattern, obj.flags])
        if isinstance(obj, functools.partial):
            return _function_bytes(obj.func) + self.to_bytes([obj.args, obj.keywords])
        if inspect.ismodule(obj):
            return obj.__name__.encode()
        if inspect.isclass(obj):
            return f"{obj.__module__}.{obj.__qualname__}".encode()
        if isinstance(obj, io.IOBase) and hasattr(obj, "seek") and hasattr(obj, "read"):
            return self._file_bytes(obj)
        if dataclasses.is_dataclass(obj):
            return self.to_bytes(dataclasses.asdict(obj))
        known = self._known_library_bytes(obj)
        if known is not None:
            return known
        if inspect.isfunction(obj) or inspect.ismethod(obj) or inspect.isbuiltin(obj):
            raise UnhashableTypeError()
        return self._reduce_bytes(obj)

    def _file_bytes(self, obj: Any) -> bytes:
        position = obj.tell()
        obj.seek(0)
        data = obj.read()
        obj.seek(position)
        return self.to_bytes([getattr(obj, "name", None), data])

    def _known_library_bytes(self, obj: Any) -> bytes | None:
        """numpy, pandas and PIL objects, recognised without importing the libraries."""
        module = type(obj).__module__.split(".")[0]
        if module == "numpy" and hasattr(obj, "tobytes") and hasattr(obj, "dtype"):
            return self.to_bytes([str(obj.dtype), getattr(obj, "shape", None), obj.tobytes()])
        if module == "pandas":
            pandas = sys.modules.get("pandas")
            if pandas is not None and hasattr(pandas, "util"):
                try:
                    return self.to_bytes(pandas.util.hash_pandas_object(obj).sum().item())
                except TypeError:
                    return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        if module == "PIL" and hasattr(obj, "tobytes"):
            return self.to_bytes([getattr(obj, "mode", None), getattr(obj, "size", None), obj.tobytes()])
        return None

    def _reduce_bytes(self, obj: Any) -> bytes:
        # Objects that only have object's own pickling have no value to hash: Streamlit
        # refuses them (UnhashableParamError) rather than hash by identity.
        if not _has_custom_pickling(type(obj)):
            raise UnhashableTypeError()
        try:
            reduced = obj.__reduce_ex__(4)
        except Exception as err:
            raise UnhashableTypeError() from err
        if isinstance(reduced, str):
            return reduced.encode()
        return b"".join(self._reduce_part_bytes(part) for part in reduced)

    def _reduce_part_bytes(self, part: Any) -> bytes:
        if callable(part) and hasattr(part, "__qualname__") and not inspect.isclass(part):
            return f"{getattr(part, '__module__', '')}.{part.__qualname__}".encode()
        return self.to_bytes(part)


def _function_bytes(func: Callable[..., Any]) -> bytes:
    """A function inside a partial is identified by its name and code."""
    code = getattr(func, "__code__", None)
    name = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}"
    return name.encode() + (code.co_code if code is not None else b"")


def _has_custom_pickling(cls: type) -> bool:
    return any(getattr(cls, name, None) is not getattr(object, name, None) for name in ("__reduce__", "__reduce_ex__", "__getstate__"))
