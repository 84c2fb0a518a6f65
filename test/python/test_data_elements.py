"""st.dataframe, st.data_editor, st.table, st.metric, st.column_config and st.write of tables."""

from __future__ import annotations

import datetime
import unittest

from dataframe_fakes import FakeDataFrame, FakeNdarray, FakeSeries
from helpers import AppTestCase
from streamlit import dataframe_util
from streamlit.widgets.data_editor import apply_edits, deserialize_edits, parse_cell, to_input_type


def wire_values(element, column):
    """Python values of a column of an element's wire table."""
    wire = element["data"]["__arrow__"]
    for col in wire["columns"]:
        if col["name"] == column:
            data = col["data"]
            return list(data) if data is not None else None
    raise KeyError(column)


class DataframeTest(AppTestCase):
    def test_payload_and_wire_table(self):
        app = self.run_app(
            """
            import streamlit as st
            st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}], hide_index=True, column_order=["b", "a"], height=300)
            """
        )
        el = app.find_one("dataframe")
        self.assertEqual(el["hideIndex"], True)
        self.assertEqual(el["columnOrder"], ["b", "a"])
        self.assertEqual((el["height"], el["width"]), (300, "stretch"))
        self.assertEqual((el["editable"], el["selectionMode"]), (False, []))
        self.assertNotIn("id", el)
        self.assertEqual(wire_values(el, "a"), [1, 2])
        self.assertEqual(wire_values(el, "b"), ["x", "y"])
        self.assertEqual(el["data"]["__arrow__"]["numRows"], 2)

    def test_returns_the_element_without_selection(self):
        app = self.run_app(
            """
            import streamlit as st
            out = st.dataframe({"a": [1]})
            st.write(type(out).__name__)
            """
        )
        self.assertEqual(app.markdown(), ["DeltaGenerator"])

    def test_column_config_is_sent_camel_case(self):
        app = self.run_app(
            """
            import datetime
            import streamlit as st
            st.dataframe(
                {"p": [1.5], "d": [datetime.date(2024, 1, 1)], "u": ["https://x.org"], "hide": [1], "s": ["a"]},
                column_config={
                    "p": st.column_config.NumberColumn("Price", format="$%.2f", min_value=0, help="In USD"),
                    "d": st.column_config.DateColumn("Day", format="MMM D", min_value=datetime.date(2020, 1, 1)),
                    "u": st.column_config.LinkColumn(display_text="Open"),
                    "hide": None,
                    "s": "Renamed",
                    "_index": st.column_config.Column(width="small"),
                },
            )
            """
        )
        config = app.find_one("dataframe")["columnConfig"]
        self.assertEqual(
            config["p"],
            {"label": "Price", "help": "In USD", "type": "number", "typeOptions": {"format": "$%.2f", "minValue": 0}},
        )
        self.assertEqual(config["d"]["typeOptions"], {"format": "MMM D", "minValue": "2020-01-01"})
        self.assertEqual(config["u"], {"type": "link", "typeOptions": {"displayText": "Open"}})
        self.assertEqual(config["hide"], {"hidden": True})
        self.assertEqual(config["s"], {"label": "Renamed"})
        self.assertEqual(config["_index"], {"width": "small"})

    def test_selection_returns_streamlit_state(self):
        app = self.app(
            """
            import streamlit as st
            event = st.dataframe({"a": [1, 2, 3]}, on_select="rerun", key="pick", selection_mode="multi-row")
            st.write(f"{event.selection.rows} {event['selection']['columns']} {st.session_state.pick.selection.rows}")
            """
        )
        app.run()
        el = app.find_one("dataframe")
        self.assertEqual(el["selectionMode"], ["multi-row"])
        self.assertEqual(el["value"], {"selection": {"rows": [], "columns": []}})
        self.assertEqual(app.markdown(), ["[] [] []"])
        app.run(widget_states={el["id"]: {"value": {"selection": {"rows": [2, 0], "columns": []}}}})
        self.assertEqual(app.markdown(), ["[2, 0] [] [2, 0]"])

    def test_selection_callback_runs(self):
        app = self.app(
            """
            import streamlit as st
            def changed():
                st.session_state.calls = st.session_state.get("calls", 0) + 1
            st.dataframe({"a": [1, 2]}, on_select=changed, key="pick")
            st.write(f"calls={st.session_state.get('calls', 0)}")
            """
        )
        app.run()
        el = app.find_one("dataframe")
        app.run(widget_states={el["id"]: {"value": {"selection": {"rows": [1], "columns": []}}}})
        self.assertEqual(app.markdown(), ["calls=1"])

    def test_selection_errors(self):
        cases = {
            "on_select='yes'": "You have passed yes to `on_select`. But only 'ignore', 'rerun', or a callable is supported.",
            "on_select='rerun', selection_mode=['single-row', 'multi-row']": "Only one of `single-row` or `multi-row` can be selected as selection mode.",
            "on_select='rerun', selection_mode='bad'": "Invalid selection mode: bad.",
        }
        for args, message in cases.items():
            app = self.run_app(f"import streamlit as st\nst.dataframe({{'a': [1]}}, {args})\n")
            [exc] = app.exceptions()
            self.assertEqual(exc["excType"], "StreamlitAPIException", args)
            self.assertIn(message, exc["message"], args)

    def test_cursor_notice_is_a_caption(self):
        app = self.run_app(
            """
            import sqlite3
            import streamlit as st
            con = sqlite3.connect(":memory:")
            con.execute("create table t (n integer)")
            con.executemany("insert into t values (?)", [(i,) for i in range(10_005)])
            st.dataframe(con.execute("select * from t"))
            """
        )
        kinds = [e["type"] for _, e in app.elements()]
        self.assertEqual(kinds, ["markdown", "dataframe"])
        self.assertIn("Showing only 10k rows", app.markdown()[0])

    def test_unsupported_data_is_an_exception(self):
        app = self.run_app("import streamlit as st\nst.dataframe(object())\n")
        [exc] = app.exceptions()
        self.assertIn("Unable to convert object of type `<class 'object'>`", exc["message"])

    def test_fake_pandas_dataframe(self):
        app = self.run_app(
            """
            import streamlit as st
            from dataframe_fakes import FakeDataFrame, FakeSeries
            st.dataframe(FakeDataFrame({"v": FakeSeries([1.5, 2.5], "float64")}))
            """
        )
        el = app.find_one("dataframe")
        self.assertEqual(wire_values(el, "v"), [1.5, 2.5])


