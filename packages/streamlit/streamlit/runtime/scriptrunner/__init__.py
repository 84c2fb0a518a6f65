from streamlit.runtime.scriptrunner.exceptions import RerunData, RerunException, StopException
from streamlit.runtime.scriptrunner.script_run_context import (
    ScriptRunContext,
    add_script_run_ctx,
    get_script_run_ctx,
)

__all__ = [
    "RerunData",
    "RerunException",
    "ScriptRunContext",
    "StopException",
    "add_script_run_ctx",
    "get_script_run_ctx",
]
