"""st.secrets: `.streamlit/secrets.toml` from the app's files, as on Streamlit.

Secrets shipped to a browser are visible to whoever uses the app: they live in the
page's files. Brooklet reads them so that apps written for Streamlit run unchanged.
"""

from __future__ import annotations

import os
import tomllib
from copy import deepcopy
from typing import Any, ItemsView, Iterator, KeysView, Mapping, NoReturn, ValuesView

_DOCS = "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"


def _missing_attr_error_message(attr_name: str) -> str:
    return (
        f'st.secrets has no attribute "{attr_name}". '
        f"Did you forget to add it to secrets.toml or the app settings on Streamlit Cloud? More info: {_DOCS}"
    )


def _missing_key_error_message(key: str) -> str:
    return (
        f'st.secrets has no key "{key}". '
        f"Did you forget to add it to secrets.toml or the app settings on Streamlit Cloud? More info: {_DOCS}"
    )


class AttrDict(Mapping[str, Any]):
    """A nested section: dict and attribute access, read-only."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["__nested_secrets__"] = dict(value)

    @staticmethod
    def _wrap(value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __len__(self) -> int:
        return len(self.__nested_secrets__)

    def __iter__(self) -> Iterator[str]:
        return iter(self.__nested_secrets__)

    def __getitem__(self, key: str) -> Any:
        try:
            return self._wrap(self.__nested_secrets__[key])
        except KeyError:
            raise KeyError(_missing_key_error_message(key)) from None

    def __getattr__(self, attr_name: str) -> Any:
        try:
            return self._wrap(self.__nested_secrets__[attr_name])
        except KeyError:
            raise AttributeError(_missing_attr_error_message(attr_name)) from None

    def __repr__(self) -> str:
        return repr(self.__nested_secrets__)

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def to_dict(self) -> dict[str, Any]:
        return deepcopy(self.__nested_secrets__)


def secrets_file_paths() -> list[str]:
    """The global file, then the app's own (which wins), as Streamlit orders them."""
    return [
        os.path.join(os.path.expanduser("~"), ".streamlit", "secrets.toml"),
        os.path.join(os.getcwd(), ".streamlit", "secrets.toml"),
    ]


class Secrets(Mapping[str, Any]):
    """A read-only mapping of the app's secrets, parsed on first use and again when the file changes."""

    def __init__(self) -> None:
        self._secrets: dict[str, Any] | None = None
        self._signature: tuple[Any, ...] | None = None

    def _file_signature(self, paths: list[str]) -> tuple[Any, ...]:
        sig = []
        for path in paths:
            try:
                st = os.stat(path)
                sig.append((path, st.st_mtime_ns, st.st_size))
            except OSError:
                sig.append((path, None))
        return tuple(sig)

    def _parse(self, print_exceptions: bool) -> dict[str, Any]:
        paths = secrets_file_paths()
        signature = self._file_signature(paths)
        if self._secrets is not None and signature == self._signature:
            return self._secrets
        self._reset()
        secrets: dict[str, Any] = {}
        found = False
        for path in paths:
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except FileNotFoundError:
                continue
            found = True
            try:
                secrets.update(tomllib.loads(text))
            except Exception:
                if print_exceptions:
                    _show_error(f"Error parsing secrets file at {path}")
                raise
        if not found:
            message = f"No secrets files found. Valid paths for a secrets.toml file are: {', '.join(paths)}"
            if print_exceptions:
                _show_error(message)
            raise FileNotFoundError(message)
        for key, value in secrets.items():
            if type(value) in (str, int, float):
                os.environ[key] = str(value)
        self._secrets, self._signature = secrets, signature
        return secrets

    def _reset(self) -> None:
        for key, value in (self._secrets or {}).items():
            if type(value) in (str, int, float) and os.environ.get(key) == str(value):
                del os.environ[key]
        self._secrets = None

    def load_if_toml_exists(self) -> bool:
        try:
            self._parse(print_exceptions=False)
            return True
        except FileNotFoundError:
            return False

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else deepcopy(v) for k, v in self._parse(True).items()}

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return AttrDict._wrap(self._parse(True)[key])
        except (KeyError, FileNotFoundError):
            raise AttributeError(_missing_attr_error_message(key)) from None

    def __getitem__(self, key: str) -> Any:
        try:
            return AttrDict._wrap(self._parse(True)[key])
        except KeyError:
            raise KeyError(_missing_key_error_message(key)) from None

    def __repr__(self) -> str:
        from streamlit import runtime

        if not runtime.exists():
            return f"Secrets(file_paths={secrets_file_paths()!r})"
        return repr(self._parse(True))

    def __len__(self) -> int:
        return len(self._parse(True))

    def __contains__(self, key: object) -> bool:
        return key in self._parse(True)

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse(True))

    def has_key(self, k: str) -> bool:
        return k in self._parse(True)

    def keys(self) -> KeysView[str]:
        return self._parse(True).keys()

    def values(self) -> ValuesView[Any]:
        return self._parse(True).values()

    def items(self) -> ItemsView[str, Any]:
        return self._parse(True).items()


def _show_error(message: str) -> None:
    from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

    if get_script_run_ctx() is not None:
        from streamlit.delta_generator import main_dg

        main_dg.error(message)


secrets_singleton = Secrets()
