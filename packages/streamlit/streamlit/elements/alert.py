"""st.success, st.info, st.warning, st.error."""

from __future__ import annotations

from typing import Any

from streamlit.elements.lib.utils import clean_text, validate_icon


class AlertMixin:
    def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch"):
        """Display an error message."""
        return self._alert("error", body, icon)

    def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch"):
        """Display a warning message."""
        return self._alert("warning", body, icon)

    def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch"):
        """Display an informational message."""
        return self._alert("info", body, icon)

    def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch"):
        """Display a success message."""
        return self._alert("success", body, icon)

    def _alert(self, format: str, body: Any, icon: Any):
        return self._enqueue({"type": "alert", "format": format, "body": clean_text(body), "icon": validate_icon(icon)})
