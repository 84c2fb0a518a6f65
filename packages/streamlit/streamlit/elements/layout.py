"""Layout containers: container, columns, tabs, expander, popover, status, space.

Each container is one block delta (behaviour.md §1.10); the returned generator writes
into it with object notation (`c.write`) or `with c:`. Nesting rules are checked by
`DeltaGenerator._block` before anything is sent.
"""

from __future__ import annotations

from typing import Any, Iterable

from streamlit.elements.lib.layout_utils import (
    validate_gap,
    validate_height,
    validate_horizontal_alignment,
    validate_space_size,
    validate_vertical_alignment,
    validate_width,
)
from streamlit.elements.lib.utils import help_text, validate_icon
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.runtime.state.widgets import compute_element_id, register_element_id, to_key

_COLUMN_SPEC_ERROR = (
    "The `spec` argument to `st.columns` must be either a positive integer (number of columns) "
    "or a list of positive numbers (width ratios of the columns). "
    "See [documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
    "for more information."
)


def _column_weights(spec: Any) -> list[float]:
    if not isinstance(spec, Iterable) and hasattr(spec, "__index__"):
        # An int (or numpy integer). As in Streamlit, zero or a negative count means no columns: an error below.
        weights: list[Any] = [1] * spec.__index__()
    elif isinstance(spec, (str, bytes)) or not isinstance(spec, Iterable):
        raise StreamlitAPIException(_COLUMN_SPEC_ERROR)
    else:
        weights = list(spec)
    try:
        floats = [float(w) for w in weights]
    except (TypeError, ValueError):
        raise StreamlitAPIException(_COLUMN_SPEC_ERROR) from None
    if not floats or any(w <= 0 for w in floats) or any(isinstance(w, (str, bytes)) for w in weights):
        raise StreamlitAPIException(_COLUMN_SPEC_ERROR)
    return floats


class LayoutMixin:
    def container(
        self,
        *,
        border: bool | None = None,
        key: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        horizontal: bool = False,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | None = "small",
    ):
        """Insert a multi-element container."""
        user_key = to_key(key)
        width = validate_width(width, allow_content=True)
        # Streamlit's older signature took height=None for "grow with content".
        height = "content" if height is None else validate_height(height, allow_content=True)
        horizontal_alignment = validate_horizontal_alignment(horizontal_alignment, "st.container")
        vertical_alignment = validate_vertical_alignment(vertical_alignment, "st.container", allow_distribute=True)
        gap = validate_gap(gap, "st.container")
        fixed_height = isinstance(height, int)
        if user_key is not None:
            ctx = get_script_run_ctx()
            if ctx is not None:
                register_element_id(ctx, "container", compute_element_id("container", user_key), user_key)
        return self._block(
            {
                "type": "vertical",
                # A scrolling container keeps its size even when empty (testids.md counting rules).
                "allowEmpty": fixed_height,
                "border": bool(border) if border is not None else fixed_height,
                "key": user_key,
                "width": width,
                "height": height,
                "horizontal": bool(horizontal),
                "horizontalAlignment": horizontal_alignment,
                "verticalAlignment": vertical_alignment,
                "gap": gap,
            }
        )

    def columns(
        self,
        spec: Any,
        *,
        gap: str | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: Any = "stretch",
    ) -> list:
        """Insert containers laid out as side-by-side columns."""
        weights = _column_weights(spec)
        vertical_alignment = validate_vertical_alignment(vertical_alignment, "st.columns", allow_distribute=False)
        gap = validate_gap(gap, "st.columns")
        width = validate_width(width)
        row = self._block({"type": "horizontal", "allowEmpty": False, "gap": gap, "width": width})
        total = sum(weights)
        return [
            row._block(
                {
                    "type": "column",
                    "allowEmpty": True,
                    "weight": w / total,
                    "gap": gap,
                    "verticalAlignment": vertical_alignment,
                    "border": bool(border),
                }
            )
            for w in weights
        ]

    def tabs(self, tabs: Any, *, width: Any = "stretch", default: str | None = None) -> list:
        """Insert containers separated into tabs."""
        labels = list(tabs) if tabs is not None and not isinstance(tabs, str) else []
        if not labels:
            raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
        if any(not isinstance(label, str) for label in labels):
            raise StreamlitAPIException("The tabs input list to st.tabs is only allowed to contain strings.")
        width = validate_width(width)
        default_index = 0
        if default is not None:
            if default not in labels:
                raise StreamlitAPIException(
                    f"The default tab '{default}' is not in the list of tabs: {labels}. "
                    "`default` must be one of the tab labels."
                )
            default_index = labels.index(default)
        container = self._block({"type": "tabContainer", "allowEmpty": True, "width": width, "defaultIndex": default_index})
        return [container._block({"type": "tab", "allowEmpty": True, "label": label}) for label in labels]

    def expander(self, label: str, expanded: bool = False, *, icon: str | None = None, width: Any = "stretch"):
        """Insert a multi-element container that can be expanded/collapsed."""
        if label is None:
            raise StreamlitAPIException("A label is required for an expander")
        return self._block(
            {
                "type": "expandable",
                "allowEmpty": False,
                "label": str(label),
                "expanded": bool(expanded),
                "icon": validate_icon(icon),
                "state": None,
                "width": validate_width(width),
            }
        )

    def popover(
        self,
        label: str,
        *,
        type: str = "secondary",
        help: str | None = None,
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
    ):
        """Insert a popover container: a button that opens a floating container."""
        if label is None:
            raise StreamlitAPIException("A label is required for a popover")
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitAPIException(
                'The type argument to st.popover must be "primary", "secondary", or "tertiary". \n'
                f'The argument passed was "{type}".'
            )
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        return self._block(
            {
                "type": "popover",
                "allowEmpty": True,
                "label": str(label),
                "help": help_text(help),
                "icon": validate_icon(icon),
                "disabled": bool(disabled),
                "kind": type,
                "width": validate_width(width, allow_content=True),
            }
        )

    def status(self, label: str, *, expanded: bool = False, state: str = "running", width: Any = "stretch"):
        """Insert a status container to display output from long-running tasks."""
        from streamlit.elements.lib.mutable_status_container import StatusContainer

        return StatusContainer._create(self, label, expanded=expanded, state=state, width=width)

    def space(self, size: Any = "small"):
        """Add vertical (or, in a horizontal container, horizontal) space."""
        return self._enqueue({"type": "space", "size": validate_space_size(size)})
