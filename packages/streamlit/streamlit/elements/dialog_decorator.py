"""`@st.dialog`: a modal whose body is a fragment (behaviour.md §5.3).

Calling the decorated function opens a dialog block in the EVENT root; its body runs
as a fragment inside it, so widgets in the dialog rerun only the dialog, which stays
open. A full run that does not call the function leaves the block stale and the page
removes it: the dialog closes (usually `st.rerun()` after a save).
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Literal, TypeVar

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.fragment import declare, run_fragment
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

F = TypeVar("F", bound=Callable[..., Any])

_WIDTHS = ("small", "medium", "large")


def dialog(
    title: Any = "",
    *,
    width: Literal["small", "medium", "large"] = "small",
    dismissible: bool = True,
    on_dismiss: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
    icon: str | None = None,
) -> Any:
    """Decorate a function to open it in a modal dialog."""
    if callable(title) and not isinstance(title, str):
        # `@st.dialog` without a title: the function arrives here.
        return _dialog_decorator(title, "", width=width, dismissible=dismissible, on_dismiss=on_dismiss, icon=icon)

    def decorator(func: F) -> F:
        return _dialog_decorator(func, title, width=width, dismissible=dismissible, on_dismiss=on_dismiss, icon=icon)

    return decorator


def _dialog_decorator(
    func: F,
    title: Any,
    *,
    width: str,
    dismissible: bool,
    on_dismiss: Any,
    icon: str | None,
) -> F:
    if title is None or title == "":
        raise StreamlitAPIException(
            'A non-empty `title` argument has to be provided for dialogs, for example `@st.dialog("Example Title")`.'
        )
    if on_dismiss not in ("ignore", "rerun") and not callable(on_dismiss):
        raise StreamlitAPIException(
            f"You have passed {on_dismiss} to `on_dismiss`. But only 'ignore', 'rerun', or a callable is supported."
        )
    width = width if width in _WIDTHS else "small"

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        ctx = get_script_run_ctx()
        if ctx is None:
            return None
        if ctx.dialog_opened:
            raise StreamlitAPIException(
                "Only one dialog is allowed to be opened at the same time. "
                "Please make sure to not call a dialog-decorated function more than once in a script run."
            )
        ctx.dialog_opened = True
        dialog_dg = _open(ctx, str(title), width, bool(dismissible), on_dismiss, icon)
        with dialog_dg:
            record = declare(ctx, lambda: func(*args, **kwargs), func, additional_hash_info=str(title))
            run_fragment(ctx, record, rerun=False)
        return None

    return wrap  # type: ignore[return-value]


def _open(ctx: Any, title: str, width: str, dismissible: bool, on_dismiss: Any, icon: str | None) -> Any:
    """Send the dialog block to the EVENT root; with `on_dismiss`, register its dismiss trigger."""
    from streamlit.delta_generator import EVENT, event_dg
    from streamlit.elements.lib.utils import validate_icon
    from streamlit.runtime.state.session_state import WidgetMetadata
    from streamlit.runtime.state.widgets import compute_element_id, register_element_id, register_widget

    dismiss_id = None
    if on_dismiss != "ignore":
        # Dismissing then works like a button: a trigger for one full run, with the callback.
        dismiss_id = compute_element_id(
            "dialog",
            None,
            root=EVENT,
            title=title,
            dismissible=dismissible,
            width=width,
            icon=icon,
            on_dismiss="callback" if callable(on_dismiss) else str(on_dismiss),
        )
        register_element_id(ctx, "dialog", dismiss_id, None)
        register_widget(
            ctx,
            WidgetMetadata(
                id=dismiss_id,
                deserializer=bool,
                value_type="trigger",
                callback=on_dismiss if callable(on_dismiss) else None,
                allow_session_state_value=False,
            ),
            None,
        )
    return event_dg._block(
        {
            "type": "dialog",
            "allowEmpty": False,
            "title": title,
            "width": width,
            "dismissible": dismissible,
            "icon": validate_icon(icon),
            "dismissId": dismiss_id,
        }
    )
