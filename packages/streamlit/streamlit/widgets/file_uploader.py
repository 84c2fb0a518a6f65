"""st.file_uploader: files the user picks or drops, as `UploadedFile`s.

The page reads the files and sends them as `[{fileId, name, type, size, data}]`; they stay
the widget's value until the user removes them. A file's bytes cross to the worker once:
later reruns name it and its bytes come from the session's UploadedFileStore. Python never
sends files to the page, so the serializer gives the empty list.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from streamlit import config
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx
from streamlit.runtime.uploaded_file_manager import UploadedFile, check_file_type, file_from_page, normalize_file_types
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width

#: accept_multiple_files as the page takes it.
_MODES = {False: "single", True: "multiple", "directory": "directory"}


def page_files(*, multiple: bool, allowed_types: list[str] | None = None) -> Callable[[Any], Any]:
    """The deserializer of a widget whose value is files from the page: a list of
    UploadedFile with `multiple`, else the newest one or None."""
    ctx = get_script_run_ctx()
    store = ctx.session.uploaded_files if ctx is not None else None

    def deserialize(page_value: Any) -> Any:
        files = [file_from_page(f, store) for f in (page_value or [])]
        for file in files:
            check_file_type(file, allowed_types or [])
        if multiple:
            return files
        return files[-1] if files else None

    return deserialize


class FileUploaderMixin:
    def file_uploader(
        self,
        label: str,
        type: str | Sequence[str] | None = None,
        accept_multiple_files: bool | str = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_upload_size: int | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> UploadedFile | list[UploadedFile] | None:
        """Display a file uploader. Returns None or an UploadedFile, or a list of them when
        `accept_multiple_files` is True or "directory"."""
        if isinstance(accept_multiple_files, bool) or accept_multiple_files == "directory":
            mode = _MODES[accept_multiple_files]
        else:
            raise StreamlitAPIException(
                f"Invalid value for `accept_multiple_files`: {accept_multiple_files!r}. "
                'Must be True, False, or "directory".'
            )
        if max_upload_size is not None and (
            isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size <= 0
        ):
            raise StreamlitAPIException(
                "The `max_upload_size` parameter must be a positive integer representing the maximum file size "
                "in megabytes, or None to fall back to the `server.maxUploadSize` configuration option."
            )
        width = validate_width(width)
        allowed_types = normalize_file_types(type)
        multiple = mode != "single"

        return widget(
            self,
            "file_uploader",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=[] if multiple else None,
            deserializer=page_files(multiple=multiple, allowed_types=allowed_types),
            serializer=lambda _value: [],
            identity={
                "type": allowed_types,
                "accept_multiple_files": accept_multiple_files,
                "max_upload_size": max_upload_size,
                "width": width,
            },
            key_identity=("type", "accept_multiple_files", "max_upload_size"),
            has_default=False,
            allow_session_state_value=False,
            payload={
                "type": "fileUploader",
                "fileType": allowed_types,
                "mode": mode,
                "maxUploadSize": max_upload_size or config.get_option("server.maxUploadSize"),
                "width": width,
            },
        )
