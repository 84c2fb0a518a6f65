"""Built-in charts, plotly_chart, altair/vega_lite_chart, graphviz_chart, map, pyplot,
and st.write's chart dispatch: the payloads and Streamlit's errors."""

from __future__ import annotations

import json
import unittest

from helpers import AppTestCase

from streamlit.elements.lib import chart_utils as cu
from streamlit.elements.lib.map_utils import zoom_level


def figure(element):
    return json.loads(element["figure"])


class ColorTest(unittest.TestCase):
    def test_color_like_values(self):
        for color in ("#fff", "#ffaa00", "#ffaa0088", (255, 0, 0), (0.5, 0.5, 0.5, 0.1)):
            self.assertTrue(cu.is_color_like(color), color)
        for color in ("red", "#ggg00", (1, 2), "#12345"):
            self.assertFalse(cu.is_color_like(color), color)
        self.assertEqual(cu.to_css_color((255, 0, 10)), "rgb(255, 0, 10)")
        self.assertEqual(cu.to_css_color((1.0, 0.0, 0.0, 0.5)), "rgba(255, 0, 0, 0.5)")
        self.assertEqual(cu.to_css_color((0, 0, 255, 51)), "rgba(0, 0, 255, 0.2)")

    def test_json_is_strict(self):
        import datetime
        import decimal

        text = cu.to_json({"a": [float("nan"), float("inf"), 1.5, decimal.Decimal("2.5"), datetime.date(2024, 1, 2)]})
        self.assertEqual(json.loads(text), {"a": [None, None, 1.5, 2.5, "2024-01-02"]})


