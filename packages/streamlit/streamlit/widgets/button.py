"""st.button, st.download_button and st.link_button.

Buttons are trigger widgets: true for exactly the run their click caused. The form
submit button (widgets/form.py) is a button with `isFormSubmitter`.
"""

from __future__ import annotations

import io
import mimetypes
from typing import Any, Callable

from streamlit.elements.lib.layout_utils import validate_width
from streamlit.elements.lib.utils import help_text, validate_icon
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.runtime.state.widgets import check_callback_rules
from streamlit.widgets._base import widget
from streamlit.widgets.form import FORM_DOCS

_KINDS = ("primary", "secondary", "tertiary")


def _check_type(kind: Any, command: str) -> str:
    if kind not in _KINDS:
        raise StreamlitAPIException(
            f'The type argument to {command} must be "primary", "secondary", or "tertiary". \n'
            f'The argument passed was "{kind}".'
        )
    return kind


def _width(width: Any, use_container_width: bool | None) -> Any:
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    return validate_width(width, allow_content=True)


def file_data(data: Any, mime: str | None) -> tuple[bytes, str]:
    """The bytes to download and their MIME type (Streamlit's defaults: text or octet-stream)."""
    if isinstance(data, str):
        return data.encode(), mime or "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), mime or "text/plain"
    if isinstance(data, io.TextIOBase):
        return data.read().encode(), mime or "text/plain"
    if isinstance(data, bytes):
        return data, mime or "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), mime or "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase, io.BufferedIOBase)):
        data.seek(0)
        return data.read() or b"", mime or "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


#: Deferred download callables by handle: (run id, callable, mime). Kept for two runs.
_deferred: dict[str, tuple[int, Callable[[], Any], str | None]] = {}
_deferred_count = 0


def _defer(data: Callable[[], Any], mime: str | None) -> str:
    global _deferred_count
    ctx = get_script_run_ctx()
    run_id = ctx.run_id if ctx is not None else 0
    for handle in [h for h, (r, _, _) in _deferred.items() if r < run_id - 1]:
        del _deferred[handle]
    _deferred_count += 1
    handle = f"download-{_deferred_count}"
    _deferred[handle] = (run_id, data, mime)
    return handle


def deferred_download(handle: str) -> dict[str, Any]:
    """Call a deferred download's callable (the page asks when the button is clicked).

    It runs between script runs, so Streamlit commands inside it draw nothing, as in
    Streamlit where it runs on a thread without a script context.
    """
    entry = _deferred.get(handle)
    if entry is None:
        return {"error": "This download is no longer available. Rerun the app and try again."}
    _, data, mime = entry
    try:
        content, mime_type = file_data(data(), mime)
    except Exception as err:  # noqa: BLE001 - reported to the page
        return {"error": f"{type(err).__name__}: {err}"}
    return {"data": content, "mime": mime_type}


def default_file_name(mime: str) -> str:
    """Streamlit names an unnamed download `streamlit_download` plus the type's extension."""
    extension = mimetypes.guess_extension(mime.split(";")[0].strip()) or ""
    return f"streamlit_download{extension}"


class ButtonMixin:
    def button(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
    ) -> bool:
        """Display a button. True for the run caused by its click."""
        width = _width(width, use_container_width)
        _check_type(type, "st.button")
        return self._trigger_button(
            "button", label, key, help, on_click, args, kwargs, type, icon, disabled, width
        )

    def download_button(
        self,
        label: str,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_click: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
    ) -> bool:
        """Display a button that saves `data` as a file in the browser. True for the run its click caused."""
        width = _width(width, use_container_width)
        _check_type(type, "st.download_button")
        callback = None if on_click is None or on_click in ("ignore", "rerun") else on_click
        form_id = self._current_form_id
        if form_id:
            check_callback_rules(None, form_id, callback)
            raise StreamlitAPIException(f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS}")
        deferred = _defer(data, mime) if callable(data) else None
        # A callable is called on click; until then its type is unknown (Streamlit names it so too).
        content, mime_type = (None, mime or "application/octet-stream") if deferred else file_data(data, mime)
        icon = validate_icon(icon)
        return bool(
            widget(
                self,
                "download_button",
                label=label,
                key=key,
                help=help,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                disabled=disabled,
                default=False,
                deserializer=bool,
                identity={"icon": icon, "file_name": file_name, "mime": mime, "type": type, "width": width},
                payload={
                    "type": "downloadButton",
                    "kind": type,
                    "icon": icon,
                    "useContainerWidth": width == "stretch",
                    "data": content,
                    "deferred": deferred,
                    "mime": mime_type,
                    "fileName": file_name or default_file_name(mime_type),
                    "ignoreRerun": on_click == "ignore",
                },
                value_type="trigger",
                allow_session_state_value=False,
            )
        )

    def link_button(
        self,
        label: str,
        url: str,
        *,
        help: str | None = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
    ):
        """Display a button that opens `url` in a new tab."""
        _check_type(type, "st.link_button")
        width = _width(width, use_container_width)
        return self._enqueue(
            {
                "type": "linkButton",
                "label": str(label),
                "url": str(url),
                "kind": type,
                "icon": validate_icon(icon),
                "help": help_text(help),
                "disabled": bool(disabled),
                "useContainerWidth": width == "stretch",
            }
        )

    def _trigger_button(
        self,
        element_type: str,
        label: str,
        key: Any,
        help: Any,
        on_click: Any,
        args: Any,
        kwargs: Any,
        kind: str,
        icon: Any,
        disabled: bool,
        width: Any,
        *,
        is_form_submitter: bool = False,
    ) -> bool:
        form_id = self._current_form_id
        if form_id and not is_form_submitter:
            check_callback_rules(None, form_id, on_click)
            raise StreamlitAPIException(f"`st.button()` can't be used in an `st.form()`.{FORM_DOCS}")
        if is_form_submitter and not form_id:
            raise StreamlitAPIException(f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS}")
        icon = validate_icon(icon)
        return bool(
            widget(
                self,
                element_type,
                label=label,
                key=key,
                help=help,
                on_change=on_click,
                args=args,
                kwargs=kwargs,
                disabled=disabled,
                default=False,
                deserializer=bool,
                identity={"icon": icon, "is_form_submitter": is_form_submitter, "type": kind, "width": width},
                payload={
                    "type": "button",
                    "kind": kind,
                    "icon": icon,
                    "useContainerWidth": width == "stretch",
                    **({"isFormSubmitter": True} if is_form_submitter else {}),
                },
                value_type="trigger",
                allow_session_state_value=False,
                is_form_submitter=is_form_submitter,
                form_id=form_id if is_form_submitter else "",
            )
        )
