"""st.audio_input: a recording from the user's microphone, as an UploadedFile (WAV).

The page records, converts to 16-bit mono WAV at `sample_rate` and sends it like a file
uploader's single file; clearing the recording sends none.
"""

from __future__ import annotations

from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.uploaded_file_manager import UploadedFile
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import validate_width
from streamlit.widgets.file_uploader import page_files

SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


class AudioInputMixin:
    def audio_input(
        self,
        label: str,
        *,
        sample_rate: int | None = 16000,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> UploadedFile | None:
        """Display a widget that records from the user's microphone; returns a WAV file or None."""
        if sample_rate is not None and (isinstance(sample_rate, bool) or sample_rate not in SAMPLE_RATES):
            raise StreamlitAPIException(
                f"Invalid sample_rate: {sample_rate}. Must be one of {list(SAMPLE_RATES)} Hz, "
                "or None to use the browser's default sample rate."
            )
        width = validate_width(width)
        return widget(
            self,
            "audio_input",
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
            identity={"sample_rate": sample_rate, "width": width},
            key_identity=("sample_rate",),
            has_default=False,
            allow_session_state_value=False,
            payload={"type": "audioInput", "sampleRate": sample_rate, "width": width},
        )
