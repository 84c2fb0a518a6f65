"""st.empty: a single-element slot to replace later."""

from __future__ import annotations


class EmptyMixin:
    def empty(self):
        """Insert a single-element container; writing to it replaces its content."""
        return self._enqueue({"type": "empty"})
