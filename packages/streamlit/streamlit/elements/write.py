"""st.write: one call, dispatched by type (behaviour.md §7.1)."""

from __future__ import annotations

import dataclasses
import inspect
import io
import re
import types
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from typing import Any

from streamlit.errors import StreamlitAPIException

_MEM_ADDRESS = re.compile(r"^<[a-zA-Z_.]+ (object )?at 0x[0-9a-fA-F]+>$")


def _is_namedtuple(x: Any) -> bool:
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


def _is_pydantic_model(x: Any) -> bool:
    return hasattr(x, "model_dump") and hasattr(type(x), "model_fields")


def _is_generator_like(x: Any) -> bool:
    return inspect.isgenerator(x) or inspect.isasyncgen(x) or (
        hasattr(x, "__next__") and hasattr(x, "__iter__") and not isinstance(x, (str, bytes, io.IOBase))
    )


def _backticks_for(text: str, minimum: int = 3) -> str:
    """A fence longer than any run of backticks in the text (Markdown cannot escape in code)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(minimum, longest + 1)


class WriteMixin:
    def write(self, *args: Any, unsafe_allow_html: bool = False, **kwargs: Any) -> None:
        """Write arguments to the app, each in the way that suits its type."""
        # Only an explicit placeholder (`slot.write(a, b)`) refuses: `st.write(a, b)` inside
        # `with slot:` is allowed, as in Streamlit, each element replacing the last.
        if len(args) > 1 and self._is_pinned:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when inserting elements "
                "rather than replacing. That is, only when called as `st.write()` or "
                "`st.sidebar.write()`."
            )
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
                continue
            handler = self._write_handler(arg, unsafe_allow_html)
            if handler is None:
                buffer.append(self._inline_fallback(arg))
                continue
            flush()
            handler()
        flush()

    def _write_handler(self, arg: Any, unsafe_allow_html: bool):
        """The element call for a non-string argument, or None to join it as text."""
        from streamlit.delta_generator import DeltaGenerator

        if isinstance(arg, BaseException):
            return lambda: self.exception(arg)
        if isinstance(arg, DeltaGenerator):
            return lambda: self.help(arg)
        from streamlit import dataframe_util

        if dataframe_util.is_dataframe_like(arg):  # pandas, numpy, pyarrow, polars, DB-API cursors (§7.1)
            return lambda: self.dataframe(arg)
        from streamlit.elements.charts import write_handler as chart_or_image_handler

        chart = chart_or_image_handler(self, arg)  # Altair, matplotlib, Plotly, Graphviz, PIL (§7.1)
        if chart is not None:
            return chart
        if isinstance(arg, (dict, list, Mapping, KeysView, ValuesView, ItemsView, map)) or _is_namedtuple(arg):
            value = arg._asdict() if _is_namedtuple(arg) else (list(arg) if isinstance(arg, (map, KeysView, ValuesView, ItemsView)) else arg)
            return lambda: self.json(value)
        if _is_pydantic_model(arg):
            return lambda: self.json(arg.model_dump_json())
        if isinstance(arg, io.StringIO):
            return lambda: self.markdown(arg.getvalue(), unsafe_allow_html=unsafe_allow_html)
        if _is_generator_like(arg) and hasattr(self, "write_stream"):
            return lambda: self.write_stream(arg)
        if inspect.isfunction(arg) or inspect.ismodule(arg) or inspect.isclass(arg) or inspect.isbuiltin(arg) or inspect.ismethod(arg):
            return lambda: self.help(arg)
        if dataclasses.is_dataclass(arg):
            return lambda: self.help(arg)
        if unsafe_allow_html and hasattr(arg, "_repr_html_"):
            return lambda: self.html(arg._repr_html_())
        if dataframe_util.is_convertible_by_protocol(arg):  # to_pandas / __dataframe__ / __arrow_c_stream__
            return lambda: self.dataframe(arg)
        text = str(arg)
        if _MEM_ADDRESS.match(text):
            return lambda: self.help(arg)
        return None

    @staticmethod
    def _inline_fallback(arg: Any) -> str:
        text = str(arg)
        if "\n" in text:
            fence = _backticks_for(text)
            return f"{fence}\n{text}\n{fence}"
        fence = _backticks_for(text, minimum=1)
        return f"{fence}{text}{fence}"