class BuiltinChartTest(AppTestCase):
    def chart(self, call, data="{'a': [1, 2, 3], 'b': [4, 5, 6]}"):
        app = self.run_app(f"import streamlit as st\ndata = {data}\n{call}\n")
        if app.exceptions():
            raise AssertionError(app.exceptions()[0]["message"])
        element = app.find_one("plotlyChart")
        return element, figure(element)

    def test_wide_data_one_series_per_column_on_the_index(self):
        element, fig = self.chart("st.line_chart(data)")
        self.assertEqual((element["chartCommand"], element["theme"], element["width"], element["height"]), ("line_chart", "streamlit", "stretch", "content"))
        self.assertEqual([(t["name"], t["x"], t["y"], t["mode"]) for t in fig["data"]], [("a", [0, 1, 2], [1, 2, 3], "lines"), ("b", [0, 1, 2], [4, 5, 6], "lines")])
        self.assertEqual([t["line"]["color"] for t in fig["data"]], ["#0068c9", "#83c9ff"])
        self.assertEqual(fig["layout"]["xaxis"]["title"]["text"], "")
        self.assertTrue(fig["layout"]["showlegend"])

    def test_x_and_y_columns_and_titles(self):
        _, fig = self.chart("st.line_chart(data, x='a', y='b')")
        self.assertEqual([(t["name"], t["x"], t["y"]) for t in fig["data"]], [("b", [1, 2, 3], [4, 5, 6])])
        self.assertEqual((fig["layout"]["xaxis"]["title"]["text"], fig["layout"]["yaxis"]["title"]["text"]), ("a", "b"))
        self.assertFalse(fig["layout"]["showlegend"])
        _, fig = self.chart("st.line_chart(data, x='a', x_label='Time', y_label='Value')")
        self.assertEqual((fig["layout"]["xaxis"]["title"]["text"], fig["layout"]["yaxis"]["title"]["text"]), ("Time", "Value"))
        _, fig = self.chart("st.line_chart(data, x='a', y=['a', 'b'])")
        self.assertEqual([t["name"] for t in fig["data"]], ["a", "b"])

    def test_long_data_one_series_per_color_value(self):
        data = "[{'d': 1, 'v': 10, 'g': 'y'}, {'d': 1, 'v': 20, 'g': 'x'}, {'d': 2, 'v': 30, 'g': 'y'}]"
        _, fig = self.chart("st.line_chart(data, x='d', y='v', color='g')", data)
        self.assertEqual([(t["name"], t["x"], t["y"]) for t in fig["data"]], [("x", [1], [20]), ("y", [1, 2], [10, 30])])

    def test_color_columns_of_colors_and_numbers(self):
        data = "{'x': [1, 2, 3], 'y': [1, 2, 3], 'c': ['#ff0000', '#00ff00', '#ff0000'], 'n': [0.1, 0.5, 0.9]}"
        _, fig = self.chart("st.scatter_chart(data, x='x', y='y', color='c')", data)
        self.assertEqual([t["marker"]["color"] for t in fig["data"]], ["#ff0000", "#00ff00"])
        self.assertFalse(fig["layout"]["showlegend"])
        _, fig = self.chart("st.scatter_chart(data, x='x', y='y', color='n')", data)
        self.assertEqual(len(fig["data"]), 1)
        self.assertEqual(fig["data"][0]["marker"]["color"], [0.1, 0.5, 0.9])
        self.assertTrue(fig["data"][0]["marker"]["showscale"])

    def test_color_values_and_their_errors(self):
        _, fig = self.chart("st.line_chart(data, color=['#ff0000', (0, 0, 255)])")
        self.assertEqual([t["line"]["color"] for t in fig["data"]], ["#ff0000", "rgb(0, 0, 255)"])
        _, fig = self.chart("st.bar_chart(data, y='a', color='#123456')")
        self.assertEqual(fig["data"][0]["marker"]["color"], "#123456")
        for call, message in [
            ("st.line_chart(data, color='#ff0000')", "The list of colors `['#ff0000']` must have the same length as the list of columns to be colored `['a', 'b']`."),
            ("st.line_chart(data, color=['#ff0000'])", "The list of colors `['#ff0000']` must have the same length"),
            ("st.line_chart(data, color='red')", "This does not look like a valid color argument: `red`."),
            ("st.line_chart(data, x='nope')", 'Data does not have a column named `"nope"`. Available columns are `a, b`'),
            ("st.line_chart(data, y=['a', 'zz'])", 'Data does not have a column named `"zz"`.'),
            ("st.line_chart(data, x=3)", "x parameter should be a column name (str) or None"),
            ("st.bar_chart(data, stack='sideways')", "Invalid value for stack parameter: sideways."),
            ("st.scatter_chart(data, size='big')", "This does not look like a valid size: 'big'"),
            ("st.line_chart(data, height=-1)", "Invalid height value: -1."),
        ]:
            with self.assertRaises(AssertionError, msg=call) as ctx:
                self.chart(call)
            self.assertIn(message, str(ctx.exception), call)

    def test_bar_stacking_and_orientation(self):
        data = "{'k': ['p', 'q'], 'a': [1, 2], 'b': [3, 4]}"
        _, fig = self.chart("st.bar_chart(data, x='k')", data)
        self.assertEqual(fig["layout"]["barmode"], "stack")
        self.assertEqual(fig["layout"]["xaxis"]["type"], "category")
        _, fig = self.chart("st.bar_chart(data, x='k', stack=False)", data)
        self.assertEqual(fig["layout"]["barmode"], "group")
        _, fig = self.chart("st.bar_chart(data, x='k', stack='normalize')", data)
        self.assertEqual((fig["layout"]["barmode"], fig["layout"]["barnorm"]), ("stack", "fraction"))
        _, fig = self.chart("st.bar_chart(data, x='k', stack='layered')", data)
        self.assertEqual(fig["layout"]["barmode"], "overlay")
        self.assertEqual({t["opacity"] for t in fig["data"]}, {0.7})
        _, fig = self.chart("st.bar_chart(data, x='k', stack='center')", data)
        self.assertEqual([t["base"] for t in fig["data"]], [[-2.0, -3.0], [-1.0, -1.0]])
        _, fig = self.chart("st.bar_chart(data, x='k', y='a', horizontal=True)", data)
        trace = fig["data"][0]
        self.assertEqual((trace["orientation"], trace["y"], trace["x"]), ("h", ["p", "q"], [1, 2]))
        self.assertEqual((fig["layout"]["xaxis"]["title"]["text"], fig["layout"]["yaxis"]["title"]["text"]), ("a", "k"))
        self.assertEqual(fig["layout"]["yaxis"]["autorange"], "reversed")
        _, fig = self.chart("st.bar_chart(data, x='k', y='a', sort='-a')", data)
        self.assertEqual(fig["layout"]["xaxis"]["categoryarray"], ["q", "p"])

    def test_area_and_scatter_specifics(self):
        _, fig = self.chart("st.area_chart(data)")
        self.assertEqual({t["stackgroup"] for t in fig["data"]}, {"one"})
        _, fig = self.chart("st.area_chart(data, stack=False)")
        self.assertNotIn("stackgroup", fig["data"][0])
        _, fig = self.chart("st.scatter_chart(data, x='a', y='b')")
        self.assertEqual((fig["data"][0]["mode"], fig["data"][0]["marker"]["size"]), ("markers", 10.0))
        _, fig = self.chart("st.scatter_chart(data, x='a', y='b', size='a')")
        self.assertEqual((fig["data"][0]["marker"]["size"], fig["data"][0]["marker"]["sizemode"]), ([1, 2, 3], "area"))
        _, fig = self.chart("st.scatter_chart(data, x='a', y='b', size=400)")
        self.assertEqual(fig["data"][0]["marker"]["size"], 20.0)

    def test_dates_other_shapes_and_no_data(self):
        _, fig = self.chart("import datetime\nst.line_chart({'t': [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)], 'v': [1, 2]}, x='t')", "None")
        self.assertEqual(fig["data"][0]["x"], ["2024-01-01", "2024-01-02"])
        self.assertEqual(fig["layout"]["xaxis"]["type"], "date")
        _, fig = self.chart("st.line_chart([[1, 2], [3, 4]])", "None")
        self.assertEqual([(t["name"], t["y"]) for t in fig["data"]], [("0", [1, 3]), ("1", [2, 4])])
        _, fig = self.chart("st.bar_chart([5, 6, float('nan')])", "None")
        self.assertEqual(fig["data"][0]["y"], [5, 6, None])
        element, fig = self.chart("st.line_chart(width=300, height=200)", "None")
        self.assertEqual((fig["data"], element["width"], element["height"]), ([], 300, 200))

    def test_use_container_width(self):
        element, _ = self.chart("st.line_chart(data, use_container_width=False)")
        self.assertEqual(element["width"], "content")


