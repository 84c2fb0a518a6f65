"""Layout containers. The full set (columns, tabs, expander, ...) builds on `_block`."""

from __future__ import annotations

from typing import Any

from streamlit.runtime.state.widgets import to_key


class LayoutMixin:
    def container(
        self,
        *,
        border: bool | None = None,
        key: Any = None,
        height: Any = "content",
        width: Any = "stretch",
        horizontal: bool = False,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | None = "small",
    ):
        """Insert a multi-element container."""
        return self._block({"type": "vertical", "border": bool(border), "key": to_key(key)})
