"""st.selectbox: one option, returned as the option object itself (not its label)."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import (
    check_python_comparable,
    format_options,
    index_of,
    label_index,
    match_option,
    options_to_list,
    validate_width,
)
from streamlit.widgets.text_input import _keyed_none


def single_option_serde(
    opt: list[Any], labels: list[str], default_index: int | None, format_func: Callable[[Any], Any], accept_new: bool
):
    """(deserializer, serializer, validate) of a widget holding one option or None.

    The page holds the chosen option's label; a label that is not an option is a new
    option the user typed (accept_new_options) and is returned as that string.
    """

    def default() -> Any:
        return opt[default_index] if default_index is not None and opt else None

    def deserialize(ui_value: Any) -> Any:
        if ui_value is None:
            return default()
        i = label_index(labels, ui_value)
        return opt[i] if i is not None else ui_value

    def serialize(value: Any) -> str | None:
        if value is None:
            return None
        i = index_of(opt, value)
        if i is None:
            try:
                i = label_index(labels, str(format_func(value)))
            except Exception:  # noqa: BLE001
                i = None
        return labels[i] if i is not None else str(value)

    def validate(value: Any) -> tuple[Any, bool]:
        # A keyed widget keeps its value when its options change, and session state can
        # hold anything: a value that is no longer an option goes back to the default.
        if value is None:
            return value, False
        found, option = match_option(opt, labels, value, format_func)
        if found:
            return option, False
        if accept_new and isinstance(value, str):
            return value, False
        return default(), True

    return deserialize, serialize, validate


class SelectboxMixin:
    def selectbox(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        width: Any = "stretch",
    ) -> Any:
        """Display a select box. Returns the selected option (the object from `options`),
        a new string typed by the user (`accept_new_options`), or None."""
        opt = options_to_list(options)
        check_python_comparable(opt)
        if not isinstance(index, int) and index is not None:
            raise StreamlitAPIException(f"Selectbox Value has invalid type: {type(index).__name__}")
        if index is not None and len(opt) > 0 and not 0 <= index < len(opt):
            raise StreamlitAPIException(
                "Selectbox index must be greater than or equal to 0 and less than the length of options."
            )
        width = validate_width(width)
        if placeholder == "":
            placeholder = " "
        labels = format_options(opt, format_func)
        identity = {
            "options": labels,
            "index": index,
            "placeholder": placeholder,
            "accept_new_options": accept_new_options,
            "width": width,
        }
        has_default = index not in (0, None)
        if _keyed_none(key):
            index = None
        deserialize, serialize, validate = single_option_serde(
            opt, labels, index, format_func, bool(accept_new_options)
        )
        return widget(
            self,
            "selectbox",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=deserialize(None),
            deserializer=deserialize,
            serializer=serialize,
            identity=identity,
            has_default=has_default,
            validate=validate,
            payload={
                "type": "selectbox",
                "options": labels,
                "default": serialize(deserialize(None)),
                "placeholder": placeholder or "",
                "acceptNewOptions": bool(accept_new_options),
                "width": width,
            },
        )
