"""st.progress: a bar that a returned generator updates in place."""

from __future__ import annotations

import math
from typing import Any

from streamlit.elements.lib.layout_utils import validate_width
from streamlit.elements.lib.utils import clean_text
from streamlit.errors import StreamlitAPIException


def _close_to(value: float, bound: float) -> bool:
    return math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9)


def progress_value(value: Any) -> int:
    """An int 0..100 or a float 0.0..1.0 (float noise at the ends allowed), as a percentage."""
    if isinstance(value, int):  # bool included, as in Streamlit
        if 0 <= value <= 100:
            return int(value)
        raise StreamlitAPIException("Progress Value has invalid value [0, 100]: %d" % value)
    if isinstance(value, float):
        if 0.0 <= value <= 1.0 or _close_to(value, 0.0) or _close_to(value, 1.0):
            return int(min(max(value, 0.0), 1.0) * 100)
        raise StreamlitAPIException("Progress Value has invalid value [0.0, 1.0]: %f" % value)
    raise StreamlitAPIException("Progress Value has invalid type: %s" % type(value).__name__)


def progress_text(text: Any) -> str | None:
    if text is None:
        return None
    if isinstance(text, str):
        return clean_text(text)
    raise StreamlitAPIException(
        f"Progress Text is of type {str(type(text))}, which is not an accepted type."
        "Text only accepts: str. Please convert the text to an accepted type."
    )


class ProgressMixin:
    def progress(self, value: Any, text: str | None = None, width: Any = "stretch"):
        """Display a progress bar; call `.progress()` on the result to move it."""
        return self._enqueue(
            {"type": "progress", "value": progress_value(value), "text": progress_text(text), "width": validate_width(width)}
        )
