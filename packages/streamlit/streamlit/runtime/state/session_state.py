"""Session state (behaviour.md §3).

Values live in three layers, read newest first:

* ``_new_session_state``: what the script wrote through ``st.session_state`` in this run
  (by user key);
* ``_new_widget_state``: the widget values the page sent for this run (by widget id);
* ``_old_state``: everything from earlier runs (by widget id, or by user key for plain
  user values).

At the start of each run the layers are compacted into ``_old_state``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, MutableMapping

from streamlit.errors import StreamlitAPIException, StreamlitValueAssignmentNotAllowedError

ELEMENT_ID_PREFIX = "$$ID"

_INIT_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"


def is_element_id(key: str) -> bool:
    return key.startswith(ELEMENT_ID_PREFIX)


@dataclass
class WidgetMetadata:
    """What the runtime knows of one widget between runs."""

    id: str
    #: Page value (JSON-like, or None when the page has none) -> Python value.
    deserializer: Callable[[Any], Any]
    #: Python value -> page value, for values set through session state.
    serializer: Callable[[Any], Any] = lambda v: v
    #: "value" for ordinary widgets, "trigger" for buttons (true for one run).
    value_type: str = "value"
    callback: Callable[..., Any] | None = None
    callback_args: tuple[Any, ...] = ()
    callback_kwargs: dict[str, Any] = field(default_factory=dict)
    #: Widgets such as buttons refuse values from session state (behaviour.md §3.5).
    allow_session_state_value: bool = True
    fragment_id: str | None = None


@dataclass
class RegisterWidgetResult:
    value: Any
    #: The page must take the value over (it was set through session state).
    value_changed: bool


class SessionState:
    """Per app instance state, shared by every page of the app."""

    def __init__(self) -> None:
        self._old_state: dict[str, Any] = {}
        self._new_session_state: dict[str, Any] = {}
        self._new_widget_state: dict[str, Any] = {}
        self._key_id_mapping: dict[str, str] = {}
        self._metadata: dict[str, WidgetMetadata] = {}
        #: Raw page values of this run, deserialised lazily once metadata is known.
        self._pending_page_values: dict[str, Any] = {}
        self._warned_duplicate_default = False

    # -- key helpers -------------------------------------------------------------

    def _widget_id(self, key: str) -> str:
        return self._key_id_mapping.get(key, key)

    def _user_key(self, widget_id: str) -> str | None:
        for key, wid in self._key_id_mapping.items():
            if wid == widget_id:
                return key
        return None

    def _getitem(self, widget_id: str | None, user_key: str | None) -> Any:
        if user_key is not None and user_key in self._new_session_state:
            return self._new_session_state[user_key]
        if widget_id is not None and widget_id in self._new_widget_state:
            return self._new_widget_state[widget_id]
        if widget_id is not None and widget_id in self._old_state:
            return self._old_state[widget_id]
        if user_key is not None and user_key in self._old_state:
            return self._old_state[user_key]
        raise KeyError(user_key if user_key is not None else widget_id)

    def _internal_keys(self) -> set[str]:
        return (
            {self._widget_id(k) for k in self._old_state}
            | set(self._new_widget_state)
            | {self._widget_id(k) for k in self._new_session_state}
        )

    # -- mapping API used by st.session_state -------------------------------------

    def get_item(self, key: str) -> Any:
        widget_id = self._widget_id(key)
        user_key = self._user_key(key) if is_element_id(key) else key
        return self._getitem(widget_id, user_key)

    def set_item(self, user_key: str, value: Any, widget_ids_this_run: set[str], form_ids_this_run: set[str]) -> None:
        widget_id = self._key_id_mapping.get(user_key)
        if widget_id is not None and widget_id in widget_ids_this_run or user_key in form_ids_this_run:
            raise StreamlitAPIException(
                f"`st.session_state.{user_key}` cannot be modified after the widget with key "
                f"`{user_key}` is instantiated."
            )
        if widget_id is not None:
            meta = self._metadata.get(widget_id)
            if meta is not None and not meta.allow_session_state_value:
                raise StreamlitValueAssignmentNotAllowedError(user_key)
        self._new_session_state[user_key] = value

    def del_item(self, key: str) -> None:
        widget_id = self._widget_id(key)
        found = False
        for layer, k in (
            (self._new_session_state, key),
            (self._new_widget_state, widget_id),
            (self._old_state, key),
            (self._old_state, widget_id),
        ):
            if k in layer:
                del layer[k]
                found = True
        if not found:
            raise KeyError(key)

    def user_keys(self) -> list[str]:
        """Keys visible to the script: user keys and keyed widgets, never raw widget ids."""
        keys: list[str] = []
        for internal in self._internal_keys():
            if is_element_id(internal):
                user_key = self._user_key(internal)
                if user_key is not None:
                    keys.append(user_key)
            else:
                keys.append(internal)
        return keys

    def contains(self, key: str) -> bool:
        try:
            self.get_item(key)
        except KeyError:
            return False
        return True

    # -- the run lifecycle --------------------------------------------------------

    def on_script_will_rerun(self, widget_states: dict[str, Any] | None) -> list[str]:
        """Compact the layers, reset triggers, take the page's values.

        Returns the ids of the widgets whose callbacks must run, in the page's order.
        """
        self._compact_state()
        self._reset_triggers()
        if widget_states is None:
            return []
        changed: list[str] = []
        for widget_id, state in widget_states.items():
            meta = self._metadata.get(widget_id)
            if meta is None:
                # Not registered yet in this session (page restored?): keep the raw value.
                self._new_widget_state[widget_id] = from_page(state.get("value"))
                continue
            value = meta.deserializer(from_page(state.get("value")))
            if meta.value_type == "trigger":
                if state.get("trigger"):
                    self._new_widget_state[widget_id] = value
                    changed.append(widget_id)
                continue
            old = self._old_state.get(widget_id, _MISSING)
            self._new_widget_state[widget_id] = value
            if old is _MISSING or not _values_equal(old, value):
                changed.append(widget_id)
        return changed

    def callback_for(self, widget_id: str) -> WidgetMetadata | None:
        meta = self._metadata.get(widget_id)
        return meta if meta is not None and meta.callback is not None else None

    def _compact_state(self) -> None:
        for internal in self._internal_keys():
            user_key = self._user_key(internal) if is_element_id(internal) else internal
            try:
                self._old_state[internal] = self._getitem(internal, user_key)
            except KeyError:
                pass
            if user_key is not None and user_key != internal:
                self._old_state.pop(user_key, None)
        self._new_session_state.clear()
        self._new_widget_state.clear()

    def _reset_triggers(self) -> None:
        for widget_id, meta in self._metadata.items():
            if meta.value_type == "trigger" and widget_id in self._old_state:
                self._old_state[widget_id] = meta.deserializer(None)

    def register_widget(self, metadata: WidgetMetadata, user_key: str | None) -> RegisterWidgetResult:
        widget_id = metadata.id
        self._metadata[widget_id] = metadata
        if user_key is not None:
            self._key_id_mapping[user_key] = widget_id
            if not metadata.allow_session_state_value and user_key in self._new_session_state:
                raise StreamlitValueAssignmentNotAllowedError(user_key)
        known = widget_id in self._old_state or widget_id in self._new_widget_state
        if not known and (user_key is None or not self.contains(user_key)):
            self._new_widget_state[widget_id] = copy.deepcopy(metadata.deserializer(None))
        value = self._getitem(widget_id, user_key)
        changed = user_key is not None and user_key in self._new_session_state
        return RegisterWidgetResult(value, changed)

    def reset_widget_value(self, widget_id: str, user_key: str | None, value: Any) -> None:
        """Replace a registered widget's value in this run (a value its arguments no
        longer allow), without the write-after-creation check of `set_item`."""
        if user_key is not None:
            self._new_session_state.pop(user_key, None)
        self._new_widget_state[widget_id] = value

    def is_new_state_value(self, user_key: str | None) -> bool:
        """True when the script wrote the key in this run."""
        return user_key is not None and user_key in self._new_session_state

    def should_warn_duplicate_default(self) -> bool:
        """Streamlit shows the duplicate-default warning once per session."""
        if self._warned_duplicate_default:
            return False
        self._warned_duplicate_default = True
        return True

    def remove_stale_widgets(self, active_widget_ids: set[str], fragment_ids: set[str] | None = None) -> None:
        """Drop values of widgets not rendered in the run (behaviour.md §3.7).

        After a fragment run, `fragment_ids` names the fragments that ran: only their
        widgets can be stale (behaviour.md §5.1).
        """

        def is_stale(widget_id: str) -> bool:
            if widget_id in active_widget_ids:
                return False
            if fragment_ids is None:
                return True
            meta = self._metadata.get(widget_id)
            return meta is None or meta.fragment_id in fragment_ids

        for layer in (self._old_state, self._new_widget_state):
            for key in [k for k in layer if is_element_id(k) and is_stale(k)]:
                del layer[key]
        for widget_id in [w for w in self._metadata if is_stale(w)]:
            del self._metadata[widget_id]
        for key in [k for k, w in self._key_id_mapping.items() if is_stale(w)]:
            del self._key_id_mapping[key]

    def clear(self) -> None:
        self._old_state.clear()
        self._new_session_state.clear()
        self._new_widget_state.clear()
        self._key_id_mapping.clear()


_MISSING = object()


def from_page(value: Any) -> Any:
    """A value from the page as plain Python: JavaScript's null arrives through Pyodide as
    `pyodide.ffi.jsnull`, which the widgets' deserializers must see as None."""
    if value is None:
        return None
    if type(value).__name__ == "JsNull":
        return None
    if isinstance(value, list):
        return [from_page(v) for v in value]
    return value


