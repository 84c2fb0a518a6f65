"""st.exception and the exception box for uncaught errors (behaviour.md §8)."""

from __future__ import annotations

import os
import traceback
from types import TracebackType
from typing import Any

import streamlit
from streamlit.errors import StreamlitAPIException

_PACKAGE_DIR = os.path.dirname(os.path.abspath(streamlit.__file__))


def _is_runtime_frame(filename: str) -> bool:
    # Our package and Pyodide's own glue are the runtime; stdlib frames stay, as on Streamlit.
    return os.path.abspath(filename).startswith(_PACKAGE_DIR + os.sep) or "/_pyodide/" in filename


def format_stack(tb: TracebackType | None) -> list[str]:
    """Traceback lines without the runtime's own frames."""
    frames = [f for f in traceback.extract_tb(tb) if not _is_runtime_frame(f.filename)]
    return [line.rstrip("\n") for line in traceback.format_list(frames)]


def exception_payload(exc: BaseException, *, is_warning: bool = False) -> dict[str, Any]:
    message = str(exc)
    stack = format_stack(exc.__traceback__)
    if isinstance(exc, SyntaxError):
        message = _syntax_error_message(exc)
    return {
        "type": "exception",
        "excType": type(exc).__name__,
        "message": message,
        "messageIsMarkdown": isinstance(exc, StreamlitAPIException),
        "stackTrace": stack,
        "isWarning": is_warning,
    }


def _syntax_error_message(exc: SyntaxError) -> str:
    parts = [f'File "{exc.filename}", line {exc.lineno}']
    if exc.text:
        code = exc.text.rstrip("\n")
        stripped = code.lstrip()
        caret_at = max((exc.offset or 1) - 1 - (len(code) - len(stripped)), 0)
        parts.append("  " + stripped)
        parts.append("  " + " " * caret_at + "^")
    parts.append(f"{type(exc).__name__}: {exc.msg}")
    return "\n".join(parts)


class ExceptionMixin:
    def exception(self, exception: BaseException, *, width: Any = "stretch"):
        """Display an exception with its traceback."""
        return self._enqueue(exception_payload(exception))
