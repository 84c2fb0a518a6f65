"""Turn anything table-like into columns: the one data layer behind st.dataframe,
st.data_editor, st.table, charts and maps.

Public interface (stable; other modules build on it)
----------------------------------------------------

``to_table(data, *, max_unevaluated_rows=10_000) -> Table``
    Normalise any supported input into a :class:`Table`. Raises
    ``StreamlitAPIException`` naming the type for unsupported input.

``is_dataframe_like(obj) -> bool``
    True for pandas/numpy/pyarrow/polars objects, DB-API cursors and objects with
    ``__arrow_c_stream__`` / ``to_pandas`` / ``__dataframe__`` (not for plain lists or
    dicts): what ``st.write`` sends to ``st.dataframe``.

``Table``
    ``columns: list[Column]`` (the data columns, in order), ``index: list[Column]``
    (one column per index level; a pandas RangeIndex or a plain-Python input gives one
    column whose ``values`` is a ``range`` 0..n-1 and ``Table.range_index`` is True),
    ``num_rows: int``, ``format: str`` (where the data came from, see ``FORMATS``),
    ``notice: str | None`` (a caption to show, e.g. when a cursor was truncated).
    Helpers: ``column_names``, ``column(name)``, ``to_dict()`` (name -> Python list),
    ``to_records()`` (list of dicts), ``rows()`` (list of lists).

``Column``
    ``name: str``; ``kind: str``, one of ``KINDS``: ``"int8"`` .. ``"int64"``,
    ``"uint8"`` .. ``"uint64"``, ``"float16"``/``"float32"``/``"float64"``, ``"bool"``,
    ``"utf8"``, ``"binary"``, ``"date32"``, ``"time"``, ``"timestamp[<unit>]"`` or
    ``"timestamp[<unit>, <tz>]"`` (unit s/ms/us/ns), ``"duration[<unit>]"``,
    ``"categorical"``, ``"list"``, ``"decimal"``, ``"object"`` (mixed values, shown as
    text), ``"null"`` (all missing);
    ``values``: a Python list (``None`` for missing) **or** a buffer (``memoryview``
    of a typed numeric array: numeric, bool, and the int64 ticks of timestamp/duration
    columns) taken zero-copy from numpy/pandas/pyarrow/polars where possible, **or**
    a ``range`` (RangeIndex);
    ``mask``: for buffer values, a buffer of one byte per row (non-zero = missing), or
    None; ``categories``: for ``"categorical"``, the category values (``values`` then
    hold the integer codes, -1 = missing); ``source_dtype``: the input's own dtype
    name (e.g. ``"Int64"``, ``"datetime64[ns, UTC]"``) or None.
    Helpers: ``len(col)``, ``col.is_buffer``, ``col.to_list()`` (Python values:
    ``None`` for missing, categories decoded, timestamps as ``datetime``, dates as
    ``date``, durations as ``timedelta``).

``table_to_wire(table) -> dict``
    The plain-data payload the worker turns into an Arrow table (``worker/arrow.ts``).
    Put it in an element payload as ``{"__arrow__": table_to_wire(t)}`` at the top
    level of the element dict: the worker replaces it by Arrow IPC bytes
    (``Uint8Array``) that the page reads with ``apache-arrow``.

Third-party packages are never imported here unless the object came from them: types
are recognised by their module and class names (``pandas.core.frame.DataFrame`` ...)
and used through their public methods, so fakes that mimic those interfaces work.
"""

from __future__ import annotations

import array
import collections
import dataclasses
import datetime
import decimal
import enum
import inspect
import math
import re
from collections.abc import Mapping
from typing import Any, Iterable, Sequence

from streamlit.errors import StreamlitAPIException

KINDS = (
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "bool", "utf8", "binary", "date32", "time",
    "timestamp[...]", "duration[...]", "categorical", "list", "decimal", "object", "null",
)  # fmt: skip

#: Values of ``Table.format``: where the data came from (data_editor returns this type).
FORMATS = (
    "empty", "pandas_dataframe", "pandas_series", "pandas_index", "pandas_styler",
    "numpy_list", "numpy_matrix", "pyarrow_table", "pyarrow_array", "polars_dataframe",
    "polars_series", "list_of_records", "list_of_rows", "list_of_values",
    "tuple_of_values", "set_of_values", "column_value_mapping", "column_index_mapping",
    "key_value_dict", "dbapi_cursor", "interchange", "unknown",
)  # fmt: skip

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_NAT = _INT64_MIN
_EPOCH = datetime.datetime(1970, 1, 1)
_EPOCH_DATE = datetime.date(1970, 1, 1)
_UNIT_PER_SECOND = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}


# ---------------------------------------------------------------------------------
# The normalised table


@dataclasses.dataclass
class Column:
    """One column: a name, a kind and its values (list, buffer or range)."""

    name: str
    kind: str
    values: Any
    mask: Any = None
    categories: list[Any] | None = None
    source_dtype: str | None = None

    def __len__(self) -> int:
        return len(self.values)

    @property
    def is_buffer(self) -> bool:
        return isinstance(self.values, memoryview)

    def is_missing(self, i: int) -> bool:
        if self.mask is not None and self.mask[i]:
            return True
        if self.is_buffer:
            if self.kind.startswith(("timestamp", "duration")):
                return self.values[i] == _NAT
            return False
        if self.kind == "categorical":
            return self.values[i] is None or self.values[i] < 0
        return self.values[i] is None

    def to_list(self) -> list[Any]:
        """The values as Python objects; None for missing."""
        raw = self.values.tolist() if self.is_buffer else list(self.values)
        kind = self.kind
        if kind == "categorical":
            cats = self.categories or []
            out = [None if c is None or c < 0 or c >= len(cats) else cats[c] for c in raw]
        elif self.is_buffer and kind.startswith(("timestamp", "duration")):
            unit = _unit_of(kind)
            tz = _tz_of(kind)
            convert = _ticks_to_datetime if kind.startswith("timestamp") else _ticks_to_timedelta
            out = [None if v == _NAT else convert(v, unit, tz) for v in raw]
        elif kind == "bool" and self.is_buffer:
            out = [bool(v) for v in raw]
        else:
            out = raw
        if self.mask is not None:
            out = [None if self.mask[i] else v for i, v in enumerate(out)]
        return out


@dataclasses.dataclass
class Table:
    """Columns of equal length, index columns and where they came from."""

    columns: list[Column]
    index: list[Column]
    num_rows: int
    format: str = "unknown"
    #: A caption to show under the element (rows left out), or None.
    notice: str | None = None
    #: The index is a plain 0..n-1 range (the page numbers the rows itself).
    range_index: bool = True
    #: Original input (data_editor returns edits in the input's type).
    source: Any = dataclasses.field(default=None, repr=False)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    def to_dict(self) -> dict[str, list[Any]]:
        return {c.name: c.to_list() for c in self.columns}

    def rows(self) -> list[list[Any]]:
        cols = [c.to_list() for c in self.columns]
        return [list(r) for r in zip(*cols)] if cols else [[] for _ in range(self.num_rows)]

    def to_records(self) -> list[dict[str, Any]]:
        names = self.column_names
        return [dict(zip(names, row)) for row in self.rows()]

    def index_values(self) -> list[Any]:
        """The index as one Python value per row (tuples for a multi-level index)."""
        if not self.index:
            return list(range(self.num_rows))
        if len(self.index) == 1:
            return self.index[0].to_list()
        return list(zip(*(c.to_list() for c in self.index)))


