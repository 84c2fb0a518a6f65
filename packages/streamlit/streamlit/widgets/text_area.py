"""st.text_area: multi-line text, committed on Ctrl/Cmd+Enter or when the field loses focus."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width
from streamlit.widgets.text_input import _keyed_none, _text_serde


class TextAreaMixin:
    def text_area(
        self,
        label: str,
        value: Any = "",
        height: Any = None,
        max_chars: int | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> str | None:
        """Display a multi-line text input. Returns its text (None when `value=None` and
        nothing was entered yet)."""
        default = None if value is None else str(value)
        width = validate_width(width)
        if isinstance(height, bool) or not (
            height is None or height in ("content", "stretch") or isinstance(height, int)
        ):
            raise StreamlitAPIException(
                f"Invalid height value: {height!r}. Height must be either a positive integer (pixels), "
                "'stretch', or 'content'."
            )
        if isinstance(height, int) and height < 68:
            raise StreamlitAPIException(f"Invalid height {height}px for `st.text_area` - must be at least 68 pixels.")
        shown_default = None if _keyed_none(key) else default
        return widget(
            self,
            "text_area",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=default,
            deserializer=_text_serde(default, max_chars),
            identity={
                "value": default,
                "height": height,
                "max_chars": max_chars,
                "placeholder": str(placeholder),
                "width": width,
            },
            key_identity=("max_chars",),
            has_default=default not in ("", None),
            payload={
                "type": "textArea",
                "default": shown_default,
                "maxChars": max_chars,
                "placeholder": None if placeholder is None else str(placeholder),
                "height": height,
                "width": width,
            },
        )
