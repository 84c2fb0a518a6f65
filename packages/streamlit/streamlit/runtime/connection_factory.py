"""st.connection: create a connection, or return the cached one (Streamlit's rules)."""

from __future__ import annotations

import importlib
import os
from typing import Any

from streamlit.connections import BaseConnection, SQLConnection
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.caching import cache_resource
from streamlit.runtime.secrets import secrets_singleton

_FIRST_PARTY_CONNECTIONS: dict[str, type[BaseConnection[Any]]] = {"sql": SQLConnection}
_UNAVAILABLE = {"snowflake", "snowflake-callers-rights", "snowpark"}
_USE_ENV_PREFIX = "env:"


def _first_party(name: str) -> type[BaseConnection[Any]]:
    if name in _FIRST_PARTY_CONNECTIONS:
        return _FIRST_PARTY_CONNECTIONS[name]
    if name in _UNAVAILABLE:
        raise StreamlitAPIException(f"The '{name}' connection needs a server-side driver and is not available in the browser.")
    raise StreamlitAPIException(f"Invalid connection '{name}'. Supported connection classes: {_FIRST_PARTY_CONNECTIONS}")


def _create_connection(name: str, connection_class: type[BaseConnection[Any]], max_entries: int | None, ttl: Any, **kwargs: Any) -> Any:
    if not (isinstance(connection_class, type) and issubclass(connection_class, BaseConnection)):
        raise StreamlitAPIException(f"{connection_class} is not a subclass of BaseConnection!")

    def __create_connection(name: str, connection_class: type[BaseConnection[Any]], **kwargs: Any) -> Any:
        return connection_class(connection_name=name, **kwargs)

    # Different ttl/max_entries must not reset each other's cache.
    ttl_str = str(ttl).replace(".", "_")
    __create_connection.__qualname__ = f"{__create_connection.__qualname__}_{ttl_str}_{max_entries}"
    cached = cache_resource(max_entries=max_entries, show_spinner="Running `st.connection(...)`.", ttl=ttl)(__create_connection)
    return cached(name, connection_class, **kwargs)


def connection_factory(name: str, type: Any = None, max_entries: int | None = None, ttl: Any = None, **kwargs: Any) -> Any:
    """Create a new connection to a data store or API, or return an existing one."""
    if name.startswith(_USE_ENV_PREFIX):
        name = os.environ[name[len(_USE_ENV_PREFIX) :]]
    connection_class = type
    if connection_class is None:
        if name in _FIRST_PARTY_CONNECTIONS or name in _UNAVAILABLE:
            connection_class = _first_party(name)
        else:
            secrets_singleton.load_if_toml_exists()
            connection_class = secrets_singleton["connections"][name]["type"]
    if isinstance(connection_class, str):
        if "." in connection_class:
            module_name, _, class_name = connection_class.rpartition(".")
            connection_class = getattr(importlib.import_module(module_name), class_name)
        else:
            connection_class = _first_party(connection_class)
    return _create_connection(name, connection_class, max_entries=max_entries, ttl=ttl, **kwargs)
