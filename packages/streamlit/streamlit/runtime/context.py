"""st.context: what the browser tells about the user's page.

There is no HTTP request behind a Brooklet app, so `headers` is always empty and
`ip_address` is None; cookies are those of the host page (`document.cookie`), read
when the app boots, as Streamlit reads them when the session connects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


class _ReadOnlyMapping(Mapping[str, Any]):
    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"


class StreamlitCookies(_ReadOnlyMapping):
    """The host page's cookies, read-only."""


class StreamlitHeaders(_ReadOnlyMapping):
    """Request headers: none exist for an app running in the browser."""

    def get_all(self, key: str) -> list[str]:
        return [v for k, v in self._data.items() if k.lower() == key.lower()]


class StreamlitTheme(_ReadOnlyMapping):
    """`st.context.theme`: `type` is "light" or "dark"."""

    @property
    def type(self) -> str | None:
        return self._data.get("type")


class ContextProxy:
    """`st.context`: url, locale, timezone, timezone_offset, theme, cookies, headers, ..."""

    def _info(self) -> dict[str, Any]:
        from streamlit.runtime import app_session

        session = app_session.current_session
        return dict(getattr(session, "context_info", None) or {})

    @property
    def url(self) -> str | None:
        """The page's URL."""
        return self._info().get("url")

    @property
    def locale(self) -> str | None:
        """The browser's language, e.g. "en-US"."""
        return self._info().get("locale")

    @property
    def timezone(self) -> str | None:
        """The browser's IANA time zone, e.g. "Europe/Berlin"."""
        info = self._info()
        return info["timezone"] if "timezone" in info else _browser_timezone()

    @property
    def timezone_offset(self) -> int | None:
        """Minutes between UTC and local time, as JavaScript's getTimezoneOffset()."""
        return self._info().get("timezoneOffset")

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme(self._info().get("theme") or {"type": "light"})

    @property
    def cookies(self) -> StreamlitCookies:
        return StreamlitCookies(self._info().get("cookies") or {})

    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders({})

    @property
    def ip_address(self) -> None:
        """Unknown in the browser (Streamlit also gives None for localhost)."""
        return None

    @property
    def is_embedded(self) -> bool:
        """True when the app's page is inside another page (an iframe) or has ?embed=true."""
        return bool(self._info().get("isEmbedded", False))


def _browser_timezone() -> str | None:
    """The time zone as the worker's JavaScript reads it (the page's own). The page leaves it
    out of the context it sends: the first use of Intl costs 100-250 ms, which the page would
    spend while Python starts, for a value few apps ask for."""
    try:
        from js import Intl  # type: ignore[import-not-found]

        return str(Intl.DateTimeFormat.new().resolvedOptions().timeZone)
    except Exception:
        return None


context = ContextProxy()