def _values_equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) and type(a) is type(b)
    except Exception:
        return False


def _missing_key_message(key: str) -> str:
    return f'st.session_state has no key "{key}". Did you forget to initialize it? More info: {_INIT_DOCS}'


class SessionStateProxy(MutableMapping[str, Any]):
    """`st.session_state`: dict and attribute access to the running session's state."""

    def _state_and_ctx(self):
        from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

        ctx = get_script_run_ctx()
        if ctx is None:
            # Outside a run (e.g. unit tests importing the module): a detached state.
            return _detached_state, None
        ctx.session.check_interrupt()
        return ctx.session_state, ctx

    def __getitem__(self, key: str) -> Any:
        state, _ = self._state_and_ctx()
        key = str(key)
        try:
            return state.get_item(key)
        except KeyError:
            raise KeyError(_missing_key_message(key)) from None

    def __setitem__(self, key: str, value: Any) -> None:
        state, ctx = self._state_and_ctx()
        key = str(key)
        if ctx is None:
            state._new_session_state[key] = value
            return
        state.set_item(key, value, ctx.widget_ids_this_run, ctx.form_ids_this_run)

    def __delitem__(self, key: str) -> None:
        state, _ = self._state_and_ctx()
        key = str(key)
        try:
            state.del_item(key)
        except KeyError:
            raise KeyError(_missing_key_message(key)) from None

    def __iter__(self) -> Iterator[str]:
        state, _ = self._state_and_ctx()
        return iter(state.user_keys())

    def __len__(self) -> int:
        state, _ = self._state_and_ctx()
        return len(state.user_keys())

    def __contains__(self, key: object) -> bool:
        state, _ = self._state_and_ctx()
        return isinstance(key, str) and state.contains(key)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                f"More info: {_INIT_DOCS}"
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                f"More info: {_INIT_DOCS}"
            ) from None

    def to_dict(self) -> dict[str, Any]:
        return {k: self[k] for k in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __str__(self) -> str:
        return str(self.to_dict())


_detached_state = SessionState()
