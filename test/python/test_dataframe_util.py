"""streamlit.dataframe_util: every input shape normalised into columns, and the wire data.

Third-party inputs are fakes (dataframe_fakes.py) that mimic the real interfaces.
"""

from __future__ import annotations

import array
import collections
import dataclasses
import datetime
import decimal
import enum
import sqlite3
import unittest
from typing import NamedTuple

from dataframe_fakes import (
    FakeArrowTable,
    FakeChunkedArray,
    FakeCursor,
    FakeDataFrame,
    FakeIndex,
    FakeInterchangeColumn,
    FakeInterchangeFrame,
    FakeInterchangeSource,
    FakeMultiIndex,
    FakeNdarray,
    FakePolarsDataFrame,
    FakePolarsSeries,
    FakeRangeIndex,
    FakeRecordBatch,
    FakeSeries,
    FakeStyler,
    ns,
    utf8_column,
)
from streamlit import dataframe_util as du
from streamlit.errors import StreamlitAPIException

UTC = datetime.timezone.utc


def kinds(table):
    return [c.kind for c in table.columns]


class PlainPythonTest(unittest.TestCase):
    def test_list_of_dicts_unions_keys_in_order(self):
        t = du.to_table([{"a": 1, "b": "x"}, {"a": 2, "c": True}])
        self.assertEqual(t.column_names, ["a", "b", "c"])
        self.assertEqual(kinds(t), ["int64", "utf8", "bool"])
        self.assertEqual(t.to_dict(), {"a": [1, 2], "b": ["x", None], "c": [None, True]})
        self.assertEqual((t.num_rows, t.format, t.range_index), (2, "list_of_records", True))
        self.assertEqual(t.index_values(), [0, 1])

    def test_dict_of_lists(self):
        t = du.to_table({"x": [1, 2, 3], "y": [0.5, None, 2.5], "s": ["a", "b", None]})
        self.assertEqual(kinds(t), ["int64", "float64", "utf8"])
        self.assertTrue(t.column("x").is_buffer)
        self.assertEqual(t.column("x").values.format, "q")
        self.assertEqual(t.to_dict(), {"x": [1, 2, 3], "y": [0.5, None, 2.5], "s": ["a", "b", None]})
        self.assertEqual(t.format, "column_value_mapping")

    def test_dict_of_lists_broadcasts_scalars(self):
        t = du.to_table({"x": [1, 2], "const": "k"})
        self.assertEqual(t.to_dict(), {"x": [1, 2], "const": ["k", "k"]})

    def test_dict_of_unequal_lists_is_an_error(self):
        with self.assertRaises(StreamlitAPIException):
            du.to_table({"x": [1, 2], "y": [1]})

    def test_key_value_dict_becomes_index_and_value_column(self):
        t = du.to_table({"a": 1, "b": 2.5})
        self.assertEqual(t.column_names, ["value"])
        self.assertEqual(t.to_dict(), {"value": [1.0, 2.5]})
        self.assertEqual(t.index_values(), ["a", "b"])
        self.assertFalse(t.range_index)
        self.assertEqual(t.format, "key_value_dict")

    def test_dict_of_dicts_is_column_index_mapping(self):
        t = du.to_table({"c1": {"r1": 1, "r2": 2}, "c2": {"r2": 20, "r3": 30}})
        self.assertEqual(t.column_names, ["c1", "c2"])
        self.assertEqual(t.index_values(), ["r1", "r2", "r3"])
        self.assertEqual(t.to_dict(), {"c1": [1, 2, None], "c2": [None, 20, 30]})

    def test_list_of_lists_and_tuples(self):
        t = du.to_table([[1, "a"], (2, "b", True)])
        self.assertEqual(t.column_names, ["0", "1", "2"])
        self.assertEqual(t.to_dict(), {"0": [1, 2], "1": ["a", "b"], "2": [None, True]})
        self.assertEqual(t.format, "list_of_rows")

    def test_single_list_is_a_value_column(self):
        t = du.to_table([3, 1, 2])
        self.assertEqual((t.column_names, t.to_dict()["value"], t.format), (["value"], [3, 1, 2], "list_of_values"))
        self.assertEqual(du.to_table(("a", "b")).format, "tuple_of_values")
        self.assertEqual(du.to_table({"z"}).to_dict(), {"value": ["z"]})

    def test_array_array_is_zero_copy(self):
        data = array.array("d", [1.5, 2.5])
        t = du.to_table(data)
        col = t.columns[0]
        self.assertEqual((col.name, col.kind), ("value", "float64"))
        self.assertIs(col.values.obj, data)

    def test_other_iterables(self):
        self.assertEqual(du.to_table(range(3)).to_dict(), {"value": [0, 1, 2]})
        self.assertEqual(du.to_table(collections.deque(["a"])).to_dict(), {"value": ["a"]})
        self.assertEqual(du.to_table(map(str, [1, 2])).to_dict(), {"value": ["1", "2"]})

        class Color(enum.Enum):
            RED = "r"
            GREEN = "g"

        self.assertEqual(du.to_table(Color).to_dict(), {"value": ["r", "g"]})

        def gen():
            yield {"a": 1}
            yield {"a": 2}

        self.assertEqual(du.to_table(gen).to_dict(), {"a": [1, 2]})

    def test_namedtuples_and_dataclasses_as_records(self):
        class P(NamedTuple):
            x: int
            y: str

        @dataclasses.dataclass
        class Q:
            x: int
            y: str

        self.assertEqual(du.to_table([P(1, "a"), P(2, "b")]).to_dict(), {"x": [1, 2], "y": ["a", "b"]})
        self.assertEqual(du.to_table([Q(1, "a")]).to_dict(), {"x": [1], "y": ["a"]})
        single = du.to_table(Q(5, "z"))
        self.assertEqual((single.to_dict(), single.index_values()), ({"value": [5, "z"]}, ["x", "y"]))

    def test_none_and_empty(self):
        for data in (None, [], {}):
            t = du.to_table(data)
            self.assertEqual((t.columns, t.num_rows), ([], 0), data)

    def test_kind_inference(self):
        t = du.to_table(
            {
                "i": [1, None],
                "mix": [1, 2.5],
                "obj": [1, "a"],
                "b": [True, None],
                "d": [datetime.date(2024, 1, 2), None],
                "ts": [datetime.datetime(2024, 1, 2, 3, 4), None],
                "tz": [datetime.datetime(2024, 1, 2, tzinfo=UTC), None],
                "t": [datetime.time(1, 2), None],
                "td": [datetime.timedelta(seconds=3), None],
                "lst": [[1, 2], None],
                "bin": [b"x", None],
                "dec": [decimal.Decimal("1.5"), None],
                "none": [None, None],
                "big": [2**70, 1],
            }
        )
        self.assertEqual(
            kinds(t),
            ["int64", "float64", "object", "bool", "date32", "timestamp[us]", "timestamp[us, UTC]", "time",
             "duration[us]", "list", "binary", "decimal", "null", "object"],
        )  # fmt: skip
        self.assertEqual(t.column("i").to_list(), [1, None])
        self.assertEqual(t.column("b").to_list(), [True, None])

    def test_nan_in_float_column_stays_a_number(self):
        col = du.to_table({"f": [1.0, float("nan")]}).column("f")
        self.assertEqual(col.kind, "float64")
        self.assertNotEqual(col.to_list()[1], col.to_list()[1])

    def test_unsupported_input_names_the_type(self):
        with self.assertRaises(StreamlitAPIException) as cm:
            du.to_table(object())
        self.assertIn("Unable to convert object of type `<class 'object'>`", str(cm.exception))
        with self.assertRaises(StreamlitAPIException) as cm:
            du.to_table("text")
        self.assertIn("<class 'str'>", str(cm.exception))

    def test_rows_and_records(self):
        t = du.to_table({"a": [1, 2], "b": ["x", "y"]})
        self.assertEqual(t.rows(), [[1, "x"], [2, "y"]])
        self.assertEqual(t.to_records(), [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
        self.assertIs(du.to_table(t), t)


class CursorTest(unittest.TestCase):
    def test_sqlite_cursor(self):
        con = sqlite3.connect(":memory:")
        con.execute("create table t (name text, n integer, f real)")
        con.executemany("insert into t values (?, ?, ?)", [("a", 1, 0.5), ("b", None, 1.5)])
        t = du.to_table(con.execute("select * from t order by name"))
        self.assertEqual(t.column_names, ["name", "n", "f"])
        self.assertEqual(t.to_dict(), {"name": ["a", "b"], "n": [1, None], "f": [0.5, 1.5]})
        self.assertEqual((t.format, t.notice), ("dbapi_cursor", None))
        self.assertTrue(du.is_dataframe_like(con.execute("select 1")))

    def test_cursor_is_limited_with_a_notice(self):
        cursor = FakeCursor(["x"], [(i,) for i in range(12)])
        t = du.to_table(cursor, max_unevaluated_rows=10)
        self.assertEqual(t.num_rows, 10)
        self.assertEqual(t.notice, "⚠️ Showing only 10 rows. Call `fetchall()` on the Cursor to show more.")


class NumpyTest(unittest.TestCase):
    def test_1d_numeric_is_a_zero_copy_buffer(self):
        arr = FakeNdarray([1.5, 2.5, 3.5], "float64")
        t = du.to_table(arr)
        col = t.columns[0]
        self.assertEqual((col.name, col.kind, t.format), ("value", "float64", "numpy_list"))
        self.assertIs(col.values.obj, arr._buf)
        self.assertEqual(col.to_list(), [1.5, 2.5, 3.5])

    def test_2d_columns_are_copied_when_strided(self):
        arr = FakeNdarray([1, 2, 3, 4, 5, 6], "int32", (3, 2))
        t = du.to_table(arr)
        self.assertEqual(t.column_names, ["0", "1"])
        self.assertEqual(kinds(t), ["int32", "int32"])
        self.assertEqual(t.to_dict(), {"0": [1, 3, 5], "1": [2, 4, 6]})
        self.assertTrue(t.columns[0].values.c_contiguous)

    def test_bool_uint_and_object(self):
        self.assertEqual(du.to_table(FakeNdarray([True, False], "bool")).columns[0].to_list(), [True, False])
        self.assertEqual(kinds(du.to_table(FakeNdarray([1, 2], "uint8"))), ["uint8"])
        self.assertEqual(du.to_table(FakeNdarray(["a", "b"], "object")).to_dict(), {"value": ["a", "b"]})

    def test_datetime64_becomes_timestamp_ticks(self):
        when = datetime.datetime(2024, 5, 6, 7, 8, 9)
        col = du.to_table(FakeNdarray([ns(when)], "datetime64[ns]")).columns[0]
        self.assertEqual(col.kind, "timestamp[ns]")
        self.assertEqual(col.to_list(), [when])

    def test_numpy_values_in_a_dict(self):
        t = du.to_table({"a": FakeNdarray([1, 2], "int64"), "b": ["x", "y"]})
        self.assertEqual(t.to_dict(), {"a": [1, 2], "b": ["x", "y"]})
        self.assertTrue(t.column("a").is_buffer)


class PandasTest(unittest.TestCase):
    def frame(self):
        return FakeDataFrame(
            {
                "i": FakeSeries([1, 2, 3], "int64"),
                "f": FakeSeries([0.5, 1.5, 2.5], "float64"),
                "s": FakeSeries(["a", None, "c"], "object"),
                "n": FakeSeries([1, None, 3], "Int64"),
                "bb": FakeSeries([True, None, False], "boolean"),
                "c": FakeSeries(["lo", "hi", None], "category", categories=["lo", "hi"]),
                "t": FakeSeries([ns(datetime.datetime(2024, 1, 1)), None, 0], "datetime64[ns]"),
                "z": FakeSeries([ns(datetime.datetime(2024, 1, 1, 12)), 0, 0], "datetime64[ns, UTC]"),
                "d": FakeSeries([1_000_000_000, 0, None], "timedelta64[ns]"),
            }
        )

    def test_dataframe_columns_kinds_and_values(self):
        t = du.to_table(self.frame())
        self.assertEqual(t.format, "pandas_dataframe")
        self.assertEqual(
            kinds(t),
            ["int64", "float64", "utf8", "int64", "bool", "categorical", "timestamp[ns]", "timestamp[ns, UTC]", "duration[ns]"],
        )
        self.assertEqual(t.column("i").to_list(), [1, 2, 3])
        self.assertEqual(t.column("s").to_list(), ["a", None, "c"])
        self.assertEqual(t.column("n").to_list(), [1, None, 3])
        self.assertEqual(t.column("n").source_dtype, "Int64")
        self.assertEqual(t.column("bb").to_list(), [True, None, False])
        self.assertEqual(t.column("c").categories, ["lo", "hi"])
        self.assertEqual(t.column("c").to_list(), ["lo", "hi", None])
        self.assertEqual(t.column("t").to_list(), [datetime.datetime(2024, 1, 1), None, datetime.datetime(1970, 1, 1)])
        self.assertEqual(t.column("z").to_list()[0], datetime.datetime(2024, 1, 1, 12, tzinfo=UTC))
        self.assertEqual(t.column("d").to_list(), [datetime.timedelta(seconds=1), datetime.timedelta(0), None])
        self.assertTrue(t.column("i").is_buffer and t.column("f").is_buffer and t.column("n").is_buffer)
        self.assertEqual(t.index_values(), [0, 1, 2])
        self.assertTrue(t.range_index)

    def test_custom_and_multi_index(self):
        df = FakeDataFrame({"v": FakeSeries([1, 2], "int64")}, index=FakeIndex(["a", "b"], "object", name="key"))
        t = du.to_table(df)
        self.assertEqual((t.index[0].name, t.index_values(), t.range_index), ("key", ["a", "b"], False))
        multi = FakeMultiIndex([FakeIndex(["x", "y"], "object", name="l0"), FakeIndex([1, 2], "int64", name="l1")])
        t = du.to_table(FakeDataFrame({"v": FakeSeries([1, 2], "int64")}, index=multi))
        self.assertEqual([c.name for c in t.index], ["l0", "l1"])
        self.assertEqual(t.index_values(), [("x", 1), ("y", 2)])

    def test_range_index_with_offset_is_kept(self):
        df = FakeDataFrame({"v": FakeSeries([1, 2], "int64")}, index=FakeRangeIndex(10, 12))
        t = du.to_table(df)
        self.assertEqual((t.index_values(), t.range_index), ([10, 11], False))

    def test_series_index_and_styler(self):
        t = du.to_table(FakeSeries([1.5, 2.5], "float64", name="price"))
        self.assertEqual((t.column_names, t.format), (["price"], "pandas_series"))
        self.assertEqual(du.to_table(FakeSeries([1], "int64")).column_names, ["0"])
        t = du.to_table(FakeIndex(["a", "b"], "object", name="letters"))
        self.assertEqual((t.to_dict(), t.format), ({"letters": ["a", "b"]}, "pandas_index"))
        t = du.to_table(FakeStyler(FakeDataFrame({"a": FakeSeries([1], "int64")})))
        self.assertEqual((t.to_dict(), t.format), ({"a": [1]}, "pandas_styler"))

    def test_series_in_a_dict(self):
        t = du.to_table({"a": FakeSeries([1, 2], "int64"), "b": [3, 4]})
        self.assertEqual(t.to_dict(), {"a": [1, 2], "b": [3, 4]})

    def test_to_pandas_objects(self):
        class Lazy:
            def to_pandas(self):
                return FakeDataFrame({"q": FakeSeries([7], "int64")})

        self.assertEqual(du.to_table(Lazy()).to_dict(), {"q": [7]})
        self.assertTrue(du.is_convertible_by_protocol(Lazy()))

    def test_is_dataframe_like(self):
        self.assertTrue(du.is_dataframe_like(self.frame()))
        self.assertTrue(du.is_dataframe_like(FakeSeries([1], "int64")))
        self.assertTrue(du.is_dataframe_like(FakeNdarray([1], "int64")))
        for plain in ([1], {"a": [1]}, (1,), "s", 1, None):
            self.assertFalse(du.is_dataframe_like(plain), plain)


class ArrowTest(unittest.TestCase):
    def test_table_numeric_zero_copy_and_nulls(self):
        tbl = FakeArrowTable(
            {
                "x": FakeChunkedArray([1, 2, 3], "int64"),
                "y": FakeChunkedArray([1.5, None, 3.5], "double"),
                "s": FakeChunkedArray(["a", None, "c"], "string"),
                "b": FakeChunkedArray([True, False, None], "bool"),
                "ts": FakeChunkedArray([datetime.datetime(2024, 1, 1, tzinfo=UTC), None, None], "timestamp[us, tz=UTC]"),
                "d": FakeChunkedArray(["lo", "hi", "lo"], "dictionary<values=string, indices=int8, ordered=0>"),
                "l": FakeChunkedArray([[1, 2], [], None], "list<item: int64>"),
                "day": FakeChunkedArray([datetime.date(2024, 1, 1), None, None], "date32[day]"),
            }
        )
        t = du.to_table(tbl)
        self.assertEqual(t.format, "pyarrow_table")
        self.assertEqual(kinds(t), ["int64", "float64", "utf8", "bool", "timestamp[us, UTC]", "categorical", "list", "date32"])
        self.assertEqual(t.column("y").to_list(), [1.5, None, 3.5])
        self.assertEqual(t.column("b").to_list(), [True, False, None])
        self.assertEqual(t.column("d").categories, ["lo", "hi"])
        self.assertEqual(t.column("d").to_list(), ["lo", "hi", "lo"])
        self.assertTrue(t.column("x").is_buffer)

    def test_pandas_metadata_index(self):
        tbl = FakeArrowTable(
            {"v": FakeChunkedArray([1, 2], "int64"), "__index_level_0__": FakeChunkedArray(["a", "b"], "string")},
            pandas_metadata={"index_columns": ["__index_level_0__"]},
        )
        t = du.to_table(tbl)
        self.assertEqual((t.column_names, t.index_values(), t.index[0].name), (["v"], ["a", "b"], ""))
        tbl = FakeArrowTable(
            {"v": FakeChunkedArray([1, 2], "int64")},
            pandas_metadata={"index_columns": [{"kind": "range", "start": 5, "stop": 7, "step": 1, "name": None}]},
        )
        self.assertEqual(du.to_table(tbl).index_values(), [5, 6])

    def test_record_batch(self):
        t = du.to_table(FakeRecordBatch({"a": FakeChunkedArray([1], "int32")}))
        self.assertEqual((kinds(t), t.to_dict()), (["int32"], {"a": [1]}))


class PolarsTest(unittest.TestCase):
    def test_dataframe(self):
        df = FakePolarsDataFrame(
            [
                FakePolarsSeries("a", [1, 2], "Int64"),
                FakePolarsSeries("b", [1.0, None], "Float64"),
                FakePolarsSeries("s", ["x", None], "String"),
                FakePolarsSeries("c", ["u", "v"], "Categorical(ordering='physical')"),
                FakePolarsSeries("t", [datetime.datetime(2024, 1, 1), None], "Datetime(time_unit='us', time_zone=None)"),
            ]
        )
        t = du.to_table(df)
        self.assertEqual(t.format, "polars_dataframe")
        self.assertEqual(kinds(t), ["int64", "float64", "utf8", "categorical", "timestamp[us]"])
        self.assertTrue(t.column("a").is_buffer)
        self.assertEqual(t.to_dict()["b"], [1.0, None])
        self.assertEqual(t.column("c").to_list(), ["u", "v"])

    def test_series(self):
        t = du.to_table(FakePolarsSeries("v", [True, False], "Boolean"))
        self.assertEqual((t.column_names, kinds(t), t.to_dict()), (["v"], ["bool"], {"v": [True, False]}))


class InterchangeTest(unittest.TestCase):
    def test_numeric_string_and_nulls(self):
        floats = FakeInterchangeColumn(2, 64, "g", array.array("d", [1.5, 2.5, 3.5]), 3)
        ints = FakeInterchangeColumn(0, 64, "l", array.array("q", [7, -1, 9]), 3, null=(2, -1))
        frame = FakeInterchangeFrame({"f": floats, "i": ints, "s": utf8_column(["ab", None, "c"])})
        t = du.to_table(FakeInterchangeSource(frame))
        self.assertEqual(t.format, "interchange")
        self.assertEqual(kinds(t), ["float64", "int64", "utf8"])
        self.assertEqual(t.to_dict(), {"f": [1.5, 2.5, 3.5], "i": [7, None, 9], "s": ["ab", None, "c"]})

    def test_categorical(self):
        cats = utf8_column(["lo", "hi"])
        codes = FakeInterchangeColumn(23, 8, "c", array.array("b", [1, 0, -1]), 3, null=(2, -1), categories=cats)
        t = du.to_table(FakeInterchangeSource(FakeInterchangeFrame({"c": codes})))
        self.assertEqual(t.column("c").to_list(), ["hi", "lo", None])


class WireTest(unittest.TestCase):
    def test_numeric_columns_are_buffers_and_index_a_range(self):
        wire = du.table_to_wire(du.to_table({"x": [1, 2], "y": [0.5, 1.5]}))
        self.assertEqual(wire["numRows"], 2)
        self.assertEqual(wire["index"], [{"name": "", "kind": "int64", "range": [0, 2, 1], "data": None}])
        x, y = wire["columns"]
        self.assertEqual((x["kind"], x["data"].format, list(x["data"])), ("int64", "q", [1, 2]))
        self.assertEqual((y["kind"], y["data"].format), ("float64", "d"))
        self.assertTrue(wire["rangeIndex"])

    def test_masks_for_missing_numbers(self):
        col = du.table_to_wire(du.to_table({"x": [1, None]}))["columns"][0]
        self.assertEqual((list(col["data"]), bytes(col["mask"])), ([1, 0], b"\x00\x01"))

    def test_temporal_columns(self):
        wire = du.table_to_wire(
            du.to_table(
                {
                    "ts": [datetime.datetime(1970, 1, 1, 0, 0, 1), None],
                    "tz": [datetime.datetime(1970, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))), None],
                    "d": [datetime.date(1970, 1, 3), None],
                    "t": [datetime.time(0, 0, 2), None],
                    "td": [datetime.timedelta(milliseconds=5), None],
                }
            )
        )
        ts, tz, d, t, td = wire["columns"]
        self.assertEqual((ts["kind"], ts["unit"], ts["tz"], list(ts["data"]), bytes(ts["mask"])), ("timestamp", "us", None, [1_000_000, 0], b"\x00\x01"))
        self.assertEqual((tz["tz"], list(tz["data"])[0]), ("+01:00", 0))
        self.assertEqual((d["kind"], list(d["data"])), ("date32", [2, 0]))
        self.assertEqual((t["kind"], list(t["data"]), bytes(t["mask"])), ("time", [2_000_000, 0], b"\x00\x01"))
        self.assertEqual((td["kind"], td["unit"], list(td["data"])[0]), ("duration", "us", 5000))

    def test_pandas_timestamps_keep_their_unit(self):
        df = FakeDataFrame({"t": FakeSeries([5], "datetime64[ns]")})
        col = du.table_to_wire(du.to_table(df))["columns"][0]
        self.assertEqual((col["kind"], col["unit"], list(col["data"])), ("timestamp", "ns", [5]))

    def test_categorical_list_object_decimal(self):
        df = FakeDataFrame({"c": FakeSeries(["b", None], "category", categories=["a", "b"])})
        col = du.table_to_wire(du.to_table(df))["columns"][0]
        self.assertEqual((col["kind"], col["categories"], list(col["data"])), ("categorical", ["a", "b"], [1, -1]))
        wire = du.table_to_wire(
            du.to_table({"l": [[1, 2], None], "ls": [["a", 1], []], "o": [{"k": 1}, "x"], "dec": [decimal.Decimal("2.5"), None]})
        )
        l, ls, o, dec = wire["columns"]
        self.assertEqual((l["itemKind"], l["data"]), ("float64", [[1, 2], None]))
        self.assertEqual((ls["itemKind"], ls["data"]), ("utf8", [["a", "1"], []]))
        self.assertEqual((o["kind"], o["data"]), ("object", ['{"k": 1}', "x"]))
        self.assertEqual((dec["kind"], dec["data"], dec["sourceKind"]), ("float64", [2.5, None], "decimal"))

    def test_non_native_format_letters_and_float16_are_normalised(self):
        view = memoryview(array.array("d", [1.5])).cast("B").cast("d")
        col = du.Column("x", "float64", view)
        self.assertEqual(du.column_to_wire(col)["data"].format, "d")
        half = du.Column("h", "float16", memoryview(array.array("f", [0.5])))
        half.kind = "float16"
        wire = du.column_to_wire(half)
        self.assertEqual((wire["kind"], wire["data"].format, list(wire["data"])), ("float32", "f", [0.5]))

    def test_arrow_payload_marker(self):
        payload = du.arrow_payload(du.to_table([1]))
        self.assertEqual(list(payload), ["__arrow__"])
        self.assertEqual(payload["__arrow__"]["numRows"], 1)

    def test_large_numeric_table_is_packed_without_python_objects(self):
        n = 200_000
        wire = du.table_to_wire(du.to_table({"a": list(range(n)), "b": [i * 0.5 for i in range(n)]}))
        a, b = wire["columns"]
        self.assertEqual((len(a["data"]), a["data"].format, len(b["data"]), b["data"].format), (n, "q", n, "d"))
        self.assertNotIn("mask", a)


if __name__ == "__main__":
    unittest.main()
