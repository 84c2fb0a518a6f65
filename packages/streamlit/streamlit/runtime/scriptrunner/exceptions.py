"""Control-flow exceptions of a run (behaviour.md §1.4).

They derive from BaseException so that `except Exception` in user code does not
swallow them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ScriptControlException(BaseException):
    """Base of the exceptions that end a run early."""


class StopException(ScriptControlException):
    """Raised by st.stop(): the run ends as a normal finish."""


@dataclass
class RerunData:
    """What the next run receives."""

    widget_states: dict[str, Any] | None = None
    query_string: str = ""
    fragment_id: str | None = None
    is_fragment_scoped_rerun: bool = False
    #: Asked for by a `run_every` timer: a fragment that no longer exists is skipped.
    is_auto_rerun: bool = False
    #: URL path of the page to show (st.navigation); None: the page shown last, or the default.
    page: str | None = None


class RerunException(ScriptControlException):
    """Raised by st.rerun(): the run ends and a new one starts at once."""

    #: Raised by st.rerun() inside a widget callback: the rerun waits for the other callbacks.
    queued_in_callback: bool = False
    #: Raised because the page sent a newer request (runtime/interrupt.py): the run ends
    #: and the page starts the next one with that request.
    from_page: bool = False

    def __init__(self, rerun_data: RerunData | None = None):
        super().__init__()
        self.rerun_data = rerun_data or RerunData()
