"""Built-in charts (line, area, bar, scatter) as Plotly figures, following Streamlit's
rules for picking columns (x, y, color, size), wide and long data, colours and stacking.

Streamlit draws these charts with Vega-Lite; Brooklet draws them with Plotly, so the
figure built here reproduces what Streamlit's Vega-Lite spec shows: one series per y
column (wide data) or per value of the color column (long data), the index as x when no
x is given, no axis titles unless columns were named explicitly, a bottom legend,
stacked areas and bars by default.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
from collections.abc import Sequence
from typing import Any

from streamlit import dataframe_util
from streamlit.errors import Error, StreamlitAPIException

#: Streamlit's categorical palette (light theme), used for series without explicit colours.
PALETTE = (
    "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
    "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
)  # fmt: skip

#: Streamlit's sequential colour scale (numeric color columns).
SEQUENTIAL = (
    "#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff",
    "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280",
)  # fmt: skip

STACK_OPTIONS = (True, False, "normalize", "center", "layered")

#: Vega-Lite's default point size is an area of 100 px²; Plotly sizes are diameters.
DEFAULT_SCATTER_AREA = 100


class StreamlitColumnNotFoundError(StreamlitAPIException):
    def __init__(self, column_names: Sequence[str], col_name: Any) -> None:
        available = ", ".join(str(c) for c in column_names)
        super().__init__(f'Data does not have a column named `"{col_name}"`. Available columns are `{available}`')


class StreamlitInvalidColorError(StreamlitAPIException):
    def __init__(self, color_from_user: Any) -> None:
        super().__init__(
            f"""
