"""st.color_picker: a colour as a hex string ("#rrggbb" or "#rgb")."""

from __future__ import annotations

import re
from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


class ColorPickerMixin:
    def color_picker(
        self,
        label: str,
        value: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> str:
        """Display a colour picker. Returns the colour as a hex string."""
        width = validate_width(width, allow_content=True)
        identity = {"value": value, "width": width}
        has_default = value is not None
        if value is None:
            value = "#000000"
        if not isinstance(value, str):
            raise StreamlitAPIException(
                f"Color Picker Value has invalid type: {type(value).__name__}. "
                "Expects a hex string like '#00FFAA' or '#000'."
            )
        if not _HEX.match(value):
            raise StreamlitAPIException(
                f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
            )
        default = value
        return widget(
            self,
            "color_picker",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=default,
            deserializer=lambda v: default if v is None else str(v),
            serializer=lambda v: v,
            identity=identity,
            has_default=has_default,
            payload={"type": "colorPicker", "default": default, "width": width},
        )
