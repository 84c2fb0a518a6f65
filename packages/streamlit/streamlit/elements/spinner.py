"""st.spinner: a message in one slot while a block of code runs (behaviour.md §1.11).

The slot is taken at once; the page shows the spinner only after 0.5 s, so quick blocks
never flash it. At the end the slot is emptied.
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterator

from streamlit.elements.lib.layout_utils import validate_width
from streamlit.elements.lib.utils import clean_text
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

#: How long the page waits before showing a spinner, in seconds (Streamlit's DELAY_SECS).
DELAY_SECS = 0.5


def _flush() -> None:
    """Send what is pending now: the block that follows may be pure Python with no st call."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.session.flush()


class SpinnerMixin:
    @contextlib.contextmanager
    def spinner(
        self,
        text: Any = "In progress...",
        *,
        show_time: bool = False,
        _cache: bool = False,
        width: Any = "content",
    ) -> Iterator[None]:
        """Temporarily display a message while executing a block of code."""
        slot = self._enqueue(
            {
                "type": "spinner",
                "text": clean_text(text),
                "showTime": bool(show_time),
                "cache": bool(_cache),
                "delayMs": int(DELAY_SECS * 1000),
                "width": validate_width(width, allow_content=True),
            }
        )
        _flush()
        try:
            yield
        finally:
            slot.empty()


def spinner(text: Any = "In progress...", *, show_time: bool = False, _cache: bool = False, width: Any = "content"):
    """`st.spinner`: writes to the innermost `with` container, else the main area."""
    from streamlit.delta_generator import main_dg

    return SpinnerMixin.spinner(main_dg, text, show_time=show_time, _cache=_cache, width=width)
