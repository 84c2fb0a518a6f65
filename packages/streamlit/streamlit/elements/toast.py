"""st.toast: a short message stacked in a corner of the page, sent to the EVENT root."""

from __future__ import annotations

from typing import Any

from streamlit.elements.lib.utils import clean_text, validate_icon
from streamlit.errors import StreamlitAPIException

#: Named durations in seconds; "infinite" stays until the user closes the toast.
DURATIONS: dict[str, float | None] = {"short": 4, "long": 10, "infinite": None}


def toast_duration(duration: Any) -> float | None:
    if isinstance(duration, str) and duration in DURATIONS:
        return DURATIONS[duration]
    if isinstance(duration, (int, float)) and not isinstance(duration, bool) and duration > 0:
        return duration
    raise StreamlitAPIException(
        f"`duration` must be one of 'short', 'long', 'infinite', or a positive number of seconds. "
        f"Got {duration!r} instead."
    )


def toast(body: Any, *, icon: str | None = None, duration: Any = "short"):
    """Display a short notification in the app's bottom-right corner."""
    from streamlit.delta_generator import event_dg

    if body is None or str(body) == "":
        raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
    return event_dg._enqueue(
        {"type": "toast", "body": clean_text(body), "icon": validate_icon(icon), "duration": toast_duration(duration)}
    )
