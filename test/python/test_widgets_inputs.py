"""The input widgets: text_input, text_area, number_input, selectbox, multiselect, radio,
date_input, time_input, color_picker — ids (behaviour.md §2), Python types, Streamlit's
errors, and the interplay with session state (§3)."""

from __future__ import annotations

import unittest

from helpers import AppTestCase

HEADER = (
    "import streamlit as st\nimport datetime\n"
    "def out(*values):\n    st.text(' '.join(str(v) for v in values))\n"
)


class FakeSeries:
    """Duck-typed pandas.Series: what the widgets may use without importing pandas."""

    def __init__(self, values):
        self._values = list(values)

    def tolist(self):
        return list(self._values)

    def __iter__(self):
        raise AssertionError("a Series is converted with tolist(), not iterated")


class _ILoc:
    def __init__(self, frame):
        self.frame = frame

    def __getitem__(self, key):
        rows, col = key
        assert rows == slice(None)
        return FakeSeries(self.frame.data[self.frame.columns[col]])


class FakeDataFrame:
    def __init__(self, data):
        self.data = data
        self.columns = list(data)
        self.iloc = _ILoc(self)


class InputsTestCase(AppTestCase):
    def run_script(self, body: str):
        app = self.run_app(HEADER + body)
        return app

    def ok(self, body: str):
        app = self.run_script(body)
        self.assertEqual(app.exceptions(), [], [e["message"] for e in app.exceptions()])
        return app

    def error(self, body: str) -> str:
        app = self.run_script(body)
        errors = app.exceptions()
        self.assertEqual(len(errors), 1, f"expected one exception, got {errors}")
        return errors[0]["message"]

    def written(self, app) -> list[str]:
        return [e["body"] for e in app.find("text")]


