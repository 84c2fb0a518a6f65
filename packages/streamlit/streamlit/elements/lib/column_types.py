"""`st.column_config`: column types for st.dataframe and st.data_editor.

Each function returns a plain dict (Streamlit's ColumnConfig TypedDict): `label`,
`width`, `help`, `disabled`, `required`, `pinned`, `default`, `alignment`, `hidden`
and `type_config` (the column type and its options). `column_config_utils` turns it
into the page's camelCase form.
"""

# Function names follow Streamlit's public API (uppercase).
# ruff: noqa: N802

from __future__ import annotations

import datetime
from typing import Any, Callable, Iterable, Literal, TypedDict, TypeVar, Union

from streamlit.errors import StreamlitAPIException

ColumnWidth = Union[Literal["small", "medium", "large"], int]


class ColumnConfig(TypedDict, total=False):
    """Configuration options for columns in ``st.dataframe`` and ``st.data_editor``."""

    label: str | None
    width: ColumnWidth | None
    help: str | None
    hidden: bool | None
    disabled: bool | None
    required: bool | None
    pinned: bool | None
    default: Any
    alignment: str | None
    type_config: dict[str, Any] | None


_CHART_COLORS = ("auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray", "grey", "primary")


def _config(type_config: dict[str, Any] | None = None, **fields: Any) -> ColumnConfig:
    """A ColumnConfig: `fields` in the order given, then `type_config` unless it is None."""
    out: dict[str, Any] = dict(fields)
    if type_config is not None:
        out["type_config"] = type_config
    return ColumnConfig(**out)  # type: ignore[typeddict-item]


def _check_alignment(alignment: Any) -> Any:
    if alignment not in (None, "left", "center", "right"):
        raise StreamlitAPIException(
            f"Invalid `alignment` value: {alignment!r}. Must be one of 'left', 'center', 'right', or None."
        )
    return alignment


def _check_color(color: Any) -> Any:
    if color is None or color in _CHART_COLORS:
        return color
    if isinstance(color, str) and (color.startswith("#") or color.startswith("rgb")):
        return color
    raise StreamlitAPIException(
        f"Invalid `color` value: {color!r}. Must be one of {', '.join(_CHART_COLORS)}, "
        "a valid hex color, or an rgb() or rgba() color."
    )


def _iso(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, datetime.timedelta) else step


def _editable(
    label: Any, width: Any, help: Any, disabled: Any, required: Any, pinned: Any, alignment: Any
) -> dict[str, Any]:
    """The fields that Column and the editable column types share, in Streamlit's order."""
    return {"label": label, "width": width, "help": help, "disabled": disabled, "required": required,
            "pinned": pinned, "alignment": _check_alignment(alignment)}  # fmt: skip


def _temporal(kind: str, format: Any, min_value: Any, max_value: Any, step: Any, **more: Any) -> dict[str, Any]:
    """type_config of the datetime, date and time columns: the bounds as ISO strings."""
    return {"type": kind, "format": format, "min_value": _iso(min_value), "max_value": _iso(max_value), "step": step,
            **more}  # fmt: skip


_F = TypeVar("_F", bound=Callable[..., ColumnConfig])


def _public(function: _F, name: str, doc: str) -> _F:
    """Name a constructor made by a factory below after its public name, for help(), repr and errors."""
    function.__name__ = function.__qualname__ = name
    function.__doc__ = doc
    return function


def Column(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """Configure a generic column; its type follows the data."""
    return _config(**_editable(label, width, help, disabled, required, pinned, alignment))


def TextColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """Configure a text column."""
    return _config(
        {"type": "text", "max_chars": max_chars, "validate": validate},
        **_editable(label, width, help, disabled, required, pinned, alignment), default=default,
    )  # fmt: skip


def NumberColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    """Configure a number column; `format` is printf-style or a preset such as "dollar"."""
    return _config(
        {"type": "number", "format": format, "min_value": min_value, "max_value": max_value, "step": step},
        **_editable(label, width, help, disabled, required, pinned, alignment), default=default,
    )  # fmt: skip


def CheckboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    """Configure a checkbox column."""
    return _config(
        {"type": "checkbox"},
        **_editable(label, width, help, disabled, required, pinned, alignment), default=default,
    )  # fmt: skip


def SelectboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Any = None,
) -> ColumnConfig:
    """Configure a selectbox column: cells are edited by picking one of `options`."""
    opts: list[Any] | None = None
    if options is not None:
        opts = []
        for o in options:
            value = getattr(o, "value", o) if hasattr(o, "name") and hasattr(o, "value") else o
            opts.append({"value": value, "label": str(format_func(o)) if format_func else None} if format_func else value)
    return _config(
        {"type": "selectbox", "options": opts},
        **_editable(label, width, help, disabled, required, pinned, alignment), default=default,
    )  # fmt: skip


def LinkColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """Configure a link column; `display_text` is a fixed text or a regex with one group."""
    return _config(
        {"type": "link", "max_chars": max_chars, "validate": validate, "display_text": display_text},
        **_editable(label, width, help, disabled, required, pinned, alignment), default=default,
    )  # fmt: skip


def ListColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> ColumnConfig:
    """Configure a list column (read-only)."""
    return _config({"type": "list"}, label=label, width=width, help=help, pinned=pinned, disabled=disabled,
                   required=required, default=None if default is None else list(default))  # fmt: skip


def MultiselectColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[Any] | None = None,
    accept_new_options: bool | None = None,
    color: Any = None,
    format_func: Any = None,
) -> ColumnConfig:
    """Configure a multiselect column (shown as a list of values)."""
    return _config(
        {"type": "multiselect", "options": None if options is None else list(options), "accept_new_options": accept_new_options},
        label=label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        default=None if default is None else list(default),
    )  # fmt: skip


def DatetimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.datetime | None = None,
    format: str | None = None,
    min_value: datetime.datetime | None = None,
    max_value: datetime.datetime | None = None,
    step: int | float | datetime.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """Configure a datetime column; `format` is a Moment.js format or a preset."""
    return _config(
        _temporal("datetime", format, min_value, max_value, _seconds(step), timezone=timezone),
        **_editable(label, width, help, disabled, required, pinned, alignment), default=_iso(default),
    )  # fmt: skip


def DateColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.date | None = None,
    format: str | None = None,
    min_value: datetime.date | None = None,
    max_value: datetime.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    """Configure a date column; `format` is a Moment.js format or a preset."""
    return _config(
        _temporal("date", format, min_value, max_value, step),
        **_editable(label, width, help, disabled, required, pinned, alignment), default=_iso(default),
    )  # fmt: skip


def TimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.time | None = None,
    format: str | None = None,
    min_value: datetime.time | None = None,
    max_value: datetime.time | None = None,
    step: int | float | datetime.timedelta | None = None,
) -> ColumnConfig:
    """Configure a time column; `format` is a Moment.js format."""
    return _config(
        _temporal("time", format, min_value, max_value, _seconds(step)),
        **_editable(label, width, help, disabled, required, pinned, alignment), default=_iso(default),
    )  # fmt: skip


def ProgressColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: Any = None,
) -> ColumnConfig:
    """Configure a progress column: a bar from `min_value` (0) to `max_value` (100, or 1 for floats)."""
    return _config(
        {"type": "progress", "format": format, "min_value": min_value, "max_value": max_value, "step": step,
         "color": _check_color(color)},
        label=label, width=width, help=help, pinned=pinned,
    )  # fmt: skip


def _chart_column(kind: str, name: str, doc: str):
    """LineChartColumn, BarChartColumn and AreaChartColumn: one signature, a different chart type."""

    def chart_column(
        label: str | None = None,
        *,
        width: ColumnWidth | None = None,
        help: str | None = None,
        pinned: bool | None = None,
        y_min: int | float | None = None,
        y_max: int | float | None = None,
        color: Any = None,
    ) -> ColumnConfig:
        return _config({"type": kind, "y_min": y_min, "y_max": y_max, "color": _check_color(color)},
                       label=label, width=width, help=help, pinned=pinned)  # fmt: skip

    return _public(chart_column, name, doc)


LineChartColumn = _chart_column(
    "line_chart", "LineChartColumn",
    "Configure a line chart column: each cell is a list of numbers drawn as a sparkline.",
)  # fmt: skip
BarChartColumn = _chart_column(
    "bar_chart", "BarChartColumn", "Configure a bar chart column: each cell is a list of numbers drawn as bars."
)
AreaChartColumn = _chart_column("area_chart", "AreaChartColumn", "Configure an area chart column.")


def _read_only_column(kind: str, name: str, doc: str):
    """ImageColumn and JsonColumn: one signature, a different column type."""

    def read_only_column(
        label: str | None = None,
        *,
        width: ColumnWidth | None = None,
        help: str | None = None,
        pinned: bool | None = None,
    ) -> ColumnConfig:
        return _config({"type": kind}, label=label, width=width, help=help, pinned=pinned)

    return _public(read_only_column, name, doc)


ImageColumn = _read_only_column(
    "image", "ImageColumn", "Configure an image column: cells hold image URLs or data URLs."
)
JsonColumn = _read_only_column("json", "JsonColumn", "Configure a JSON column (read-only).")
