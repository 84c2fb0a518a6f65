"""st.number_input: int or float, by Streamlit's typing rules.

All of value/min_value/max_value/step ints (or None) → an int widget returning int; all
floats (or None) → a float widget returning float; a mix raises. With no value and no
min_value the widget is a float widget starting at 0.0.
"""

from __future__ import annotations

import numbers
from typing import Any, Callable

from streamlit.elements.lib.utils import validate_icon
from streamlit.errors import (
    StreamlitInvalidNumberFormatError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width
from streamlit.widgets.text_input import _keyed_none

#: JavaScript's safe integer range and largest double: what the page can hold exactly.
MAX_SAFE_INTEGER = (1 << 53) - 1
MIN_SAFE_INTEGER = -((1 << 53) - 1)
MAX_VALUE = 1.7976931348623157e308

_MIN_DEFAULT = "min"


def _validate_int_bounds(value: Any, name: str) -> None:
    if value < MIN_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def _validate_float_bounds(value: Any, name: str) -> None:
    if not isinstance(value, (numbers.Integral, float)):
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    if value < -MAX_VALUE:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if value > MAX_VALUE:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


class NumberInputMixin:
    def number_input(
        self,
        label: str,
        min_value: int | float | None = None,
        max_value: int | float | None = None,
        value: Any = _MIN_DEFAULT,
        step: int | float | None = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: Any = "stretch",
    ) -> int | float | None:
        """Display a numeric input. Returns an int or a float (see the module docstring),
        or None while empty (`value=None`)."""
        width = validate_width(width)
        identity = {
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "placeholder": None if placeholder is None else str(placeholder),
            "icon": icon,
            "width": width,
        }

        number_args = [min_value, max_value, value, step]
        all_int_args = all(isinstance(a, (numbers.Integral, type(None), str)) for a in number_args)
        all_float_args = all(isinstance(a, (float, type(None), str)) for a in number_args)
        if not all_int_args and not all_float_args:
            raise StreamlitMixedNumericTypesError(
                value=None if value == _MIN_DEFAULT else value, min_value=min_value, max_value=max_value, step=step
            )

        if _keyed_none(key):
            value = None
        if isinstance(value, str) and value == _MIN_DEFAULT:
            if min_value is not None:
                value = min_value
            elif all_int_args and all_float_args:
                value = 0.0  # nothing given: a float widget
            elif all_int_args:
                value = 0
            else:
                value = 0.0

        int_value = isinstance(value, numbers.Integral)
        float_value = isinstance(value, float)
        if value is None:
            if all_int_args and not all_float_args:
                int_value = True
            else:
                float_value = True

        number_format = ("%d" if int_value else "%0.2f") if format is None else format
        import streamlit as st

        if number_format in ("%d", "%u", "%i") and float_value:
            st.warning(
                f"Warning: NumberInput value below has type float, but format {number_format} displays as integer."
            )
        elif number_format[-1:] == "f" and int_value:
            st.warning(
                "Warning: NumberInput value below has type int so is displayed as int despite format "
                f"string {number_format}."
            )

        if step is None:
            step = 1 if int_value else 0.01

        try:
            float(number_format % 2)
        except (TypeError, ValueError):
            raise StreamlitInvalidNumberFormatError(number_format) from None

        all_ints = int_value and all_int_args
        if min_value is not None and value is not None and min_value > value:
            raise StreamlitValueBelowMinError(value=value, min_value=min_value)
        if max_value is not None and value is not None and max_value < value:
            raise StreamlitValueAboveMaxError(value=value, max_value=max_value)

        checks = (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step), ("`value`", value))
        for name, arg in checks:
            if arg is None:
                continue
            if all_ints:
                _validate_int_bounds(int(arg), name)
            else:
                _validate_float_bounds(arg, name)

        data_type = "int" if all_ints else "float"
        default = value

        def to_type(v: Any) -> int | float:
            # The page's numbers arrive as int whenever they are whole (JavaScript has one
            # number type): the widget's type decides.
            return int(v) if data_type == "int" else float(v)

        def deserialize(ui_value: Any) -> int | float | None:
            v = default if ui_value is None else ui_value
            return None if v is None else to_type(v)

        def serialize(v: Any) -> int | float | None:
            return None if v is None else v

        def check(v: Any) -> tuple[Any, bool]:
            # A value set through session state must lie within the bounds.
            if v is not None:
                if min_value is not None and v < min_value:
                    raise StreamlitValueBelowMinError(value=v, min_value=min_value)
                if max_value is not None and v > max_value:
                    raise StreamlitValueAboveMaxError(value=v, max_value=max_value)
            return v, False

        return widget(
            self,
            "number_input",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=default,
            deserializer=deserialize,
            serializer=serialize,
            identity=identity,
            key_identity=("min_value", "max_value"),
            has_default=identity["value"] != _MIN_DEFAULT and identity["value"] is not None,
            validate=check,
            payload={
                "type": "numberInput",
                "default": default,
                "dataType": data_type,
                "min": min_value,
                "max": max_value,
                "step": step,
                "format": number_format,
                "placeholder": None if placeholder is None else str(placeholder),
                "icon": validate_icon(icon),
                "width": width,
            },
        )
