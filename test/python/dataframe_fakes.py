"""Fake numpy, pandas, pyarrow, polars and interchange objects.

The real packages cannot be installed here. These mimic the public interfaces that
`streamlit.dataframe_util` uses, with the module and class names it recognises, so the
conversion paths for those libraries run in the unit tests.
"""

from __future__ import annotations

import array
import datetime
from typing import Any

_TYPECODES = {
    "int8": "b", "int16": "h", "int32": "i", "int64": "q", "uint8": "B", "uint16": "H",
    "uint32": "I", "uint64": "Q", "float32": "f", "float64": "d", "bool": "B",
}  # fmt: skip


def _named(module: str, name: str):
    """Class decorator: give a fake class the module/qualname of the real one."""

    def wrap(cls):
        cls.__module__ = module
        cls.__qualname__ = name
        cls.__name__ = name
        return cls

    return wrap


# ---------------------------------------------------------------------------------
# numpy


@_named("numpy", "dtype")
class FakeDtype:
    def __init__(self, name: str) -> None:
        self.name = name
        if name.startswith("datetime64"):
            self.kind = "M"
        elif name.startswith("timedelta64"):
            self.kind = "m"
        elif name == "bool":
            self.kind = "b"
        elif name.startswith("uint"):
            self.kind = "u"
        elif name.startswith("int"):
            self.kind = "i"
        elif name.startswith("float"):
            self.kind = "f"
        elif name.startswith("<U"):
            self.kind = "U"
        else:
            self.kind = "O"

    def __str__(self) -> str:
        return self.name


@_named("numpy", "ndarray")
class FakeNdarray:
    """A 1-D or 2-D array; numeric data lives in an array.array (so `.data` is a real buffer)."""

    def __init__(self, values: list[Any], dtype: str, shape: tuple[int, ...] | None = None, *, strided: bool = False) -> None:
        self.dtype = FakeDtype(dtype)
        self._values = list(values)
        self.shape = shape or (len(values),)
        self.ndim = len(self.shape)
        self.strided = strided
        self.copied = False
        code = _TYPECODES.get(dtype) or ("q" if self.dtype.kind in "Mm" else None)
        if code and self.ndim == 1:
            self._buf = array.array(code, [int(v) if code in "qQbBhHiI" else v for v in values])
        else:
            self._buf = None

    @property
    def data(self) -> memoryview:
        if self._buf is None:
            raise TypeError("object arrays have no buffer")
        view = memoryview(self._buf)
        if self.dtype.name == "bool":
            view = view.cast("B").cast("?")
        if self.strided:
            # A non-contiguous view, as a column slice of a 2-D array is.
            return memoryview(array.array(self._buf.typecode, list(self._buf) * 2))[::2]
        return view

    def __len__(self) -> int:
        return self.shape[0]

    def tolist(self) -> list[Any]:
        if self.ndim == 2:
            rows, cols = self.shape
            return [self._values[r * cols : (r + 1) * cols] for r in range(rows)]
        return list(self._values)

    def copy(self) -> "FakeNdarray":
        out = FakeNdarray(self._values, self.dtype.name, self.shape)
        out.copied = True
        return out

    def view(self, dtype: str) -> "FakeNdarray":
        assert dtype == "int64"
        return FakeNdarray(self._values, "int64")

    def __getitem__(self, key: Any) -> "FakeNdarray":
        rows_slice, col = key
        assert rows_slice == slice(None) and self.ndim == 2
        rows, cols = self.shape
        # Column slices of a C-ordered 2-D array are strided.
        return FakeNdarray([self._values[r * cols + col] for r in range(rows)], self.dtype.name, strided=True)


# ---------------------------------------------------------------------------------
# pandas


@_named("pandas.core.indexes.range", "RangeIndex")
class FakeRangeIndex:
    def __init__(self, start: int, stop: int, step: int = 1, name: Any = None) -> None:
        self.start, self.stop, self.step, self.name = start, stop, step, name
        self.nlevels = 1

    def __len__(self) -> int:
        return len(range(self.start, self.stop, self.step))


