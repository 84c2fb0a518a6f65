"""st.slider, st.select_slider, st.pills, st.segmented_control, st.feedback,
st.download_button and st.link_button: payloads, values and types, errors."""

from __future__ import annotations

import unittest

from helpers import AppTestCase

DAY_MICROS = 86_400_000_000


class WidgetCase(AppTestCase):
    def texts(self, app) -> list[str]:
        return [e["body"] for e in app.find("text")]

    def error(self, app) -> tuple[str, str]:
        exceptions = app.exceptions()
        self.assertEqual(len(exceptions), 1, exceptions)
        return exceptions[0]["excType"], exceptions[0]["message"]

    def set_and_rerun(self, app, label: str, value) -> None:
        app.set_value(label, value)


class SliderTest(WidgetCase):
    def test_int_slider_defaults_and_payload(self):
        app = self.run_app("import streamlit as st\nst.text(repr(st.slider('Age')))\n")
        s = app.widget("Age")
        self.assertEqual(s["type"], "slider")
        self.assertEqual((s["dataType"], s["min"], s["max"], s["step"], s["format"]), ("int", 0, 100, 1, "%d"))
        self.assertEqual(s["value"], [0.0])
        self.assertEqual(s["options"], [])
        self.assertEqual(self.texts(app), ["0"])

    def test_int_and_float_values_have_python_types(self):
        app = self.app(
            "import streamlit as st\n"
            "st.text(repr(st.slider('I', 0, 10, 5)))\n"
            "st.text(repr(st.slider('F', 0.0, 10.0, 2.5, step=0.5)))\n"
        )
        app.run()
        self.assertEqual(self.texts(app), ["5", "2.5"])
        f = app.widget("F")
        self.assertEqual((f["dataType"], f["format"], f["step"]), ("float", "%0.2f", 0.5))
        # The page's numbers arrive as ints when whole: a float slider still returns floats.
        states = app.widget_states()
        states[app.widget("I")["id"]] = {"value": [7]}
        states[f["id"]] = {"value": [4]}
        app.run(widget_states=states)
        self.assertEqual(self.texts(app), ["7", "4.0"])

    def test_range_slider_returns_a_tuple(self):
        app = self.app("import streamlit as st\nst.text(repr(st.slider('R', 0, 100, (25, 75))))\n")
        app.run()
        self.assertEqual(app.widget("R")["value"], [25.0, 75.0])
        self.assertEqual(self.texts(app), ["(25, 75)"])
        app.set_value("R", [10, 90])
        self.assertEqual(self.texts(app), ["(10, 90)"])

    def test_value_outside_the_bounds_widens_them_and_reversed_range_is_swapped(self):
        app = self.run_app("import streamlit as st\nst.slider('A', 0, 10, 20)\nst.text(repr(st.slider('B', 0, 10, (8, 2))))\n")
        self.assertEqual((app.widget("A")["min"], app.widget("A")["max"]), (0, 20))
        self.assertEqual(self.texts(app), ["(2, 8)"])

    def test_date_time_and_datetime_sliders(self):
        app = self.app(
            """
            import streamlit as st
            from datetime import date, time, datetime, timedelta, timezone
            st.text(repr(st.slider("D", value=date(2020, 1, 10))))
            st.text(repr(st.slider("T", value=time(12, 30))))
            tz = timezone(timedelta(hours=2))
            st.text(repr(st.slider("DT", value=datetime(2020, 1, 1, 9, 30, tzinfo=tz), format="MM/DD/YY - hh:mm")))
            st.text(repr(st.slider("Short", datetime(2020, 1, 1, 8), datetime(2020, 1, 1, 18))))
            """
        )
        app.run()
        d, t, dt, short = (app.widget(x) for x in ("D", "T", "DT", "Short"))
        self.assertEqual((d["dataType"], d["format"], d["step"]), ("date", "YYYY-MM-DD", DAY_MICROS))
        self.assertEqual(d["value"], [1578614400000000])  # 2020-01-10 as UTC micros
        self.assertEqual(d["max"] - d["min"], 28 * DAY_MICROS)  # value ± 14 days
        self.assertEqual((t["dataType"], t["format"], t["step"]), ("time", "HH:mm", 15 * 60_000_000))
        self.assertEqual(dt["format"], "MM/DD/YY - hh:mm")
        self.assertEqual(short["step"], 15 * 60_000_000, "a range shorter than a day steps by 15 minutes")
        self.assertEqual(
            self.texts(app),
            [
                "datetime.date(2020, 1, 10)",
                "datetime.time(12, 30)",
                "datetime.datetime(2020, 1, 1, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))",
                "datetime.datetime(2020, 1, 1, 8, 0)",
            ],
        )
        states = app.widget_states()
        states[d["id"]] = {"value": [d["value"][0] + DAY_MICROS]}
        states[t["id"]] = {"value": [t["value"][0] + 15 * 60_000_000]}
        states[dt["id"]] = {"value": [dt["value"][0] + 3_600_000_000]}
        app.run(widget_states=states)
        self.assertEqual(
            self.texts(app)[:3],
            [
                "datetime.date(2020, 1, 11)",
                "datetime.time(12, 45)",
                "datetime.datetime(2020, 1, 1, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))",
            ],
        )

    def test_errors(self):
        cases = {
            "st.slider('x', 0, 10, 5, step=0)": ("StreamlitAPIException", "Slider components cannot be passed a `step` of 0."),
            "st.slider('x', 0, 10.0)": (
                "StreamlitAPIException",
                "Slider value arguments must be of matching types.\n`min_value` has int type.\n`max_value` has float type.\n`step` has int type.",
            ),
            "st.slider('x', 0.0, 1.0, 1, step=0.1)": (
                "StreamlitAPIException",
                "Both value and arguments must be of the same type.\n`value` has int type.\n`min_value` has float type.\n`max_value` has float type.",
            ),
            "st.slider('x', 5, 5)": (
                "StreamlitAPIException",
                "Slider `min_value` must be less than the `max_value`.\nThe values were 5 and 5.",
            ),
            "st.slider('x', value='a')": (
                "StreamlitAPIException",
                "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 ints/floats/datetimes",
            ),
            "st.slider('x', value=(1, 2.0))": (
                "StreamlitAPIException",
                "Slider tuple/list components must be of the same type.\nBut were: [<class 'int'>, <class 'float'>]",
            ),
            "st.slider('x', 0, 2**60)": ("StreamlitAPIException", "`max_value` (1152921504606846976) must be <= (1 << 53) - 1"),
        }
        for call, expected in cases.items():
            with self.subTest(call=call):
                app = self.run_app(f"import streamlit as st\n{call}\n")
                self.assertEqual(self.error(app), expected)

    def test_session_state_value_is_shown_and_checked_against_the_bounds(self):
        app = self.run_app(
            "import streamlit as st\nst.session_state.s = 7\nst.text(repr(st.slider('S', 0, 10, key='s')))\n"
        )
        self.assertEqual(self.texts(app), ["7"])
        self.assertEqual((app.widget("S")["value"], app.widget("S")["setValue"]), ([7.0], True))
        app = self.run_app("import streamlit as st\nst.session_state.s = -3\nst.slider('S', 0, 10, key='s')\n")
        self.assertEqual(self.error(app), ("StreamlitValueBelowMinError", "The `value` -3 is less than the `min_value` 0."))
        app = self.run_app("import streamlit as st\nst.session_state.s = 30\nst.slider('S', 0, 10, key='s')\n")
        self.assertEqual(self.error(app), ("StreamlitValueAboveMaxError", "The `value` 30 is greater than the `max_value` 10."))

    def test_value_none_with_a_range_in_session_state_is_a_range_slider(self):
        app = self.run_app(
            "import streamlit as st\nst.session_state.r = (3, 6)\nst.text(repr(st.slider('R', 0, 10, key='r')))\n"
        )
        self.assertEqual(self.texts(app), ["(3, 6)"])

    def test_keyed_slider_keeps_its_value_unless_its_bounds_change(self):
        app = self.app("import streamlit as st\nst.text(repr(st.slider('A', 0, 10, 5, key='k')))\n")
        app.run()
        app.set_value("A", [8])
        app.run("import streamlit as st\nst.text(repr(st.slider('Renamed', 0, 10, 5, key='k', format='%d%%')))\n",
                widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["8"])
        app.run("import streamlit as st\nst.text(repr(st.slider('Renamed', 0, 20, 5, key='k')))\n",
                widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["5"], "a new max makes a new widget")

    def test_on_change_callback(self):
        app = self.app(
            """
            import streamlit as st
            def changed(tag):
                st.session_state.log = st.session_state.get("log", []) + [(tag, st.session_state.s)]
            st.slider("S", 0, 10, key="s", on_change=changed, args=("cb",))
            st.text(repr(st.session_state.get("log")))
            """
        )
        app.run()
        app.set_value("S", [4])
        self.assertEqual(self.texts(app), ["[('cb', 4)]"])


