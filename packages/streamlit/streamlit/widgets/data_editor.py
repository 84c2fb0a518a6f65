"""st.data_editor: an editable table whose edits come back in the input's own type.

The page keeps the edits as Streamlit does, `{"edited_rows": {"0": {"col": v}},
"added_rows": [{"col": v}], "deleted_rows": [2]}` (row positions of the original
data); `st.session_state[key]` shows them with int row keys. Python applies them to the
data each run.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any, Callable, Iterable

from streamlit import dataframe_util
from streamlit.elements.arrow import grid_payload, table_fingerprint
from streamlit.elements.lib.column_config_utils import INDEX_IDENTIFIER, disabled_to_wire
from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget

NUM_ROWS = ("fixed", "dynamic", "add", "delete")


def empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def deserialize_edits(value: Any) -> dict[str, Any]:
    """The page's edits as Streamlit's session-state value (int row keys)."""
    if not isinstance(value, dict):
        return empty_state()
    edited: dict[int, dict[str, Any]] = {}
    for row, cells in (value.get("edited_rows") or {}).items():
        try:
            edited[int(row)] = dict(cells or {})
        except (TypeError, ValueError):
            continue
    added = [dict(r or {}) for r in (value.get("added_rows") or [])]
    deleted = sorted({int(r) for r in (value.get("deleted_rows") or [])})
    return {"edited_rows": edited, "added_rows": added, "deleted_rows": deleted}


def serialize_edits(state: Any) -> dict[str, Any]:
    state = state or empty_state()
    return {
        "edited_rows": {str(k): v for k, v in (state.get("edited_rows") or {}).items()},
        "added_rows": list(state.get("added_rows") or []),
        "deleted_rows": list(state.get("deleted_rows") or []),
    }


# ---------------------------------------------------------------------------------
# Applying edits


def parse_cell(value: Any, kind: str) -> Any:
    """A page value (JSON: numbers, strings, booleans, ISO dates) as the column's Python type."""
    if value is None:
        return None
    try:
        if kind.startswith(("int", "uint")):
            number = float(value)
            return int(number) if number == int(number) else number
        if kind.startswith("float") or kind == "decimal":
            return float(value)
        if kind == "bool":
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if kind == "date32":
            return datetime.date.fromisoformat(str(value)[:10])
        if kind.startswith("timestamp"):
            text = str(value).replace("Z", "+00:00")
            parsed = datetime.datetime.fromisoformat(text)
            tz = dataframe_util._tz_of(kind)
            if tz and parsed.tzinfo is None:
                zone = dataframe_util._zone(tz)
                parsed = parsed.replace(tzinfo=zone) if zone is not None else parsed
            return parsed
        if kind == "time":
            return datetime.time.fromisoformat(str(value))
        if kind.startswith("duration"):
            return datetime.timedelta(seconds=float(value))
        if kind == "utf8":
            return str(value)
    except (TypeError, ValueError):
        return value
    return value


def apply_edits(table: dataframe_util.Table, state: dict[str, Any], defaults: dict[str, Any] | None = None) -> tuple[list[Any], dict[str, list[Any]]]:
    """(index values, {column: values}) after the edits: cells, then added rows, then deletions."""
    defaults = defaults or {}
    columns = {c.name: c.to_list() for c in table.columns}
    kinds = {c.name: c.kind for c in table.columns}
    index = table.index_values()
    index_kind = table.index[0].kind if len(table.index) == 1 else "object"
    for row, cells in (state.get("edited_rows") or {}).items():
        if not 0 <= row < table.num_rows:
            continue
        for name, value in cells.items():
            if name in columns:
                columns[name][row] = parse_cell(value, kinds[name])
    deleted = set(state.get("deleted_rows") or [])
    if deleted:
        keep = [i for i in range(table.num_rows) if i not in deleted]
        columns = {n: [v[i] for i in keep] for n, v in columns.items()}
        index = [index[i] for i in keep]
    next_index = _next_range_value(table)
    for added in state.get("added_rows") or []:
        for name, values in columns.items():
            raw = added.get(name, defaults.get(name))
            values.append(parse_cell(raw, kinds[name]))
        if INDEX_IDENTIFIER in added:
            index.append(parse_cell(added[INDEX_IDENTIFIER], index_kind))
        else:
            index.append(next_index)
        if isinstance(next_index, int):
            next_index += 1
    return index, columns


def _next_range_value(table: dataframe_util.Table) -> Any:
    if len(table.index) == 1 and isinstance(table.index[0].values, range):
        r = table.index[0].values
        return r.start + r.step * len(r)
    values = table.index_values()
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return max(values) + 1
    return None if values else 0


