"""st.button: a trigger widget, true for exactly the run its click caused."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.elements.lib.utils import help_text, label_visibility, validate_icon
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.runtime.state.session_state import WidgetMetadata
from streamlit.runtime.state.widgets import (
    compute_element_id,
    register_element_id,
    register_widget,
    to_key,
)

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
        form_id: str = "",
    ) -> bool:
        ctx = get_script_run_ctx()
        user_key = to_key(key)
        icon = validate_icon(icon)
        element_id = compute_element_id(
            element_type, user_key, form_id=form_id, root=self._active_dg._root, label=label, icon=icon, help=help,
            is_form_submitter=element_type == "form_submit_button", type=kind,
        )
        value = False
        if ctx is not None:
            register_element_id(ctx, element_type, element_id, user_key)
            metadata = WidgetMetadata(
                id=element_id,
                deserializer=lambda v: bool(v),
                value_type="trigger",
                callback=on_click,
                callback_args=tuple(args or ()),
                callback_kwargs=dict(kwargs or {}),
                allow_session_state_value=False,
            )
            value = register_widget(ctx, metadata, user_key).value
        self._enqueue(
            {
                "type": "button",
                "id": element_id,
                "label": str(label),
                "help": help_text(help),
                "disabled": bool(disabled),
                "labelVisibility": "visible",
                "formId": form_id,
                "kind": kind,
                "icon": icon,
                "useContainerWidth": use_container_width,
            }
        )
        return bool(value)
