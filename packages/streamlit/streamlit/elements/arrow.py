"""st.dataframe and st.table: tables sent to the page as Arrow (worker/arrow.ts)."""

from __future__ import annotations

import hashlib
from typing import Any, Callable, Iterable

from streamlit import dataframe_util
from streamlit.elements.lib.column_config_utils import column_config_to_wire, column_order_to_wire
from streamlit.errors import StreamlitAPIException

SELECTION_MODES = ("single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell")


class AttributeDictionary(dict):
    """A dict whose keys are also attributes (Streamlit's selection states)."""

    def __getattr__(self, key: str) -> Any:
        try:
            value = self[key]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no attribute {key!r}") from None
        return AttributeDictionary(value) if isinstance(value, dict) and not isinstance(value, AttributeDictionary) else value

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value


class DataframeState(AttributeDictionary):
    """What st.dataframe returns with selections on: `{"selection": {"rows": [...], "columns": [...]}}`."""


def _empty_selection() -> DataframeState:
    return DataframeState({"selection": AttributeDictionary({"rows": [], "columns": []})})


def parse_selection_mode(selection_mode: str | Iterable[str]) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitAPIException(
            f"Invalid selection mode: {selection_mode}. Valid options are: {set(SELECTION_MODES)}"
        )
    if {"single-row", "multi-row"} <= modes:
        raise StreamlitAPIException("Only one of `single-row` or `multi-row` can be selected as selection mode.")
    if {"single-column", "multi-column"} <= modes:
        raise StreamlitAPIException("Only one of `single-column` or `multi-column` can be selected as selection mode.")
    if {"single-cell", "multi-cell"} <= modes:
        raise StreamlitAPIException("Only one of `single-cell` or `multi-cell` can be selected as selection mode.")
    return sorted(modes, key=SELECTION_MODES.index)


def check_on_select(on_select: Any) -> None:
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', or a callable is supported."
        )


def table_fingerprint(table: dataframe_util.Table) -> str:
    """A hash of a table's contents: a new table makes a new widget (Streamlit hashes the Arrow bytes)."""
    h = hashlib.md5(usedforsecurity=False)
    h.update(str(table.num_rows).encode())
    for col in (*table.index, *table.columns):
        h.update(f"{col.name}\0{col.kind}\0".encode())
        values = col.values
        if isinstance(values, memoryview):
            h.update(values.cast("B") if values.c_contiguous else bytes(values))
        elif isinstance(values, range):
            h.update(repr(values).encode())
        else:
            h.update(repr(values).encode())
        if col.mask is not None:
            h.update(bytes(col.mask))
    return h.hexdigest()


def resolve_width(width: Any, use_container_width: bool | None) -> Any:
    if use_container_width is not None:
        if use_container_width:
            return "stretch"
        if width == "stretch":
            return "content"
    if width in ("stretch", "content"):
        return width
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    if width is None:
        return "stretch"
    raise StreamlitAPIException(
        f"Invalid width value: {width!r}. Width must be either an integer (pixels), 'stretch', or 'content'."
    )


def resolve_height(height: Any) -> Any:
    if height is None or height == "auto":
        return "auto"
    if height in ("stretch", "content"):
        return height
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitAPIException(
        f"Invalid height value: {height!r}. Height must be either an integer (pixels), 'auto', 'stretch', or 'content'."
    )


def grid_payload(
    table: dataframe_util.Table,
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    hide_index: bool | None,
    column_order: Any,
    column_config: Any,
    row_height: int | None,
    placeholder: str | None,
) -> dict[str, Any]:
    """The fields st.dataframe and st.data_editor share."""
    if row_height is not None and (not isinstance(row_height, int) or isinstance(row_height, bool) or row_height <= 0):
        raise StreamlitAPIException(f"Invalid row_height value: {row_height!r}. It must be a positive integer.")
    return {
        "type": "dataframe",
        "data": dataframe_util.arrow_payload(table),
        "width": resolve_width(width, use_container_width),
        "height": resolve_height(height),
        "hideIndex": hide_index,
        "columnOrder": column_order_to_wire(column_order),
        "columnConfig": column_config_to_wire(column_config),
        "rowHeight": row_height,
        "placeholder": placeholder,
        "editable": False,
        "numRows": "fixed",
        "disabledColumns": False,
        "selectionMode": [],
    }


def _deserialize_selection(value: Any) -> DataframeState:
    if not isinstance(value, dict):
        return _empty_selection()
    selection = value.get("selection") or {}
    rows = [int(r) for r in (selection.get("rows") or [])]
    columns = [str(c) for c in (selection.get("columns") or [])]
    return DataframeState({"selection": AttributeDictionary({"rows": rows, "columns": columns})})


def _serialize_selection(state: Any) -> dict[str, Any]:
    selection = (state or {}).get("selection") or {}
    return {"selection": {"rows": list(selection.get("rows") or []), "columns": list(selection.get("columns") or [])}}


class ArrowMixin:
    def dataframe(
        self,
        data: Any = None,
        width: Any = "stretch",
        height: Any = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: dict[Any, Any] | None = None,
        key: Any = None,
        on_select: str | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] = "multi-row",
        row_height: int | None = None,
        placeholder: str | None = None,
    ) -> Any:
        """Display a dataframe as an interactive table.

        Returns the element (for `.add_rows`), or, with `on_select` set, the selection
        state `{"selection": {"rows": [...], "columns": [...]}}`.
        """
        from streamlit.widgets._base import widget

        check_on_select(on_select)
        table = dataframe_util.to_table(data)
        if table.notice:
            self.caption(table.notice)
        payload = grid_payload(
            table,
            width=width,
            height=height,
            use_container_width=use_container_width,
            hide_index=hide_index,
            column_order=column_order,
            column_config=column_config,
            row_height=row_height,
            placeholder=placeholder,
        )
        if on_select == "ignore":
            return self._enqueue(payload)
        modes = parse_selection_mode(selection_mode)
        payload["selectionMode"] = modes
        identity = {
            "data": table_fingerprint(table),
            "width": payload["width"],
            "height": payload["height"],
            "column_order": payload["columnOrder"],
            "column_config": repr(payload["columnConfig"]),
            "selection_mode": modes,
            "row_height": row_height,
            "placeholder": placeholder,
        }
        return widget(
            self,
            "dataframe",
            label="",
            key=key,
            help=None,
            on_change=on_select if callable(on_select) else None,
            args=None,
            kwargs=None,
            disabled=False,
            label_visibility="collapsed",
            default=None,
            deserializer=_deserialize_selection,
            serializer=_serialize_selection,
            identity=identity,
            key_identity=list(identity),
            payload=payload,
            has_default=False,
        )

    def table(self, data: Any = None, *, border: bool | str = True, width: Any = "stretch", height: Any = "content") -> Any:
        """Display a static table; string cells are rendered as Markdown."""
        if border not in (True, False, "horizontal"):
            raise StreamlitAPIException(
                f"Invalid border parameter: {border}. Valid values are: True, False, or 'horizontal'."
            )
        table = dataframe_util.to_table(data, max_unevaluated_rows=100)
        if table.notice:
            self.caption(table.notice)
        if height == "auto":
            height = "content"
        return self._enqueue(
            {
                "type": "table",
                "data": dataframe_util.arrow_payload(table),
                "border": border,
                "width": resolve_width(width, None),
                "height": height if height in ("content", "stretch") else resolve_height(height),
            }
        )