def to_input_type(table: dataframe_util.Table, index: list[Any], columns: dict[str, list[Any]]) -> Any:
    """The edited data in the type the script passed (Streamlit returns the same type)."""
    fmt = table.format
    source = table.source
    names = list(columns)
    rows = [list(r) for r in zip(*columns.values())] if columns else [[] for _ in index]
    if fmt in ("list_of_records", "empty") and isinstance(source, list):
        return [dict(zip(names, r)) for r in rows]
    if fmt == "column_value_mapping":
        return {_original_key(source, n): v for n, v in columns.items()}
    if fmt == "column_index_mapping":
        return {_original_key(source, n): dict(zip(index, v)) for n, v in columns.items()}
    if fmt == "key_value_dict":
        values = columns.get("value", [])
        return dict(zip(index, values))
    if fmt == "list_of_rows":
        if len(names) == 1 and names[0] == "value":
            return [[r[0]] for r in rows]
        return rows
    if fmt in ("list_of_values", "tuple_of_values", "set_of_values"):
        values = columns.get("value", [])
        if fmt == "tuple_of_values":
            return tuple(values)
        if fmt == "set_of_values":
            return set(values)
        if hasattr(source, "typecode"):
            import array

            try:
                return array.array(source.typecode, values)
            except (TypeError, OverflowError):
                return values
        return values
    if fmt in ("numpy_list", "numpy_matrix"):
        import numpy as np  # the data came from numpy

        if fmt == "numpy_list":
            return np.array(columns.get("value", []))
        return np.array(rows)
    if fmt in ("pandas_dataframe", "pandas_styler", "pandas_series", "pandas_index"):
        return _to_pandas(table, index, columns)
    if fmt == "pyarrow_table":
        return type(source).from_pydict(columns)
    if fmt == "polars_dataframe":
        return type(source)(columns)
    if fmt == "polars_series":
        return type(source)(names[0] if names else "", next(iter(columns.values()), []))
    try:
        import pandas  # noqa: F401
    except ImportError:
        return {n: v for n, v in columns.items()}
    return _to_pandas(table, index, columns)


def _original_key(source: Any, name: str) -> Any:
    if isinstance(source, dict):
        for key in source:
            if str(key) == name:
                return key
    return name


def _to_pandas(table: dataframe_util.Table, index: list[Any], columns: dict[str, list[Any]]) -> Any:
    import pandas as pd  # the data came from pandas (or pandas is installed)

    source = table.source
    if dataframe_util.is_pandas_styler(source):
        source = source.data
    original_names = list(getattr(source, "columns", [])) or list(columns)
    keys = [_match(original_names, n) for n in columns]
    new_index: Any = index
    if table.range_index:
        new_index = pd.RangeIndex(len(index)) if all(i == n for n, i in enumerate(index)) else index
    elif len(table.index) > 1:
        new_index = pd.MultiIndex.from_tuples(index, names=[c.name or None for c in table.index])
    else:
        new_index = pd.Index(index, name=table.index[0].name or None)
    df = pd.DataFrame({k: v for k, v in zip(keys, columns.values())}, index=new_index)
    dtypes = getattr(source, "dtypes", None)
    if dtypes is not None and dataframe_util.is_pandas_dataframe(source):
        for key in keys:
            try:
                df[key] = df[key].astype(dtypes[key])
            except Exception:  # noqa: BLE001 - keep what pandas inferred (e.g. None in an int column)
                pass
    if dataframe_util.is_pandas_series(source):
        return df.iloc[:, 0].rename(source.name)
    return df


def _match(names: list[Any], name: str) -> Any:
    for n in names:
        if str(n) == name:
            return n
    return name


# ---------------------------------------------------------------------------------


class DataEditorMixin:
    def data_editor(
        self,
        data: Any,
        width: Any = "stretch",
        height: Any = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: dict[Any, Any] | None = None,
        num_rows: str = "fixed",
        disabled: bool | Iterable[str] = False,
        key: Any = None,
        on_change: Callable[..., Any] | None = None,
        args: Any = None,
        kwargs: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
    ) -> Any:
        """Display a data editor; returns the edited data in the type of `data`."""
        if num_rows not in NUM_ROWS:
            raise StreamlitAPIException(
                f"Invalid num_rows value: {num_rows!r}. Valid values are: 'fixed', 'dynamic', 'add', or 'delete'."
            )
        table = dataframe_util.to_table(data)
        if hide_index is None and num_rows in ("dynamic", "add") and table.range_index:
            # New rows get their index from the page; a plain range index is hidden (as in Streamlit).
            hide_index = True
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
        payload.update(editable=True, numRows=num_rows, disabledColumns=disabled_to_wire(disabled))
        identity = {
            "data": table_fingerprint(table),
            "width": payload["width"],
            "height": payload["height"],
            "column_order": payload["columnOrder"],
            "column_config": repr(payload["columnConfig"]),
            "num_rows": num_rows,
            "hide_index": hide_index,
            "disabled": repr(payload["disabledColumns"]),
            "row_height": row_height,
            "placeholder": placeholder,
        }
        state = widget(
            self,
            "data_editor",
            label="",
            key=key,
            help=None,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled is True,
            label_visibility="collapsed",
            default=empty_state(),
            deserializer=deserialize_edits,
            serializer=serialize_edits,
            identity=identity,
            key_identity=list(identity),
            payload=payload,
            allow_session_state_value=False,
            has_default=False,
        )
        defaults = {name: cfg.get("default") for name, cfg in payload["columnConfig"].items() if "default" in cfg}
        index, columns = apply_edits(table, copy.deepcopy(state), defaults)
        if not (state["edited_rows"] or state["added_rows"] or state["deleted_rows"]) and table.format not in (
            "dbapi_cursor",
            "interchange",
            "unknown",
        ):
            # Nothing edited: the data as given (Streamlit returns an equal copy).
            return copy.copy(data) if isinstance(data, (list, dict)) else data
        return to_input_type(table, index, columns)

    experimental_data_editor = data_editor
