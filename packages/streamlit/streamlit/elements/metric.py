"""st.metric: a big number with an optional delta and sparkline."""

from __future__ import annotations

import math
import textwrap
from typing import Any

from streamlit import dataframe_util
from streamlit.elements.lib.utils import help_text, label_visibility as check_label_visibility
from streamlit.errors import StreamlitAPIException

DELTA_COLORS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
CHART_TYPES = ("line", "bar", "area")
DELTA_ARROWS = ("auto", "up", "down", "off")


def _value_text(value: Any, what: str = "value") -> str:
    if value is None:
        return "—"
    if isinstance(value, (int, float, str)) or type(value).__module__.startswith("numpy"):
        if isinstance(value, float) and math.isnan(value):
            return "nan"
        return str(value)
    raise TypeError(
        f"'{value}' is of type {type(value)}, which is not an accepted type. {what} only accepts: "
        "int, float, str, or None. Please convert the value to an accepted type."
    )


def _delta_text(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    return textwrap.dedent(_value_text(delta, "delta")).strip()


def _chart_values(chart_data: Any) -> list[float] | None:
    """The sparkline's numbers: the first numeric column (or the only values) of the data."""
    if chart_data is None:
        return None
    table = dataframe_util.to_table(chart_data)
    for col in table.columns:
        if col.kind.startswith(("int", "uint", "float")) or col.kind in ("bool", "decimal"):
            return [None if v is None else float(v) for v in col.to_list()]  # type: ignore[misc]
    raise StreamlitAPIException("`chart_data` must contain numeric values.")


class MetricMixin:
    def metric(
        self,
        label: str,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        *,
        help: str | None = None,
        label_visibility: str = "visible",
        border: bool = False,
        width: Any = "stretch",
        height: Any = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
        format: str | None = None,
        delta_description: str | None = None,
    ) -> Any:
        """Display a metric: a label, a value, and how much it changed."""
        if delta_color not in DELTA_COLORS:
            raise StreamlitAPIException(
                f"'{delta_color}' is not an accepted value. delta_color only accepts: 'normal', 'inverse', or 'off'"
            )
        if chart_type not in CHART_TYPES:
            raise StreamlitAPIException(
                f"'{chart_type}' is not an accepted value. chart_type only accepts: 'line', 'bar', or 'area'"
            )
        if delta_arrow not in DELTA_ARROWS:
            raise StreamlitAPIException(
                f"'{delta_arrow}' is not an accepted value. delta_arrow only accepts: 'auto', 'up', 'down', or 'off'"
            )
        if label is None:
            label = ""
        delta_body = _delta_text(delta)
        negative = delta_body.startswith("-")
        if delta_arrow == "auto":
            direction = "none" if not delta_body else ("down" if negative else "up")
        else:
            direction = "none" if delta_arrow == "off" or not delta_body else delta_arrow
        if delta_color == "normal":
            color = "red" if negative else "green"
        elif delta_color == "inverse":
            color = "green" if negative else "red"
        elif delta_color == "off":
            color = "gray"
        else:
            color = "gray" if delta_color == "grey" else delta_color
        return self._enqueue(
            {
                "type": "metric",
                "label": str(label),
                "body": _value_text(value),
                "delta": delta_body or None,
                "deltaDirection": direction,
                "deltaColor": color,
                "deltaDescription": delta_description,
                "help": help_text(help),
                "labelVisibility": check_label_visibility(label_visibility),
                "border": bool(border),
                "width": width,
                "height": height,
                "chartData": _chart_values(chart_data),
                "chartType": chart_type,
            }
        )