class PlotlyTest(AppTestCase):
    FIG = "{'data': [{'type': 'scatter', 'x': [1, 2], 'y': [3, float('nan')]}], 'layout': {'title': {'text': 'T'}}}"

    def test_dict_figure_and_config(self):
        app = self.run_app(f"import streamlit as st\nst.plotly_chart({self.FIG}, config={{'scrollZoom': True}}, theme=None, key='k')\n")
        element = app.find_one("plotlyChart")
        self.assertEqual(figure(element)["data"][0]["y"], [3, None])
        self.assertEqual(json.loads(element["config"]), {"scrollZoom": True, "showLink": False, "linkText": False})
        self.assertEqual((element["theme"], element["chartCommand"], element["key"]), (None, None, "k"))
        self.assertNotIn("id", element)

    def test_duck_typed_figures(self):
        app = self.run_app(
            "import streamlit as st\n"
            "class Fig:\n"
            "    __module__ = 'plotly.graph_objs._figure'\n"
            "    def to_json(self, validate=True):\n"
            "        return '{\"data\": [{\"type\": \"bar\", \"y\": [1]}]}'\n"
            "class Trace:\n"
            "    def to_plotly_json(self):\n"
            "        return {'type': 'bar', 'y': [2]}\n"
            "st.plotly_chart(Fig())\n"
            "st.plotly_chart([Trace()])\n"
            "st.plotly_chart({'type': 'bar', 'y': [3]})\n"
        )
        self.assertEqual([figure(e)["data"][0]["y"] for e in app.find("plotlyChart")], [[1], [2], [3]])

    def test_selection_widget_returns_streamlits_state(self):
        app = self.run_app(
            f"import streamlit as st\n"
            f"event = st.plotly_chart({self.FIG}, on_select='rerun', selection_mode='box', key='p')\n"
            "st.write('points', len(event.selection.points), 'box', str(event['selection']['box']))\n"
        )
        element = app.find_one("plotlyChart")
        self.assertTrue(element["id"].endswith("-p"))
        self.assertEqual(element["selectionMode"], ["box"])
        self.assertEqual(app.markdown(), ["points `0` box []"])
        selection = {"selection": {"points": [{"x": 1, "y": 3, "point_index": 0}], "point_indices": [0], "box": [{"x": [0, 1.5]}], "lasso": []}}
        app.run(widget_states={element["id"]: {"value": json.dumps(selection)}})
        self.assertEqual(app.markdown(), ["points `1` box [{'x': [0, 1.5]}]"])
        self.assertEqual(app.session.session_state.get_item("p")["selection"]["point_indices"], [0])

    def test_selection_callback_runs(self):
        app = self.run_app(
            "import streamlit as st\n"
            "def changed():\n"
            "    st.session_state.seen = st.session_state.p.selection.point_indices\n"
            f"st.plotly_chart({self.FIG}, on_select=changed, key='p')\n"
            "st.write('seen', str(st.session_state.get('seen')))\n"
        )
        element = app.find_one("plotlyChart")
        self.assertEqual(element["selectionMode"], ["points", "box", "lasso"])
        app.run(widget_states={element["id"]: {"value": json.dumps({"selection": {"point_indices": [1]}})}})
        self.assertEqual(app.markdown(), ["seen [1]"])

    def test_errors(self):
        for call, message in [
            (f"st.plotly_chart({self.FIG}, theme='dark')", 'You set theme="dark" while Streamlit charts only support theme=”streamlit” or theme=None'),
            (f"st.plotly_chart({self.FIG}, on_select='yes')", "You have passed yes to `on_select`. But only 'ignore', 'rerun', or a callable is supported."),
            (f"st.plotly_chart({self.FIG}, on_select='rerun', selection_mode='zoom')", "Invalid selection mode: zoom."),
            ("st.plotly_chart(42)", "Unsupported type for `st.plotly_chart`: `int`."),
        ]:
            app = self.run_app("import streamlit as st\n" + call + "\n")
            self.assertIn(message, app.exceptions()[0]["message"], call)