This does not look like a valid color argument: `{color_from_user}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
        """
        )


class StreamlitColorLengthError(StreamlitAPIException):
    def __init__(self, color_values: Any, y_column_list: list[str]) -> None:
        super().__init__(
            f"The list of colors `{color_values}` must have the same "
            "length as the list of columns to be colored "
            f"`{y_column_list}`."
        )


# -- colours -------------------------------------------------------------------------------


def is_hex_color_like(color: Any) -> bool:
    return (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in (4, 5, 7, 9)
    )


def is_color_tuple_like(color: Any) -> bool:
    return (
        isinstance(color, (tuple, list))
        and len(color) in (3, 4)
        and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in color)
    )


def is_color_like(color: Any) -> bool:
    return is_hex_color_like(color) or is_color_tuple_like(color)


def to_css_color(color: Any) -> str:
    """A hex string as is; an RGB(A) tuple of ints 0-255 or floats 0.0-1.0 as rgba()."""
    if is_hex_color_like(color):
        return color
    if is_color_tuple_like(color):
        parts = list(color)
        floats = all(isinstance(c, float) for c in parts[:3])
        rgb = [int(round(c * 255)) if floats else int(c) for c in parts[:3]]
        if len(parts) == 4:
            alpha = parts[3]
            alpha = alpha if isinstance(alpha, float) else alpha / 255
            return f"rgba({rgb[0]}, {rgb[1]}, {rgb[2]}, {round(alpha, 4)})"
        return f"rgb({rgb[0]}, {rgb[1]}, {rgb[2]})"
    raise StreamlitInvalidColorError(color)


# -- JSON ------------------------------------------------------------------------------------


def jsonable(v: Any) -> Any:
    """A value Plotly and JSON understand: None for missing and non-finite numbers,
    ISO text for dates and times, plain numbers for numpy/decimal scalars."""
    if v is None or isinstance(v, (str, bool, int)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, datetime.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, datetime.timedelta):
        return v.total_seconds()
    if isinstance(v, decimal.Decimal):
        return jsonable(float(v))
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", "replace")
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [jsonable(x) for x in v]
    if hasattr(v, "tolist") and callable(v.tolist):  # numpy arrays and scalars
        return jsonable(v.tolist())
    if hasattr(v, "item") and callable(v.item):
        return jsonable(v.item())
    if hasattr(v, "isoformat"):  # pandas Timestamp & co
        return v.isoformat()
    return str(v)


def to_json(obj: Any) -> str:
    return json.dumps(jsonable(obj), separators=(",", ":"), allow_nan=False)


# -- column parsing ------------------------------------------------------------------------------


def _parse_x_column(names: list[str], x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in names:
            raise StreamlitColumnNotFoundError(names, x)
        return x
    raise StreamlitAPIException(
        "x parameter should be a column name (str) or None to use the "
        f" dataframe's index. Value given: {x} "
        f"(type {type(x)})"
    )


def _parse_y_columns(names: list[str], y: Any, x_column: str | None, exclude: Sequence[str | None]) -> list[str]:
    if y is None:
        # Every other column. Streamlit also melts the color/size columns here, which
        # draws them as values; Brooklet leaves them out (they are not data to plot).
        columns = [c for c in names if c not in exclude]
    elif isinstance(y, str):
        columns = [y]
    elif isinstance(y, Sequence) or hasattr(y, "__iter__"):
        columns = [str(c) for c in y]
    else:
        raise StreamlitAPIException(
            "y parameter should be a column name (str) or list thereof. "
            f"Value given: {y} (type {type(y)})"
        )
    for col in columns:
        if col not in names:
            raise StreamlitColumnNotFoundError(names, col)
    if x_column in columns and (not y or x_column not in (y if not isinstance(y, str) else [y])):
        columns.remove(x_column)  # type: ignore[arg-type]
    return columns


def _parse_generic_column(names: list[str], column_or_value: Any) -> tuple[str | None, Any]:
    if isinstance(column_or_value, str) and column_or_value in names:
        return column_or_value, None
    return None, column_or_value


def _values(col: dataframe_util.Column) -> list[Any]:
    return [jsonable(v) for v in col.to_list()]


def _is_numeric_kind(kind: str) -> bool:
    return kind.startswith(("int", "uint", "float", "decimal"))


def _is_temporal_kind(kind: str) -> bool:
    return kind.startswith(("timestamp", "date", "time"))


# -- the figure ---------------------------------------------------------------------------------


def build_figure(
    command: str,
    data: Any,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    horizontal: bool = False,
    stack: Any = None,
    sort: Any = True,
) -> dict[str, Any]:
    """A Plotly figure dict ({data, layout}) for one of the built-in chart commands."""
    if command in ("bar_chart", "area_chart") and stack not in (None, *STACK_OPTIONS):
        raise StreamlitAPIException(
            f'Invalid value for stack parameter: {stack}. Stack must be one of True, False, "normalize", "center", '
            'or "layered".'
        )
    if command != "scatter_chart" and size is not None:
        raise Error(f"Chart type {command} does not support size argument. This should never happen!")

    table = dataframe_util.to_table(data) if data is not None else None
    names = table.column_names if table is not None else []
    x_column = _parse_x_column(names, x)
    color_column, color_value = _parse_generic_column(names, color)
    size_column, size_value = _parse_generic_column(names, size)
    y_columns = _parse_y_columns(names, y, x_column, (x_column, color_column, size_column))

    # x values: a named column, else the index.
    if table is None:
        x_values: list[Any] = []
        x_kind = "int64"
    elif x_column is not None:
        x_col = table.column(x_column)
        x_values, x_kind = _values(x_col), x_col.kind
    elif table.index:
        index = table.index[0]
        x_values = _values(index) if not isinstance(index.values, range) else list(index.values)
        x_kind = index.kind
    else:
        x_values, x_kind = list(range(table.num_rows)), "int64"

    traces = _traces(command, table, x_values, y_columns, color_column, color_value, color, size_column, size_value)

    # Axis titles: only for columns the user named (Streamlit's rule), labels win.
    x_title = x_column if (x is not None and x_column is not None) else ""
    y_title = y_columns[0] if (y is not None and len(y_columns) == 1) else ""
    if horizontal:
        x_title, y_title = y_title, x_title
    if x_label is not None:
        x_title = x_label
    if y_label is not None:
        y_title = y_label

    bar = command == "bar_chart"
    if command == "area_chart":
        _apply_area_stack(traces, stack)
    if bar and horizontal:
        for t in traces:
            t["x"], t["y"] = t.get("y"), t.get("x")
            t["orientation"] = "h"

    layout: dict[str, Any] = {
        "xaxis": {"title": {"text": x_title}, "showgrid": bar and horizontal, "automargin": True},
        "yaxis": {"title": {"text": y_title}, "showgrid": not (bar and horizontal), "automargin": True},
        "showlegend": len(traces) > 1 and not all(t.pop("_hide_legend", False) for t in traces),
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.2, "xanchor": "left", "x": 0},
        "hovermode": "closest",
    }
    for t in traces:
        t.pop("_hide_legend", None)

    category_axis = "yaxis" if (bar and horizontal) else "xaxis"
    value_axis = "xaxis" if (bar and horizontal) else "yaxis"
    if _is_temporal_kind(x_kind):
        layout[category_axis]["type"] = "date"
    elif x_kind.startswith(("int", "uint")):
        layout[category_axis]["tickformat"] = "d"
    if bar:
        _apply_stack(layout, traces, stack, value_axis)
        if horizontal:
            # Vega-Lite lists a horizontal bar chart's categories from the top down.
            layout[category_axis]["autorange"] = "reversed"
        if sort is not True and sort is not None:
            layout[category_axis]["categoryorder"] = "trace"
        if x_kind in ("utf8", "object", "categorical") and sort is True:
            layout[category_axis]["categoryorder"] = "category ascending"
        if x_kind in ("utf8", "object", "categorical", "bool"):
            layout[category_axis]["type"] = "category"
        if isinstance(sort, str) and table is not None:
            ordered = _sort_bars(traces, table, sort, horizontal)
            if ordered is not None:
                layout[category_axis].update(type="category", categoryorder="array", categoryarray=ordered)
    return {"data": traces, "layout": layout}


def _trace(command: str, name: str, xs: list[Any], ys: list[Any], hide_legend: bool = False) -> dict[str, Any]:
    trace: dict[str, Any] = {"name": name, "x": xs, "y": ys, "_hide_legend": hide_legend}
    if command == "line_chart":
        trace.update(type="scatter", mode="lines")
    elif command == "area_chart":
        trace.update(type="scatter", mode="lines", stackgroup="one", fill="tonexty", line={"width": 1.5})
    elif command == "bar_chart":
        trace.update(type="bar")
    else:
        trace.update(type="scatter", mode="markers")
    return trace


def _set_color(command: str, trace: dict[str, Any], css: str) -> None:
    if command in ("line_chart", "area_chart"):
        trace.setdefault("line", {})["color"] = css
        if command == "area_chart":
            trace["fillcolor"] = _with_alpha(css, 0.7)
    else:
        trace.setdefault("marker", {})["color"] = css


def _with_alpha(css: str, alpha: float) -> str:
    if css.startswith("#") and len(css) in (4, 7):
        h = css[1:]
        if len(h) == 3:
            h = "".join(ch * 2 for ch in h)
        r, g, b = int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
        return f"rgba({r}, {g}, {b}, {alpha})"
    return css


def _traces(
    command: str,
    table: Any,
    x_values: list[Any],
    y_columns: list[str],
    color_column: str | None,
    color_value: Any,
    color_from_user: Any,
    size_column: str | None,
    size_value: Any,
) -> list[dict[str, Any]]:
    if table is None or not y_columns:
        return []
    has_color_value = color_value not in (None, [], ())
    colors: list[str] | None = None
    if has_color_value:
        if is_color_like(color_value):
            if len(y_columns) != 1:
                raise StreamlitColorLengthError([color_value], y_columns)
            colors = [to_css_color(color_value)]
        elif isinstance(color_value, (list, tuple)):
            if len(color_value) != len(y_columns):
                raise StreamlitColorLengthError(color_value, y_columns)
            if not all(is_color_like(c) for c in color_value):
                raise StreamlitInvalidColorError(color_from_user)
            colors = [to_css_color(c) for c in color_value]
        else:
            raise StreamlitInvalidColorError(color_from_user)

    sizes = _sizes(command, table, size_column, size_value)
    traces: list[dict[str, Any]] = []

    if len(y_columns) > 1 or color_column is None or has_color_value:
        # Wide data: one series per y column.
        for i, name in enumerate(y_columns):
            trace = _trace(command, name, x_values, _values(table.column(name)))
            css = colors[i] if colors else PALETTE[i % len(PALETTE)]
            _set_color(command, trace, css)
            if sizes is not None:
                trace.setdefault("marker", {}).update(sizes)
            traces.append(trace)
        return traces

    # Long data: one series per value of the color column.
    y_name = y_columns[0]
    ys = _values(table.column(y_name))
    ccol = table.column(color_column)
    cvalues = ccol.to_list()
    if command == "scatter_chart" and _is_numeric_kind(ccol.kind):
        # A numeric colour column is a gradient (Vega-Lite: quantitative colour).
        trace = _trace(command, y_name, x_values, ys, hide_legend=True)
        marker = trace.setdefault("marker", {})
        marker.update(
            color=[jsonable(v) for v in cvalues],
            colorscale=[[i / (len(SEQUENTIAL) - 1), c] for i, c in enumerate(SEQUENTIAL)],
            showscale=True,
            colorbar={"title": {"text": color_column}},
        )
        if sizes is not None:
            marker.update(sizes)
        return [trace]
    literal_colors = len(cvalues) > 0 and is_color_like(cvalues[0])
    groups: dict[Any, list[int]] = {}
    for i, v in enumerate(cvalues):
        key = tuple(v) if isinstance(v, list) else v
        groups.setdefault(key, []).append(i)
    keys = list(groups)
    if not literal_colors:
        try:
            keys.sort(key=lambda k: (k is None, k))
        except TypeError:
            pass
    for n, key in enumerate(keys):
        rows = groups[key]
        name = "" if key is None else str(jsonable(key))
        trace = _trace(command, name, [x_values[i] for i in rows], [ys[i] for i in rows], hide_legend=literal_colors)
        css = to_css_color(key) if literal_colors else PALETTE[n % len(PALETTE)]
        _set_color(command, trace, css)
        if command == "area_chart":
            trace["opacity"] = 0.7
        if sizes is not None:
            marker = trace.setdefault("marker", {})
            for k, v in sizes.items():
                marker[k] = [v[i] for i in rows] if isinstance(v, list) else v
        traces.append(trace)
    return traces


def _sizes(command: str, table: Any, size_column: str | None, size_value: Any) -> dict[str, Any] | None:
    if command != "scatter_chart":
        return None
    if size_column is not None:
        values = [jsonable(v) for v in table.column(size_column).to_list()]
        finite = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        biggest = max((abs(v) for v in finite), default=1) or 1
        # Areas proportional to the value, the biggest about 30 px across (Vega-Lite's range).
        return {"size": values, "sizemode": "area", "sizeref": 2.0 * biggest / (30.0**2), "sizemin": 2}
    if size_value is None:
        return {"size": math.sqrt(DEFAULT_SCATTER_AREA)}
    if isinstance(size_value, (int, float)) and not isinstance(size_value, bool):
        return {"size": math.sqrt(max(float(size_value), 0.0))}
    raise StreamlitAPIException(f"This does not look like a valid size: {repr(size_value)}")


def _apply_stack(layout: dict[str, Any], traces: list[dict[str, Any]], stack: Any, value_axis: str) -> None:
    if stack is False:
        layout["barmode"] = "group"
    elif stack == "layered":
        layout["barmode"] = "overlay"
        for t in traces:
            t["opacity"] = 0.7
    elif stack == "normalize":
        layout["barmode"] = "stack"
        layout["barnorm"] = "fraction"
        layout[value_axis]["tickformat"] = ".0%"
    elif stack == "center":
        # Stacks centred on zero: each bar starts where the ones before it end, shifted
        # down by half the stack's total (Vega-Lite's "center" offset).
        layout["barmode"] = "overlay"
        axis = "x" if value_axis == "xaxis" else "y"
        cat = "y" if axis == "x" else "x"
        totals: dict[Any, float] = {}
        for t in traces:
            for c, v in zip(t[cat], t[axis]):
                totals[_key(c)] = totals.get(_key(c), 0.0) + (v or 0)
        running: dict[Any, float] = {}
        for t in traces:
            bases = []
            for c, v in zip(t[cat], t[axis]):
                k = _key(c)
                start = running.get(k, 0.0)
                bases.append(start - totals[k] / 2)
                running[k] = start + (v or 0)
            t["base"] = bases
    else:
        layout["barmode"] = "stack"


def _apply_area_stack(traces: list[dict[str, Any]], stack: Any) -> None:
    """Areas stack by default; False or "layered" overlays them, "normalize" stacks to 100%."""
    if stack is False or stack == "layered":
        for t in traces:
            t.pop("stackgroup", None)
            t["fill"] = "tozeroy"
    elif stack == "normalize" and traces:
        traces[0]["groupnorm"] = "fraction"


def _key(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def _sort_bars(traces: list[dict[str, Any]], table: Any, sort: str, horizontal: bool) -> list[Any] | None:
    """`sort="col"` / `"-col"`: the bars' categories ordered by that column (descending with "-")."""
    descending = sort.startswith("-")
    name = sort[1:] if descending else sort
    if name not in table.column_names:
        raise StreamlitColumnNotFoundError(table.column_names, name)
    if not traces:
        return None
    cat = "y" if horizontal else "x"
    order_values = [jsonable(v) for v in table.column(name).to_list()]
    pairs = list(zip(traces[0][cat], order_values))
    try:
        pairs.sort(key=lambda p: (p[1] is None, p[1]), reverse=descending)
    except TypeError:
        return None
    ordered: list[Any] = []
    for c, _ in pairs:
        if c not in ordered:
            ordered.append(c)
    return ordered
