"""st.text_input.

The page commits the text on Enter or when the field loses focus, as Streamlit does; until
then typing causes no rerun.
"""

from __future__ import annotations

from typing import Any, Callable

from streamlit.elements.lib.utils import validate_icon
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width


def _text_serde(default: str | None, max_chars: int | None):
    def deserialize(ui_value: Any) -> str | None:
        result = default if ui_value is None else str(ui_value)
        if result is not None and max_chars is not None:
            result = result[:max_chars]
        return result

    return deserialize


def _keyed_none(key: Any) -> bool:
    """A keyed widget whose session-state value is None starts empty (Streamlit's rule)."""
    ctx = get_script_run_ctx()
    if ctx is None or key is None:
        return False
    state = ctx.session_state
    try:
        return state.contains(str(key)) and state.get_item(str(key)) is None
    except KeyError:
        return False


class TextInputMixin:
    def text_input(
        self,
        label: str,
        value: Any = "",
        max_chars: int | None = None,
        key: Any = None,
        type: str = "default",
        help: str | None = None,
        autocomplete: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: Any = "stretch",
    ) -> str | None:
        """Display a single-line text input. Returns its text (None when `value=None` and
        nothing was entered yet)."""
        if type not in ("default", "password"):
            raise StreamlitAPIException(
                f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'."
            )
        default = None if value is None else str(value)
        width = validate_width(width)
        icon = validate_icon(icon)
        if autocomplete is None:
            autocomplete = "new-password" if type == "password" else ""
        shown_default = None if _keyed_none(key) else default
        return widget(
            self,
            "text_input",
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
                "max_chars": max_chars,
                "type": type,
                "autocomplete": autocomplete,
                "placeholder": str(placeholder),
                "icon": icon,
                "width": width,
            },
            key_identity=("max_chars",),
            has_default=default not in ("", None),
            payload={
                "type": "textInput",
                "default": shown_default,
                "maxChars": max_chars,
                "inputType": type,
                "placeholder": None if placeholder is None else str(placeholder),
                "autocomplete": autocomplete,
                "icon": icon,
                "width": width,
            },
        )