class TypesTest(InputsTestCase):
    def test_text_input_and_area_return_str_or_none(self):
        app = self.ok(
            "a = st.text_input('A', 'hi')\nb = st.text_input('B', value=None)\nc = st.text_area('C', 5)\n"
            "out(type(a).__name__, type(b).__name__, type(c).__name__, c)\n"
        )
        self.assertEqual(self.written(app), ["str NoneType str 5"])
        self.assertEqual(app.widget("A", "textInput")["value"], "hi")
        self.assertIsNone(app.widget("B")["value"])
        app.set_value("A", "typed")
        self.assertEqual(app.widget("A")["value"], "typed")

    def test_text_input_max_chars_truncates_page_values(self):
        app = self.ok("v = st.text_input('A', max_chars=3)\nout(v)\n")
        app.set_value("A", "abcdef")
        self.assertEqual(self.written(app), ["abc"])

    def test_number_input_typing_rules(self):
        cases = {
            "st.number_input('N')": "float 0.0",
            "st.number_input('N', value=1)": "int 1",
            "st.number_input('N', 1, 10)": "int 1",
            "st.number_input('N', min_value=0.5)": "float 0.5",
            "st.number_input('N', step=2)": "int 0",
            "st.number_input('N', value=None)": "NoneType None",
            "st.number_input('N', 0, 10, None)": "NoneType None",
        }
        for call, expected in cases.items():
            with self.subTest(call=call):
                app = self.ok(f"v = {call}\nout(type(v).__name__, str(v))\n")
                self.assertEqual(self.written(app), [expected])

    def test_number_input_keeps_its_type_for_page_values(self):
        # The page's whole numbers arrive as int (JavaScript has one number type).
        app = self.ok("v = st.number_input('F', value=1.5)\ni = st.number_input('I', value=1)\nout(type(v).__name__, v, type(i).__name__, i)\n")
        app.set_value("F", 2)
        self.assertEqual(self.written(app), ["float 2.0 int 1"])
        app.set_value("I", 3.0)
        self.assertEqual(self.written(app), ["float 2.0 int 3"])
        self.assertEqual(app.widget("F")["dataType"], "float")
        self.assertEqual(app.widget("I")["dataType"], "int")

    def test_number_input_payload(self):
        app = self.ok("st.number_input('N', 0.0, 1.0, 0.25, 0.05, format='%.3f', placeholder='p')\n")
        w = app.widget("N")
        self.assertEqual((w["min"], w["max"], w["step"], w["format"], w["placeholder"], w["value"]), (0.0, 1.0, 0.05, "%.3f", "p", 0.25))
        self.assertEqual(app.widget("N", "numberInput")["default"], 0.25)

    def test_number_input_format_type_warnings(self):
        app = self.ok("st.number_input('N', value=1, format='%0.2f')\n")
        self.assertEqual(
            [e["body"] for e in app.find("alert")],
            ["Warning: NumberInput value below has type int so is displayed as int despite format string %0.2f."],
        )

    def test_selection_widgets_return_the_option_objects(self):
        app = self.ok(
            "class P:\n"
            "    def __init__(self, n): self.n = n\n"
            "    def __eq__(self, o): return isinstance(o, P) and o.n == self.n\n"
            "ps = [P(1), P(2), P(3)]\n"
            "s = st.selectbox('S', ps, format_func=lambda p: f'#{p.n}')\n"
            "r = st.radio('R', ps, index=2, format_func=lambda p: f'#{p.n}')\n"
            "m = st.multiselect('M', ps, [ps[1]], format_func=lambda p: f'#{p.n}')\n"
            "out(type(s).__name__, s.n, r.n, [p.n for p in m], type(m).__name__)\n"
        )
        self.assertEqual(self.written(app), ["P 1 3 [2] list"])
        self.assertEqual(app.widget("S")["options"], ["#1", "#2", "#3"])
        self.assertEqual(app.widget("S")["value"], "#1")
        self.assertEqual(app.widget("R")["value"], "#3")
        self.assertEqual(app.widget("M")["value"], ["#2"])
        app.set_value("S", "#2")
        self.assertEqual(self.written(app)[0].split()[:2], ["P", "2"])

    def test_options_from_any_iterable(self):
        cases = {
            "{'x': 1, 'y': 2}": ["x", "y"],
            "(i * 2 for i in range(3))": ["0", "2", "4"],
            "range(2)": ["0", "1"],
            "FakeSeries(['p', 'q'])": ["p", "q"],
            "FakeDataFrame({'col': ['u', 'v'], 'other': [1, 2]})": ["u", "v"],
            "Color": ["Color.RED", "Color.BLUE"],
        }
        prelude = (
            "import enum\nfrom test_widgets_inputs import FakeSeries, FakeDataFrame\n"
            "class Color(enum.Enum):\n    RED = 1\n    BLUE = 2\n"
        )
        for options, labels in cases.items():
            for widget in ("selectbox", "radio", "multiselect"):
                with self.subTest(options=options, widget=widget):
                    app = self.ok(f"{prelude}st.{widget}('W', {options})\n")
                    self.assertEqual(app.widget("W")["options"], labels)

    def test_selectbox_returns_the_option_with_its_type(self):
        app = self.ok("v = st.selectbox('S', [10, 20, 30], index=1)\nout(type(v).__name__, v)\n")
        self.assertEqual(self.written(app), ["int 20"])
        app.set_value("S", "30")
        self.assertEqual(self.written(app), ["int 30"])

    def test_selectbox_and_radio_index_none(self):
        app = self.ok(
            "s = st.selectbox('S', ['a', 'b'], index=None, placeholder='Pick')\n"
            "r = st.radio('R', ['a', 'b'], index=None)\nout(str(s), str(r))\n"
        )
        self.assertEqual(self.written(app), ["None None"])
        self.assertEqual(app.widget("S")["placeholder"], "Pick")
        self.assertIsNone(app.widget("S")["default"])
        app.set_value("S", "b")
        self.assertEqual(self.written(app), ["b None"])
        app.set_value("S", None)
        self.assertEqual(self.written(app), ["None None"])

    def test_accept_new_options(self):
        app = self.ok(
            "s = st.selectbox('S', ['a'], accept_new_options=True)\n"
            "m = st.multiselect('M', ['a'], accept_new_options=True)\nout(s, m)\n"
        )
        app.set_value("S", "brand new")
        app.set_value("M", ["a", "typed"])
        self.assertEqual(self.written(app), ["brand new ['a', 'typed']"])

    def test_empty_options(self):
        app = self.ok("s = st.selectbox('S', [])\nm = st.multiselect('M', [])\nout(str(s), m)\n")
        self.assertEqual(self.written(app), ["None []"])

    def test_date_input_single_range_and_empty(self):
        app = self.ok(
            "d = st.date_input('D', datetime.date(2024, 1, 15))\n"
            "r = st.date_input('R', (datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)))\n"
            "n = st.date_input('N', None)\n"
            "e = st.date_input('E', [])\n"
            "out(type(d).__name__, type(r).__name__, len(r), str(n), str(e))\n"
        )
        self.assertEqual(self.written(app), ["date tuple 2 None ()"])
        d = app.widget("D")
        self.assertEqual((d["value"], d["min"], d["max"], d["isRange"], d["format"]), (["2024-01-15"], "2014-01-15", "2034-01-15", False, "YYYY/MM/DD"))
        self.assertEqual(app.widget("R")["max"], "2034-01-07")
        app.set_value("R", ["2024-02-01"])
        self.assertIn("tuple 1", self.written(app)[0])
        app.set_value("D", ["2024-03-04"])
        app.run(HEADER + "d = st.date_input('D', datetime.date(2024, 1, 15))\nout(repr(d))\n", widget_states=app.widget_states())
        self.assertEqual(self.written(app), ["datetime.date(2024, 3, 4)"])

    def test_date_input_today_and_iso_strings(self):
        app = self.ok("d = st.date_input('D')\ns = st.date_input('S', '2024-05-06', min_value='2024-01-01')\nout(type(d).__name__, repr(s))\n")
        self.assertEqual(self.written(app), ["date datetime.date(2024, 5, 6)"])
        self.assertEqual(app.widget("S")["min"], "2024-01-01")

    def test_time_input(self):
        app = self.ok(
            "t = st.time_input('T', datetime.time(8, 45), step=datetime.timedelta(minutes=30))\n"
            "n = st.time_input('N', None)\nnow = st.time_input('Now')\n"
            "out(repr(t), str(n), type(now).__name__)\n"
        )
        self.assertEqual(self.written(app), ["datetime.time(8, 45) None time"])
        self.assertEqual(app.widget("T")["step"], 1800)
        self.assertEqual(app.widget("T")["value"], "08:45")
        app.set_value("T", "13:05")
        self.assertEqual(self.written(app)[0].split()[0], "datetime.time(13,")

    def test_color_picker(self):
        app = self.ok("c = st.color_picker('C')\nd = st.color_picker('D', '#0f0')\nout(c, d)\n")
        self.assertEqual(self.written(app), ["#000000 #0f0"])
        app.set_value("C", "#123456")
        self.assertEqual(self.written(app), ["#123456 #0f0"])