@_named("pandas.core.series", "Series")
class FakeSeries:
    """A Series: `values` are Python values (None = missing); dtype is pandas' dtype name."""

    def __init__(self, values: list[Any], dtype: str, name: Any = None, index: Any = None, categories: list[Any] | None = None) -> None:
        self._values = list(values)
        self.dtype = FakeDtype(dtype)
        self.name = name
        self.index = index if index is not None else FakeRangeIndex(0, len(values))
        self._categories = categories

    def __len__(self) -> int:
        return len(self._values)

    def tolist(self) -> list[Any]:
        return list(self._values)

    def isna(self) -> "FakeSeries":
        return FakeSeries([v is None for v in self._values], "bool")

    def to_numpy(self, dtype: str | None = None, na_value: Any = None) -> FakeNdarray:
        target = dtype or self.dtype.name
        values = [na_value if v is None else v for v in self._values]
        if target.startswith("datetime64"):
            values = [int(v) for v in values]
        return FakeNdarray(values, target)

    @property
    def cat(self) -> Any:
        series = self

        class Cat:
            categories = FakeIndex(series._categories or [], "object")
            codes = FakeSeries([-1 if v is None else series._categories.index(v) for v in series._values], "int8")

        return Cat()

    @property
    def array(self) -> Any:
        series = self

        class Arr:
            # DatetimeArray.asi8: int64 ticks, NaT as int64 min.
            @property
            def asi8(self) -> FakeNdarray:
                return FakeNdarray([-(2**63) if v is None else v for v in series._values], "int64")

        return Arr()


@_named("pandas.core.indexes.base", "Index")
class FakeIndex(FakeSeries):
    def __init__(self, values: list[Any], dtype: str, name: Any = None) -> None:
        super().__init__(values, dtype, name)
        self.nlevels = 1


@_named("pandas.core.indexes.multi", "MultiIndex")
class FakeMultiIndex:
    def __init__(self, levels: list[FakeIndex]) -> None:
        self._levels = levels
        self.nlevels = len(levels)
        self.names = [lv.name for lv in levels]
        self.name = None

    def get_level_values(self, i: int) -> FakeIndex:
        return self._levels[i]

    def __len__(self) -> int:
        return len(self._levels[0])


@_named("pandas.core.frame", "DataFrame")
class FakeDataFrame:
    def __init__(self, columns: dict[Any, FakeSeries], index: Any = None) -> None:
        self._cols = columns
        self.columns = list(columns)
        n = len(next(iter(columns.values()))) if columns else 0
        self.index = index if index is not None else FakeRangeIndex(0, n)

    @property
    def iloc(self) -> Any:
        frame = self

        class ILoc:
            def __getitem__(self, key: Any) -> FakeSeries:
                _rows, i = key
                return list(frame._cols.values())[i]

        return ILoc()


@_named("pandas.io.formats.style", "Styler")
class FakeStyler:
    def __init__(self, data: FakeDataFrame) -> None:
        self.data = data


# ---------------------------------------------------------------------------------
# pyarrow


@_named("pyarrow.lib", "ChunkedArray")
class FakeChunkedArray:
    def __init__(self, values: list[Any], type_str: str) -> None:
        self._values = list(values)
        self.type = type_str
        self.null_count = sum(v is None for v in values)

    def __len__(self) -> int:
        return len(self._values)

    def to_pylist(self) -> list[Any]:
        return list(self._values)

    def to_numpy(self, zero_copy_only: bool = True) -> FakeNdarray:
        dtype = {"double": "float64", "float": "float32", "halffloat": "float16"}.get(self.type, self.type)
        return FakeNdarray(self._values, dtype)

    def fill_null(self, value: Any) -> "FakeChunkedArray":
        return FakeChunkedArray([value if v is None else v for v in self._values], self.type)

    def is_null(self) -> "FakeChunkedArray":
        return FakeChunkedArray([v is None for v in self._values], "bool")


class FakeSchema:
    def __init__(self, pandas_metadata: dict[str, Any] | None) -> None:
        self.pandas_metadata = pandas_metadata


@_named("pyarrow.lib", "Table")
class FakeArrowTable:
    def __init__(self, columns: dict[str, FakeChunkedArray], pandas_metadata: dict[str, Any] | None = None) -> None:
        self._cols = columns
        self.column_names = list(columns)
        self.num_rows = len(next(iter(columns.values()))) if columns else 0
        self.schema = FakeSchema(pandas_metadata)

    def column(self, i: int) -> FakeChunkedArray:
        return list(self._cols.values())[i]