def _range_index(n: int, name: str = "") -> Column:
    return Column(name, "int64", range(n))


def _make_table(columns: list[Column], fmt: str, index: list[Column] | None = None, **extra: Any) -> Table:
    num_rows = len(columns[0]) if columns else (len(index[0]) if index else 0)
    for col in columns:
        if len(col) != num_rows:
            raise StreamlitAPIException(
                f"All columns must have the same length: column `{col.name}` has {len(col)} values, "
                f"expected {num_rows}."
            )
    range_index = index is None or (len(index) == 1 and isinstance(index[0].values, range))
    if index is None:
        index = [_range_index(num_rows)]
    return Table(columns, index, num_rows, fmt, range_index=range_index, **extra)


# ---------------------------------------------------------------------------------
# Type recognition by name (never importing the package)


def _type_names(obj: Any) -> list[str]:
    """Fully qualified names of the object's type and its bases."""
    try:
        mro = type(obj).__mro__
    except AttributeError:  # pragma: no cover
        mro = (type(obj),)
    return [f"{t.__module__}.{t.__qualname__}" for t in mro]


def _is(obj: Any, package: str, *class_names: str) -> bool:
    for qual in _type_names(obj):
        module, _, name = qual.rpartition(".")
        if (module == package or module.startswith(package + ".")) and name in class_names:
            return True
    return False


def is_pandas_dataframe(obj: Any) -> bool:
    return _is(obj, "pandas", "DataFrame")


def is_pandas_series(obj: Any) -> bool:
    return _is(obj, "pandas", "Series")


def is_pandas_index(obj: Any) -> bool:
    return _is(obj, "pandas", "Index", "RangeIndex", "MultiIndex", "DatetimeIndex", "CategoricalIndex",
               "TimedeltaIndex", "PeriodIndex", "IntervalIndex")  # fmt: skip


def is_pandas_styler(obj: Any) -> bool:
    return _is(obj, "pandas", "Styler")


def is_numpy_array(obj: Any) -> bool:
    return _is(obj, "numpy", "ndarray")


def is_pyarrow_table(obj: Any) -> bool:
    return _is(obj, "pyarrow", "Table", "RecordBatch")


def is_pyarrow_array(obj: Any) -> bool:
    return _is(obj, "pyarrow", "Array", "ChunkedArray")


def is_polars_dataframe(obj: Any) -> bool:
    return _is(obj, "polars", "DataFrame")


def is_polars_series(obj: Any) -> bool:
    return _is(obj, "polars", "Series")


def is_polars_lazyframe(obj: Any) -> bool:
    return _is(obj, "polars", "LazyFrame")


def is_dbapi_cursor(obj: Any) -> bool:
    """PEP 249 cursor: `description` plus `fetchall`/`fetchmany` and `execute`."""
    return (
        not isinstance(obj, type)
        and hasattr(obj, "description")
        and callable(getattr(obj, "fetchall", None))
        and callable(getattr(obj, "execute", None))
    )


def _has_callable(obj: Any, name: str) -> bool:
    return not isinstance(obj, type) and callable(getattr(obj, name, None))


def is_dataframe_like(obj: Any) -> bool:
    """True for table objects of third-party libraries and DB-API cursors.

    Plain Python collections (list, dict, tuple, set) are not dataframe-like: st.write
    shows them as JSON.
    """
    if obj is None or isinstance(obj, (list, tuple, set, dict, str, bytes, int, float, bool)):
        return False
    return (
        is_pandas_dataframe(obj)
        or is_pandas_series(obj)
        or is_pandas_index(obj)
        or is_pandas_styler(obj)
        or is_numpy_array(obj)
        or is_pyarrow_table(obj)
        or is_pyarrow_array(obj)
        or is_polars_dataframe(obj)
        or is_polars_series(obj)
        or is_polars_lazyframe(obj)
        or is_dbapi_cursor(obj)
    )


def is_convertible_by_protocol(obj: Any) -> bool:
    """Objects st.write sends to st.dataframe late (behaviour.md §7.1)."""
    return not isinstance(obj, type) and (
        _has_callable(obj, "to_pandas") or _has_callable(obj, "__dataframe__") or _has_callable(obj, "__arrow_c_stream__")
    )


# ---------------------------------------------------------------------------------
# Missing values and kind inference for Python values


def _is_missing_scalar(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float):
        return False  # NaN in a float column stays a number (shown empty by the grid)
    name = type(v).__name__
    return name in ("NAType", "NaTType") or (name == "float64" and v != v)


def _tz_name(tz: Any) -> str:
    key = getattr(tz, "key", None) or getattr(tz, "zone", None)
    if key:
        return str(key)
    if tz is datetime.timezone.utc:
        return "UTC"
    offset = tz.utcoffset(None) if tz is not None else None
    if offset is not None:
        total = int(offset.total_seconds()) // 60
        sign = "+" if total >= 0 else "-"
        return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return str(tz)


_NONE_TYPE = type(None)
#: Types whose values need no normalisation; their kind follows from the type alone.
_TYPE_KINDS: dict[type, str] = {
    bool: "bool", int: "int64", float: "float64", str: "utf8", datetime.date: "date32",
    datetime.time: "time", datetime.timedelta: "duration[us]", bytes: "binary", bytearray: "binary",
    decimal.Decimal: "decimal", list: "list", tuple: "list",
}  # fmt: skip
_PLAIN_TYPES = frozenset(_TYPE_KINDS) | {_NONE_TYPE, datetime.datetime, dict}


def _kind_of_types(types: set[type], vals: Sequence[Any]) -> str:
    """The kind of values whose (plain) types are `types`; per-value work only for datetimes."""
    types = types - {_NONE_TYPE}
    if not types:
        return "null"
    if types == {datetime.datetime}:
        zones = {v.tzinfo for v in vals if v is not None}
        if zones == {None}:
            return "timestamp[us]"
        names = {_tz_name(z) if z is not None else None for z in zones}
        if len(names) == 1 and None not in names:
            return f"timestamp[us, {names.pop()}]"
        return "object"
    if types <= {int, float}:
        return "int64" if types == {int} else "float64"
    kinds = {_TYPE_KINDS.get(t, "object") for t in types}
    return kinds.pop() if len(kinds) == 1 else "object"