class SelectSliderTest(WidgetCase):
    def test_options_values_and_format_func(self):
        app = self.app(
            """
            import streamlit as st
            st.text(repr(st.select_slider("Size", options=[1, 2, 3], value=2, format_func=lambda o: f"#{o}")))
            st.text(repr(st.select_slider("Color", ["red", "green", "blue"], value=("blue", "red"))))
            st.text(repr(st.select_slider("First", ["a", "b"])))
            """
        )
        app.run()
        size = app.widget("Size")
        self.assertEqual((size["options"], size["min"], size["max"], size["format"], size["value"]), (["#1", "#2", "#3"], 0, 2, "%s", [1]))
        self.assertEqual(app.widget("Color")["value"], [0, 2])
        self.assertEqual(self.texts(app), ["2", "('red', 'blue')", "'a'"])
        states = app.widget_states()
        states[size["id"]] = {"value": [2]}
        states[app.widget("Color")["id"]] = {"value": [1, 2]}
        app.run(widget_states=states)
        self.assertEqual(self.texts(app), ["3", "('green', 'blue')", "'a'"])

    def test_errors(self):
        app = self.run_app("import streamlit as st\nst.select_slider('x', [])\n")
        self.assertEqual(self.error(app), ("StreamlitAPIException", "The `options` argument needs to be non-empty"))
        app = self.run_app("import streamlit as st\nst.select_slider('x', ['a'], value='z')\n")
        self.assertEqual(self.error(app), ("ValueError", "z is not in iterable"))