@_named("pyarrow.lib", "RecordBatch")
class FakeRecordBatch(FakeArrowTable):
    pass


# ---------------------------------------------------------------------------------
# polars


class FakePolarsDtype:
    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


@_named("polars.series.series", "Series")
class FakePolarsSeries:
    def __init__(self, name: str, values: list[Any], dtype: str) -> None:
        self.name = name
        self._values = list(values)
        self.dtype = FakePolarsDtype(dtype)

    def null_count(self) -> int:
        return sum(v is None for v in self._values)

    def to_list(self) -> list[Any]:
        return list(self._values)

    def to_numpy(self) -> FakeNdarray:
        base = self.dtype.text.split("(")[0]
        dtype = {"Int64": "int64", "Int32": "int32", "Float64": "float64", "Float32": "float32", "Boolean": "bool", "UInt8": "uint8"}[base]
        return FakeNdarray(self._values, dtype)


@_named("polars.dataframe.frame", "DataFrame")
class FakePolarsDataFrame:
    def __init__(self, columns: list[FakePolarsSeries]) -> None:
        self._cols = {c.name: c for c in columns}
        self.columns = [c.name for c in columns]
        self.height = len(columns[0]._values) if columns else 0

    def get_column(self, name: str) -> FakePolarsSeries:
        return self._cols[name]


# ---------------------------------------------------------------------------------
# DataFrame interchange protocol


class FakeBuffer:
    def __init__(self, arr: array.array) -> None:
        self._arr = arr  # kept alive while the buffer is read
        self.ptr, n = arr.buffer_info()
        self.bufsize = n * arr.itemsize


class FakeInterchangeColumn:
    def __init__(self, kind: int, bits: int, fmt: str, data: array.array, size: int, *,
                 validity: array.array | None = None, null: tuple[int, Any] = (0, None),
                 offsets: array.array | None = None, categories: "FakeInterchangeColumn | None" = None) -> None:  # fmt: skip
        self.dtype = (kind, bits, fmt, "=")
        self._data = data
        self._size = size
        self.offset = 0
        self.describe_null = null
        self._validity = validity
        self._offsets = offsets
        self.describe_categorical = {"is_ordered": False, "is_dictionary": True, "categories": categories}

    def size(self) -> int:
        return self._size

    def get_buffers(self) -> dict[str, Any]:
        return {
            "data": (FakeBuffer(self._data), self.dtype),
            "validity": (FakeBuffer(self._validity), (1, 8, "b", "=")) if self._validity is not None else None,
            "offsets": (FakeBuffer(self._offsets), (0, 64, "l", "=")) if self._offsets is not None else None,
        }


class FakeInterchangeFrame:
    def __init__(self, columns: dict[str, FakeInterchangeColumn]) -> None:
        self._cols = columns

    def column_names(self) -> list[str]:
        return list(self._cols)

    def get_column_by_name(self, name: str) -> FakeInterchangeColumn:
        return self._cols[name]

    def num_chunks(self) -> int:
        return 1


class FakeInterchangeSource:
    """Some library's frame that only speaks `__dataframe__`."""

    def __init__(self, frame: FakeInterchangeFrame) -> None:
        self._frame = frame

    def __dataframe__(self, nan_as_null: bool = False, allow_copy: bool = True) -> FakeInterchangeFrame:
        return self._frame


def utf8_column(values: list[str | None]) -> FakeInterchangeColumn:
    data = bytearray()
    offsets = array.array("q", [0])
    validity = array.array("B")
    for v in values:
        if v is not None:
            data += v.encode()
        offsets.append(len(data))
        validity.append(0 if v is None else 1)
    return FakeInterchangeColumn(21, 8, "u", array.array("B", bytes(data)), len(values),
                                 validity=validity, null=(4, 0), offsets=offsets)  # fmt: skip


# ---------------------------------------------------------------------------------
# DB-API


class FakeCursor:
    def __init__(self, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        self.description = [(n, None, None, None, None, None, None) for n in names]
        self._rows = list(rows)

    def execute(self, *_: Any) -> "FakeCursor":
        return self

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows


def ns(dt: datetime.datetime) -> int:
    """Nanoseconds since the epoch of a naive UTC datetime."""
    delta = dt - datetime.datetime(1970, 1, 1)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000
