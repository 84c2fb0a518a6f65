"""st.camera_input: a photo from the user's webcam, as an UploadedFile (JPEG).

The page takes the photo and sends it like a file uploader's single file; Clear photo sends
no file. Python never sends a photo to the page.
"""

from __future__ import annotations

from typing import Any, Callable

from streamlit.runtime.uploaded_file_manager import UploadedFile
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width
from streamlit.widgets.file_uploader import page_files


class CameraInputMixin:
    def camera_input(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> UploadedFile | None:
        """Display a widget that returns a picture from the user's webcam (or None)."""
        width = validate_width(width)
        return widget(
            self,
            "camera_input",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=None,
            deserializer=page_files(multiple=False),
            serializer=lambda _value: [],
            identity={"width": width},
            has_default=False,
            allow_session_state_value=False,
            payload={"type": "cameraInput", "width": width},
        )