def infer_kind(values: Sequence[Any]) -> str:
    """The kind of a list of Python values (missing values are skipped)."""
    vals = values if isinstance(values, list) else list(values)
    types = set(map(type, vals))
    if not types <= _PLAIN_TYPES:
        vals = [_normalise_scalar(v) for v in vals]
        types = set(map(type, vals))
        if not types <= _PLAIN_TYPES:
            kinds = {_scalar_kind(v) for v in vals if v is not None}
            if not kinds:
                return "null"
            if kinds <= {"int64", "float64"}:
                return "float64" if "float64" in kinds else "int64"
            return kinds.pop() if len(kinds) == 1 else "object"
    return _kind_of_types(types, vals)


def _scalar_kind(v: Any) -> str:
    if isinstance(v, bool) or type(v).__name__ == "bool_":
        return "bool"
    if isinstance(v, int) or type(v).__name__ in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
        iv = int(v)
        return "int64" if _INT64_MIN <= iv <= _INT64_MAX else "object"
    if isinstance(v, float) or type(v).__name__ in ("float16", "float32", "float64"):
        return "float64"
    if isinstance(v, str):
        return "utf8"
    if isinstance(v, datetime.datetime):
        return f"timestamp[us, {_tz_name(v.tzinfo)}]" if v.tzinfo is not None else "timestamp[us]"
    if isinstance(v, datetime.date):
        return "date32"
    if isinstance(v, datetime.time):
        return "time"
    if isinstance(v, datetime.timedelta):
        return "duration[us]"
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "binary"
    if isinstance(v, decimal.Decimal):
        return "decimal"
    if isinstance(v, (list, tuple)) or is_numpy_array(v):
        return "list"
    if isinstance(v, enum.Enum):
        return "object"
    return "object"


def _normalise_scalar(v: Any) -> Any:
    """numpy/pandas scalars to Python scalars; pandas NA/NaT to None."""
    if v is None:
        return None
    if _is_missing_scalar(v):
        return None
    t = type(v)
    if t.__module__ == "numpy" or t.__module__.startswith("numpy."):
        item = getattr(v, "item", None)
        if callable(item):
            try:
                return item()
            except Exception:  # noqa: BLE001
                return v
    if t.__name__ == "Timestamp" and hasattr(v, "to_pydatetime"):
        return v.to_pydatetime()
    if t.__name__ == "Timedelta" and hasattr(v, "to_pytimedelta"):
        return v.to_pytimedelta()
    return v


def column_from_values(name: Any, values: Iterable[Any], *, source_dtype: str | None = None) -> Column:
    """A column from Python values; numeric columns are packed into typed buffers.

    Plain Python values are classified by their set of types (C speed): a million ints
    become an int64 buffer in one `array.array` call. numpy/pandas scalars and pandas'
    missing markers are normalised first.
    """
    vals = values if isinstance(values, list) else list(values)
    types = set(map(type, vals))
    if types <= _PLAIN_TYPES:
        kind = _kind_of_types(types, vals)
    else:
        vals = [_normalise_scalar(v) for v in vals]
        kind = infer_kind(vals)
    name = _column_name(name)
    if kind == "object" and float in set(map(type, vals)):
        # NaN among other values marks a missing value (pandas object columns).
        cleaned = [None if isinstance(v, float) and v != v else v for v in vals]
        if cleaned != vals or any(v is None for v in cleaned):
            vals = cleaned
            kind = infer_kind(vals)
    if kind in ("int64", "float64"):
        packed = _pack_numbers(vals, "q" if kind == "int64" else "d")
        if packed is not None:
            return Column(name, kind, packed[0], mask=packed[1], source_dtype=source_dtype)
        # Out-of-range ints cannot be packed: shown as text, like Streamlit's fallback.
        return Column(name, "object", vals, source_dtype=source_dtype)
    if kind == "bool":
        if _NONE_TYPE in types:
            mask: bytes | None = bytes([v is None for v in vals])
            data = memoryview(bytes([v is True for v in vals]))
        else:
            mask, data = None, memoryview(bytes(vals))  # bytes([True, False]) == b"\x01\x00"
        return Column(name, "bool", data, mask=mask, source_dtype=source_dtype)
    return Column(name, kind, vals, source_dtype=source_dtype)


def _pack_numbers(vals: list[Any], typecode: str) -> tuple[memoryview, bytes | None] | None:
    try:
        return memoryview(array.array(typecode, vals)), None
    except (TypeError, OverflowError):
        pass
    mask = bytes([v is None for v in vals])
    filled = [0 if v is None else v for v in vals]
    try:
        return memoryview(array.array(typecode, filled)), mask
    except (TypeError, OverflowError):
        return None


def _column_name(name: Any) -> str:
    if name is None:
        return ""
    if isinstance(name, tuple):
        return " / ".join(str(n) for n in name)
    return str(name)


# ---------------------------------------------------------------------------------
# Buffers


_FORMAT_KINDS = {"b": "int", "h": "int", "i": "int", "l": "int", "q": "int", "n": "int",
                 "B": "uint", "H": "uint", "I": "uint", "L": "uint", "Q": "uint", "N": "uint",
                 "e": "float", "f": "float", "d": "float", "?": "bool"}  # fmt: skip


def buffer_kind(view: memoryview) -> str | None:
    """The numeric kind of a 1-D native-endian buffer, or None when it is not numeric."""
    fmt = view.format
    if fmt[:1] in ("@", "=", "<"):
        fmt = fmt[1:]
    if len(fmt) != 1 or fmt not in _FORMAT_KINDS:
        return None
    base = _FORMAT_KINDS[fmt]
    return "bool" if base == "bool" else f"{base}{view.itemsize * 8}"


def _as_view(obj: Any) -> memoryview | None:
    """A contiguous 1-D memoryview of an array-like (numpy's `.data`, or the buffer protocol)."""
    view = None
    data = getattr(obj, "data", None)
    if isinstance(data, memoryview):
        view = data
    else:
        try:
            view = memoryview(obj)
        except TypeError:
            return None
    if view.ndim != 1:
        return None
    if not view.c_contiguous:
        copy = getattr(obj, "copy", None)
        if not callable(copy):
            return None
        return _as_view(copy())
    return view


def _numeric_view(arr: Any) -> tuple[memoryview, str] | None:
    view = _as_view(arr)
    if view is None:
        return None
    kind = buffer_kind(view)
    if kind is None:
        return None
    if kind == "bool":
        view = view.cast("B")
    return view, kind


# ---------------------------------------------------------------------------------
# numpy


def _numpy_dtype_kind(arr: Any) -> str:
    dtype = getattr(arr, "dtype", None)
    return getattr(dtype, "kind", "O")


def _datetime_unit(dtype_str: str) -> str:
    m = re.search(r"\[(\w+)", dtype_str)
    unit = m.group(1) if m else "ns"
    return unit if unit in _UNIT_PER_SECOND else "ns"


