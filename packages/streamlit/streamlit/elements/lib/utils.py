"""Small helpers shared by element functions."""

from __future__ import annotations

import textwrap
from typing import Any

from streamlit.errors import StreamlitAPIException


def clean_text(text: Any) -> str:
    """Dedent multi-line strings the way Streamlit does for Markdown bodies."""
    return textwrap.dedent(str(text)).strip("\n")


def help_text(help: Any) -> str | None:
    return None if help is None else clean_text(help)


def validate_icon(icon: Any) -> str | None:
    """An emoji or `:material/name:`; anything else is an error."""
    if icon is None:
        return None
    icon = str(icon).strip()
    if icon.startswith(":material/") and icon.endswith(":"):
        return icon
    if icon and len(icon) <= 8 and not icon.isascii():
        return icon
    raise StreamlitAPIException(
        f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a single character instead.'
    )


def label_visibility(value: str) -> str:
    if value not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{value}'. "
            "Valid values are 'visible', 'hidden' or 'collapsed'."
        )
    return value
