"""Helpers of the input widgets (text_input ... color_picker, engineer "widgets1"):
turning any iterable into options, matching values to options, widths.

Options cross to the page as their formatted labels (`str(format_func(option))`), and the
page sends the label of the chosen option back. Labels stay meaningful when a keyed
widget's options change between runs, where an index would silently point elsewhere.
"""

from __future__ import annotations

from enum import EnumMeta
from typing import Any, Callable, Sequence

from streamlit.elements.lib.layout_utils import validate_width as _validate_width
from streamlit.errors import StreamlitAPIException

_FLOAT_EQUALITY_EPSILON = 0.000000000005


def validate_width(width: Any, *, allow_content: bool = False) -> Any:
    """`width`: a positive int (pixels), "stretch", or "content" where allowed."""
    return _validate_width(width, allow_content=allow_content)


def options_to_list(options: Any) -> list[Any]:
    """Any iterable of options as a list: sequences, sets, dict keys, Enum classes, and
    (duck-typed, never imported) pandas Series/Index, numpy arrays and the first column of
    a DataFrame."""
    if options is None:
        return []
    if isinstance(options, (str, bytes)):
        return [options]
    if isinstance(options, (list, tuple, set, frozenset, range)):
        return list(options)
    if isinstance(options, dict):
        return list(options.keys())
    if isinstance(options, EnumMeta):
        return list(options)
    columns = getattr(options, "columns", None)
    if columns is not None and hasattr(options, "iloc"):
        # pandas DataFrame: the first column.
        if len(columns) == 0:
            return []
        return list(options.iloc[:, 0].tolist())
    if columns is not None and hasattr(options, "get_column"):
        # polars DataFrame: the first column.
        return list(options.get_column(columns[0]).to_list()) if len(columns) else []
    for method in ("tolist", "to_list", "to_pylist"):
        convert = getattr(options, method, None)
        if callable(convert):
            converted = convert()
            if isinstance(converted, list):
                return converted
    try:
        return list(options)
    except TypeError:
        return [options]


def check_python_comparable(options: Sequence[Any]) -> None:
    """Options must compare with `==` to a bool (numpy arrays as options do not)."""
    if not options:
        return
    first = options[0]
    try:
        bool(first == first)
    except (ValueError, TypeError):
        raise StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a boolean when used "
            f"with *==*. \n\nGot **{type(first).__name__}**, which cannot be compared. Refactor your "
            "code to use elements of comparable types as options, e.g. use indices instead."
        ) from None


def format_options(options: Sequence[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def index_of(options: Sequence[Any], value: Any) -> int | None:
    """Index of the first option equal to `value` (floats within an epsilon), else None."""
    for i, option in enumerate(options):
        try:
            if value == option:
                return i
        except Exception:  # noqa: BLE001 - odd __eq__ implementations: not equal
            pass
        if isinstance(option, float) and isinstance(value, float) and abs(value - option) < _FLOAT_EQUALITY_EPSILON:
            return i
    return None


def label_index(labels: Sequence[str], label: Any) -> int | None:
    """Index of the first option whose label is `label`."""
    if not isinstance(label, str):
        return None
    try:
        return list(labels).index(label)
    except ValueError:
        return None


def match_option(
    options: Sequence[Any], labels: Sequence[str], value: Any, format_func: Callable[[Any], Any]
) -> tuple[bool, Any]:
    """Whether `value` is one of the options, and the option to use for it.

    A value equal to an option is kept as it is. A value that is not equal but formats to
    an option's label (an Enum or a class redefined by the rerun, an object without
    `__eq__`) is replaced by that option, as Streamlit's enum coercion does.
    """
    if index_of(options, value) is not None:
        return True, value
    try:
        label = str(format_func(value))
    except Exception:  # noqa: BLE001 - format_func may not accept foreign values
        return False, value
    i = label_index(labels, label)
    if i is None:
        return False, value
    return True, options[i]