class DataEditorTest(AppTestCase):
    def editor_app(self, data_source: str, extra: str = "") -> object:
        return self.app(
            f"""
            import streamlit as st
            out = st.data_editor({data_source}, key="ed"{extra})
            st.text(repr(out))
            st.text(repr(st.session_state["ed"]))
            """
        )

    def texts(self, app):
        return [e["body"] for e in app.find("text")]

    def edit(self, app, value):
        el = app.find_one("dataframe")
        app.run(widget_states={el["id"]: {"value": value}})

    def test_list_of_dicts_round_trip(self):
        app = self.editor_app('[{"name": "ann", "age": 31}, {"name": "bob", "age": 42}]')
        app.run()
        el = app.find_one("dataframe")
        self.assertTrue(el["editable"])
        self.assertEqual(el["value"], {"edited_rows": {}, "added_rows": [], "deleted_rows": []})
        self.assertEqual(self.texts(app)[0], "[{'name': 'ann', 'age': 31}, {'name': 'bob', 'age': 42}]")
        self.edit(app, {"edited_rows": {"1": {"age": 43}}, "added_rows": [{"name": "cy", "age": 5}], "deleted_rows": [0]})
        self.assertEqual(
            self.texts(app),
            [
                "[{'name': 'bob', 'age': 43}, {'name': 'cy', 'age': 5}]",
                "{'edited_rows': {1: {'age': 43}}, 'added_rows': [{'name': 'cy', 'age': 5}], 'deleted_rows': [0]}",
            ],
        )

    def test_dict_of_lists_and_types(self):
        app = self.editor_app('{"d": [__import__("datetime").date(2024, 1, 1)], "f": [True], "n": [1.5]}')
        app.run()
        self.edit(app, {"edited_rows": {"0": {"d": "2024-02-03", "f": False, "n": 2}}, "added_rows": [], "deleted_rows": []})
        self.assertEqual(self.texts(app)[0], "{'d': [datetime.date(2024, 2, 3)], 'f': [False], 'n': [2.0]}")

    def test_list_of_rows_values_and_key_value_dict(self):
        app = self.editor_app("[[1, 'a'], [2, 'b']]")
        app.run()
        self.edit(app, {"edited_rows": {"0": {"1": "z"}}, "added_rows": [], "deleted_rows": []})
        self.assertEqual(self.texts(app)[0], "[[1, 'z'], [2, 'b']]")
        app = self.editor_app("['x', 'y']")
        app.run()
        self.edit(app, {"edited_rows": {"1": {"value": "w"}}, "added_rows": [], "deleted_rows": []})
        self.assertEqual(self.texts(app)[0], "['x', 'w']")
        app = self.editor_app("{'a': 1, 'b': 2}")
        app.run()
        self.edit(app, {"edited_rows": {"0": {"value": 10}}, "added_rows": [], "deleted_rows": []})
        self.assertEqual(self.texts(app)[0], "{'a': 10, 'b': 2}")

    def test_unedited_data_is_returned_as_given(self):
        app = self.editor_app("{'a': [1, 2]}")
        app.run()
        self.assertEqual(self.texts(app), ["{'a': [1, 2]}", "{'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}"])

    def test_refuses_session_state_values(self):
        app = self.run_app(
            """
            import streamlit as st
            st.session_state.ed = {"edited_rows": {}}
            st.data_editor({"a": [1]}, key="ed")
            """
        )
        [exc] = app.exceptions()
        self.assertEqual(exc["message"], "Values for the widget with `key` 'ed' cannot be set using `st.session_state`.")

    def test_dynamic_rows_hide_a_range_index_and_send_options(self):
        app = self.run_app(
            """
            import streamlit as st
            st.data_editor({"a": [1]}, num_rows="dynamic", disabled=["a"], key="ed")
            """
        )
        el = app.find_one("dataframe")
        self.assertEqual((el["numRows"], el["hideIndex"], el["disabledColumns"]), ("dynamic", True, ["a"]))

    def test_bad_num_rows(self):
        app = self.run_app("import streamlit as st\nst.data_editor({'a': [1]}, num_rows='many')\n")
        [exc] = app.exceptions()
        self.assertIn("Invalid num_rows value: 'many'", exc["message"])

    def test_new_data_is_a_new_widget(self):
        app = self.app("import streamlit as st\nst.data_editor({'a': [1]}, key='ed')\n")
        app.run()
        first = app.find_one("dataframe")["id"]
        app.run("import streamlit as st\nst.data_editor({'a': [2]}, key='ed')\n")
        self.assertNotEqual(first, app.find_one("dataframe")["id"])

    def test_fake_pandas_input_is_edited_through_its_table(self):
        table = dataframe_util.to_table(FakeDataFrame({"v": FakeSeries([1, 2], "int64")}))
        index, columns = apply_edits(table, deserialize_edits({"edited_rows": {"1": {"v": 5}}, "added_rows": [], "deleted_rows": []}))
        self.assertEqual((index, columns), ([0, 1], {"v": [1, 5]}))

    def test_apply_edits_helpers(self):
        table = dataframe_util.to_table({"t": [datetime.datetime(2024, 1, 1)], "i": [1]})
        state = deserialize_edits({"edited_rows": {"0": {"t": "2024-05-06T07:08:09", "i": "7"}}, "added_rows": [{"i": 3}], "deleted_rows": []})
        index, columns = apply_edits(table, state)
        self.assertEqual(index, [0, 1])
        self.assertEqual(columns, {"t": [datetime.datetime(2024, 5, 6, 7, 8, 9), None], "i": [7, 3]})
        self.assertEqual(to_input_type(table, index, columns), {"t": [datetime.datetime(2024, 5, 6, 7, 8, 9), None], "i": [7, 3]})
        self.assertEqual(parse_cell("12:30:00", "time"), datetime.time(12, 30))
        self.assertEqual(parse_cell(2.0, "int64"), 2)
        self.assertEqual(parse_cell(None, "int64"), None)
        self.assertEqual(
            parse_cell("2024-01-01T10:00:00", "timestamp[us, UTC]"),
            datetime.datetime(2024, 1, 1, 10, tzinfo=datetime.timezone.utc),
        )

    def test_numpy_input_type_is_kept_through_the_table_format(self):
        table = dataframe_util.to_table(FakeNdarray([1.0, 2.0], "float64"))
        self.assertEqual(table.format, "numpy_list")