def _numpy_column(name: Any, arr: Any, source_dtype: str | None = None) -> Column:
    kind_char = _numpy_dtype_kind(arr)
    dtype_str = str(getattr(arr, "dtype", ""))
    name = _column_name(name)
    if kind_char in "iufb":
        nv = _numeric_view(arr)
        if nv is not None:
            return Column(name, nv[1], nv[0], source_dtype=source_dtype or dtype_str)
    if kind_char in "Mm":
        ticks = arr.view("int64")
        nv = _numeric_view(ticks)
        if nv is not None:
            unit = _datetime_unit(dtype_str)
            kind = f"timestamp[{unit}]" if kind_char == "M" else f"duration[{unit}]"
            return Column(name, kind, nv[0], source_dtype=source_dtype or dtype_str)
    return column_from_values(name, arr.tolist(), source_dtype=source_dtype or dtype_str)


def _from_numpy(arr: Any) -> Table:
    ndim = getattr(arr, "ndim", len(getattr(arr, "shape", ())))
    if ndim == 0:
        return _make_table([], "numpy_list")
    if ndim == 1:
        return _make_table([_numpy_column("value", arr)], "numpy_list")
    if ndim == 2:
        ncols = arr.shape[1]
        cols = [_numpy_column(str(j), arr[:, j]) for j in range(ncols)]
        if ncols == 1:
            cols[0].name = "value"
        return _make_table(cols, "numpy_matrix")
    raise StreamlitAPIException(f"Unable to convert a numpy array with {ndim} dimensions to a table.")


# ---------------------------------------------------------------------------------
# pandas


_PD_DATETIME = re.compile(r"^datetime64\[(\w+)(?:,\s*(.+))?\]$")
_PD_TIMEDELTA = re.compile(r"^timedelta64\[(\w+)\]$")
_PD_NULLABLE = {
    "Int8": "int8", "Int16": "int16", "Int32": "int32", "Int64": "int64",
    "UInt8": "uint8", "UInt16": "uint16", "UInt32": "uint32", "UInt64": "uint64",
    "Float32": "float32", "Float64": "float64", "boolean": "bool",
}  # fmt: skip


def _pandas_vector_column(name: Any, vec: Any) -> Column:
    """A Series or an Index (one level) as a Column."""
    dtype = str(vec.dtype)
    name = _column_name(name)
    if dtype in _PD_NULLABLE:
        np_dtype = _PD_NULLABLE[dtype]
        missing = _as_view(vec.isna().to_numpy()) if hasattr(vec, "isna") else None
        filled = vec.to_numpy(dtype=np_dtype, na_value=False if np_dtype == "bool" else 0)
        nv = _numeric_view(filled)
        if nv is not None:
            mask = missing.cast("B") if missing is not None else None
            if mask is not None and not any(mask):
                mask = None
            return Column(name, nv[1], nv[0], mask=mask, source_dtype=dtype)
        return column_from_values(name, vec.tolist(), source_dtype=dtype)
    if dtype == "category":
        cat = vec.cat if hasattr(vec, "cat") else vec
        codes = cat.codes
        codes_arr = codes.to_numpy() if hasattr(codes, "to_numpy") else codes
        nv = _numeric_view(codes_arr)
        categories = [_normalise_scalar(c) for c in cat.categories.tolist()]
        values: Any = nv[0] if nv is not None else list(codes_arr.tolist())
        return Column(name, "categorical", values, categories=categories, source_dtype=dtype)
    m = _PD_DATETIME.match(dtype)
    if m:
        unit, tz = m.group(1), m.group(2)
        unit = unit if unit in _UNIT_PER_SECOND else "ns"
        ticks = _pandas_ticks(vec, tz is not None)
        if ticks is not None:
            kind = f"timestamp[{unit}, {tz}]" if tz else f"timestamp[{unit}]"
            return Column(name, kind, ticks, source_dtype=dtype)
    m = _PD_TIMEDELTA.match(dtype)
    if m:
        ticks = _pandas_ticks(vec, False)
        if ticks is not None:
            return Column(name, f"duration[{m.group(1)}]", ticks, source_dtype=dtype)
    if dtype[:1] in ("i", "u", "f", "b") and dtype.rstrip("0123456789") in ("int", "uint", "float", "bool"):
        arr = vec.to_numpy()
        nv = _numeric_view(arr)
        if nv is not None:
            return Column(name, nv[1], nv[0], source_dtype=dtype)
    return column_from_values(name, vec.tolist(), source_dtype=dtype)


def _pandas_ticks(vec: Any, tz_aware: bool) -> memoryview | None:
    """int64 ticks (UTC for tz-aware data) of a datetime/timedelta Series or Index."""
    arr = getattr(vec, "array", None)
    asi8 = getattr(arr, "asi8", None)
    if asi8 is None:
        asi8 = getattr(vec, "asi8", None)
    if asi8 is None and not tz_aware:
        asi8 = vec.to_numpy().view("int64")
    if asi8 is None:
        return None
    nv = _numeric_view(asi8)
    return nv[0] if nv is not None else None


def _pandas_index_columns(index: Any) -> tuple[list[Column], bool]:
    """Index levels as columns; (columns, is a plain 0..n-1 range)."""
    if _is(index, "pandas", "RangeIndex"):
        start, stop, step = index.start, index.stop, index.step
        return [Column(_column_name(index.name), "int64", range(start, stop, step))], (start == 0 and step == 1)
    nlevels = getattr(index, "nlevels", 1)
    if nlevels > 1:
        names = list(index.names)
        return [_pandas_vector_column(names[i], index.get_level_values(i)) for i in range(nlevels)], False
    return [_pandas_vector_column(index.name, index)], False


def _from_pandas_dataframe(df: Any, fmt: str = "pandas_dataframe") -> Table:
    names = list(df.columns)
    cols = [_pandas_vector_column(names[i], df.iloc[:, i]) for i in range(len(names))]
    index, plain = _pandas_index_columns(df.index)
    table = _make_table(cols, fmt, index)
    table.range_index = plain
    return table


def _from_pandas_series(ser: Any) -> Table:
    name = ser.name if ser.name is not None else 0
    index, plain = _pandas_index_columns(ser.index)
    table = _make_table([_pandas_vector_column(name, ser)], "pandas_series", index)
    table.range_index = plain
    return table


def _from_pandas_index(idx: Any) -> Table:
    nlevels = getattr(idx, "nlevels", 1)
    if nlevels > 1:
        cols, _ = _pandas_index_columns(idx)
    else:
        cols = [_pandas_vector_column(idx.name if idx.name is not None else 0, idx)]
    n = len(idx)
    return _make_table(cols, "pandas_index", [_range_index(n)])


# ---------------------------------------------------------------------------------
# pyarrow


_ARROW_NUMERIC = {
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "halffloat", "float", "double", "bool",
}  # fmt: skip
_ARROW_TS = re.compile(r"^timestamp\[(\w+)(?:,\s*tz=(.+))?\]$")


def _arrow_kind(type_str: str) -> str | None:
    """Our kind for a pyarrow type name, for columns read through to_pylist()."""
    if type_str in ("string", "large_string", "string_view", "utf8", "large_utf8"):
        return "utf8"
    if type_str in ("binary", "large_binary", "binary_view"):
        return "binary"
    if type_str.startswith("date"):
        return "date32"
    if type_str.startswith("time"):
        m = _ARROW_TS.match(type_str)
        if m:
            return f"timestamp[us, {m.group(2)}]" if m.group(2) else "timestamp[us]"
        return "time"
    if type_str.startswith("duration"):
        return "duration[us]"
    if type_str.startswith("dictionary"):
        return "categorical"
    if type_str.startswith(("list", "large_list", "fixed_size_list")):
        return "list"
    if type_str.startswith("decimal"):
        return "decimal"
    if type_str == "null":
        return "null"
    return None


