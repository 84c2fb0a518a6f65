"""Options handling for select_slider, pills, segmented_control (widgets2).

Options may be any iterable: lists, tuples, sets, dict keys, Enums, generators, and
numpy / pandas objects when installed (duck-typed, never imported here).
"""

from __future__ import annotations

from enum import EnumMeta
from typing import Any, Sequence

from streamlit.errors import StreamlitAPIException

_FLOAT_EQUALITY_EPSILON = 0.000000000005


def to_list(obj: Any) -> list[Any]:
    """Streamlit's convert_anything_to_list, for the types Brooklet can see without imports."""
    if obj is None:
        return []
    if isinstance(obj, (str, bytes, int, float, bool)):
        return [obj]
    if isinstance(obj, EnumMeta):
        return list(obj)
    if isinstance(obj, (list, tuple, set, frozenset, range)):
        return list(obj)
    if isinstance(obj, dict):
        return list(obj.keys())
    # DataFrame-like: the first column.
    columns = getattr(obj, "columns", None)
    iloc = getattr(obj, "iloc", None)
    if columns is not None and iloc is not None and hasattr(obj, "shape") and len(getattr(obj, "shape", ())) == 2:
        try:
            return list(iloc[:, 0].tolist()) if obj.shape[1] else []
        except Exception:  # noqa: BLE001 - fall back to plain iteration
            pass
    tolist = getattr(obj, "tolist", None)
    if callable(tolist):
        try:
            value = tolist()
            return list(value) if isinstance(value, (list, tuple)) else [value]
        except Exception:  # noqa: BLE001
            pass
    try:
        return list(obj)
    except TypeError:
        return [obj]


def check_comparable(options: Sequence[Any]) -> None:
    """Options must compare with `==` to a bool (numpy arrays, for instance, do not)."""
    if not options:
        return
    first = options[0]
    try:
        result = first == first
    except Exception:  # noqa: BLE001
        result = None
    if not isinstance(result, bool):
        raise StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a "
            f"boolean when used with *==*. \n\nGot **{type(first).__name__}**, which returns "
            f"**{type(result).__name__}** when used with *==*. "
        )


def index_(options: Sequence[Any], value: Any) -> int:
    """Index of the first option equal to value (floats within an epsilon)."""
    for i, option in enumerate(options):
        try:
            if value == option:
                return i
        except Exception:  # noqa: BLE001
            continue
        if isinstance(option, float) and isinstance(value, float) and abs(value - option) < _FLOAT_EQUALITY_EPSILON:
            return i
    raise ValueError(f"{value} is not in iterable")


def default_indices(options: Sequence[Any], default: Any) -> list[int]:
    """Indices of `default` (one value or several) in options; an unknown value is an error."""
    if default is None:
        return []
    values = to_list(default)
    indices: list[int] = []
    for value in values:
        if value not in options:
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. "
                "Please make sure that every default values also exists in the options."
            )
        indices.append(options.index(value))
    return indices