class TableAndMetricTest(AppTestCase):
    def test_table_payload(self):
        app = self.run_app(
            """
            import streamlit as st
            st.table({"a": ["**x**"]}, border="horizontal")
            st.table([1, 2])
            """
        )
        first, second = app.find("table")
        self.assertEqual((first["border"], first["width"], first["height"]), ("horizontal", "stretch", "content"))
        self.assertEqual(wire_values(first, "a"), ["**x**"])
        self.assertEqual(wire_values(second, "value"), [1, 2])

    def test_table_border_error(self):
        app = self.run_app("import streamlit as st\nst.table([1], border='x')\n")
        self.assertIn("Invalid border parameter: x", app.exceptions()[0]["message"])

    def test_metric(self):
        app = self.run_app(
            """
            import streamlit as st
            st.metric("Temp", "70 °F", "1.2 °F")
            st.metric("Wind", 9, -8, delta_color="inverse", border=True, help="h", chart_data=[1, 2, 3], chart_type="bar")
            st.metric("Off", 1.5, "0.5", delta_color="off", label_visibility="collapsed")
            st.metric("None", None)
            """
        )
        temp, wind, off, none = app.find("metric")
        self.assertEqual((temp["body"], temp["delta"], temp["deltaDirection"], temp["deltaColor"]), ("70 °F", "1.2 °F", "up", "green"))
        self.assertEqual((wind["body"], wind["delta"], wind["deltaDirection"], wind["deltaColor"]), ("9", "-8", "down", "green"))
        self.assertEqual((wind["border"], wind["help"], wind["chartData"], wind["chartType"]), (True, "h", [1.0, 2.0, 3.0], "bar"))
        self.assertEqual((off["deltaColor"], off["labelVisibility"]), ("gray", "collapsed"))
        self.assertEqual((none["body"], none["delta"], none["deltaDirection"]), ("—", None, "none"))

    def test_metric_errors(self):
        app = self.run_app("import streamlit as st\nst.metric('a', 1, 1, delta_color='pink')\n")
        self.assertEqual(
            app.exceptions()[0]["message"],
            "'pink' is not an accepted value. delta_color only accepts: 'normal', 'inverse', or 'off'",
        )
        app = self.run_app("import streamlit as st\nst.metric('a', [1])\n")
        exc = app.exceptions()[0]
        self.assertEqual(exc["excType"], "TypeError")
        self.assertIn("value only accepts: int, float, str, or None", exc["message"])


class WriteTablesTest(AppTestCase):
    def test_write_sends_dataframe_likes_and_cursors_to_dataframe(self):
        app = self.run_app(
            """
            import sqlite3
            import streamlit as st
            from dataframe_fakes import FakeDataFrame, FakeSeries, FakeNdarray
            st.write(FakeDataFrame({"a": FakeSeries([1], "int64")}))
            st.write(FakeNdarray([1.0], "float64"))
            st.write(sqlite3.connect(":memory:").execute("select 1 as one"))
            class Lazy:
                def to_pandas(self):
                    return FakeDataFrame({"z": FakeSeries([3], "int64")})
            st.write(Lazy())
            st.write({"a": [1]}, [1, 2])
            """
        )
        self.assertEqual([e["type"] for _, e in app.elements()], ["dataframe"] * 4 + ["json", "json"])
        self.assertEqual(wire_values(app.find("dataframe")[2], "one"), [1])
        self.assertEqual(wire_values(app.find("dataframe")[3], "z"), [3])


if __name__ == "__main__":
    unittest.main()