def _arrow_column(name: str, col: Any) -> Column:
    type_str = str(col.type)
    if type_str in _ARROW_NUMERIC:
        nulls = getattr(col, "null_count", 0) or 0
        data = col.fill_null(False if type_str == "bool" else 0) if nulls else col
        try:
            arr = data.to_numpy(zero_copy_only=False)
        except TypeError:
            arr = data.to_numpy()
        nv = _numeric_view(arr)
        if nv is not None:
            mask = None
            if nulls:
                mv = _as_view(col.is_null().to_numpy(zero_copy_only=False))
                mask = mv.cast("B") if mv is not None else bytes(1 if v is None else 0 for v in col.to_pylist())
            return Column(name, nv[1], nv[0], mask=mask, source_dtype=type_str)
    if type_str.startswith("dictionary"):
        values = col.to_pylist()
        categories: list[Any] = []
        seen: dict[Any, int] = {}
        codes = []
        for v in values:
            if v is None:
                codes.append(-1)
                continue
            if v not in seen:
                seen[v] = len(categories)
                categories.append(v)
            codes.append(seen[v])
        return Column(name, "categorical", memoryview(array.array("i", codes)), categories=categories, source_dtype=type_str)
    kind = _arrow_kind(type_str)
    values = [_normalise_scalar(v) for v in col.to_pylist()]
    if kind is None:
        return column_from_values(name, values, source_dtype=type_str)
    if kind.startswith("timestamp") or kind == "object":
        inferred = infer_kind(values)
        kind = inferred if inferred != "null" else kind
    if kind == "decimal":
        return Column(name, "decimal", values, source_dtype=type_str)
    return Column(name, kind, values, source_dtype=type_str)


def _from_pyarrow_table(tbl: Any) -> Table:
    names = [str(n) for n in tbl.column_names]
    meta = None
    try:
        meta = tbl.schema.pandas_metadata
    except AttributeError:
        meta = None
    index_specs = (meta or {}).get("index_columns") or []
    index_names = {s for s in index_specs if isinstance(s, str)}
    cols, index = [], []
    for i, name in enumerate(names):
        col = _arrow_column(name, tbl.column(i))
        if name in index_names:
            # pandas stores unnamed index levels as "__index_level_0__".
            if re.match(r"^__index_level_\d+__$", name):
                col.name = ""
            index.append(col)
        else:
            cols.append(col)
    n = tbl.num_rows
    range_spec = next((s for s in index_specs if isinstance(s, dict) and s.get("kind") == "range"), None)
    if not index:
        start, step = (range_spec.get("start", 0), range_spec.get("step", 1)) if range_spec else (0, 1)
        name = _column_name(range_spec.get("name")) if range_spec else ""
        index = [Column(name, "int64", range(start, start + step * n, step))]
    table = _make_table(cols, "pyarrow_table", index)
    table.num_rows = n
    return table


# ---------------------------------------------------------------------------------
# polars


_POLARS_NUMERIC = {
    "Int8": "int8", "Int16": "int16", "Int32": "int32", "Int64": "int64",
    "UInt8": "uint8", "UInt16": "uint16", "UInt32": "uint32", "UInt64": "uint64",
    "Float32": "float32", "Float64": "float64", "Boolean": "bool",
}  # fmt: skip


def _polars_column(name: str, ser: Any) -> Column:
    dtype = str(ser.dtype)
    base = dtype.split("(")[0]
    nulls = ser.null_count() if callable(getattr(ser, "null_count", None)) else 0
    if base in _POLARS_NUMERIC and not nulls:
        nv = _numeric_view(ser.to_numpy())
        if nv is not None:
            return Column(name, nv[1], nv[0], source_dtype=dtype)
    values = [_normalise_scalar(v) for v in ser.to_list()]
    if base in ("Categorical", "Enum"):
        categories: list[Any] = []
        seen: dict[Any, int] = {}
        codes = []
        for v in values:
            if v is None:
                codes.append(-1)
                continue
            if v not in seen:
                seen[v] = len(categories)
                categories.append(v)
            codes.append(seen[v])
        return Column(name, "categorical", memoryview(array.array("i", codes)), categories=categories, source_dtype=dtype)
    col = column_from_values(name, values, source_dtype=dtype)
    if col.kind == "null" and base in _POLARS_NUMERIC:
        col.kind = _POLARS_NUMERIC[base]
    elif col.kind == "null" and base in ("String", "Utf8"):
        col.kind = "utf8"
    return col


def _from_polars_dataframe(df: Any) -> Table:
    names = [str(n) for n in df.columns]
    getter = getattr(df, "get_column", None)
    cols = [_polars_column(n, getter(n) if callable(getter) else df[n]) for n in names]
    table = _make_table(cols, "polars_dataframe")
    height = getattr(df, "height", None)
    if not cols and isinstance(height, int):
        table.num_rows = height
        table.index = [_range_index(height)]
    return table


# ---------------------------------------------------------------------------------
# DataFrame interchange protocol (`__dataframe__`), read without pandas


_DTYPE_INT, _DTYPE_UINT, _DTYPE_FLOAT, _DTYPE_BOOL = 0, 1, 2, 20
_DTYPE_STRING, _DTYPE_DATETIME, _DTYPE_CATEGORICAL = 21, 22, 23
_NULL_NONE, _NULL_NAN, _NULL_SENTINEL, _NULL_BITMASK, _NULL_BYTEMASK = 0, 1, 2, 3, 4


def _interchange_bytes(buf: Any) -> memoryview:
    """A copy of an interchange buffer's bytes (the buffer may not outlive its column)."""
    import ctypes

    size = int(buf.bufsize)
    if size == 0:
        return memoryview(b"")
    raw = (ctypes.c_ubyte * size).from_address(int(buf.ptr))
    return memoryview(bytes(raw))


def _enum_value(v: Any) -> int:
    return int(getattr(v, "value", v))


