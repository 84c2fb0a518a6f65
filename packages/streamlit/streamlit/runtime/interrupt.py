"""Ending a run because the page asked (behaviour.md §1.3–§1.4).

The page writes a flag into memory it shares with the worker (a SharedArrayBuffer,
when the page is cross-origin isolated): RERUN when a newer request waits, STOP when
the user pressed Stop. `AppSession.check_interrupt` reads it through a JS function at
every interruption point (before each element is sent, on session state access, when a
widget registers, after the body) and raises the matching control exception. The
page resets the flag before it starts the next run.
"""

from __future__ import annotations

from typing import Any, Callable

from streamlit.runtime.scriptrunner.exceptions import RerunException, StopException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

#: Values of the shared flag (components/app/interrupt.ts writes the same numbers).
NONE, RERUN, STOP = 0, 1, 2


def make_check_interrupt(read: Callable[[], Any]) -> Callable[[], None]:
    """A `check_interrupt` that reads the page's flag with `read()`."""

    def check_interrupt() -> None:
        flag = read()
        if not flag:
            return
        ctx = get_script_run_ctx()
        if ctx is None:
            return
        if flag == STOP:
            raise StopException()
        if flag == RERUN and not ctx.interrupt_raised:
            # Once per run: cleanup code that calls st.* after catching it is not cut short again.
            ctx.interrupt_raised = True
            exc = RerunException()
            exc.from_page = True
            raise exc

    return check_interrupt


def install(session: Any, read: Callable[[], Any]) -> None:
    """Called by the worker when it shares an interrupt flag with the page."""
    session.check_interrupt = make_check_interrupt(read)
