"""`column_config` and `column_order` of st.dataframe / st.data_editor, for the page.

A column is named by its label (as a string), `"_index"` for the index, or an int
(the position-named columns of list-of-lists data). A value is a ColumnConfig dict
(from `st.column_config.*`), a string (the label), or None (hide the column).
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable, Mapping

from streamlit.errors import StreamlitAPIException

INDEX_IDENTIFIER = "_index"

_COMMON = ("label", "width", "help", "hidden", "disabled", "required", "pinned", "default", "alignment")
_TYPES = (
    "text", "number", "checkbox", "selectbox", "link", "list", "multiselect", "datetime", "date", "time",
    "progress", "line_chart", "bar_chart", "area_chart", "image", "json", "object",
)  # fmt: skip


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def _plain(value: Any) -> Any:
    """JSON-like values for the page (dates as ISO strings)."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            return value.item()
        except Exception:  # noqa: BLE001
            return value
    return value


def _check_width(width: Any) -> Any:
    if width is None or width in ("small", "medium", "large"):
        return width
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise StreamlitAPIException(
        f"Invalid column width: {width!r}. Width must be 'small', 'medium', 'large', or a positive integer."
    )


def column_config_to_wire(column_config: Mapping[Any, Any] | None) -> dict[str, dict[str, Any]]:
    """`{column: {label, width, help, hidden, ..., type, typeOptions}}` with camelCase keys."""
    if column_config is None:
        return {}
    if not isinstance(column_config, Mapping):
        raise StreamlitAPIException(
            f"The `column_config` parameter must be a dictionary, got {type(column_config).__name__}."
        )
    out: dict[str, dict[str, Any]] = {}
    for key, config in column_config.items():
        name = str(key)
        if config is None:
            out[name] = {"hidden": True}
            continue
        if isinstance(config, str):
            out[name] = {"label": config}
            continue
        if not isinstance(config, Mapping):
            raise StreamlitAPIException(
                f"Invalid column config for column `{name}`: expected a dict, a string or None, "
                f"got {type(config).__name__}."
            )
        wire: dict[str, Any] = {}
        for field in _COMMON:
            value = config.get(field)
            if value is not None:
                wire[field] = _check_width(value) if field == "width" else _plain(value)
        type_config = config.get("type_config")
        if isinstance(type_config, str):
            type_config = {"type": type_config}
        if type_config:
            kind = type_config.get("type")
            if kind not in _TYPES:
                raise StreamlitAPIException(f"Unsupported column type: {kind!r}.")
            wire["type"] = kind
            options = {_camel(k): _plain(v) for k, v in type_config.items() if k != "type" and v is not None}
            if options:
                wire["typeOptions"] = options
        out[name] = wire
    return out


def column_order_to_wire(column_order: Iterable[Any] | str | None) -> list[str] | None:
    if column_order is None:
        return None
    if isinstance(column_order, str):
        return [column_order]
    return [str(c) for c in column_order]


def disabled_to_wire(disabled: bool | Iterable[Any]) -> bool | list[str]:
    if isinstance(disabled, bool):
        return disabled
    if disabled is None:
        return False
    return [str(c) for c in disabled]