def _interchange_column(name: str, col: Any) -> Column:
    kind_code, bits, fmt, _endian = col.dtype
    kind_code = _enum_value(kind_code)
    size = int(col.size())
    offset = int(getattr(col, "offset", 0) or 0)
    buffers = col.get_buffers()
    data_buf, data_dtype = buffers["data"]
    raw = _interchange_bytes(data_buf)
    null_kind, null_value = col.describe_null
    null_kind = _enum_value(null_kind)

    def validity() -> bytes | None:
        entry = buffers.get("validity")
        if null_kind in (_NULL_BITMASK, _NULL_BYTEMASK) and entry:
            vbuf, _vdtype = entry
            vraw = _interchange_bytes(vbuf)
            out = bytearray(size)
            for i in range(size):
                j = i + offset
                bit = (vraw[j >> 3] >> (j & 7)) & 1 if null_kind == _NULL_BITMASK else vraw[j]
                out[i] = 1 if bit == null_value else 0
            return bytes(out) if any(out) else None
        return None

    if kind_code in (_DTYPE_INT, _DTYPE_UINT, _DTYPE_FLOAT) or (kind_code == _DTYPE_BOOL and bits == 8):
        code = {(_DTYPE_INT, 8): "b", (_DTYPE_INT, 16): "h", (_DTYPE_INT, 32): "i", (_DTYPE_INT, 64): "q",
                (_DTYPE_UINT, 8): "B", (_DTYPE_UINT, 16): "H", (_DTYPE_UINT, 32): "I", (_DTYPE_UINT, 64): "Q",
                (_DTYPE_FLOAT, 32): "f", (_DTYPE_FLOAT, 64): "d", (_DTYPE_BOOL, 8): "B"}[(kind_code, bits)]  # fmt: skip
        view = raw.cast(code)[offset : offset + size]
        kind = "bool" if kind_code == _DTYPE_BOOL else buffer_kind(view)
        mask = validity()
        if null_kind == _NULL_SENTINEL:
            m = bytes(1 if v == null_value else 0 for v in view)
            mask = m if any(m) else None
        return Column(name, kind or "float64", view, mask=mask, source_dtype=str(fmt))
    if kind_code == _DTYPE_BOOL:  # bit-packed
        values = [bool((raw[(i + offset) >> 3] >> ((i + offset) & 7)) & 1) for i in range(size)]
        mask = validity()
        return Column(name, "bool", memoryview(bytes(values)), mask=mask, source_dtype=str(fmt))
    if kind_code == _DTYPE_STRING:
        offsets_buf, offsets_dtype = buffers["offsets"]
        obits = offsets_dtype[1] if offsets_dtype else 64
        offs = _interchange_bytes(offsets_buf).cast("q" if obits == 64 else "i")
        data = bytes(raw)
        mask = validity()
        values = []
        for i in range(size):
            j = i + offset
            values.append(None if mask and mask[i] else data[offs[j] : offs[j + 1]].decode("utf-8"))
        return Column(name, "utf8", values, source_dtype=str(fmt))
    if kind_code == _DTYPE_DATETIME:
        m = re.match(r"^ts([smun]):(.*)$", str(fmt))
        if m:
            unit = {"s": "s", "m": "ms", "u": "us", "n": "ns"}[m.group(1)]
            view = raw.cast("q")[offset : offset + size]
            mask = validity()
            tz = m.group(2)
            return Column(name, f"timestamp[{unit}, {tz}]" if tz else f"timestamp[{unit}]", view, mask=mask, source_dtype=str(fmt))
    if kind_code == _DTYPE_CATEGORICAL:
        described = col.describe_categorical
        cats_col = described.get("categories") if isinstance(described, dict) else None
        categories = _interchange_column("categories", cats_col).to_list() if cats_col is not None else []
        code = {8: "b", 16: "h", 32: "i", 64: "q"}[bits]
        codes = raw.cast(code)[offset : offset + size]
        mask = validity()
        if null_kind == _NULL_SENTINEL:
            codes_list = [-1 if c == null_value else c for c in codes]
            return Column(name, "categorical", codes_list, categories=categories, source_dtype="category")
        return Column(name, "categorical", codes, mask=mask, categories=categories, source_dtype="category")
    raise StreamlitAPIException(f"Unsupported column type in `__dataframe__` data: column `{name}` ({fmt}).")


def _from_interchange(obj: Any) -> Table:
    df = obj.__dataframe__(allow_copy=True)
    names = [str(n) for n in df.column_names()]
    if callable(getattr(df, "num_chunks", None)) and df.num_chunks() > 1:
        chunks = list(df.get_chunks())
        per_chunk = [[_interchange_column(n, c.get_column_by_name(n)) for n in names] for c in chunks]
        cols = [column_from_values(n, [v for chunk in per_chunk for v in chunk[i].to_list()]) for i, n in enumerate(names)]
    else:
        cols = [_interchange_column(n, df.get_column_by_name(n)) for n in names]
    return _make_table(cols, "interchange")


# ---------------------------------------------------------------------------------
# Plain Python


def _is_scalar(v: Any) -> bool:
    return v is None or isinstance(
        v, (str, bytes, int, float, bool, complex, decimal.Decimal, datetime.date, datetime.time, datetime.timedelta)
    ) or _is_missing_scalar(v) or (type(v).__module__.startswith("numpy") and not is_numpy_array(v))


def _is_namedtuple(x: Any) -> bool:
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


def _is_list_like(v: Any) -> bool:
    return (
        isinstance(v, (list, tuple, range, array.array, collections.deque))
        or is_numpy_array(v)
        or is_pandas_series(v)
        or is_pandas_index(v)
        or is_pyarrow_array(v)
        or is_polars_series(v)
    )


def _values_of(v: Any) -> list[Any]:
    if is_pandas_series(v) or is_pandas_index(v) or is_numpy_array(v):
        return v.tolist()
    if is_pyarrow_array(v):
        return v.to_pylist()
    if is_polars_series(v):
        return v.to_list()
    return list(v)


def _vector_column(name: Any, v: Any) -> Column:
    """A column from a list-like value of a dict of columns."""
    if is_numpy_array(v) and getattr(v, "ndim", 1) == 1:
        return _numpy_column(name, v)
    if is_pandas_series(v) or is_pandas_index(v):
        return _pandas_vector_column(name, v)
    if isinstance(v, array.array):
        view = memoryview(v)
        kind = buffer_kind(view)
        if kind is not None:
            return Column(_column_name(name), kind, view)
    return column_from_values(name, _values_of(v))


def _from_mapping(data: Mapping[Any, Any]) -> Table:
    values = list(data.values())
    if not values:
        return _make_table([], "column_value_mapping")
    if all(_is_scalar(v) for v in values):
        # A key-value dict: keys become the index, one column "value" (Streamlit's from_dict(orient="index")).
        index = [column_from_values("", list(data.keys()))]
        return _make_table([column_from_values("value", values)], "key_value_dict", index)
    if all(isinstance(v, Mapping) for v in values):
        # {column: {index: value}}
        keys: list[Any] = []
        seen = set()
        for inner in values:
            for k in inner:
                marker = (type(k).__name__, k) if _hashable(k) else id(k)
                if marker not in seen:
                    seen.add(marker)
                    keys.append(k)
        cols = [column_from_values(name, [inner.get(k) for k in keys]) for name, inner in data.items()]
        index = [column_from_values("", keys)]
        return _make_table(cols, "column_index_mapping", index)
    lengths = {len(v) for v in values if _is_list_like(v)}
    if len(lengths) > 1:
        raise StreamlitAPIException(
            f"Unable to convert object of type `{type(data)}` to a table: all arrays must be of the same length."
        )
    n = lengths.pop() if lengths else 1
    cols = []
    for name, v in data.items():
        if _is_list_like(v):
            cols.append(_vector_column(name, v))
        elif isinstance(v, Mapping):
            cols.append(column_from_values(name, [v] * n))
        else:
            cols.append(column_from_values(name, [v] * n))
    return _make_table(cols, "column_value_mapping")


