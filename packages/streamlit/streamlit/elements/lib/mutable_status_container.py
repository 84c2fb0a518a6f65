"""st.status: an expander block whose label, state and expansion can change later."""

from __future__ import annotations

import copy
from typing import Any

from streamlit.delta_generator import DeltaGenerator
from streamlit.elements.lib.layout_utils import validate_width
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

STATES = ("running", "complete", "error")


def _check_state(state: Any) -> str:
    if state not in STATES:
        raise StreamlitAPIException(
            f"Invalid `state` value: {state!r}. Valid values are: 'running', 'complete', 'error'."
        )
    return state


class StatusContainer(DeltaGenerator):
    """What st.status returns: a container with `.update()`; `with` sets complete/error at the end."""

    @staticmethod
    def _create(parent: DeltaGenerator, label: Any, *, expanded: bool, state: str, width: Any) -> "StatusContainer":
        block = {
            "type": "expandable",
            # Drawn even while empty (testids.md counting rules).
            "allowEmpty": True,
            "label": "" if label is None else str(label),
            "expanded": bool(expanded),
            "icon": None,
            "state": _check_state(state),
            "width": validate_width(width),
        }
        dg = parent._block(block, dg_type=StatusContainer)
        if not isinstance(dg, StatusContainer):  # outside a run: nothing was sent
            dg = StatusContainer(dg._root)
        dg._current_block = block
        dg._current_state = state
        ctx = get_script_run_ctx()
        if ctx is not None:
            # The work that follows may be pure Python: show the running status now.
            ctx.session.flush()
        return dg

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._current_block: dict[str, Any] = {}
        self._current_state: str = "running"

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Update the status container; arguments left as None keep their value."""
        block = copy.copy(self._current_block)
        if label is not None:
            block["label"] = str(label)
        if state is not None:
            block["state"] = _check_state(state)
            self._current_state = state
        self._current_block = dict(block)
        # Unchanged expansion is sent as None so the page keeps what the user chose.
        block["expanded"] = None if expanded is None else bool(expanded)
        if expanded is not None:
            self._current_block["expanded"] = bool(expanded)
        ctx = get_script_run_ctx()
        if ctx is None or self._parent_path is None:
            return
        ctx.enqueue({"type": "delta", "delta": {"kind": "addBlock", "path": list(self._parent_path), "block": block}})
        ctx.session.flush()

    def __enter__(self) -> "StatusContainer":
        super().__enter__()
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        try:
            if self._current_state == "running":
                self.update(state="error" if exc_type is not None else "complete")
        finally:
            super().__exit__(exc_type, exc, tb)
        return False
