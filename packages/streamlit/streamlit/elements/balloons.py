"""st.balloons and st.snow: a short celebration drawn over the page."""

from __future__ import annotations


class BalloonsMixin:
    def balloons(self):
        """Draw celebratory balloons."""
        return self._enqueue({"type": "balloons"})

    def snow(self):
        """Draw celebratory snowfall."""
        return self._enqueue({"type": "snow"})