def _hashable(v: Any) -> bool:
    try:
        hash(v)
    except TypeError:
        return False
    return True


def _record_of(item: Any) -> dict[Any, Any] | None:
    if isinstance(item, Mapping):
        return dict(item)
    if _is_namedtuple(item):
        return item._asdict()
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    dump = getattr(item, "model_dump", None)
    if callable(dump) and hasattr(type(item), "model_fields"):
        return dump()
    return None


def _from_sequence(items: list[Any], fmt_values: str = "list_of_values") -> Table:
    if not items:
        return _make_table([], "empty" if fmt_values == "list_of_values" else fmt_values)
    records = [_record_of(i) for i in items]
    if all(r is not None for r in records):
        names: list[Any] = []
        seen: set[Any] = set()
        for r in records:
            for k in r:  # type: ignore[union-attr]
                if k not in seen:
                    seen.add(k)
                    names.append(k)
        cols = [column_from_values(n, [r.get(n) for r in records]) for n in names]  # type: ignore[union-attr]
        return _make_table(cols, "list_of_records")
    if all(_is_list_like(i) and not isinstance(i, (str, bytes)) for i in items):
        rows = [_values_of(i) for i in items]
        width = max(len(r) for r in rows)
        cols = [column_from_values(str(j), [r[j] if j < len(r) else None for r in rows]) for j in range(width)]
        if width == 1:
            cols[0].name = "value"
        return _make_table(cols, "list_of_rows")
    return _make_table([column_from_values("value", items)], fmt_values)


def _from_cursor(cursor: Any, max_rows: int) -> Table:
    description = cursor.description
    fetchmany = getattr(cursor, "fetchmany", None)
    rows = list(fetchmany(max_rows)) if callable(fetchmany) else list(cursor.fetchall())
    names = [(d[0] if d else "") for d in description] if description else None
    width = len(names) if names is not None else (len(rows[0]) if rows else 0)
    if names is None:
        names = [str(j) for j in range(width)]
    cols = [column_from_values(names[j], [r[j] for r in rows]) for j in range(width)]
    table = _make_table(cols, "dbapi_cursor")
    table.num_rows = len(rows)
    if not cols:
        table.index = [_range_index(len(rows))]
    if callable(fetchmany) and len(rows) == max_rows:
        table.notice = (
            f"⚠️ Showing only {_simplify_number(max_rows)} rows. Call `fetchall()` on the Cursor to show more."
        )
    return table


def _simplify_number(num: int) -> str:
    for suffix, size in (("b", 1_000_000_000), ("m", 1_000_000), ("k", 1_000)):
        if num >= size:
            value = num / size
            return f"{value:.0f}{suffix}" if value == int(value) else f"{value:.1f}{suffix}"
    return str(num)


# ---------------------------------------------------------------------------------
# The entry point


def to_table(data: Any, *, max_unevaluated_rows: int = 10_000) -> Table:
    """Normalise any supported input into a :class:`Table` (see the module docstring)."""
    table = _convert(data, max_unevaluated_rows)
    table.source = data
    return table


def _convert(data: Any, max_rows: int) -> Table:
    if data is None:
        return _make_table([], "empty")
    if isinstance(data, Table):
        return data
    if is_pandas_styler(data):
        table = _from_pandas_dataframe(data.data, "pandas_styler")
        return table
    if is_pandas_dataframe(data):
        return _from_pandas_dataframe(data)
    if is_pandas_index(data):
        return _from_pandas_index(data)
    if is_pandas_series(data):
        return _from_pandas_series(data)
    if is_numpy_array(data):
        return _from_numpy(data)
    if is_pyarrow_table(data):
        return _from_pyarrow_table(data)
    if is_pyarrow_array(data):
        table = _make_table([_arrow_column("value", data)], "pyarrow_array")
        return table
    if is_polars_dataframe(data):
        return _from_polars_dataframe(data)
    if is_polars_series(data):
        name = str(getattr(data, "name", "") or "value")
        return _make_table([_polars_column(name, data)], "polars_series")
    if is_polars_lazyframe(data):
        collected = data.limit(max_rows).collect()
        table = _from_polars_dataframe(collected)
        if table.num_rows == max_rows:
            table.notice = (
                f"⚠️ Showing only {_simplify_number(max_rows)} rows. Call `collect()` on the dataframe to show more."
            )
        return table
    if isinstance(data, (str, bytes)):
        raise _unsupported(data)
    if is_dbapi_cursor(data):
        return _from_cursor(data, max_rows)
    if isinstance(data, array.array):
        view = memoryview(data)
        kind = buffer_kind(view)
        if kind is not None and kind != "bool":
            return _make_table([Column("value", kind, view)], "list_of_values")
        return _from_sequence(list(data))
    if isinstance(data, Mapping):
        return _from_mapping(data)
    if _is_namedtuple(data):
        return _from_mapping(data._asdict())
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return _from_mapping({f.name: getattr(data, f.name) for f in dataclasses.fields(data)})
    if _has_callable(data, "model_dump") and hasattr(type(data), "model_fields"):
        return _from_mapping(data.model_dump())
    if _has_callable(data, "to_pandas"):
        try:
            converted = data.to_pandas()
        except ImportError:
            converted = None
        if converted is not None:
            return _convert(converted, max_rows)
    if _has_callable(data, "__arrow_c_stream__"):
        try:
            import pyarrow as pa  # the object speaks Arrow: pyarrow reads it if installed
        except ImportError:
            pa = None
        if pa is not None:
            return _from_pyarrow_table(pa.RecordBatchReader.from_stream(data).read_all())
    if _has_callable(data, "__dataframe__"):
        return _from_interchange(data)
    if isinstance(data, list):
        return _from_sequence(data)
    if isinstance(data, tuple):
        return _from_sequence(list(data), "tuple_of_values")
    if isinstance(data, (set, frozenset)):
        return _from_sequence(list(data), "set_of_values")
    if inspect.isgeneratorfunction(data):
        items = []
        for i, item in enumerate(data()):
            if i >= max_rows:
                break
            items.append(item)
        return _from_sequence(items)
    if isinstance(data, enum.EnumMeta):
        return _from_sequence([m.value for m in data])
    if isinstance(data, (range, collections.deque, map, collections.UserList)) or inspect.isgenerator(data):
        return _from_sequence(list(data))
    if isinstance(data, Iterable):
        return _from_sequence(list(data))
    raise _unsupported(data)


