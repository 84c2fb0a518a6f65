"""What every widget does: identity, registration, session state and its payload.

A widget function states what is particular to it (identity arguments, default,
how page values become Python values, its payload fields) and calls `widget()`.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

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


def _same(value: Any) -> Any:
    return value


def _wire_default(serializer: Callable[[Any], Any], default: Any) -> dict[str, Any]:
    """`{"default": ...}` in the page's form: a clear_on_submit form shows it again after a
    submit (components/app/forms.ts). A payload's own `default` field takes precedence."""
    try:
        return {"default": serializer(default)}
    except Exception:  # noqa: BLE001 - a widget whose default has no page form simply is not reset
        return {}


def widget(
    dg: Any,
    element_type: str,
    *,
    label: Any,
    key: Any,
    help: Any,
    on_change: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: str = "visible",
    default: Any,
    deserializer: Callable[[Any], Any],
    serializer: Callable[[Any], Any] = _same,
    identity: dict[str, Any],
    key_identity: Iterable[str] = (),
    payload: dict[str, Any],
    value_type: str = "value",
    allow_session_state_value: bool = True,
    is_form_submitter: bool = False,
    has_default: bool | None = None,
    form_id: str | None = None,
    validate: Callable[[Any], tuple[Any, bool]] | None = None,
) -> Any:
    """Register the widget for this run, send its element, return its Python value.

    `deserializer(page_value_or_None)` gives the Python value (None means "no value
    from the page": return the default). `serializer(python_value)` gives what the page
    shows. `identity` holds the arguments that make a keyless widget a new widget
    (behaviour.md §2.1); with a key only those named in `key_identity` count.
    `has_default` says the script passed a non-default value (for §3.6); by default
    it is `default is not None`.
    `validate(value)` checks the registered value against this run's arguments (e.g. a
    keyed selectbox whose options changed) and returns `(value, reset)`: a different
    object replaces the widget's value in session state, and `reset` makes the page take
    the value over (`setValue`), as Streamlit does when it resets an invalid value.
    """
    ctx = get_script_run_ctx()
    user_key = to_key(key)
    form_id = dg._current_form_id if form_id is None else form_id
    check_callback_rules(ctx, form_id, on_change, is_submit=is_form_submitter)
    element_id = compute_element_id(
        element_type,
        user_key,
        form_id=form_id,
        page=ctx.active_page if ctx is not None else "",
        root=dg._active_dg._root,
        key_identity=key_identity,
        label=label,
        help=help,
        **identity,
    )
    value, set_value = default, False
    if ctx is not None:
        register_element_id(ctx, element_type, element_id, user_key)
        metadata = WidgetMetadata(
            id=element_id,
            deserializer=deserializer,
            serializer=serializer,
            value_type=value_type,
            callback=on_change,
            callback_args=tuple(args or ()),
            callback_kwargs=dict(kwargs or {}),
            allow_session_state_value=allow_session_state_value,
        )
        result = register_widget(
            ctx, metadata, user_key, has_default=(default is not None) if has_default is None else has_default
        )
        value, set_value = result.value, result.value_changed
        if validate is not None:
            checked, reset = validate(value)
            if checked is not value:
                ctx.session_state.reset_widget_value(element_id, user_key, checked)
                value = checked
            set_value = set_value or reset
    dg._enqueue(
        {
            "type": payload.pop("type", element_type),
            "id": element_id,
            "label": str(label),
            "help": help_text(help),
            "disabled": bool(disabled),
            "labelVisibility": check_label_visibility(label_visibility),
            "formId": form_id,
            **({} if value_type == "trigger" else _wire_default(serializer, default)),
            **payload,
            **({} if value_type == "trigger" else {"value": serializer(value), "setValue": set_value}),
        }
    )
    return value
