"""st.checkbox and st.toggle."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.elements.lib.utils import help_text, label_visibility as check_label_visibility
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.runtime.state.session_state import WidgetMetadata
from streamlit.runtime.state.widgets import (
    check_callback_rules,
    compute_element_id,
    register_element_id,
    register_widget,
    to_key,
)


class CheckboxMixin:
    def checkbox(
        self,
        label: str,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> bool:
        """Display a checkbox. Returns whether it is checked."""
        return self._checkbox("checkbox", label, value, key, help, on_change, args, kwargs, disabled, label_visibility)

    def toggle(
        self,
        label: str,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> bool:
        """Display a toggle switch. Returns whether it is on."""
        return self._checkbox("toggle", label, value, key, help, on_change, args, kwargs, disabled, label_visibility)

    def _checkbox(self, style, label, value, key, help, on_change, args, kwargs, disabled, label_visibility) -> bool:
        ctx = get_script_run_ctx()
        user_key = to_key(key)
        form_id = self._current_form_id
        check_callback_rules(ctx, form_id, on_change)
        default = bool(value)
        element_id = compute_element_id(
            style, user_key, form_id=form_id, root=self._active_dg._root, label=label, value=default, help=help,
        )
        current, set_value = default, False
        if ctx is not None:
            register_element_id(ctx, style, element_id, user_key)
            metadata = WidgetMetadata(
                id=element_id,
                deserializer=lambda v: default if v is None else bool(v),
                callback=on_change,
                callback_args=tuple(args or ()),
                callback_kwargs=dict(kwargs or {}),
            )
            result = register_widget(ctx, metadata, user_key, has_default=default is not False)
            current, set_value = bool(result.value), result.value_changed
        self._enqueue(
            {
                "type": "checkbox",
                "id": element_id,
                "label": str(label),
                "help": help_text(help),
                "disabled": bool(disabled),
                "labelVisibility": check_label_visibility(label_visibility),
                "formId": form_id,
                "style": style,
                "default": default,
                "value": current,
                "setValue": set_value,
            }
        )
        return current
