"""One app instance: its session state and the script runner (behaviour.md §1).

The worker creates one AppSession per app and calls `run()` for every rerun request.
Everything the page must see goes through `emit(msg)`: plain dicts shaped as the
protocol's ForwardMsg.
"""

from __future__ import annotations

import linecache
import os
import sys
import time
import types
from typing import Any, Callable

from streamlit import magic
from streamlit.runtime.scriptrunner.exceptions import RerunData, RerunException, StopException
from streamlit.runtime.scriptrunner.script_run_context import ScriptRunContext, set_script_run_ctx
from streamlit.runtime.state.session_state import SessionState

Emit = Callable[[dict[str, Any]], None]

current_session: "AppSession | None" = None


class AppSession:
    def __init__(self, emit: Emit, main_script_path: str, flush: Callable[[], None] | None = None) -> None:
        self.emit = emit
        self.flush = flush or (lambda: None)
        self.main_script_path = main_script_path
        self.session_state = SessionState()
        self._run_count = 0
        self._compiled: dict[str, Any] = {}
        #: Where persisted st.cache_data entries live (runtime/persist.py); None: memory only.
        self.persist: Any = None
        #: <st-app persist-cache>: every st.cache_data persists.
        self.persist_cache_by_default = False
        #: What the page told about itself at boot, for st.context (runtime/context.py).
        self.context_info: dict[str, Any] = {}
        #: Replaced by the worker to stop a run at the next st call (issue: interruption).
        self.check_interrupt: Callable[[], None] = lambda: None
        global current_session
        current_session = self

    # -- running ---------------------------------------------------------------

    def run(self, widget_states: dict[str, Any] | None = None, query_string: str = "") -> str:
        """Run the script, then any reruns it asks for. Returns the last outcome."""
        data = RerunData(widget_states=widget_states, query_string=query_string)
        while True:
            outcome, next_data = self._run_once(data)
            if outcome != "rerun":
                return outcome
            data = next_data

    def _run_once(self, data: RerunData) -> tuple[str, RerunData]:
        from streamlit.delta_generator import main_dg

        self._run_count += 1
        ctx = ScriptRunContext(session=self, run_id=self._run_count, query_string=data.query_string)
        set_script_run_ctx(ctx)
        self.emit({"type": "scriptStarted", "runId": ctx.run_id})
        outcome, next_data, clean_up = "success", RerunData(query_string=data.query_string), False
        try:
            try:
                code = self._compile()
            except (SyntaxError, ValueError) as err:
                main_dg.exception(err)
                outcome = "compileError"
                return outcome, next_data
            changed = self.session_state.on_script_will_rerun(data.widget_states)
            self._run_callbacks(ctx, changed)
            if ctx.rerun_requested_in_callback:
                raise RerunException(next_data)
            exec(code, self._new_main_module().__dict__)
            clean_up = True
        except StopException:
            outcome = "stopped"
        except RerunException as rerun:
            outcome, next_data = "rerun", rerun.rerun_data
        except BaseException as err:  # noqa: BLE001 - every user error is shown, the app lives on
            self._show_uncaught(err)
        finally:
            if clean_up:
                self.session_state.remove_stale_widgets(ctx.widget_ids_this_run)
            self.emit({"type": "scriptFinished", "runId": ctx.run_id, "outcome": outcome})
            self.flush()
            set_script_run_ctx(None)
        return outcome, next_data

    def _show_uncaught(self, err: BaseException) -> None:
        from streamlit.delta_generator import main_dg

        from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

        ctx = get_script_run_ctx()
        if ctx is not None:
            ctx.dg_stack.clear()
        try:
            main_dg.exception(err)
        except (StopException, RerunException):
            pass

    def _run_callbacks(self, ctx: ScriptRunContext, widget_ids: list[str]) -> None:
        ctx.in_callback = True
        try:
            for widget_id in widget_ids:
                meta = self.session_state.callback_for(widget_id)
                if meta is not None:
                    try:
                        meta.callback(*meta.callback_args, **meta.callback_kwargs)
                    except RerunException as rerun:
                        if not rerun.queued_in_callback:
                            raise
        finally:
            ctx.in_callback = False

    def _compile(self) -> Any:
        with open(self.main_script_path, encoding="utf-8") as f:
            source = f.read()
        code = self._compiled.get(source)
        if code is None:
            # Tracebacks and st.echo read the source through linecache.
            linecache.cache[self.main_script_path] = (len(source), None, source.splitlines(True), self.main_script_path)
            tree = magic.add_magic(source, self.main_script_path)
            code = compile(tree, self.main_script_path, "exec", dont_inherit=True)
            self._compiled = {source: code}
        return code

    def _new_main_module(self) -> types.ModuleType:
        """A fresh `__main__` for every run (behaviour.md §1.1)."""
        module = types.ModuleType("__main__")
        module.__file__ = self.main_script_path
        module.__dict__[magic.MAGIC_NAME] = magic
        sys.modules["__main__"] = module
        script_dir = os.path.dirname(os.path.abspath(self.main_script_path))
        if script_dir not in sys.path:
            sys.path.insert(0, script_dir)
        return module

    # -- messages to the page -----------------------------------------------------

    def warn(self, message: str) -> None:
        """Show a warning the way Streamlit does for API misuse: st.warning at the current position."""
        from streamlit.delta_generator import main_dg

        main_dg.warning(message)


def install_sleep_flush(flush: Callable[[], None]) -> None:
    """Send pending deltas before the script sleeps, so live updates are seen live."""
    original = getattr(time.sleep, "__wrapped__", time.sleep)

    def sleep(seconds: float) -> None:
        flush()
        original(seconds)

    sleep.__wrapped__ = original  # type: ignore[attr-defined]
    time.sleep = sleep
