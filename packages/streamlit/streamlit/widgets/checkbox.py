"""st.checkbox and st.toggle."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.widgets._base import widget


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
        default = bool(value)
        return bool(
            widget(
                self,
                style,
                label=label,
                key=key,
                help=help,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
                disabled=disabled,
                label_visibility=label_visibility,
                default=default,
                deserializer=lambda v: default if v is None else bool(v),
                serializer=bool,
                identity={"value": default},
                has_default=default is not False,
                payload={"type": "checkbox", "style": style, "default": default},
            )
        )
