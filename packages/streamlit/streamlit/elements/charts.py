"""Chart elements: the built-in charts, plotly_chart, altair_chart / vega_lite_chart,
graphviz_chart, map and pyplot.

Figures and specs cross to the page as JSON text; the page draws them with plotly.js,
vega-embed and a WebAssembly Graphviz, each loaded the first time it is needed.
Plotly, Altair, matplotlib and graphviz objects are recognised by duck typing.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Mapping
from typing import Any, Callable

from streamlit import dataframe_util
from streamlit.elements.lib import chart_utils as cu
from streamlit.elements.lib.layout_utils import validate_height, validate_width
from streamlit.errors import StreamlitAPIException

_SELECTION_MODES = ("points", "box", "lasso")


def _module_of(obj: Any) -> str:
    return type(obj).__module__ or ""


def is_plotly_figure(obj: Any) -> bool:
    module = _module_of(obj)
    return module.startswith("plotly.") and (hasattr(obj, "to_plotly_json") or hasattr(obj, "to_dict"))


def is_altair_chart(obj: Any) -> bool:
    return _module_of(obj).startswith("altair.") and hasattr(obj, "to_dict")


def is_matplotlib_figure(obj: Any) -> bool:
    return _module_of(obj).startswith("matplotlib.") and hasattr(obj, "savefig")


def is_graphviz_chart(obj: Any) -> bool:
    return _module_of(obj).startswith("graphviz.") and hasattr(obj, "source")


def _chart_width(width: Any, use_container_width: Any, allow_content: bool = True) -> Any:
    if use_container_width is not None:
        _deprecated("use_container_width", "width")
        if use_container_width:
            return "stretch"
        return width if isinstance(width, int) and not isinstance(width, bool) else "content"
    return validate_width(width, allow_content=allow_content)


def _deprecated(param: str, instead: str) -> None:
    print(
        f"Streamlit: the `{param}` parameter has been deprecated and will be removed in a future release. "
        f"Please utilize the `{instead}` parameter instead.",
        file=sys.stderr,
    )


def _check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f'You set theme="{theme}" while Streamlit charts only support theme=”streamlit” or theme=None to '
            "fallback to the default library theme."
        )


def _check_on_select(on_select: Any) -> None:
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', or a callable is supported."
        )


def _parse_plotly_selection_mode(selection_mode: Any) -> list[str]:
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode or [])
    for mode in modes:
        if mode not in _SELECTION_MODES:
            raise StreamlitAPIException(
                f"Invalid selection mode: {mode}. Valid options are: {set(_SELECTION_MODES)}"
            )
    return [m for m in _SELECTION_MODES if m in modes]


class AttributeDictionary(dict):
    """A dict whose keys also read as attributes (Streamlit's selection states)."""

    def __getattr__(self, name: str) -> Any:
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
        return AttributeDictionary(value) if isinstance(value, dict) and not isinstance(value, AttributeDictionary) else value

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def _empty_plotly_selection() -> dict[str, Any]:
    return {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}


def _plotly_figure_json(figure_or_data: Any) -> str:
    """The figure as Plotly JSON (Plotly's own encoder when the object has one)."""
    obj = figure_or_data
    if is_matplotlib_figure(obj):
        raise StreamlitAPIException(
            "Converting matplotlib figures to Plotly is not supported; use `st.pyplot(fig)` instead."
        )
    if hasattr(obj, "to_json") and _module_of(obj).startswith("plotly."):
        try:
            return obj.to_json(validate=False)
        except TypeError:
            return obj.to_json()
    if hasattr(obj, "to_plotly_json"):
        obj = obj.to_plotly_json()
    elif hasattr(obj, "to_dict") and not isinstance(obj, Mapping):
        obj = obj.to_dict()
    if isinstance(obj, Mapping):
        figure = dict(obj)
        if "data" not in figure and "layout" not in figure and "frames" not in figure:
            figure = {"data": [figure]}
    elif isinstance(obj, (list, tuple)):
        figure = {"data": [t.to_plotly_json() if hasattr(t, "to_plotly_json") else t for t in obj]}
    else:
        raise StreamlitAPIException(f"Unsupported type for `st.plotly_chart`: `{type(obj).__name__}`.")
    return cu.to_json(figure)


def _vega_spec(data: Any, spec: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    if spec is None and isinstance(data, Mapping) and not dataframe_util.is_dataframe_like(data):
        spec, data = dict(data), None
    spec = dict(spec or {})
    if kwargs:
        spec.update(kwargs)
    if not spec:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    if data is not None:
        spec["data"] = {"values": _records(data)}
    datasets = spec.get("datasets")
    if isinstance(datasets, Mapping):
        spec["datasets"] = {str(k): v if isinstance(v, list) else _records(v) for k, v in datasets.items()}
    if isinstance(spec.get("data"), Mapping) and "values" in spec["data"] and not isinstance(spec["data"]["values"], list):
        spec["data"] = {**spec["data"], "values": _records(spec["data"]["values"])}
    return spec


def _records(data: Any) -> list[dict[str, Any]]:
    table = dataframe_util.to_table(data)
    if not table.range_index and table.index:
        # A named or non-trivial index is data too (Streamlit resets it into a column).
        index_cols = [(c.name or "index", c.to_list()) for c in table.index]
    else:
        index_cols = []
    names = [n for n, _ in index_cols] + table.column_names
    cols = [v for _, v in index_cols] + [c.to_list() for c in table.columns]
    return [dict(zip(names, (cu.jsonable(v) for v in row))) for row in zip(*cols)] if cols else []


def _altair_spec(chart: Any) -> dict[str, Any]:
    """chart.to_dict() without Altair's 5,000-row limit (Streamlit lifts it too)."""
    try:
        import altair as alt  # the chart came from altair, so it is installed

        with alt.data_transformers.disable_max_rows():
            return chart.to_dict()
    except ImportError:
        return chart.to_dict()


class ChartsMixin:
    # -- built-in charts ---------------------------------------------------------------

    def line_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
    ):
        """Display a line chart."""
        return self._builtin_chart("line_chart", data, x, y, x_label, y_label, color, None, width, height, use_container_width)

    def area_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        stack: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
    ):
        """Display an area chart (stacked)."""
        return self._builtin_chart(
            "area_chart", data, x, y, x_label, y_label, color, None, width, height, use_container_width, stack=stack
        )

    def bar_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        horizontal: bool = False,
        sort: Any = True,
        stack: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
    ):
        """Display a bar chart."""
        return self._builtin_chart(
            "bar_chart", data, x, y, x_label, y_label, color, None, width, height, use_container_width,
            horizontal=bool(horizontal), stack=stack, sort=sort,
        )  # fmt: skip

    def scatter_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        size: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
    ):
        """Display a scatterplot chart."""
        return self._builtin_chart("scatter_chart", data, x, y, x_label, y_label, color, size, width, height, use_container_width)

    def _builtin_chart(self, command, data, x, y, x_label, y_label, color, size, width, height, use_container_width, **extra):
        width = _chart_width(width, use_container_width)
        height = validate_height(height, allow_content=True)
        figure = cu.build_figure(
            command, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, size=size, **extra
        )
        return self._enqueue(
            {
                "type": "plotlyChart",
                "figure": cu.to_json(figure),
                "config": None,
                "theme": "streamlit",
                "width": width,
                "height": height,
                "chartCommand": command,
            }
        )

    # -- plotly ------------------------------------------------------------------------------

    def plotly_chart(
        self,
        figure_or_data: Any,
        use_container_width: bool | None = None,
        *,
        width: Any = "stretch",
        height: Any = "content",
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = ("points", "box", "lasso"),
        config: dict[str, Any] | None = None,
        **kwargs: Any,
    ):
        """Display an interactive Plotly chart; with `on_select`, return its selection."""
        _check_theme(theme)
        _check_on_select(on_select)
        width = _chart_width(width, use_container_width)
        height = validate_height(height, allow_content=True)
        plot_config = dict(config or kwargs.get("config") or {})
        plot_config.setdefault("showLink", kwargs.get("show_link", False))
        plot_config.setdefault("linkText", kwargs.get("link_text", False))
        payload = {
            "type": "plotlyChart",
            "figure": _plotly_figure_json(figure_or_data),
            "config": cu.to_json(plot_config),
            "theme": theme,
            "width": width,
            "height": height,
            "chartCommand": None,
        }
        if on_select == "ignore":
            if key is not None:
                payload["key"] = str(key)
            return self._enqueue(payload)
        modes = _parse_plotly_selection_mode(selection_mode)
        return self._chart_widget(
            "plotly_chart", payload, key, on_select, modes, _empty_plotly_selection,
            identity={"figure": payload["figure"], "selection_mode": modes, "theme": theme},
        )  # fmt: skip

    def _chart_widget(self, element_type, payload, key, on_select, modes, empty, identity):
        from streamlit.widgets._base import widget

        def deserialize(value: Any) -> AttributeDictionary:
            state = empty()
            if isinstance(value, str) and value:
                try:
                    parsed = json.loads(value)
                except ValueError:
                    parsed = None
                if isinstance(parsed, dict) and isinstance(parsed.get("selection"), dict):
                    state = {"selection": {**state["selection"], **parsed["selection"]}}
            return AttributeDictionary(state)

        def serialize(value: Any) -> str:
            return json.dumps(value if value is not None else empty(), default=str)

        payload = {**payload, "selectionMode": modes}
        return widget(
            self,
            element_type,
            label="",
            key=key,
            help=None,
            on_change=on_select if callable(on_select) else None,
            args=None,
            kwargs=None,
            disabled=False,
            default=None,
            deserializer=deserialize,
            serializer=serialize,
            identity=identity,
            payload=payload,
            allow_session_state_value=False,
            has_default=False,
        )

    # -- vega-lite / altair ----------------------------------------------------------------------

    def altair_chart(
        self,
        altair_chart: Any,
        use_container_width: bool | None = None,
        *,
        width: Any = None,
        height: Any = None,
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
    ):
        """Display a chart made with Altair (any object with `to_dict()` giving a Vega-Lite spec)."""
        if not hasattr(altair_chart, "to_dict"):
            raise StreamlitAPIException(f"Unsupported type for `st.altair_chart`: `{type(altair_chart).__name__}`.")
        spec = _altair_spec(altair_chart)
        return self._vega_lite(spec, use_container_width, width, height, theme, key, on_select, selection_mode)

    def vega_lite_chart(
        self,
        data: Any = None,
        spec: dict[str, Any] | None = None,
        use_container_width: bool | None = None,
        *,
        width: Any = None,
        height: Any = None,
        theme: str | None = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        **kwargs: Any,
    ):
        """Display a chart from a Vega-Lite spec, with `data` inlined into it."""
        return self._vega_lite(_vega_spec(data, spec, kwargs), use_container_width, width, height, theme, key, on_select, selection_mode)

    def _vega_lite(self, spec, use_container_width, width, height, theme, key, on_select, selection_mode):
        _check_theme(theme)
        _check_on_select(on_select)
        if width is None:
            width = "content" if isinstance(spec.get("width"), (int, float)) else "stretch"
        width = _chart_width(width, use_container_width)
        if height is None:
            height = "content"
        height = validate_height(height, allow_content=True)
        payload = {
            "type": "vegaLiteChart",
            "spec": cu.to_json(spec),
            "theme": theme,
            "width": width,
            "height": height,
        }
        if on_select == "ignore":
            if key is not None:
                payload["key"] = str(key)
            return self._enqueue(payload)
        params = [p.get("name") for p in spec.get("params", []) if isinstance(p, Mapping) and "select" in p]
        for layer in spec.get("layer", []) if isinstance(spec.get("layer"), list) else []:
            params += [p.get("name") for p in layer.get("params", []) if isinstance(p, Mapping) and "select" in p]
        params = [p for p in params if p]
        if not params:
            raise StreamlitAPIException(
                "Selections are activated, but the provided chart spec does not have any selections defined. "
                "To add selections to `st.altair_chart`, check out the documentation here: "
                "https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions"
            )
        if selection_mode is not None:
            wanted = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
            for name in wanted:
                if name not in params:
                    raise StreamlitAPIException(
                        f"Selection parameter '{name}' is not defined in the chart spec. "
                        f"Available selection parameters are: {params}."
                    )
            params = wanted
        return self._chart_widget(
            "vega_lite_chart", payload, key, on_select, params, lambda: {"selection": {p: {} for p in params}},
            identity={"spec": payload["spec"], "selection_mode": params, "theme": theme},
        )  # fmt: skip

    # -- graphviz ------------------------------------------------------------------------------

    def graphviz_chart(
        self,
        figure_or_dot: Any,
        use_container_width: bool | None = None,
        *,
        width: Any = "content",
        height: Any = "content",
    ):
        """Display a graph from DOT source or a graphviz object."""
        if isinstance(figure_or_dot, str):
            dot, engine = figure_or_dot, "dot"
        elif hasattr(figure_or_dot, "source"):
            dot, engine = str(figure_or_dot.source), str(getattr(figure_or_dot, "engine", "dot") or "dot")
        else:
            raise StreamlitAPIException(f"Unhandled type for graphviz chart: {type(figure_or_dot)}")
        width = _chart_width(width, use_container_width)
        height = validate_height(height, allow_content=True)
        return self._enqueue({"type": "graphvizChart", "spec": dot, "engine": engine, "width": width, "height": height})

    # -- map ----------------------------------------------------------------------------------------

    def map(
        self,
        data: Any = None,
        *,
        latitude: str | None = None,
        longitude: str | None = None,
        color: Any = None,
        size: Any = None,
        zoom: int | None = None,
        width: Any = "stretch",
        height: Any = 500,
        use_container_width: bool | None = None,
    ):
        """Display a map with points on it."""
        from streamlit.elements.lib.map_utils import map_payload

        width = _chart_width(width, use_container_width, allow_content=False)
        height = validate_height(height)
        return self._enqueue(
            map_payload(data, latitude=latitude, longitude=longitude, color=color, size=size, zoom=zoom, width=width, height=height)
        )

    # -- matplotlib ----------------------------------------------------------------------------------

    def pyplot(
        self,
        fig: Any = None,
        clear_figure: bool | None = None,
        *,
        width: Any = "stretch",
        use_container_width: bool | None = None,
        **kwargs: Any,
    ):
        """Display a matplotlib figure (rendered to a PNG image)."""
        if fig is None:
            try:
                import matplotlib.pyplot as plt  # noqa: F401
            except ImportError:
                raise StreamlitAPIException(
                    "`st.pyplot()` needs matplotlib, which is not installed. Import it in your app "
                    "(`import matplotlib.pyplot as plt`) so Brooklet loads it, then pass your figure: `st.pyplot(fig)`."
                ) from None
            fig = plt.gcf()
            if clear_figure is None:
                clear_figure = True
        elif not hasattr(fig, "savefig"):
            raise StreamlitAPIException(f"Unsupported type for `st.pyplot`: `{type(fig).__name__}`; pass a matplotlib Figure.")
        width = _chart_width(width, use_container_width)
        options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
        buf = io.BytesIO()
        fig.savefig(buf, **options)
        if clear_figure and hasattr(fig, "clf"):
            fig.clf()
        fmt = str(options.get("format", "png")).lower()
        mime = {"png": "image/png", "svg": "image/svg+xml", "jpg": "image/jpeg", "jpeg": "image/jpeg"}.get(fmt, "image/png")
        return self._enqueue(
            {
                "type": "image",
                "images": [{"data": buf.getvalue(), "url": None, "mimeType": mime, "caption": None}],
                "width": width,
            }
        )


def write_handler(dg: Any, arg: Any) -> Callable[[], Any] | None:
    """st.write's element call for chart objects and PIL images (behaviour.md §7.1), else None."""
    if is_altair_chart(arg):
        return lambda: dg.altair_chart(arg)
    if is_matplotlib_figure(arg):
        return lambda: dg.pyplot(arg)
    if is_plotly_figure(arg):
        return lambda: dg.plotly_chart(arg)
    if is_graphviz_chart(arg):
        return lambda: dg.graphviz_chart(arg)
    if _module_of(arg).startswith("PIL.") and hasattr(arg, "save") and hasattr(arg, "mode"):
        return lambda: dg.image(arg)
    return None