class ButtonGroupTest(WidgetCase):
    def test_pills_single_and_multi(self):
        app = self.app(
            """
            import streamlit as st
            st.text(repr(st.pills("One", ["a", "b", "c"])))
            st.text(repr(st.pills("Many", ["a", "b", "c"], selection_mode="multi", default=["b"])))
            st.text(repr(st.segmented_control("Seg", [10, 20], default=20)))
            """
        )
        app.run()
        one, many, seg = app.widget("One"), app.widget("Many"), app.widget("Seg")
        self.assertEqual((one["type"], one["style"], one["selectionMode"], one["value"]), ("buttonGroup", "pills", "single", []))
        self.assertEqual((many["selectionMode"], many["default"], many["value"]), ("multi", [1], [1]))
        self.assertEqual((seg["style"], seg["value"]), ("segmented_control", [1]))
        self.assertEqual(self.texts(app), ["None", "['b']", "20"])
        states = app.widget_states()
        states[one["id"]] = {"value": [2]}
        states[many["id"]] = {"value": [0, 2]}
        states[seg["id"]] = {"value": []}
        app.run(widget_states=states)
        self.assertEqual(self.texts(app), ["'c'", "['a', 'c']", "None"])

    def test_keyed_group_keeps_its_selection_unless_its_options_change(self):
        app = self.app("import streamlit as st\nst.text(repr(st.pills('P', ['a', 'b', 'c'], key='p')))\n")
        app.run()
        app.set_value("P", [2])
        app.run("import streamlit as st\nst.text(repr(st.pills('Renamed', ['a', 'b', 'c'], key='p', help='h')))\n",
                widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["'c'"])
        app.run("import streamlit as st\nst.text(repr(st.pills('Renamed', ['a', 'b'], key='p')))\n",
                widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["None"], "new options: a new widget with its default")

    def test_format_func_and_icons(self):
        app = self.run_app(
            """
            import streamlit as st
            names = {0: ":material/add: Add", 1: "🔥 Hot", 2: "Plain text"}
            st.pills("P", [0, 1, 2], format_func=lambda o: names[o])
            """
        )
        self.assertEqual(
            app.widget("P")["options"],
            [
                {"content": "Add", "icon": ":material/add:", "selectedIcon": None},
                {"content": "Hot", "icon": "🔥", "selectedIcon": None},
                {"content": "Plain text", "icon": None, "selectedIcon": None},
            ],
        )

    def test_errors(self):
        cases = {
            "st.pills('x', ['a'], default='z')": (
                "The default value 'z' is not part of the options. Please make sure that every default values also exists in the options."
            ),
            "st.pills('x', ['a', 'b'], default=['a', 'b'])": (
                "The default argument to `st.pills` must be a single value when `selection_mode='single'`."
            ),
            "st.segmented_control('x', ['a'], selection_mode='one')": (
                "The selection_mode argument must be one of ['single', 'multi']. The argument passed was 'one'."
            ),
            "st.feedback('hearts')": (
                "The options argument to st.feedback must be one of ['thumbs', 'faces', 'stars']. The argument passed was 'hearts'."
            ),
        }
        for call, message in cases.items():
            with self.subTest(call=call):
                app = self.run_app(f"import streamlit as st\n{call}\n")
                self.assertEqual(self.error(app), ("StreamlitAPIException", message))

    def test_feedback_returns_the_sentiment(self):
        app = self.app(
            """
            import streamlit as st
            st.text(repr(st.feedback()))
            st.text(repr(st.feedback("faces", key="faces")))
            st.text(repr(st.feedback("stars", key="stars")))
            """
        )
        app.run()
        groups = app.find("buttonGroup")
        thumbs, faces, stars = groups
        self.assertEqual([o["icon"] for o in thumbs["options"]], [":material/thumb_up:", ":material/thumb_down:"])
        self.assertEqual((thumbs["style"], thumbs["label"], thumbs["labelVisibility"]), ("borderless", "", "collapsed"))
        self.assertEqual(len(faces["options"]), 5)
        self.assertEqual((stars["visualization"], stars["options"][0]["selectedIcon"]), ("all_up_to_selected", ":material/star_filled:"))
        self.assertEqual(self.texts(app), ["None", "None", "None"])
        states = app.widget_states()
        states[thumbs["id"]] = {"value": [0]}  # thumbs up is drawn first and means 1
        states[faces["id"]] = {"value": [4]}
        states[stars["id"]] = {"value": [2]}
        app.run(widget_states=states)
        self.assertEqual(self.texts(app), ["1", "4", "2"])

    def test_feedback_value_from_session_state(self):
        app = self.run_app("import streamlit as st\nst.session_state.f = 0\nst.text(repr(st.feedback(key='f')))\n")
        self.assertEqual(self.texts(app), ["0"])
        self.assertEqual((app.find_one("buttonGroup")["value"], app.find_one("buttonGroup")["setValue"]), ([1], True))


