"""`streamlit.config.get_option` with Streamlit's defaults for the options apps read."""

from __future__ import annotations

from typing import Any

_OPTIONS: dict[str, Any] = {
    "global.developmentMode": False,
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.showSidebarNavigation": True,
    "runner.magicEnabled": True,
    "runner.fastReruns": True,
    "server.maxUploadSize": 200,
    "server.maxMessageSize": 200,
    "server.headless": True,
    "server.baseUrlPath": "",
    "server.port": 8501,
    "server.enableXsrfProtection": False,
    "browser.gatherUsageStats": False,
    "theme.base": "light",
    "theme.primaryColor": "#ff4b4b",
    "theme.backgroundColor": "#ffffff",
    "theme.secondaryBackgroundColor": "#f0f2f6",
    "theme.textColor": "#31333F",
    "theme.font": "sans serif",
    "logger.level": "info",
}


def get_option(key: str) -> Any:
    """The value of a config option."""
    if key not in _OPTIONS:
        raise RuntimeError(f'Config key "{key}" not defined.')
    return _OPTIONS[key]


def set_option(key: str, value: Any) -> None:
    """Set a config option for this app instance."""
    if key not in _OPTIONS:
        from streamlit.errors import StreamlitAPIException

        raise StreamlitAPIException(f'Unrecognized config option: "{key}".')
    _OPTIONS[key] = value
