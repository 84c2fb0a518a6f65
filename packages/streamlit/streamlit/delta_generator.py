"""DeltaGenerator: the object behind `st`, `st.sidebar` and every container.

Each `st.*` element call turns into one delta at a path (behaviour.md §1.9). A container
hands out the next index among its children; an element call returns a generator
pinned to the element's path, so calling it again replaces that element in place.
"""

from __future__ import annotations

from typing import Any, Iterable

from streamlit.elements.alert import AlertMixin
from streamlit.elements.arrow import ArrowMixin
from streamlit.elements.metric import MetricMixin
from streamlit.widgets.data_editor import DataEditorMixin
from streamlit.elements.empty import EmptyMixin
from streamlit.elements.exception import ExceptionMixin
from streamlit.elements.help import HelpMixin
from streamlit.elements.layout import LayoutMixin
from streamlit.elements.charts import ChartsMixin
from streamlit.elements.media import MediaMixin
from streamlit.elements.lib.layout_utils import check_nesting
from streamlit.elements.progress import ProgressMixin
from streamlit.elements.spinner import SpinnerMixin
from streamlit.elements.balloons import BalloonsMixin
from streamlit.elements.text import TextMixin
from streamlit.elements.write import WriteMixin
from streamlit.elements.write_stream import WriteStreamMixin
from streamlit.runtime.scriptrunner.script_run_context import ScriptRunContext, get_script_run_ctx
from streamlit.widgets.button import ButtonMixin
from streamlit.widgets.chat import ChatMixin
from streamlit.widgets.button_group import ButtonGroupMixin
from streamlit.navigation import PageLinkMixin
from streamlit.widgets.audio_input import AudioInputMixin
from streamlit.widgets.camera_input import CameraInputMixin
from streamlit.widgets.form import FormMixin
from streamlit.widgets.slider import SliderMixin
from streamlit.widgets.checkbox import CheckboxMixin
from streamlit.widgets.color_picker import ColorPickerMixin
from streamlit.widgets.date_input import DateInputMixin
from streamlit.widgets.file_uploader import FileUploaderMixin
from streamlit.widgets.multiselect import MultiSelectMixin
from streamlit.widgets.number_input import NumberInputMixin
from streamlit.widgets.radio import RadioMixin
from streamlit.widgets.selectbox import SelectboxMixin
from streamlit.widgets.text_area import TextAreaMixin
from streamlit.widgets.text_input import TextInputMixin
from streamlit.widgets.time_input import TimeInputMixin

MAIN, SIDEBAR, EVENT, BOTTOM = 0, 1, 2, 3


class DeltaGenerator(
    AlertMixin,
    BalloonsMixin,
    ButtonMixin,
    CheckboxMixin,
    EmptyMixin,
    ExceptionMixin,
    HelpMixin,
    LayoutMixin,
    MediaMixin,
    ChartsMixin,
    ProgressMixin,
    SpinnerMixin,
    TextMixin,
    WriteMixin,
    WriteStreamMixin,
    ChatMixin,
    PageLinkMixin,
    # data: dataframe, table, data_editor, metric
    ArrowMixin,
    DataEditorMixin,
    MetricMixin,
    # input widgets
    AudioInputMixin,
    CameraInputMixin,
    ColorPickerMixin,
    DateInputMixin,
    FileUploaderMixin,
    MultiSelectMixin,
    NumberInputMixin,
    RadioMixin,
    SelectboxMixin,
    TextAreaMixin,
    TextInputMixin,
    TimeInputMixin,
    # sliders, button groups, forms
    ButtonGroupMixin,
    FormMixin,
    SliderMixin,
):
    """Writes elements into one container, or replaces one pinned element."""

    def __init__(
        self,
        root: int = MAIN,
        *,
        parent_path: tuple[int, ...] | None = None,
        pinned_path: tuple[int, ...] | None = None,
        form_id: str = "",
        block_kinds: tuple[str, ...] = (),
    ) -> None:
        self._root = root
        #: Kinds of the blocks this generator sits in, outermost first (nesting rules, §1.10).
        self._block_kinds = block_kinds
        #: Path of the block this generator writes into; None for a root container.
        self._parent_path = parent_path
        #: Path of the single element this generator replaces (st.empty, returned elements).
        self._pinned_path = pinned_path
        self._next_index = 0
        self._form_id = form_id

    def __repr__(self) -> str:
        where = self._pinned_path or self._parent_path or (self._root,)
        return f"DeltaGenerator(path={list(where)})"

    # -- where the next element goes ---------------------------------------------

    @property
    def _active_dg(self) -> "DeltaGenerator":
        """Module-level `st.*` calls write to the innermost `with` block."""
        if self is main_dg:
            ctx = get_script_run_ctx()
            if ctx is not None and ctx.dg_stack:
                return ctx.dg_stack[-1]
        return self

    @property
    def _is_pinned(self) -> bool:
        return self._pinned_path is not None

    def _next_path(self, ctx: ScriptRunContext) -> tuple[int, ...]:
        if self._pinned_path is not None:
            return self._pinned_path
        if self._parent_path is None:
            return (self._root, ctx.next_root_index(self._root))
        index = self._next_index
        self._next_index += 1
        return (*self._parent_path, index)

    # -- sending deltas -------------------------------------------------------------

    def _enqueue(self, element: dict[str, Any]) -> "DeltaGenerator":
        """Send one element and return a generator pinned to its path."""
        dg = self._active_dg
        ctx = get_script_run_ctx()
        if ctx is None:
            return dg
        path = dg._next_path(ctx)
        ctx.enqueue({"type": "delta", "delta": {"kind": "newElement", "path": list(path), "element": element}})
        ctx.any_element_sent = True
        result = DeltaGenerator(path[0], pinned_path=path, form_id=dg._form_id, block_kinds=dg._block_kinds)
        for recorder in ctx.cache_recorders:
            recorder.record("element", dg, element, result)
        return result

    def _block(self, block: dict[str, Any], *, form_id: str | None = None, dg_type: type | None = None) -> "DeltaGenerator":
        """Open a block and return the generator (of `dg_type`) that writes into it."""
        dg = self._active_dg
        ctx = get_script_run_ctx()
        if ctx is None:
            return dg
        check_nesting(dg._root, dg._block_kinds, block["type"])
        path = dg._next_path(ctx)
        ctx.enqueue({"type": "delta", "delta": {"kind": "addBlock", "path": list(path), "block": block}})
        ctx.any_element_sent = True
        result = (dg_type or DeltaGenerator)(
            path[0],
            parent_path=path,
            form_id=dg._form_id if form_id is None else form_id,
            block_kinds=(*dg._block_kinds, block["type"]),
        )
        for recorder in ctx.cache_recorders:
            recorder.record("block", dg, block, result)
        return result

    @property
    def _current_form_id(self) -> str:
        return self._active_dg._form_id

    # -- `with container:` ---------------------------------------------------------

    def __enter__(self) -> "DeltaGenerator":
        ctx = get_script_run_ctx()
        if ctx is not None:
            ctx.dg_stack.append(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        ctx = get_script_run_ctx()
        if ctx is not None and ctx.dg_stack:
            ctx.dg_stack.pop()
        return False

    def __dir__(self) -> Iterable[str]:
        return [name for name in super().__dir__() if not name.startswith("_")]


main_dg = DeltaGenerator(MAIN)
sidebar_dg = DeltaGenerator(SIDEBAR)
event_dg = DeltaGenerator(EVENT)
bottom_dg = DeltaGenerator(BOTTOM)
