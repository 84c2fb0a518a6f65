"""Recording the elements a cached function writes, and replaying them on a hit (§6.7).

While a cached function runs on a miss, every element and block it sends is recorded
with where it went, relative to the call: the container active at the call, a block
the function itself opened, an element it returned (st.empty), or the sidebar. A hit
sends the same payloads again through the same routes at the current position.
"""

from __future__ import annotations

from typing import Any

# Where a recorded delta goes: ("active",), ("sidebar",), ("block", n) or ("pinned", n),
# n being the index of the record that created that block or element.
Target = tuple[Any, ...]


class Recorder:
    def __init__(self) -> None:
        self.records: list[tuple[str, Target, dict[str, Any]]] = []
        self._made_here: dict[int, int] = {}

    def _target(self, dg: Any) -> Target:
        made = self._made_here.get(id(dg))
        if made is not None:
            kind = self.records[made][0]
            return ("block", made) if kind == "block" else ("pinned", made)
        from streamlit.delta_generator import SIDEBAR

        if dg._root == SIDEBAR and dg._parent_path is None and dg._pinned_path is None:
            return ("sidebar",)
        return ("active",)

    def record(self, kind: str, dg: Any, payload: dict[str, Any], result_dg: Any) -> None:
        self.records.append((kind, self._target(dg), payload))
        self._made_here[id(result_dg)] = len(self.records) - 1


def replay(records: list[tuple[str, Target, dict[str, Any]]]) -> None:
    """Send recorded deltas again at the current position."""
    from streamlit.delta_generator import main_dg, sidebar_dg

    made: dict[int, Any] = {}
    for index, (kind, target, payload) in enumerate(records):
        if target[0] == "sidebar":
            dg = sidebar_dg
        elif target[0] in ("block", "pinned"):
            dg = made[target[1]]
        else:
            dg = main_dg
        made[index] = dg._block(dict(payload)) if kind == "block" else dg._enqueue(dict(payload))
