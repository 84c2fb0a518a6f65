"""st.help: an object's name, type, value, docstring and members."""

from __future__ import annotations

import inspect
from typing import Any

_MAX_VALUE = 300


def _short_repr(obj: Any) -> str:
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 3] + "..."


def _type_name(obj: Any) -> str:
    t = type(obj)
    return t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"


def _signature(obj: Any) -> str:
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return ""


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].strip()


def help_payload(obj: Any) -> dict[str, Any]:
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or ""
    if callable(obj) and name:
        value = f"{name}{_signature(obj)}"
    else:
        value = _short_repr(obj)
    members = []
    for member_name in dir(obj):
        if member_name.startswith("_"):
            continue
        try:
            member = getattr(obj, member_name)
        except Exception:
            continue
        is_callable = callable(member)
        members.append(
            {
                "name": member_name,
                "type": _type_name(member),
                "value": "" if is_callable else _short_repr(member),
                "doc": _first_line(inspect.getdoc(member)) if is_callable else "",
            }
        )
    return {
        "type": "docString",
        "name": str(name),
        "valueType": _type_name(obj),
        "value": value,
        "docString": inspect.getdoc(obj) or "No docs available",
        "members": members,
    }


class HelpMixin:
    def help(self, obj: Any = None, *, width: Any = "stretch"):
        """Display an object's help: name, type, value, docstring and members."""
        if obj is None:
            import streamlit

            obj = streamlit
        return self._enqueue(help_payload(obj))
