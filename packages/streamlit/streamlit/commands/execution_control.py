"""st.stop and st.rerun (behaviour.md §1.5, §1.6)."""

from __future__ import annotations

from typing import Literal, NoReturn

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.exceptions import RerunData, RerunException, StopException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx


def stop() -> NoReturn:  # type: ignore[misc]
    """Stop the run here. Elements not reached are removed, as at a normal end."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.session.flush()
    raise StopException()


def rerun(*, scope: Literal["app", "fragment"] = "app") -> NoReturn:  # type: ignore[misc]
    """Stop the run here and start a new one at once."""
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'.")
    ctx = get_script_run_ctx()
    if scope == "fragment":
        # Only inside a fragment, during a rerun of fragments (behaviour.md §1.5).
        if ctx is None or ctx.fragment_run_id is None or ctx.current_fragment_id is None:
            raise StreamlitAPIException(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
            )
        raise RerunException(
            RerunData(query_string=ctx.query_string, fragment_id=ctx.current_fragment_id, is_fragment_scoped_rerun=True)
        )
    exc = RerunException(RerunData(query_string=ctx.query_string if ctx else ""))
    if ctx is not None and ctx.in_callback:
        # Queued: the runner skips the rest of this callback, runs the other callbacks,
        # then reruns (behaviour.md §1.5).
        ctx.rerun_requested_in_callback = True
        exc.queued_in_callback = True
    raise exc