class VegaGraphvizTest(AppTestCase):
    def test_vega_lite_inlines_data(self):
        app = self.run_app(
            "import streamlit as st\n"
            "st.vega_lite_chart({'a': [1, 2], 'b': ['x', None]}, {'mark': 'bar', 'encoding': {'x': {'field': 'a'}}}, width=300)\n"
            "st.vega_lite_chart({'mark': 'point', 'data': {'values': [{'q': 1}]}}, height=200)\n"
            "st.vega_lite_chart(None, {'mark': 'line', 'datasets': {'d': {'z': [9]}}})\n"
        )
        first, second, third = [json.loads(e["spec"]) | {"_el": e} for e in app.find("vegaLiteChart")]
        self.assertEqual(first["data"], {"values": [{"a": 1, "b": "x"}, {"a": 2, "b": None}]})
        self.assertEqual(first["_el"]["width"], 300)
        self.assertEqual((second["data"], second["_el"]["height"], second["_el"]["width"]), ({"values": [{"q": 1}]}, 200, "stretch"))
        self.assertEqual(third["datasets"], {"d": [{"z": 9}]})

    def test_vega_lite_errors_and_selection(self):
        app = self.run_app("import streamlit as st\nst.vega_lite_chart({'a': [1]}, {})\n")
        self.assertEqual(app.exceptions()[0]["message"], "Vega-Lite charts require a non-empty spec dict.")
        app = self.run_app("import streamlit as st\nst.vega_lite_chart(None, {'mark': 'bar'}, on_select='rerun')\n")
        self.assertIn("Selections are activated, but the provided chart spec does not have any selections", app.exceptions()[0]["message"])
        app = self.run_app(
            "import streamlit as st\n"
            "ev = st.vega_lite_chart(None, {'mark': 'bar', 'params': [{'name': 'pick', 'select': 'point'}]}, on_select='rerun', key='v')\n"
            "st.write(str(ev.selection))\n"
        )
        element = app.find_one("vegaLiteChart")
        self.assertEqual(element["selectionMode"], ["pick"])
        self.assertEqual(app.markdown(), ["{'pick': {}}"])
        app.run(widget_states={element["id"]: {"value": json.dumps({"selection": {"pick": [{"a": 1}]}})}})
        self.assertEqual(app.markdown(), ["{'pick': [{'a': 1}]}"])

    def test_altair_duck_typed(self):
        app = self.run_app(
            "import streamlit as st\n"
            "class Chart:\n"
            "    __module__ = 'altair.vegalite.v5.api'\n"
            "    def to_dict(self):\n"
            "        return {'mark': 'bar', 'data': {'values': [{'x': 1}]}, 'width': 250}\n"
            "st.altair_chart(Chart())\n"
            "st.write(Chart())\n"
        )
        charts = app.find("vegaLiteChart")
        self.assertEqual(len(charts), 2)
        self.assertEqual((json.loads(charts[0]["spec"])["mark"], charts[0]["width"]), ("bar", "content"))

    def test_graphviz(self):
        app = self.run_app(
            "import streamlit as st\n"
            "class Digraph:\n"
            "    __module__ = 'graphviz.graphs'\n"
            "    source = 'digraph { a -> b }'\n"
            "    engine = 'neato'\n"
            "st.graphviz_chart('graph { x -- y }', use_container_width=True)\n"
            "st.graphviz_chart(Digraph())\n"
            "st.write(Digraph())\n"
        )
        dot, obj, written = app.find("graphvizChart")
        self.assertEqual((dot["spec"], dot["engine"], dot["width"]), ("graph { x -- y }", "dot", "stretch"))
        self.assertEqual((obj["spec"], obj["engine"], obj["width"]), ("digraph { a -> b }", "neato", "content"))
        self.assertEqual(written["spec"], "digraph { a -> b }")
        app = self.run_app("import streamlit as st\nst.graphviz_chart(42)\n")
        self.assertEqual(app.exceptions()[0]["message"], "Unhandled type for graphviz chart: <class 'int'>")


