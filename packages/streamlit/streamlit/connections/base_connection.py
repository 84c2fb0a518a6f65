"""BaseConnection: the base class of st.connection types, as on Streamlit."""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from typing import Any, Generic, TypeVar

from streamlit.runtime.secrets import AttrDict, secrets_singleton

RawConnectionT = TypeVar("RawConnectionT")


class BaseConnection(ABC, Generic[RawConnectionT]):
    """Subclass it and implement `_connect()`; `self._secrets` holds `[connections.<name>]`."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._config_section_hash = self._secrets_hash()
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    @classmethod
    def scope(cls) -> str:
        """"global" (shared by sessions) or "session"."""
        return "global"

    def _secrets_hash(self) -> str:
        return hashlib.md5(json.dumps(self._secrets.to_dict(), sort_keys=True, default=str).encode()).hexdigest()

    @property
    def _secrets(self) -> AttrDict:
        """This connection's section of secrets.toml (`[connections.<name>]`), or empty."""
        section: Any = None
        if secrets_singleton.load_if_toml_exists():
            section = secrets_singleton.get("connections")
        if not isinstance(section, AttrDict):
            return AttrDict({})
        value = section.get(self._connection_name, AttrDict({}))
        return value if isinstance(value, AttrDict) else AttrDict({})

    def reset(self) -> None:
        """Drop the underlying connection; the next use reconnects."""
        self._raw_instance = None

    def close(self) -> None:
        """Close the underlying connection (subclasses override)."""

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None or self._secrets_hash() != self._config_section_hash:
            self._config_section_hash = self._secrets_hash()
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Create the underlying connection object."""

    def __repr__(self) -> str:
        return f"<{type(self).__module__}.{type(self).__qualname__} connection_name={self._connection_name!r}>"


ExperimentalBaseConnection = BaseConnection