class PageNullTest(InputsTestCase):
    def test_javascript_null_from_the_page_is_none(self):
        # Pyodide turns the page's null into pyodide.ffi.jsnull (of type JsNull).
        JsNull = type("JsNull", (), {"__bool__": lambda self: False})
        app = self.ok("s = st.selectbox('S', ['a', 'b'], index=None)\nn = st.number_input('N', value=None)\nout(repr(s), repr(n))\n")
        app.set_value("S", "b")
        self.assertEqual(self.written(app), ["'b' None"])
        states = app.widget_states()
        states[app.widget("S")["id"]] = {"value": JsNull()}
        states[app.widget("N")["id"]] = {"value": JsNull()}
        app.run(widget_states=states)
        self.assertEqual(self.written(app), ["None None"])


class ErrorsTest(InputsTestCase):
    def test_number_input_errors(self):
        self.assertEqual(
            self.error("st.number_input('N', min_value=0, value=1.5)"),
            "All numerical arguments must be of the same type.\n`value` has float type.\n`min_value` has int type.",
        )
        self.assertEqual(self.error("st.number_input('N', 5, 10, 2)"), "The `value` 2 is less than the `min_value` 5.")
        self.assertEqual(self.error("st.number_input('N', 0, 10, 20)"), "The `value` 20 is greater than the `max_value` 10.")
        self.assertEqual(
            self.error("st.number_input('N', format='%s%%x')"),
            "Format string for `st.number_input` contains invalid characters: %s%%x",
        )
        self.assertEqual(
            self.error("st.number_input('N', value=1 << 60)"), "`value` (1152921504606846976) must be <= (1 << 53) - 1"
        )

    def test_selection_errors(self):
        self.assertEqual(
            self.error("st.selectbox('S', ['a'], index=3)"),
            "Selectbox index must be greater than or equal to 0 and less than the length of options.",
        )
        self.assertEqual(self.error("st.selectbox('S', ['a'], index='0')"), "Selectbox Value has invalid type: str")
        self.assertEqual(self.error("st.radio('R', ['a'], index=-1)"), "Radio index must be between 0 and length of options")
        self.assertEqual(self.error("st.radio('R', ['a'], captions=[1])"), "Radio captions must be strings. Passed type: int")
        self.assertEqual(
            self.error("st.multiselect('M', ['a', 'b'], ['c'])"),
            "The default value 'c' is not part of the options. Please make sure that every default values also exists in the options.",
        )
        self.assertEqual(
            self.error("st.multiselect('M', ['a', 'b', 'c'], ['a', 'b'], max_selections=1)"),
            "Multiselect has 2 options selected but `max_selections` is set to 1. This happened because you either "
            "gave too many options to `default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. Please select at most 1 option.",
        )

    def test_text_errors(self):
        self.assertEqual(
            self.error("st.text_input('T', type='email2')"),
            "'email2' is not a valid text_input type. Valid types are 'default' and 'password'.",
        )
        self.assertEqual(self.error("st.text_area('T', height=20)"), "Invalid height 20px for `st.text_area` - must be at least 68 pixels.")
        self.assertIn("Invalid width value: 'wide'", self.error("st.text_input('T', width='wide')"))

    def test_date_and_time_errors(self):
        self.assertIn("The provided format (`YYYY-DD-MM`) is not valid.", self.error("st.date_input('D', format='YYYY-DD-MM')"))
        self.assertEqual(
            self.error("st.date_input('D', datetime.date(2024, 1, 1), min_value=datetime.date(2025, 1, 1), max_value=datetime.date(2024, 1, 1))"),
            "The `min_value`, set to 2025-01-01, shouldn't be larger than the `max_value`, set to 2024-01-01.",
        )
        self.assertEqual(
            self.error("st.date_input('D', datetime.date(2020, 1, 1), min_value=datetime.date(2021, 1, 1))"),
            "The default `value` of [datetime.date(2020, 1, 1)] must lie between the `min_value` of 2021-01-01 "
            "and the `max_value` of 2030-01-01, inclusively.",
        )
        self.assertEqual(
            self.error("st.date_input('D', [datetime.date(2020, 1, 1)] * 3)"),
            "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values",
        )
        self.assertEqual(
            self.error("st.time_input('T', step=30)"),
            "`step` must be between 60 seconds and 23 hours but is currently set to 30 seconds.",
        )
        self.assertEqual(
            self.error("st.time_input('T', step=1.5)"), "`step` can only be `int` or `timedelta` but <class 'float'> is provided."
        )
        self.assertEqual(
            self.error("st.time_input('T', 5)"), "The type of value should be one of datetime, time, ISO string or None"
        )

    def test_color_errors(self):
        self.assertEqual(
            self.error("st.color_picker('C', 'red')"),
            "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
        )
        self.assertEqual(
            self.error("st.color_picker('C', 123)"),
            "Color Picker Value has invalid type: int. Expects a hex string like '#00FFAA' or '#000'.",
        )

    def test_callbacks_are_not_allowed_on_form_widgets_and_labels_need_visibility(self):
        self.assertIn("Unsupported label_visibility option 'gone'", self.error("st.text_input('T', label_visibility='gone')"))