def _unsupported(data: Any) -> StreamlitAPIException:
    text = str(data)
    if len(text) > 1000:
        text = text[:1000] + "..."
    return StreamlitAPIException(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{text}\n```"
    )


# ---------------------------------------------------------------------------------
# Plain data for the worker (worker/arrow.ts)


def _unit_of(kind: str) -> str:
    m = re.match(r"^\w+\[(\w+)", kind)
    return m.group(1) if m else "us"


def _tz_of(kind: str) -> str | None:
    m = re.match(r"^\w+\[\w+,\s*(.+)\]$", kind)
    return m.group(1) if m else None


def _ticks_to_datetime(ticks: int, unit: str, tz: str | None) -> datetime.datetime:
    per = _UNIT_PER_SECOND[unit]
    micros = ticks * 1_000_000 // per
    value = _EPOCH + datetime.timedelta(microseconds=micros)
    if tz:
        value = value.replace(tzinfo=datetime.timezone.utc)
        zone = _zone(tz)
        if zone is not None:
            value = value.astimezone(zone)
    return value


def _ticks_to_timedelta(ticks: int, unit: str, _tz: str | None = None) -> datetime.timedelta:
    return datetime.timedelta(microseconds=ticks * 1_000_000 // _UNIT_PER_SECOND[unit])


def _zone(tz: str) -> datetime.tzinfo | None:
    if tz.upper() == "UTC":
        return datetime.timezone.utc
    m = re.match(r"^([+-])(\d\d):?(\d\d)$", tz)
    if m:
        delta = datetime.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
        return datetime.timezone(-delta if m.group(1) == "-" else delta)
    try:
        import zoneinfo

        return zoneinfo.ZoneInfo(tz)
    except Exception:  # noqa: BLE001
        return None


def _micros_since_epoch(v: datetime.datetime) -> int:
    if v.tzinfo is not None:
        v = v.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    delta = v - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _wire_scalar_text(v: Any) -> str | None:
    """How a cell of a mixed (object) column is shown: like Streamlit's str() fallback."""
    if v is None:
        return None
    if isinstance(v, (dict, list, tuple)):
        import json

        try:
            return json.dumps(v, default=str, ensure_ascii=False)
        except (TypeError, ValueError):
            return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(v)
    return str(v)


def _native_view(view: memoryview) -> memoryview:
    """A view with a one-letter native format (`<d` -> `d`), which Pyodide turns into a typed array."""
    fmt = view.format
    if len(fmt) == 1:
        return view
    letter = fmt[-1]
    if fmt[0] in ("<", "=", "@") and letter in _FORMAT_KINDS:
        try:
            return view.cast("B").cast(letter)
        except TypeError:
            pass
    return view


def column_to_wire(col: Column) -> dict[str, Any]:
    """One column as plain data: {name, kind, data, mask?, categories?, unit?, tz?}."""
    kind = col.kind
    out: dict[str, Any] = {"name": col.name, "kind": kind}
    values = col.values
    if isinstance(values, range):
        out["kind"] = "int64"
        out["range"] = [values.start, values.stop, values.step]
        out["data"] = None
        return out
    if col.mask is not None:
        out["mask"] = col.mask if isinstance(col.mask, (bytes, bytearray, memoryview)) else bytes(1 if m else 0 for m in col.mask)
    if kind.startswith(("timestamp", "duration")):
        unit, tz = _unit_of(kind), _tz_of(kind)
        out["kind"] = "timestamp" if kind.startswith("timestamp") else "duration"
        out["tz"] = tz
        if isinstance(values, memoryview):
            out["unit"] = unit
            out["data"] = _native_view(values)
            return out
        out["unit"] = "us"
        if kind.startswith("timestamp"):
            ticks = [None if v is None else _micros_since_epoch(v) for v in values]
        else:
            ticks = [None if v is None else (v.days * 86_400 + v.seconds) * 1_000_000 + v.microseconds for v in values]
        packed = _pack_numbers(ticks, "q")
        if packed is None:  # pragma: no cover
            out["data"] = ticks
        else:
            out["data"], mask = packed
            if mask is not None:
                out["mask"] = mask
        return out
    if kind == "date32":
        if isinstance(values, memoryview):
            out["data"] = values
        else:
            epoch = _EPOCH_DATE.toordinal()
            days = [None if v is None else v.toordinal() - epoch for v in values]
            packed = _pack_numbers(days, "i")
            out["data"], mask = packed if packed else (days, None)
            if mask is not None:
                out["mask"] = mask
        return out
    if kind == "time":
        micros = [None if v is None else ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond for v in values]
        packed = _pack_numbers(micros, "q")
        out["data"], mask = packed if packed else (micros, None)
        if mask is not None:
            out["mask"] = mask
        return out
    if kind == "categorical":
        out["categories"] = [None if c is None else str(c) for c in (col.categories or [])]
        out["data"] = _native_view(values) if isinstance(values, memoryview) else memoryview(array.array("i", [-1 if c is None else c for c in values]))
        return out
    if kind == "list":
        items = [None if v is None else [_normalise_scalar(x) for x in _values_of(v)] for v in values]
        flat = [x for item in items if item for x in item if x is not None]
        numeric = bool(flat) and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in flat)
        out["itemKind"] = "float64" if numeric else "utf8"
        if numeric:
            out["data"] = items
        else:
            out["data"] = [None if item is None else [None if x is None else str(x) for x in item] for item in items]
        return out
    if kind == "binary":
        out["data"] = [None if v is None else bytes(v) for v in values]
        return out
    if kind == "decimal":
        out["kind"] = "float64"
        out["data"] = [None if v is None else float(v) for v in values]
        out["sourceKind"] = "decimal"
        return out
    if kind == "object":
        out["data"] = [_wire_scalar_text(v) for v in values]
        return out
    if kind == "utf8":
        out["data"] = values if isinstance(values, list) else list(values)
        return out
    if kind == "null":
        out["data"] = None
        out["length"] = len(values)
        return out
    # Numeric and bool: a typed buffer (zero-copy) or a list to pack.
    if isinstance(values, memoryview):
        out["data"] = _native_view(values)
        if kind == "float16":
            # Not every JS engine has Float16Array: widen to float32.
            out["kind"] = "float32"
            out["data"] = memoryview(array.array("f", values.tolist()))
    elif kind in ("int64", "float64"):
        packed = _pack_numbers(list(values), "q" if kind == "int64" else "d")
        out["data"] = packed[0] if packed else values
        if packed and packed[1] is not None:
            out["mask"] = packed[1]
    elif kind == "bool":
        out["data"] = bytes(1 if v else 0 for v in values)
        if any(v is None for v in values):
            out["mask"] = bytes(1 if v is None else 0 for v in values)
    else:
        out["data"] = list(values)
    return out


def table_to_wire(table: Table) -> dict[str, Any]:
    """The table as plain data for the worker's Arrow encoder (worker/arrow.ts WireTable)."""
    return {
        "numRows": table.num_rows,
        "columns": [column_to_wire(c) for c in table.columns],
        "index": [column_to_wire(c) for c in table.index],
        "rangeIndex": table.range_index,
    }


def arrow_payload(table: Table) -> dict[str, Any]:
    """`{"__arrow__": wire}`: an element field the worker turns into Arrow IPC bytes."""
    return {"__arrow__": table_to_wire(table)}
