"""st.multiselect: a list of options, returned as the option objects themselves."""

from __future__ import annotations

from typing import Any, Callable

from streamlit.errors import StreamlitAPIException, StreamlitSelectionCountExceedsMaxError
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


def _default_indices(opt: list[Any], default: Any) -> list[int]:
    if default is None:
        return []
    values = options_to_list(default)
    indices = []
    for value in values:
        i = index_of(opt, value)
        if i is None:
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. "
                "Please make sure that every default values also exists in the options."
            )
        indices.append(i)
    return indices


def _check_max_selections(selections: Any, max_selections: int | None) -> None:
    if max_selections is None or selections is None:
        return
    count = len(selections) if isinstance(selections, (list, tuple)) else 1
    if count > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(count, max_selections)


class MultiSelectMixin:
    def multiselect(
        self,
        label: str,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_selections: int | None = None,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        width: Any = "stretch",
    ) -> list[Any]:
        """Display a multiselect. Returns a new list of the selected options (new strings
        typed by the user are included as strings with `accept_new_options`)."""
        opt = options_to_list(options)
        check_python_comparable(opt)
        labels = format_options(opt, format_func)
        default_indices = _default_indices(opt, default)
        _check_max_selections(default_indices, max_selections)
        width = validate_width(width)
        if placeholder == "":
            placeholder = " "
        accept_new = bool(accept_new_options)

        def deserialize(ui_value: Any) -> list[Any]:
            if ui_value is None:
                return [opt[i] for i in default_indices]
            values = []
            for label_value in ui_value:
                i = label_index(labels, label_value)
                values.append(opt[i] if i is not None else label_value)
            return values

        def serialize(value: Any) -> list[str]:
            result = []
            for v in options_to_list(value):
                i = index_of(opt, v)
                if i is None:
                    try:
                        i = label_index(labels, str(format_func(v)))
                    except Exception:  # noqa: BLE001
                        i = None
                result.append(labels[i] if i is not None else str(v))
            return result

        def validate(value: Any) -> tuple[Any, bool]:
            # Values that are no longer options are dropped (a keyed widget whose options
            # changed, or a session-state value); the rest are kept.
            values = options_to_list(value)
            checked: list[Any] = []
            dropped = False
            for v in values:
                found, option = match_option(opt, labels, v, format_func)
                if found:
                    checked.append(option)
                elif accept_new and isinstance(v, str):
                    checked.append(v)
                else:
                    dropped = True
            _check_max_selections(checked, max_selections)
            if not dropped and len(checked) == len(values) and all(a is b for a, b in zip(checked, values)):
                return value, False
            return checked, dropped

        result = widget(
            self,
            "multiselect",
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
            identity={
                "options": labels,
                "default": default_indices,
                "max_selections": max_selections,
                "placeholder": placeholder,
                "accept_new_options": accept_new,
                "width": width,
            },
            has_default=default is not None,
            validate=validate,
            payload={
                "type": "multiselect",
                "options": labels,
                "default": [labels[i] for i in default_indices],
                "maxSelections": max_selections,
                "placeholder": placeholder or "",
                "acceptNewOptions": accept_new,
                "width": width,
            },
        )
        return list(result)