class IdentityTest(InputsTestCase):
    def ids(self, *calls: str) -> list[str]:
        result = []
        for call in calls:
            app = self.ok(call + "\n")
            result.append([e for _, e in app.elements() if "id" in e][0]["id"])
        return result

    def assert_same(self, a: str, b: str):
        x, y = self.ids(a, b)
        self.assertEqual(x, y, f"{a} vs {b}")

    def assert_differs(self, a: str, b: str):
        x, y = self.ids(a, b)
        self.assertNotEqual(x, y, f"{a} vs {b}")

    def test_keyless_identity_arguments(self):
        self.assert_differs("st.text_input('A')", "st.text_input('A', 'x')")
        self.assert_differs("st.text_input('A')", "st.text_input('A', max_chars=3)")
        self.assert_differs("st.text_input('A')", "st.text_input('A', placeholder='p')")
        self.assert_differs("st.text_input('A')", "st.text_input('A', type='password')")
        self.assert_differs("st.text_input('A')", "st.text_area('A')")
        self.assert_differs("st.number_input('A')", "st.number_input('A', step=0.5)")
        self.assert_differs("st.number_input('A')", "st.number_input('A', format='%.1f')")
        self.assert_differs("st.selectbox('A', ['a', 'b'])", "st.selectbox('A', ['a', 'c'])")
        self.assert_differs("st.selectbox('A', ['a', 'b'])", "st.selectbox('A', ['a', 'b'], format_func=str.upper)")
        self.assert_differs("st.selectbox('A', ['a', 'b'])", "st.selectbox('A', ['a', 'b'], index=1)")
        self.assert_differs("st.radio('A', ['a', 'b'])", "st.radio('A', ['a', 'b'], horizontal=True)")
        self.assert_differs("st.multiselect('A', ['a', 'b'])", "st.multiselect('A', ['a', 'b'], max_selections=1)")
        self.assert_differs("st.date_input('A', datetime.date(2024, 1, 1))", "st.date_input('A', datetime.date(2024, 1, 2))")
        self.assert_differs("st.time_input('A', datetime.time(1))", "st.time_input('A', datetime.time(1), step=60)")
        self.assert_differs("st.color_picker('A')", "st.color_picker('A', '#fff')")
        # Not identity: disabled, label visibility, callbacks.
        for call in ("st.text_input('A'{})", "st.selectbox('A', ['a']{})", "st.date_input('A', datetime.date(2024, 1, 1){})"):
            self.assert_same(call.format(""), call.format(", disabled=True, label_visibility='collapsed', on_change=print"))

    def test_keyed_identity_keeps_only_value_invalidating_arguments(self):
        same = [
            ("st.text_input('A', key='k')", "st.text_input('B', 'v', placeholder='p', help='h', key='k')"),
            ("st.text_area('A', key='k')", "st.text_area('B', height=200, key='k')"),
            ("st.number_input('A', key='k')", "st.number_input('B', value=3.0, step=0.5, format='%.1f', key='k')"),
            ("st.selectbox('A', ['a', 'b'], key='k')", "st.selectbox('B', ['a', 'c'], index=1, key='k')"),
            ("st.multiselect('A', ['a'], key='k')", "st.multiselect('B', ['a', 'b'], ['b'], key='k')"),
            ("st.radio('A', ['a'], key='k')", "st.radio('B', ['a', 'b'], horizontal=True, key='k')"),
            ("st.date_input('A', datetime.date(2024, 1, 1), key='k')", "st.date_input('B', datetime.date(2024, 1, 2), key='k')"),
            ("st.time_input('A', datetime.time(1), key='k')", "st.time_input('B', datetime.time(2), key='k')"),
            ("st.color_picker('A', key='k')", "st.color_picker('B', '#fff', key='k')"),
        ]
        for a, b in same:
            self.assert_same(a, b)
        differs = [
            ("st.text_input('A', key='k')", "st.text_input('A', max_chars=5, key='k')"),
            ("st.text_area('A', key='k')", "st.text_area('A', max_chars=5, key='k')"),
            ("st.number_input('A', key='k')", "st.number_input('A', min_value=-1.0, key='k')"),
            ("st.number_input('A', key='k')", "st.number_input('A', max_value=9.0, key='k')"),
            ("st.date_input('A', key='k')", "st.date_input('A', format='DD/MM/YYYY', key='k')"),
            ("st.date_input('A', key='k')", "st.date_input('A', min_value=datetime.date(2000, 1, 1), key='k')"),
            ("st.time_input('A', key='k')", "st.time_input('A', step=60, key='k')"),
        ]
        for a, b in differs:
            self.assert_differs(a, b)

    def test_keyless_widget_with_new_options_starts_from_its_default(self):
        app = self.app(HEADER + "out(st.selectbox('S', ['a', 'b', 'c']))\n")
        app.run()
        app.set_value("S", "c")
        self.assertEqual(self.written(app), ["c"])
        app.run(HEADER + "out(st.selectbox('S', ['a', 'b', 'c', 'd']))\n", widget_states=app.widget_states())
        self.assertEqual(self.written(app), ["a"])

    def test_duplicate_keys_and_ids(self):
        self.assertIn("There are multiple elements with the same `key='k'`", self.error("st.text_input('A', key='k')\nst.number_input('B', key='k')"))
        self.assertIn(
            "There are multiple `selectbox` elements with the same auto-generated ID",
            self.error("st.selectbox('A', [1])\nst.selectbox('A', [1])"),
        )
        self.ok("st.selectbox('A', [1])\nst.sidebar.selectbox('A', [1])")


