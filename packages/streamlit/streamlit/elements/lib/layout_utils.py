"""Validation shared by layout containers: widths, heights, gaps, alignments, nesting.

Block kinds follow the `type` of the protocol's BlockPayload members ("vertical",
"horizontal", "column", "tabContainer", "tab", "expandable", "popover", ...). Every
DeltaGenerator knows the kinds of the blocks it sits in (`_block_kinds`), so nesting
rules (behaviour.md §1.10) are checked in Python before anything is sent.
"""

from __future__ import annotations

from typing import Any

from streamlit.errors import StreamlitAPIException

SIDEBAR = 1

#: Gap names to CSS sizes (Streamlit's theme: 1rem, 2rem, 4rem).
GAP_SIZES = ("small", "medium", "large")

#: Block kinds that may not contain a block of the same kind, with Streamlit's message.
#: Others (chat messages, forms) add theirs here.
NO_SELF_NESTING: dict[str, str] = {
    "expandable": "Expanders may not be nested inside other expanders.",
    "popover": "Popovers may not be nested inside other popovers.",
    "chatMessage": "Chat messages cannot nested inside other chat messages.",
}


def check_nesting(root: int, ancestors: tuple[str, ...], kind: str) -> None:
    """Raise Streamlit's error when a block of `kind` may not open inside `ancestors`."""
    if kind in ("horizontal", "column"):
        _check_columns(root, ancestors)
    message = NO_SELF_NESTING.get(kind)
    if message is not None and kind in ancestors:
        raise StreamlitAPIException(message)


def _check_columns(root: int, ancestors: tuple[str, ...]) -> None:
    parents = ancestors.count("column")
    if root == SIDEBAR and parents > 0:
        raise StreamlitAPIException(
            "Columns cannot be placed inside other columns in the sidebar. "
            "This is only possible in the main area of the app."
        )
    if parents > 1:
        raise StreamlitAPIException("Columns can only be placed inside other columns up to one level of nesting.")


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid = "an integer (pixels), 'stretch', or 'content'" if allow_content else "an integer (pixels) or 'stretch'"
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid = "an integer (pixels), 'stretch', or 'content'" if allow_content else "an integer (pixels) or 'stretch'"
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_width(width: Any, allow_content: bool = False) -> Any:
    """`"stretch"`, `"content"` (when allowed) or a positive int of pixels; returns it."""
    if isinstance(width, str):
        if width == "stretch" or (allow_content and width == "content"):
            return width
        raise StreamlitInvalidWidthError(width, allow_content)
    if _is_int(width) and width > 0:
        return int(width)
    raise StreamlitInvalidWidthError(width, allow_content)


def validate_height(height: Any, allow_content: bool = False) -> Any:
    if isinstance(height, str):
        if height == "stretch" or (allow_content and height == "content"):
            return height
        raise StreamlitInvalidHeightError(height, allow_content)
    if _is_int(height) and height > 0:
        return int(height)
    raise StreamlitInvalidHeightError(height, allow_content)


def validate_gap(gap: Any, element_type: str) -> str | None:
    """"small", "medium", "large" or None (no gap)."""
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in GAP_SIZES:
        return gap.lower()
    raise StreamlitAPIException(
        f'The `gap` argument to `{element_type}` must be `"small"`, `"medium"`, `"large"`, or `None`. \n'
        f"The argument passed was {gap}."
    )


def validate_vertical_alignment(value: Any, element_type: str, *, allow_distribute: bool) -> str:
    valid = ("top", "center", "bottom", "distribute") if allow_distribute else ("top", "center", "bottom")
    if value in valid:
        return value
    choices = '`"top"`, `"center"`, `"bottom"`, or `"distribute"`' if allow_distribute else '`"top"`, `"center"`, or `"bottom"`'
    raise StreamlitAPIException(
        f"The `vertical_alignment` argument to `{element_type}` must be {choices}. \nThe argument passed was {value}."
    )


def validate_horizontal_alignment(value: Any, element_type: str) -> str:
    if value in ("left", "center", "right", "distribute"):
        return value
    raise StreamlitAPIException(
        f"The `horizontal_alignment` argument to `{element_type}` must be "
        '`"left"`, `"center"`, `"right"`, or `"distribute"`. \n'
        f"The argument passed was {value}."
    )


def validate_space_size(size: Any) -> Any:
    if isinstance(size, str) and size in ("small", "medium", "large", "stretch"):
        return size
    if _is_int(size) and size > 0:
        return int(size)
    raise StreamlitAPIException(
        f"Invalid size value: {size!r}. Size must be either an integer (pixels), "
        "'stretch', 'small', 'medium', or 'large'."
    )