class DownloadAndLinkButtonTest(WidgetCase):
    def test_payload_for_each_kind_of_data(self):
        app = self.run_app(
            """
            import io
            import streamlit as st
            st.download_button("Text", "héllo", file_name="h.txt")
            st.download_button("Bytes", b"\\x00\\x01")
            st.download_button("BytesIO", io.BytesIO(b"abc"), file_name="a.bin", mime="application/x-thing")
            st.download_button("StringIO", io.StringIO("x,y"), file_name="d.csv", mime="text/csv", type="primary", icon=":material/download:")
            st.download_button("Ignore", "z", on_click="ignore", use_container_width=True)
            """
        )
        text, raw, bio, sio, ignore = app.find("downloadButton")
        self.assertEqual((text["data"], text["mime"], text["fileName"]), ("héllo".encode(), "text/plain", "h.txt"))
        self.assertEqual((raw["data"], raw["mime"], raw["fileName"]), (b"\x00\x01", "application/octet-stream", "streamlit_download.bin"))
        self.assertEqual((bio["data"], bio["mime"]), (b"abc", "application/x-thing"))
        self.assertEqual((sio["data"], sio["kind"], sio["icon"]), (b"x,y", "primary", ":material/download:"))
        self.assertEqual((text["ignoreRerun"], ignore["ignoreRerun"], ignore["useContainerWidth"]), (False, True, True))
        self.assertEqual(ignore["fileName"], "streamlit_download.txt")

    def test_callable_data_is_called_on_request_outside_the_run(self):
        from streamlit.widgets.button import deferred_download

        app = self.run_app(
            """
            import streamlit as st
            def make():
                st.write("drawn nowhere")
                return b"late bytes"
            st.download_button("Later", make, file_name="late.bin", mime="application/x-late")
            st.download_button("Broken", lambda: 1 / 0)
            """
        )
        later, broken = app.find("downloadButton")
        self.assertEqual((later["data"], later["fileName"]), (None, "late.bin"))
        self.assertTrue(later["deferred"])
        count = len(app.messages)
        self.assertEqual(deferred_download(later["deferred"]), {"data": b"late bytes", "mime": "application/x-late"})
        self.assertEqual(len(app.messages), count, "Streamlit commands in the callable send nothing")
        self.assertEqual(deferred_download(broken["deferred"]), {"error": "ZeroDivisionError: division by zero"})
        self.assertIn("error", deferred_download("download-unknown"))

    def test_click_returns_true_for_one_run_and_runs_the_callback(self):
        app = self.app(
            """
            import streamlit as st
            def clicked(x):
                st.session_state.n = st.session_state.get("n", 0) + x
            st.text(repr(st.download_button("Get", "data", on_click=clicked, args=(2,))))
            st.text(repr(st.session_state.get("n")))
            """
        )
        app.run()
        button = app.find_one("downloadButton")
        states = app.widget_states()
        states[button["id"]] = {"value": True, "trigger": True}
        app.run(widget_states=states)
        self.assertEqual(self.texts(app), ["True", "2"])
        app.run(widget_states=app.widget_states())
        self.assertEqual(self.texts(app), ["False", "2"])

    def test_errors(self):
        app = self.run_app("import streamlit as st\nst.download_button('x', 123)\n")
        self.assertEqual(self.error(app), ("StreamlitAPIException", "Invalid binary data format: <class 'int'>"))
        app = self.run_app("import streamlit as st\nst.download_button('x', 'a', type='big')\n")
        self.assertEqual(
            self.error(app),
            ("StreamlitAPIException", 'The type argument to st.download_button must be "primary", "secondary", or "tertiary". \nThe argument passed was "big".'),
        )
        app = self.run_app("import streamlit as st\nst.session_state.d = True\nst.download_button('x', 'a', key='d')\n")
        self.assertEqual(self.error(app), ("StreamlitValueAssignmentNotAllowedError", "Values for the widget with `key` 'd' cannot be set using `st.session_state`."))

    def test_link_button(self):
        app = self.run_app(
            "import streamlit as st\nst.link_button('Docs', 'https://docs.streamlit.io', help='h', type='tertiary', disabled=True)\n"
        )
        link = app.find_one("linkButton")
        self.assertEqual(
            link,
            {
                "type": "linkButton",
                "label": "Docs",
                "url": "https://docs.streamlit.io",
                "kind": "tertiary",
                "icon": None,
                "help": "h",
                "disabled": True,
                "useContainerWidth": False,
            },
        )
        app = self.run_app("import streamlit as st\nst.link_button('x', 'u', type='big')\n")
        self.assertEqual(
            self.error(app),
            ("StreamlitAPIException", 'The type argument to st.link_button must be "primary", "secondary", or "tertiary". \nThe argument passed was "big".'),
        )

    def test_button_type_error(self):
        app = self.run_app("import streamlit as st\nst.button('x', type='big')\n")
        self.assertEqual(
            self.error(app),
            ("StreamlitAPIException", 'The type argument to st.button must be "primary", "secondary", or "tertiary". \nThe argument passed was "big".'),
        )


if __name__ == "__main__":
    unittest.main()
