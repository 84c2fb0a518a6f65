"""Widget identity and registration (behaviour.md §2, §3.3–§3.6)."""

from __future__ import annotations

import hashlib
from typing import Any, Callable, Iterable

from streamlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
)
from streamlit.runtime.scriptrunner.script_run_context import ScriptRunContext
from streamlit.runtime.state.session_state import ELEMENT_ID_PREFIX, RegisterWidgetResult, WidgetMetadata


def to_key(key: Any) -> str | None:
    """User keys go through str() (behaviour.md §2.2)."""
    if key is None:
        return None
    key = str(key)
    if key.startswith(ELEMENT_ID_PREFIX):
        raise StreamlitAPIException("Keys beginning with $$ID are reserved.")
    return key


def compute_element_id(
    element_type: str,
    user_key: str | None = None,
    *,
    form_id: str | None = None,
    page: str = "",
    root: int = 0,
    key_identity: Iterable[str] = (),
    **identity: Any,
) -> str:
    """Hash the element's identity into an id.

    With a user key, the key is the main identity and only the arguments named in
    ``key_identity`` (those that make the old value invalid) are added. Without one,
    the root container counts too (``root``, MAIN=0 adds nothing), so the same keyless
    widget can be both in the main area and in the sidebar.
    """
    h = hashlib.md5(usedforsecurity=False)
    h.update(element_type.encode())
    if page:
        h.update(page.encode())
    if form_id:
        h.update(form_id.encode())
    if user_key is None and root:
        h.update(f"root:{root}".encode())
    if user_key is not None:
        h.update(user_key.encode())
        names = [name for name in identity if name in set(key_identity)]
    else:
        names = list(identity)
    for name in names:
        h.update(name.encode())
        h.update(repr(identity[name]).encode())
    return f"{ELEMENT_ID_PREFIX}-{h.hexdigest()}-{user_key}"


def register_element_id(ctx: ScriptRunContext, element_type: str, element_id: str, user_key: str | None) -> None:
    """Reject a second element with the same key or id in this run."""
    if user_key is not None:
        if user_key in ctx.widget_user_keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        ctx.widget_user_keys_this_run.add(user_key)
    if element_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId(element_type)
    ctx.widget_ids_this_run.add(element_id)


def check_callback_rules(ctx: ScriptRunContext | None, form_id: str, on_change: Callable | None, is_submit: bool = False) -> None:
    if form_id and on_change is not None and not is_submit:
        from streamlit.errors import StreamlitInvalidFormCallbackError

        raise StreamlitInvalidFormCallbackError()


def register_widget(
    ctx: ScriptRunContext,
    metadata: WidgetMetadata,
    user_key: str | None,
    *,
    has_default: bool = False,
) -> RegisterWidgetResult:
    """Register a widget for this run and return its current value.

    ``has_default`` marks a widget given a non-default value by the script, for the
    warning of behaviour.md §3.6.
    """
    ctx.session.check_interrupt()
    # Only a rerun of this fragment may drop the widget's state (behaviour.md §5.1).
    metadata.fragment_id = ctx.current_fragment_id
    state = ctx.session_state
    if has_default and state.is_new_state_value(user_key):
        if state.should_warn_duplicate_default():
            ctx.session.warn(
                f'The widget with key "{user_key}" was created with a default value but also had '
                "its value set via the Session State API."
            )
    return state.register_widget(metadata, user_key)