class SessionStateTest(InputsTestCase):
    def test_values_set_before_creation_are_shown_and_returned(self):
        app = self.ok(
            "if 'init' not in st.session_state:\n"
            "    st.session_state.init = True\n"
            "    st.session_state.t = 'from state'\n"
            "    st.session_state.n = 7\n"
            "    st.session_state.s = 'b'\n"
            "    st.session_state.m = ['c']\n"
            "    st.session_state.r = 'b'\n"
            "    st.session_state.d = datetime.date(2024, 2, 2)\n"
            "    st.session_state.ti = datetime.time(9, 30)\n"
            "    st.session_state.c = '#abcdef'\n"
            "t = st.text_input('T', key='t')\nn = st.number_input('N', key='n')\n"
            "s = st.selectbox('S', ['a', 'b'], key='s')\nm = st.multiselect('M', ['a', 'c'], key='m')\n"
            "r = st.radio('R', ['a', 'b'], key='r')\nd = st.date_input('D', key='d')\nti = st.time_input('TI', key='ti')\n"
            "c = st.color_picker('C', key='c')\n"
            "out(t, n, s, m, r, str(d), str(ti), c)\n"
        )
        self.assertEqual(self.written(app), ["from state 7 b ['c'] b 2024-02-02 09:30:00 #abcdef"])
        expected = {"T": "from state", "N": 7, "S": "b", "M": ["c"], "R": "b", "D": ["2024-02-02"], "TI": "09:30", "C": "#abcdef"}
        for label, value in expected.items():
            w = app.widget(label)
            self.assertEqual((w["value"], w["setValue"]), (value, True), label)
        app.run()
        self.assertFalse(any(e.get("setValue") for _, e in app.elements()))

    def test_selectbox_value_not_in_options_resets_to_default(self):
        app = self.ok(
            "if 'x' not in st.session_state:\n    st.session_state.x = 'zzz'\n"
            "v = st.selectbox('S', ['a', 'b'], index=1, key='x')\nout(v, st.session_state.x)\n"
        )
        self.assertEqual(self.written(app), ["b b"])
        self.assertEqual((app.widget("S")["value"], app.widget("S")["setValue"]), ("b", True))

    def test_keyed_widgets_whose_options_change(self):
        app = self.app(HEADER + "out(st.selectbox('S', ['a', 'b', 'c'], key='k'), st.multiselect('M', ['a', 'b', 'c'], key='m'))\n")
        app.run()
        app.set_value("S", "c")
        app.set_value("M", ["a", "c"])
        self.assertEqual(self.written(app), ["c ['a', 'c']"])
        app.run(HEADER + "out(st.selectbox('S', ['c', 'd'], key='k'), st.multiselect('M', ['c', 'd'], key='m'))\n", widget_states=app.widget_states())
        self.assertEqual(self.written(app), ["c ['c']"])
        self.assertEqual(app.widget("M")["value"], ["c"])
        self.assertTrue(app.widget("M")["setValue"])
        app.run(HEADER + "out(st.selectbox('S', ['x', 'y'], key='k'), st.multiselect('M', ['x'], key='m'))\n", widget_states=app.widget_states())
        self.assertEqual(self.written(app), ["x []"])
        self.assertEqual((app.widget("S")["value"], app.widget("S")["setValue"]), ("x", True))

    def test_options_redefined_by_the_rerun_keep_the_choice(self):
        # An Enum (or class) defined in the script is a new class on every run.
        script = HEADER + "import enum\nclass C(enum.Enum):\n    A = 1\n    B = 2\nv = st.radio('R', C, key='r')\nout(v is C.B, str(v))\n"
        app = self.app(script)
        app.run()
        app.set_value("R", "C.B")
        self.assertEqual(self.written(app), ["True C.B"])
        app.run()
        self.assertEqual(self.written(app), ["True C.B"])

    def test_number_session_value_out_of_range(self):
        message = self.error(
            "st.session_state.n = 50\nst.number_input('N', 0, 10, key='n')"
        )
        self.assertEqual(message, "The `value` 50 is greater than the `max_value` 10.")

    def test_keyed_widget_keeps_value_across_label_change(self):
        app = self.app(HEADER + "out(st.text_input('Name', key='name'))\n")
        app.run()
        app.set_value("Name", "Ada")
        app.run(HEADER + "out(st.text_input('Your name', key='name'))\n", widget_states=app.widget_states())
        self.assertEqual(self.written(app), ["Ada"])

    def test_write_after_creation_raises(self):
        self.assertEqual(
            self.error("st.text_input('T', key='t')\nst.session_state.t = 'x'"),
            "`st.session_state.t` cannot be modified after the widget with key `t` is instantiated.",
        )

    def test_duplicate_default_warning(self):
        app = self.ok("st.session_state.t = 'state'\nst.text_input('T', 'default', key='t')\n")
        self.assertEqual(
            [e["body"] for e in app.find("alert")],
            ['The widget with key "t" was created with a default value but also had its value set via the Session State API.'],
        )
        quiet = self.ok("st.session_state.t = 'state'\nst.text_input('T', key='t')\nst.selectbox('S', [1, 2], key='s2')\n")
        self.assertEqual(quiet.find("alert"), [])

    def test_session_state_none_empties_keyed_widgets(self):
        app = self.ok(
            "st.session_state.s = None\nst.session_state.n = None\n"
            "s = st.selectbox('S', ['a'], key='s')\nn = st.number_input('N', key='n')\nout(str(s), str(n))\n"
        )
        self.assertEqual(self.written(app), ["None None"])

    def test_callbacks_run_before_the_script_with_args(self):
        app = self.app(
            HEADER + "def changed(tag, sep='-'):\n"
            "    st.session_state.log = st.session_state.get('log', []) + [f'{tag}{sep}{st.session_state.sel}']\n"
            "v = st.selectbox('S', ['a', 'b'], key='sel', on_change=changed, args=('sb',), kwargs={'sep': ':'})\n"
            "out(v, st.session_state.get('log', []))\n"
        )
        app.run()
        app.set_value("S", "b")
        self.assertEqual(self.written(app), ["b ['sb:b']"])
        app.set_value("S", "b")
        self.assertEqual(self.written(app), ["b ['sb:b']"])

    def test_widget_values_mirrored_under_keys(self):
        app = self.app(HEADER + "st.date_input('D', datetime.date(2024, 1, 1), key='d')\nout(repr(st.session_state.d))\n")
        app.run()
        app.set_value("D", ["2024-06-30"])
        self.assertEqual(self.written(app), ["datetime.date(2024, 6, 30)"])


if __name__ == "__main__":
    unittest.main()
