"""st.button: a trigger widget, true for exactly the run its click caused."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.elements.lib.utils import validate_icon
from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget

FORM_DOCS = "\n\nFor more information, refer to the [documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."


def _button_type(kind: str) -> str:
    if kind not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to st.button must be "primary", "secondary", or "tertiary". \nThe argument passed in was: {kind}'
        )
    return kind


class ButtonMixin:
    def button(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
    ) -> bool:
        """Display a button. True for the run caused by its click."""
        form_id = self._current_form_id
        if form_id:
            raise StreamlitAPIException("`st.button()` can't be used in an `st.form()`." + FORM_DOCS)
        return self._trigger_button(
            "button", label, key, help, on_click, args, kwargs, _button_type(type), icon, disabled,
            bool(use_container_width) or width == "stretch",
        )

    def _trigger_button(
        self,
        element_type: str,
        label: str,
        key: Any,
        help: Any,
        on_click: Any,
        args: Any,
        kwargs: Any,
        kind: str,
        icon: Any,
        disabled: bool,
        use_container_width: bool,
        form_id: str | None = None,
    ) -> bool:
        icon = validate_icon(icon)
        return bool(
            widget(
                self,
                element_type,
                label=label,
                key=key,
                help=help,
                on_change=on_click,
                args=args,
                kwargs=kwargs,
                disabled=disabled,
                default=False,
                deserializer=bool,
                identity={"icon": icon, "is_form_submitter": element_type == "form_submit_button", "type": kind},
                payload={"type": "button", "kind": kind, "icon": icon, "useContainerWidth": use_container_width},
                value_type="trigger",
                allow_session_state_value=False,
                is_form_submitter=element_type == "form_submit_button",
                form_id=form_id,
            )
        )
