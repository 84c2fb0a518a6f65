"""Drive the runtime the way the worker does: write a script, run it, read the deltas."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import textwrap
import unittest
from typing import Any

from streamlit.runtime.app_session import AppSession


class AppHarness:
    """One app instance (one AppSession) whose script is written to a temp file.

    ``run(source)`` writes new source and runs it as a fresh page load would not: the
    session (and so session state) is kept, as for an edited script. ``run()`` with no
    source reruns the current script; ``widget_states`` is passed to ``session.run``.
    """

    def __init__(self, source: str | None = None, *, filename: str = "app.py") -> None:
        self.dir = tempfile.mkdtemp(prefix="brooklet-test-")
        self.path = os.path.join(self.dir, filename)
        self.messages: list[dict[str, Any]] = []
        #: Messages of the last `run()` call (every script run it caused, reruns included).
        self.last: list[dict[str, Any]] = []
        self.outcome: str | None = None
        if source is not None:
            self.write(source)
        self.session = AppSession(emit=self.messages.append, main_script_path=self.path)

    # -- running -------------------------------------------------------------------

    def write(self, source: str) -> None:
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(source))

    def run(
        self,
        source: str | None = None,
        widget_states: dict[str, Any] | None = None,
        query_string: str = "",
        **run_options: Any,
    ) -> str:
        """`run_options` go to `AppSession.run` (e.g. `fragment_id`, `is_auto_rerun`)."""
        if source is not None:
            self.write(source)
        start = len(self.messages)
        # The runner installs a fresh `__main__` per run; give the test process its own back.
        saved_main = sys.modules.get("__main__")
        try:
            self.outcome = self.session.run(widget_states=widget_states, query_string=query_string, **run_options)
        finally:
            if saved_main is not None:
                sys.modules["__main__"] = saved_main
        self.last = self.messages[start:]
        return self.outcome

    def close(self) -> None:
        # The runner puts the script's folder on sys.path, as Streamlit does.
        while self.dir in sys.path:
            sys.path.remove(self.dir)
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- reading the last run ------------------------------------------------------------

    def script_runs(self) -> list[list[dict[str, Any]]]:
        """The messages of the last `run()` split per script run (at scriptStarted)."""
        runs: list[list[dict[str, Any]]] = []
        for msg in self.last:
            if msg.get("type") == "scriptStarted":
                runs.append([])
            if runs:
                runs[-1].append(msg)
        return runs

    def deltas(self, *, all_runs: bool = False) -> list[dict[str, Any]]:
        """Delta payloads (``{"kind", "path", ...}``) of the final script run."""
        msgs = self.last if all_runs else (self.script_runs() or [[]])[-1]
        return [m["delta"] for m in msgs if m.get("type") == "delta"]

    def elements(self, *, all_runs: bool = False) -> list[tuple[list[int], dict[str, Any]]]:
        """(path, element) pairs of newElement deltas of the final script run."""
        return [(d["path"], d["element"]) for d in self.deltas(all_runs=all_runs) if d["kind"] == "newElement"]

    def blocks(self) -> list[tuple[list[int], dict[str, Any]]]:
        return [(d["path"], d["block"]) for d in self.deltas() if d["kind"] == "addBlock"]

    def find(self, element_type: str) -> list[dict[str, Any]]:
        return [e for _, e in self.elements() if e.get("type") == element_type]

    def find_one(self, element_type: str) -> dict[str, Any]:
        found = self.find(element_type)
        if len(found) != 1:
            raise AssertionError(f"expected one {element_type!r} element, got {len(found)}: {self.elements()}")
        return found[0]

    def markdown(self) -> list[str]:
        """Bodies of the markdown elements of the last run, in order."""
        return [e["body"] for e in self.find("markdown")]

    def exceptions(self) -> list[dict[str, Any]]:
        return self.find("exception")

    def finished_outcome(self) -> str | None:
        finished = [m for m in self.last if m.get("type") == "scriptFinished"]
        return finished[-1]["outcome"] if finished else None

    # -- widgets ----------------------------------------------------------------------

    def widget(self, label: str, element_type: str | None = None) -> dict[str, Any]:
        found = [
            e
            for _, e in self.elements()
            if "id" in e and e.get("label") == label and (element_type is None or e["type"] == element_type)
        ]
        if len(found) != 1:
            raise AssertionError(f"expected one widget labelled {label!r}, got {len(found)}")
        return found[0]

    def widget_states(self) -> dict[str, dict[str, Any]]:
        """Committed values of the last run's widgets, as the page would send them."""
        states: dict[str, dict[str, Any]] = {}
        for _, e in self.elements():
            if "id" not in e:
                continue
            if e["type"] == "button":
                states[e["id"]] = {"value": False, "trigger": False}
            elif "value" in e:
                states[e["id"]] = {"value": e["value"]}
        return states

    def click(self, label: str) -> str:
        """Click the button labelled `label` on the last run's page."""
        button = self.widget(label, "button")
        states = self.widget_states()
        states[button["id"]] = {"value": True, "trigger": True}
        return self.run(widget_states=states)

    def set_value(self, label: str, value: Any) -> str:
        """Change the widget labelled `label` and rerun with every committed value."""
        widget = self.widget(label)
        states = self.widget_states()
        states[widget["id"]] = {"value": value}
        return self.run(widget_states=states)


class AppTestCase(unittest.TestCase):
    """A TestCase with `self.app(source)` that cleans up after itself."""

    def app(self, source: str | None = None, **kwargs: Any) -> AppHarness:
        harness = AppHarness(source, **kwargs)
        self.addCleanup(harness.close)
        return harness

    def run_app(self, source: str) -> AppHarness:
        harness = self.app(source)
        harness.run()
        return harness
