"""Per-run bookkeeping, reachable from anywhere through get_script_run_ctx()."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.runtime.app_session import AppSession


@dataclass
class ScriptRunContext:
    """State of the run in progress. A new one is made for every run."""

    session: "AppSession"
    run_id: int
    query_string: str = ""
    page_script_hash: str = ""
    #: The page the request asked for (st.navigation picks it, navigation.py).
    requested_page: str | None = None
    #: URL path of the page whose script is running: part of its widgets' ids (behaviour.md
    #: §2.1). Empty in the main script, so widgets common to all pages keep their state.
    active_page: str = ""
    #: Next free index per root container (behaviour.md §1.9).
    root_cursors: dict[int, int] = field(default_factory=dict)
    #: `with block:` stack that module-level st.* calls write to.
    dg_stack: list["DeltaGenerator"] = field(default_factory=list)
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_user_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    #: st.rerun() called inside a callback: honoured after the callbacks.
    rerun_requested_in_callback: bool = False
    in_callback: bool = False
    page_config_set: bool = False
    #: Set once elements were sent, so set_page_config can complain when late.
    any_element_sent: bool = False
    #: Recorders of cached functions running on a miss (innermost last), see caching/replay.py.
    cache_recorders: list[Any] = field(default_factory=list)
    #: Fragments (runtime/fragment.py): the fragment this run reruns (None: a full run),
    #: the fragment whose body is running and its container's path, the fragments that
    #: ran and the ones declared in this run.
    fragment_run_id: str | None = None
    current_fragment_id: str | None = None
    current_fragment_path: tuple[int, ...] | None = None
    fragment_ids_this_run: set[str] = field(default_factory=set)
    fragment_ids_declared: set[str] = field(default_factory=set)
    #: A dialog was opened in this run: only one may be (behaviour.md §5.3).
    dialog_opened: bool = False
    #: The page's newer request already ended this run once (runtime/interrupt.py).
    interrupt_raised: bool = False

    @property
    def session_state(self):
        return self.session.session_state

    def enqueue(self, msg: dict[str, Any]) -> None:
        """Send a forward message to the page, checking for interruption first."""
        self.session.check_interrupt()
        if self.current_fragment_id is not None and msg.get("type") == "delta":
            from streamlit.runtime.fragment import check_fragment_delta

            check_fragment_delta(self, msg["delta"])
        self.session.emit(msg)

    def next_root_index(self, root: int) -> int:
        index = self.root_cursors.get(root, 0)
        self.root_cursors[root] = index + 1
        return index


_current: ScriptRunContext | None = None


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The context of the run in progress, or None outside a run."""
    return _current


def add_script_run_ctx(thread: Any = None, ctx: ScriptRunContext | None = None) -> Any:
    """Streamlit attaches contexts to threads; there is one thread here, so this is a no-op."""
    return thread


def set_script_run_ctx(ctx: ScriptRunContext | None) -> None:
    global _current
    _current = ctx
