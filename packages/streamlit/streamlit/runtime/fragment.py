"""`@st.fragment`: functions that rerun on their own (behaviour.md §5.1–§5.2).

A fragment runs inside its own container (one slot of its parent). During a full run
the call is recorded: the function with its arguments, the `with` stack around it and
the container's path. A fragment rerun (a widget inside it changed, its `run_every`
timer fired, or `st.rerun(scope="fragment")`) runs only that record: the container is
sent again at the same path, so the body's elements get the same paths as before, and
the page drops stale elements only inside it.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, TypeVar, overload

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import ScriptRunContext, get_script_run_ctx

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

F = TypeVar("F", bound=Callable[..., Any])

SIDEBAR = 1


class StreamlitFragmentWidgetsNotAllowedOutsideError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__("Fragments cannot write widgets to outside containers.")


class StreamlitFragmentSidebarError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported. "
            "To write elements to the sidebar with a fragment, call your fragment function "
            "inside a `with st.sidebar` context manager."
        )


@dataclass
class Fragment:
    """One fragment call of the last full run, ready to run again."""

    id: str
    #: Runs the decorated function with the arguments of its call.
    call: Callable[[], Any]
    #: Where `st.*` wrote when the fragment was called (its container is made there).
    parent: "DeltaGenerator"
    #: The `with` stack at the call, restored for a fragment rerun.
    stack: list["DeltaGenerator"] = field(default_factory=list)
    #: Path of the fragment's container, known once it ran.
    container_path: tuple[int, ...] | None = None
    run_every: float | None = None


class FragmentStorage:
    """The fragments of an app session, by id."""

    def __init__(self) -> None:
        self._fragments: dict[str, Fragment] = {}

    def get(self, fragment_id: str) -> Fragment | None:
        return self._fragments.get(fragment_id)

    def set(self, fragment: Fragment) -> None:
        self._fragments[fragment.id] = fragment

    def clear(self, keep: set[str] | None = None) -> None:
        """Forget the fragments a full run did not call."""
        for fragment_id in [f for f in self._fragments if f not in (keep or set())]:
            del self._fragments[fragment_id]

    def __contains__(self, fragment_id: object) -> bool:
        return fragment_id in self._fragments

    def __len__(self) -> int:
        return len(self._fragments)


# -- run_every ---------------------------------------------------------------------

_UNITS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "t": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "ms": 0.001, "milli": 0.001, "millis": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
}
_PART = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*([a-zA-Z]+)\s*")


def time_to_seconds(value: float | int | datetime.timedelta | str | None) -> float | None:
    """Seconds from a number, a timedelta or a string like "2s", "1.5 days" or "1h23s"."""
    if value is None:
        return None
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        text = value.strip().lower()
        try:
            return float(text)
        except ValueError:
            pass
        total, pos = 0.0, 0
        while pos < len(text):
            match = _PART.match(text, pos)
            if not match or match.group(2) not in _UNITS:
                break
            total += float(match.group(1)) * _UNITS[match.group(2)]
            pos = match.end()
        if pos == len(text) and text:
            return total
        raise StreamlitAPIException(f'Time string doesn\'t look right. It should be formatted as`"1d2h34m"` or `"2 days"`, for example. Got: {value}')
    raise StreamlitAPIException(f"Unsupported run_every value: `{value!r}`.")


# -- the decorator -------------------------------------------------------------------


@overload
def fragment(func: F, *, run_every: Any = None) -> F: ...


@overload
def fragment(func: None = None, *, run_every: Any = None) -> Callable[[F], F]: ...


def fragment(func: F | None = None, *, run_every: int | float | datetime.timedelta | str | None = None) -> Any:
    """Turn a function into a fragment that reruns on its own (see the module docstring)."""
    if func is None:
        return lambda f: fragment(f, run_every=run_every)
    interval = time_to_seconds(run_every) if run_every else None
    return _fragment(func, run_every=interval)


def _fragment(func: F, *, run_every: float | None = None, additional_hash_info: str = "") -> F:
    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_script_run_ctx()
        if ctx is None:
            return None
        record = declare(ctx, lambda: func(*args, **kwargs), func, run_every, additional_hash_info)
        return run_fragment(ctx, record, rerun=False)

    return wrap  # type: ignore[return-value]


def declare(
    ctx: ScriptRunContext,
    call: Callable[[], Any],
    func: Callable[..., Any],
    run_every: float | None = None,
    additional_hash_info: str = "",
) -> Fragment:
    """Record a fragment call of this run, under an id stable across runs."""
    from streamlit.delta_generator import main_dg

    parent = main_dg._active_dg
    where = parent._parent_path or parent._pinned_path or (parent._root,)
    digest = hashlib.md5(
        f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}{list(where)}{additional_hash_info}".encode(),
        usedforsecurity=False,
    ).hexdigest()
    fragment_id, n = digest, 1
    while fragment_id in ctx.fragment_ids_declared:
        # The same function called twice in one container: each call is its own fragment.
        n += 1
        fragment_id = f"{digest}-{n}"
    ctx.fragment_ids_declared.add(fragment_id)
    record = Fragment(id=fragment_id, call=call, parent=parent, stack=list(ctx.dg_stack), run_every=run_every)
    ctx.session.fragments.set(record)
    if run_every:
        ctx.enqueue({"type": "autoRerun", "fragmentId": fragment_id, "interval": run_every})
    return record


def run_fragment(ctx: ScriptRunContext, record: Fragment, *, rerun: bool) -> Any:
    """Run a fragment's body in its container; an exception is shown inside it."""
    from streamlit.delta_generator import DeltaGenerator

    outer = (ctx.current_fragment_id, ctx.current_fragment_path, ctx.dg_stack)
    if rerun and record.container_path is not None:
        ctx.dg_stack = list(record.stack)
        path = record.container_path
        slot = DeltaGenerator(path[0], pinned_path=path, form_id=record.parent._form_id)
        slot._block_kinds = getattr(record.parent, "_block_kinds", ())
        container = slot.container()
    else:
        container = record.parent.container()
        record.container_path = container._parent_path
    ctx.current_fragment_id = record.id
    ctx.current_fragment_path = container._parent_path
    ctx.fragment_ids_this_run.add(record.id)
    try:
        with container:
            return record.call()
    except Exception as err:  # noqa: BLE001 - shown in the fragment; the rest of the app runs on
        container.exception(err)
        return None
    finally:
        ctx.current_fragment_id, ctx.current_fragment_path, ctx.dg_stack = outer


def check_fragment_delta(ctx: ScriptRunContext, delta: dict[str, Any]) -> None:
    """Tag a delta written by a fragment and enforce where fragments may write."""
    path = delta["path"]
    if len(path) == 2 and path[0] == SIDEBAR:
        raise StreamlitFragmentSidebarError()
    element = delta.get("element")
    fragment_path = ctx.current_fragment_path
    is_widget = element is not None and "id" in element and "formId" in element
    if is_widget and fragment_path is not None and tuple(path[: len(fragment_path)]) != tuple(fragment_path):
        raise StreamlitFragmentWidgetsNotAllowedOutsideError()
    delta["fragmentId"] = ctx.current_fragment_id
