"""Text elements: headings, markdown, caption, text, code, latex, divider, json, html, echo."""

from __future__ import annotations

import ast
import contextlib
import json
import linecache
import os
import sys
from typing import Any, Iterator

from streamlit.elements.lib.utils import clean_text, help_text
from streamlit.errors import StreamlitAPIException

_DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow")
_AUTO_DIVIDER_CYCLE = ("blue", "green", "orange", "red", "violet")


class TextMixin:
    # -- headings ----------------------------------------------------------------

    def title(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, width: Any = "stretch"):
        """Display text in title formatting."""
        return self._heading("h1", body, anchor, help, False)

    def header(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False, width: Any = "stretch"):
        """Display text in header formatting."""
        return self._heading("h2", body, anchor, help, divider)

    def subheader(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False, width: Any = "stretch"):
        """Display text in subheader formatting."""
        return self._heading("h3", body, anchor, help, divider)

    def _heading(self, tag: str, body: Any, anchor: Any, help: Any, divider: Any):
        if anchor is True:
            raise StreamlitAPIException("Anchor parameter has invalid value: True. Supported values: None, any string or False")
        return self._enqueue(
            {
                "type": "heading",
                "tag": tag,
                "body": clean_text(body),
                "anchor": False if anchor is False else (None if anchor is None else str(anchor)),
                "divider": _divider_color(self, divider),
                "help": help_text(help),
            }
        )

    # -- markdown family ------------------------------------------------------------

    def markdown(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "stretch"):
        """Display a string formatted as Markdown."""
        return self._markdown(clean_text(body), "markdown", unsafe_allow_html, help)

    def caption(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "stretch"):
        """Display text in small font, for captions and footnotes."""
        return self._markdown(clean_text(body), "caption", unsafe_allow_html, help)

    def latex(self, body: Any, *, help: str | None = None, width: Any = "stretch"):
        """Display a mathematical expression formatted as LaTeX."""
        if _is_sympy_expression(body):
            import sympy  # type: ignore

            body = sympy.latex(body)
        return self._markdown(f"$$\n{clean_text(body)}\n$$", "latex", False, help)

    def divider(self, *, width: Any = "stretch"):
        """Display a horizontal rule."""
        return self._markdown("---", "divider", False, None)

    def _markdown(self, body: str, variant: str, allow_html: bool, help: Any):
        return self._enqueue(
            {"type": "markdown", "body": body, "allowHtml": bool(allow_html), "variant": variant, "help": help_text(help)}
        )

    def text(self, body: Any, *, help: str | None = None, width: Any = "content"):
        """Write text without Markdown or HTML parsing, in a fixed-width font."""
        return self._enqueue({"type": "text", "body": str(body), "help": help_text(help)})

    # -- code ------------------------------------------------------------------------

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = None,
        width: Any = "stretch",
    ):
        """Display a code block with optional syntax highlighting."""
        return self._enqueue(
            {
                "type": "code",
                "body": clean_text(body) if isinstance(body, str) else str(body),
                "language": language or None,
                "lineNumbers": bool(line_numbers),
                "wrapLines": bool(wrap_lines),
            }
        )

    @contextlib.contextmanager
    def echo(self, code_location: str = "above") -> Iterator[None]:
        """Show the code of the `with` block, then run it."""
        if code_location not in ("above", "below"):
            raise StreamlitAPIException(f"Invalid code_location: {code_location!r}. Use 'above' or 'below'.")
        placeholder = self.empty() if code_location == "above" else None
        frame = sys._getframe(2)
        filename, start_line = frame.f_code.co_filename, frame.f_lineno
        try:
            yield
        finally:
            source = _with_block_source(filename, start_line)
            if placeholder is not None:
                placeholder.code(source, "python")
            else:
                self.code(source, "python")

    # -- json and html -------------------------------------------------------------------

    def json(self, body: Any, *, expanded: bool | int = True, width: Any = "stretch"):
        """Display an object or string as a pretty-printed, interactive JSON string."""
        if isinstance(expanded, bool):
            expanded_value: bool | int = expanded
        elif isinstance(expanded, int) and expanded >= 0:
            expanded_value = expanded
        else:
            raise StreamlitAPIException(
                f"The type {type(expanded)} of expanded is not supported, must be bool or int."
            )
        if isinstance(body, str):
            text = body
            try:
                json.loads(text)
            except ValueError as err:
                raise StreamlitAPIException(f"The provided string is not valid JSON: {err}") from None
        else:
            if hasattr(body, "to_dict") and callable(body.to_dict):
                body = body.to_dict()
            elif _is_mapping_like(body):
                body = dict(body)
            text = json.dumps(body, default=_json_default)
        return self._enqueue({"type": "json", "body": text, "expanded": expanded_value})

    def html(self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False):
        """Insert HTML into the app (sanitised: scripts and event handlers are removed)."""
        if hasattr(body, "_repr_html_"):
            text = body._repr_html_()
        else:
            text = str(body)
            if _looks_like_path(text) and os.path.isfile(text):
                with open(text, encoding="utf-8") as f:
                    content = f.read()
                text = f"<style>{content}</style>" if text.endswith(".css") else content
        return self._enqueue({"type": "html", "body": text})


def _divider_color(dg: Any, divider: Any) -> str | None:
    if divider is False or divider is None:
        return None
    if divider is True:
        from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

        ctx = get_script_run_ctx()
        count = getattr(ctx, "_divider_count", 0) if ctx else 0
        if ctx is not None:
            ctx._divider_count = count + 1  # type: ignore[attr-defined]
        return _AUTO_DIVIDER_CYCLE[count % len(_AUTO_DIVIDER_CYCLE)]
    if divider in _DIVIDER_COLORS:
        return "gray" if divider == "grey" else divider
    raise StreamlitAPIException(
        f"Divider parameter has invalid value: `{divider}`. Please choose from: {', '.join(_DIVIDER_COLORS)}."
    )


def _json_default(o: Any) -> Any:
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    return repr(o) if not isinstance(o, (bytes, bytearray)) else o.decode("utf-8", "replace")


def _is_mapping_like(o: Any) -> bool:
    return hasattr(o, "keys") and hasattr(o, "__getitem__") and not isinstance(o, dict)


def _is_sympy_expression(o: Any) -> bool:
    module = type(o).__module__
    return module.startswith("sympy.") and "sympy" in sys.modules


def _looks_like_path(text: str) -> bool:
    return "\n" not in text and len(text) < 512 and text.endswith((".html", ".htm", ".css", ".svg", ".txt"))


def _with_block_source(filename: str, with_line: int) -> str:
    """The source lines of the `with` block that starts at `with_line` (1-based)."""
    lines = linecache.getlines(filename)
    if not lines or with_line > len(lines):
        return ""
    header = lines[with_line - 1]
    header_indent = len(header) - len(header.lstrip())
    body: list[str] = []
    for line in lines[with_line:]:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if stripped and indent <= header_indent:
            break
        body.append(line.rstrip("\n"))
    while body and not body[-1].strip():
        body.pop()
    return clean_text("\n".join(body))
