"""st.query_params (behaviour.md §3.10).

Each run starts from the query string the page sent with the rerun request. Every change
sends a `queryParams` message with the new query string; the page writes it into its URL
with history.replaceState (no reload, no rerun), so the next request carries it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib import parse

from streamlit.errors import StreamlitAPIException

EMBED_QUERY_PARAM = "embed"
EMBED_OPTIONS_QUERY_PARAM = "embed_options"
EMBED_QUERY_PARAMS_KEYS = (EMBED_QUERY_PARAM, EMBED_OPTIONS_QUERY_PARAM)

_MIXED_APIS = (
    "Using `st.query_params` together with either `st.experimental_get_query_params` "
    "or `st.experimental_set_query_params` is not supported. Please "
    " convert your app to only use `st.query_params`"
)


def _missing_key(key: str) -> str:
    return f'st.query_params has no key "{key}". Did you forget to initialize it?'


def parse_query_string(query_string: str) -> dict[str, list[str] | str]:
    """One value → str, repeated → list, `?a` → ""."""
    params: dict[str, list[str] | str] = {}
    for key, values in parse.parse_qs(query_string, keep_blank_values=True).items():
        params[key] = "" if not values else values[0] if len(values) == 1 else values
    return params


class QueryParams(MutableMapping[str, str]):
    """The query parameters of one run: str keys, str or list-of-str values."""

    def __init__(self, query_string: str = "", ctx: Any = None) -> None:
        self._params = parse_query_string(query_string)
        self._ctx = ctx

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._params if k not in EMBED_QUERY_PARAMS_KEYS])

    def __len__(self) -> int:
        return len([k for k in self._params if k not in EMBED_QUERY_PARAMS_KEYS])

    def __getitem__(self, key: str) -> str:
        if key in EMBED_QUERY_PARAMS_KEYS or key not in self._params:
            raise KeyError(_missing_key(key))
        value = self._params[key]
        if isinstance(value, list):
            # The last one, as Tornado's get_query_argument does.
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._set(key, value)
        self._send()

    def __delitem__(self, key: str) -> None:
        if key in EMBED_QUERY_PARAMS_KEYS or key not in self._params:
            raise KeyError(_missing_key(key))
        del self._params[key]
        self._send()

    def _set(self, key: str, value: Any) -> None:
        if isinstance(value, dict):
            raise StreamlitAPIException(f"You cannot set a query params key `{key}` to a dictionary.")
        if key in EMBED_QUERY_PARAMS_KEYS:
            raise StreamlitAPIException(
                "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
            )
        if isinstance(value, Iterable) and not isinstance(value, str):
            self._params[key] = [str(item) for item in value]
        else:
            self._params[key] = str(value)

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        """Set several keys at once: one message to the page."""
        if hasattr(other, "keys") and hasattr(other, "__getitem__"):
            for key in other.keys():
                self._set(key, other[key])
        else:
            for key, value in other:
                self._set(key, value)
        for key, value in kwds.items():
            self._set(key, value)
        self._send()

    def get_all(self, key: str) -> list[str]:
        if key not in self._params or key in EMBED_QUERY_PARAMS_KEYS:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def clear(self) -> None:
        self._clear_keep_embed()
        self._send()

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self._params if key not in EMBED_QUERY_PARAMS_KEYS}

    def from_dict(self, params: Any) -> None:
        old = dict(self._params)
        self._clear_keep_embed()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = old
            raise

    def _clear_keep_embed(self) -> None:
        self._params = {k: v for k, v in self._params.items() if k in EMBED_QUERY_PARAMS_KEYS}

    def query_string(self) -> str:
        return parse.urlencode(self._params, doseq=True)

    def _send(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        query_string = self.query_string()
        ctx.query_string = query_string
        ctx.enqueue({"type": "queryParams", "queryString": query_string})

    def __str__(self) -> str:
        return str(self._params)

    def __repr__(self) -> str:
        return repr(self.to_dict())


_detached = QueryParams()


def _mark_used(ctx: Any, api: str) -> None:
    """Streamlit refuses an app that uses both the current and the experimental API in one run."""
    setattr(ctx, f"_brooklet_{api}_query_params_used", True)
    if getattr(ctx, "_brooklet_experimental_query_params_used", False) and getattr(
        ctx, "_brooklet_production_query_params_used", False
    ):
        raise StreamlitAPIException(_MIXED_APIS)


def current_query_params() -> QueryParams:
    """This run's QueryParams, built on first use from the query string the page sent."""
    from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return _detached
    ctx.session.check_interrupt()
    _mark_used(ctx, "production")
    params = getattr(ctx, "_brooklet_query_params", None)
    if params is None:
        params = QueryParams(ctx.query_string, ctx)
        ctx._brooklet_query_params = params
    return params


class QueryParamsProxy(MutableMapping[str, str]):
    """`st.query_params`: dict- and attribute-like access to the running app's query parameters."""

    def __iter__(self) -> Iterator[str]:
        return iter(current_query_params())

    def __len__(self) -> int:
        return len(current_query_params())

    def __str__(self) -> str:
        return str(current_query_params())

    def __repr__(self) -> str:
        return repr(current_query_params())

    def __getitem__(self, key: str) -> str:
        qp = current_query_params()
        try:
            return qp[key]
        except KeyError:
            raise KeyError(f'st.query_params has no key "{key}".') from None

    def __setitem__(self, key: str, value: Any) -> None:
        current_query_params()[key] = value

    def __delitem__(self, key: str) -> None:
        del current_query_params()[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        qp = current_query_params()
        try:
            return qp[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        current_query_params()[key] = value

    def __delattr__(self, key: str) -> None:
        qp = current_query_params()
        try:
            del qp[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no key "{key}".') from None

    def update(self, params: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        current_query_params().update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        """All values of a key repeated in the URL (dict access gives the last one)."""
        return current_query_params().get_all(key)

    def clear(self) -> None:
        """Remove every query parameter from the app's URL."""
        current_query_params().clear()

    def to_dict(self) -> dict[str, str]:
        """The query parameters as a dict (the last value of a repeated key)."""
        return current_query_params().to_dict()

    def from_dict(self, params: Any) -> None:
        """Replace every query parameter with those of a dict; lists give repeated keys."""
        current_query_params().from_dict(params)


def experimental_get_query_params() -> dict[str, list[str]]:
    """The query parameters as a dict of lists (the deprecated API)."""
    from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return {}
    ctx.session.check_interrupt()
    _mark_used(ctx, "experimental")
    parsed = parse.parse_qs(ctx.query_string, keep_blank_values=True)
    return {k: v for k, v in parsed.items() if k not in EMBED_QUERY_PARAMS_KEYS}


def experimental_set_query_params(**query_params: Any) -> None:
    """Replace the query parameters (the deprecated API); `embed` params are kept."""
    from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        return
    ctx.session.check_interrupt()
    _mark_used(ctx, "experimental")
    if any(k in EMBED_QUERY_PARAMS_KEYS for k in query_params):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set using set_query_params method."
        )
    current = parse.parse_qs(ctx.query_string, keep_blank_values=True)
    embed = parse.urlencode(
        {k: current[k] for k in EMBED_QUERY_PARAMS_KEYS if k in current},
        doseq=True,
    )
    query_string = parse.urlencode(query_params, doseq=True)
    query_string = "&".join(part for part in (query_string, embed) if part)
    ctx.query_string = query_string
    ctx.enqueue({"type": "queryParams", "queryString": query_string})