class MapTest(AppTestCase):
    def test_default_columns_sizes_colors_and_zoom(self):
        app = self.run_app(
            "import streamlit as st\n"
            "st.map({'LAT': [1.0, 1.5], 'LONGITUDE': [2.0, 2.1], 's': [10, 20], 'c': ['#ff0000', (0, 0, 255)]}, size='s', color='c')\n"
            "st.map({'y': [10.0], 'x': [20.0]}, latitude='y', longitude='x', size=5, color=(1.0, 0.0, 0.0), zoom=3)\n"
            "st.map()\n"
        )
        first, second, empty = app.find("map")
        self.assertEqual((first["lat"], first["lon"], first["size"]), ([1.0, 1.5], [2.0, 2.1], [10.0, 20.0]))
        self.assertEqual(first["color"], ["#ff0000", "rgba(0, 0, 255, 1.0)"])
        self.assertEqual(first["zoom"], zoom_level(0.5))
        self.assertEqual((second["lat"], second["size"], second["color"], second["zoom"]), ([10.0], 5.0, "rgba(255, 0, 0, 1.0)", 3.0))
        self.assertEqual((empty["lat"], empty["zoom"], empty["height"]), ([], None, 500))
        self.assertEqual(zoom_level(0.5), 9)
        self.assertEqual(zoom_level(0), 12)

    def test_errors(self):
        for call, message in [
            ("st.map({'a': [1], 'lon': [2]})", "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'. Existing columns: 'a', 'lon'"),
            ("st.map({'lat': [1], 'b': [2]})", "Map data must contain a longitude column named"),
            ("st.map({'lat': [1, None], 'lon': [2, 3]})", "Column lat is not allowed to contain null values, such as NaN, NaT, or None."),
            ("st.map({'lat': [1], 'lon': [2]}, width='content')", "Invalid width value: 'content'."),
        ]:
            app = self.run_app("import streamlit as st\n" + call + "\n")
            self.assertIn(message, app.exceptions()[0]["message"], call)


class PyplotTest(AppTestCase):
    FAKE_FIG = (
        "class Figure:\n"
        "    __module__ = 'matplotlib.figure'\n"
        "    def __init__(self):\n"
        "        self.calls = []\n"
        "    def savefig(self, buf, **kwargs):\n"
        "        self.calls.append(kwargs)\n"
        "        buf.write(b'\\x89PNG\\r\\n\\x1a\\nfake')\n"
        "    def clf(self):\n"
        "        self.calls.append('clf')\n"
    )

    def test_figure_becomes_an_image(self):
        app = self.run_app(
            "import streamlit as st\n" + self.FAKE_FIG + "fig = Figure()\n"
            "st.pyplot(fig, clear_figure=True, dpi=100)\n"
            "st.write(fig)\n"
            "st.write('calls', str(fig.calls))\n"
        )
        images = app.find("image")
        self.assertEqual(len(images), 2)
        item = images[0]["images"][0]
        self.assertEqual((item["mimeType"], item["data"][:4], images[0]["width"]), ("image/png", b"\x89PNG", "stretch"))
        self.assertEqual(
            app.markdown(),
            ["calls [{'bbox_inches': 'tight', 'dpi': 100, 'format': 'png'}, 'clf', {'bbox_inches': 'tight', 'dpi': 200, 'format': 'png'}]"],
        )

    def test_without_matplotlib_a_clear_error(self):
        app = self.run_app("import streamlit as st\nst.pyplot()\n")
        self.assertIn("`st.pyplot()` needs matplotlib, which is not installed.", app.exceptions()[0]["message"])
        app = self.run_app("import streamlit as st\nst.pyplot('fig')\n")
        self.assertIn("Unsupported type for `st.pyplot`: `str`", app.exceptions()[0]["message"])


if __name__ == "__main__":
    unittest.main()
