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
from streamlit.runtime.fragment import FragmentStorage, run_fragment
from streamlit.runtime.scriptrunner.exceptions import RerunData, RerunException, StopException
from streamlit.runtime.scriptrunner.script_run_context import ScriptRunContext, set_script_run_ctx
from streamlit.runtime.state.session_state import SessionState
from streamlit.runtime.uploaded_file_manager import UploadedFileStore

Emit = Callable[[dict[str, Any]], None]

current_session: "AppSession | None" = None


class AppSession:
    def __init__(self, emit: Emit, main_script_path: str, flush: Callable[[], None] | None = None) -> None:
        self.emit = emit
        self.flush = flush or (lambda: None)
        self.main_script_path = main_script_path
        self.session_state = SessionState()
        #: Bytes of the files the page's uploaders hold (sent once, named afterwards).
        self.uploaded_files = UploadedFileStore()
        self._run_count = 0
        self._compiled: dict[tuple[str, str], Any] = {}
        #: The pages of the last st.navigation call, and the one shown (navigation.py).
        self.pages: list[Any] = []
        self.current_page: str | None = None
        #: The script called st.navigation: a pages/ folder is no menu then (navigation.py).
        self.declares_pages = False
        self._main_code: Any = None
        #: Where persisted st.cache_data entries live (runtime/persist.py); None: memory only.
        self.persist: Any = None
        #: <st-app persist-cache>: every st.cache_data persists.
        self.persist_cache_by_default = False
        #: What the page told about itself at boot, for st.context (runtime/context.py).
        self.context_info: dict[str, Any] = {}
        #: Replaced by the worker to stop a run at the next st call (runtime/interrupt.py).
        self.check_interrupt: Callable[[], None] = lambda: None
        #: The fragments of the last full run (runtime/fragment.py).
        self.fragments = FragmentStorage()
        #: Root cursors at the end of the last full run: a fragment run appends after them.
        self._root_cursors: dict[int, int] = {}
        global current_session
        current_session = self

    # -- running ---------------------------------------------------------------

    def run(
        self,
        widget_states: dict[str, Any] | None = None,
        query_string: str = "",
        fragment_id: str | None = None,
        is_auto_rerun: bool = False,
        page: str | None = None,
    ) -> str:
        """Run the script (or one fragment), then any reruns it asks for. Returns the last outcome.

        A run ended because the page sent a newer request returns "rerun": the page
        then starts the next run itself.
        """
        if widget_states is not None:
            # Before anything can fail: the page counts these bytes as delivered.
            self.uploaded_files.sync(widget_states)
        data = RerunData(
            widget_states=widget_states,
            query_string=query_string,
            fragment_id=fragment_id or None,
            is_auto_rerun=bool(is_auto_rerun),
            page=page,
        )
        while True:
            outcome, next_data = self._run_once(data)
            if outcome != "rerun" or next_data is None:
                return outcome
            data = next_data

    def _run_once(self, data: RerunData) -> tuple[str, RerunData | None]:
        from streamlit.delta_generator import main_dg

        fragment = self.fragments.get(data.fragment_id) if data.fragment_id else None
        if data.fragment_id and fragment is None and data.is_auto_rerun:
            # The timer of a fragment the last full run no longer called: nothing to run.
            return "success", None
        self._run_count += 1
        ctx = ScriptRunContext(session=self, run_id=self._run_count, query_string=data.query_string, requested_page=data.page)
        started: dict[str, Any] = {"type": "scriptStarted", "runId": ctx.run_id}
        if fragment is not None:
            # Only the fragment runs (behaviour.md §5.1); the page cleans up only inside it.
            ctx.fragment_run_id = fragment.id
            ctx.root_cursors = dict(self._root_cursors)
            started.update(fragmentId=fragment.id, scope=list(fragment.container_path or ()))
        set_script_run_ctx(ctx)
        self.emit(started)
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
                # With the query string as the callbacks left it (st.query_params writes).
                raise RerunException(RerunData(query_string=ctx.query_string))
            if fragment is not None:
                run_fragment(ctx, fragment, rerun=True)
            else:
                self._run_main(ctx, code)
            self.check_interrupt()
            clean_up = True
        except StopException:
            outcome = "stopped"
        except KeyboardInterrupt:
            # The page's hard stop (Pyodide's interrupt buffer): even a pure-Python loop ends.
            outcome = "stopped"
        except RerunException as rerun:
            outcome, next_data = "rerun", (None if rerun.from_page else rerun.rerun_data)
        except BaseException as err:  # noqa: BLE001 - every user error is shown, the app lives on
            self._show_uncaught(err)
        finally:
            if clean_up:
                fragments_ran = ctx.fragment_ids_this_run if fragment is not None else None
                self.session_state.remove_stale_widgets(ctx.widget_ids_this_run, fragments_ran)
            if fragment is None and outcome in ("success", "stopped"):
                self.fragments.clear(keep=ctx.fragment_ids_declared)
                self._root_cursors = dict(ctx.root_cursors)
            self.emit({"type": "scriptFinished", "runId": ctx.run_id, "outcome": outcome})
            self.flush()
            set_script_run_ctx(None)
        return outcome, next_data

    def _run_main(self, ctx: ScriptRunContext, code: Any) -> None:
        """The entrypoint, or the page of the app's pages/ folder the request asks for."""
        from streamlit.navigation import pages_folder_page

        page = None if self.declares_pages else pages_folder_page(self.main_script_path)
        module = self._new_main_module()
        if page is None or page.url_path == "":
            exec(code, module.__dict__)
        else:
            page.run()

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
        code = self.compile_script(self.main_script_path)
        if code is not self._main_code:
            # A new entrypoint may or may not declare its pages: find out again.
            self._main_code = code
            self.declares_pages = False
        return code

    def compile_script(self, path: str) -> Any:
        """The code of the main script or a page script (magic added), compiled once per content."""
        with open(path, encoding="utf-8") as f:
            source = f.read()
        key = (path, source)
        code = self._compiled.get(key)
        if code is None:
            # Tracebacks and st.echo read the source through linecache.
            linecache.cache[path] = (len(source), None, source.splitlines(True), path)
            tree = magic.add_magic(source, path)
            code = compile(tree, path, "exec", dont_inherit=True)
            # One version per file: an edited script replaces its old code.
            self._compiled = {k: v for k, v in self._compiled.items() if k[0] != path}
            self._compiled[key] = code
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
    """Send pending deltas before the script sleeps, so live updates are seen live.

    A long sleep is cut into short ones with an interruption check between them, so a
    newer request or Stop from the page does not wait for the sleep to end.
    """
    original = getattr(time.sleep, "__wrapped__", time.sleep)

    def sleep(seconds: float) -> None:
        flush()
        if not seconds or seconds < 0:
            original(seconds)  # time.sleep's own answer (a yield, or its ValueError)
            return
        end = time.monotonic() + seconds
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                return
            original(min(remaining, 0.05))
            if current_session is not None:
                current_session.check_interrupt()

    sleep.__wrapped__ = original  # type: ignore[attr-defined]
    time.sleep = sleep
