"""st.chat_message and st.chat_input."""

from __future__ import annotations

import base64
import os
import unicodedata
from collections.abc import Iterator, MutableMapping, Sequence
from typing import Any, Callable

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.uploaded_file_manager import UploadedFile, check_file_type, file_from_page, normalize_file_types
from streamlit.widgets._base import widget

_PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
_ACCEPT_FILE = {False: "none", True: "single", "multiple": "multiple", "directory": "directory"}


def is_emoji(text: str) -> bool:
    """A single emoji (possibly a sequence joined with ZWJ, skin tones or flags)."""
    if not text or text.isascii() or len(text) > 12:
        return False
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\u200d\ufe0f\u20e3" or cat in ("So", "Sk", "Mn", "Me", "Cf") or 0x1F1E6 <= ord(ch) <= 0x1F1FF:
            continue
        if 0x1F300 <= ord(ch) <= 0x1FAFF or 0x2600 <= ord(ch) <= 0x27BF:
            continue
        return False
    return True


def _width(width: Any, *, allow_content: bool = True) -> Any:
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    if width == "stretch" or (allow_content and width == "content"):
        return width
    allowed = "'stretch', 'content', or a positive integer" if allow_content else "'stretch' or a positive integer"
    raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be either {allowed}.")


def _image_url(avatar: Any) -> str:
    """An avatar image (URL, path, bytes, file-like or PIL image) as a URL for the page."""
    if isinstance(avatar, str) and not os.path.isfile(avatar):
        # Not a file of the app: a URL (a relative one resolves against the page).
        return avatar
    try:
        from streamlit.elements.media import image_source

        source = image_source(avatar)
        if source.get("url"):
            return source["url"]
        data, mime = source["data"], source.get("mimeType") or "image/png"
    except StreamlitAPIException:
        raise
    except Exception as err:
        if isinstance(avatar, (bytes, bytearray)):
            data, mime = bytes(avatar), "image/png"
        else:
            raise StreamlitAPIException("Failed to load the provided avatar value as an image.") from err
    return f"data:{mime};base64,{base64.b64encode(bytes(data)).decode('ascii')}"


def _avatar(avatar: Any) -> tuple[str, str]:
    """(avatarType, avatar) as the page draws them: an icon name, an emoji or an image URL."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in _PRESETS:
        return "icon", _PRESETS[avatar]
    if isinstance(avatar, str) and (is_emoji(avatar) or len(avatar) == 1):
        # An emoji, or a single letter, is drawn as text.
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        from streamlit.elements.lib.utils import validate_icon

        return "icon", validate_icon(avatar) or ""
    try:
        return "image", _image_url(avatar)
    except StreamlitAPIException:
        raise
    except Exception as err:
        raise StreamlitAPIException("Failed to load the provided avatar value as an image.") from err


class ChatInputValue(MutableMapping[str, Any]):
    """What `st.chat_input(accept_file=...)` returns: `text` and `files`, by key or attribute."""

    def __init__(self, text: str, files: list[UploadedFile] | None = None, audio: UploadedFile | None = None, *, include_audio: bool = False) -> None:
        self.text = text
        self.files = files or []
        if include_audio:
            self.audio = audio
        self._keys = ("text", "files", "audio") if include_audio else ("text", "files")

    def __getitem__(self, key: str) -> Any:
        if key not in self._keys:
            raise KeyError(f"Invalid key: {key}")
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._keys:
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        raise KeyError(f"Invalid key: {key}")

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self.to_dict() == other.to_dict()
        return NotImplemented

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self._keys}

    def __repr__(self) -> str:
        return f"ChatInputValue({', '.join(f'{k}={getattr(self, k)!r}' for k in self._keys)})"


class ChatMixin:
    def chat_message(self, name: str, *, avatar: Any = None, width: Any = "stretch"):
        """Insert a chat message container (returns it; use `with` to write into it)."""
        if name is None:
            raise StreamlitAPIException(
                "The author name is required for a chat message, please set it via the parameter `name`."
            )
        name = str(name)
        if avatar is None and (name.lower() in _PRESETS or is_emoji(name)):
            avatar = name.lower()
        avatar_type, avatar_value = _avatar(avatar)
        # Nesting is refused by _block (elements/lib/layout_utils.py NO_SELF_NESTING).
        return self._block(  # type: ignore[attr-defined]
            {"type": "chatMessage", "allowEmpty": True, "name": name, "avatar": avatar_value, "avatarType": avatar_type, "width": _width(width)}
        )

    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Any = None,
        max_chars: int | None = None,
        max_upload_size: int | None = None,
        accept_file: bool | str = False,
        file_type: str | Sequence[str] | None = None,
        accept_audio: bool = False,
        audio_sample_rate: int | None = 16000,
        disabled: bool = False,
        on_submit: Callable[..., Any] | None = None,
        args: Any = None,
        kwargs: Any = None,
        width: Any = "stretch",
        height: Any = "content",
    ) -> Any:
        """Display a chat input; returns what the user sent in the run the send caused, else None."""
        from streamlit.delta_generator import MAIN, bottom_dg

        if self._current_form_id:  # type: ignore[attr-defined]
            raise StreamlitAPIException("`st.chat_input()` can't be used in a `st.form()`.")
        if accept_file not in _ACCEPT_FILE or isinstance(accept_file, int) and not isinstance(accept_file, bool):
            raise StreamlitAPIException("The `accept_file` parameter must be a boolean or 'multiple' or 'directory'.")
        if max_upload_size is not None and (not isinstance(max_upload_size, int) or max_upload_size <= 0):
            raise StreamlitAPIException(
                "The `max_upload_size` parameter must be a positive integer representing the maximum file size "
                "in megabytes, or None to fall back to the `server.maxUploadSize` configuration option."
            )
        width = _width(width, allow_content=False)
        accepts_files = accept_file is not False
        allowed_types = normalize_file_types(file_type)

        def deserialize(value: Any) -> Any:
            if value is None or isinstance(value, bool):
                return None
            get = value.get if isinstance(value, dict) else (lambda k, d=None: getattr(value, k, d))
            text = value if isinstance(value, str) else str(get("text", "") or "")
            if not (accepts_files or accept_audio):
                return text
            files = [] if isinstance(value, str) else [file_from_page(f) for f in (get("files", None) or [])]
            for f in files:
                check_file_type(f, allowed_types)
            return ChatInputValue(text, files, include_audio=bool(accept_audio))

        # Pinned to the bottom at the top level of the main area; inline anywhere else.
        active = self._active_dg  # type: ignore[attr-defined]
        at_top = active._root == MAIN and active._parent_path is None and active._pinned_path is None
        return widget(
            bottom_dg if at_top else self,
            "chat_input",
            label="",
            key=key,
            help=None,
            on_change=on_submit,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            default=None,
            deserializer=deserialize,
            identity={
                "placeholder": str(placeholder),
                "max_chars": max_chars,
                "max_upload_size": max_upload_size,
                "accept_file": accept_file,
                "file_type": allowed_types,
                "accept_audio": accept_audio,
                "width": width,
            },
            key_identity=("accept_file", "file_type", "max_chars", "max_upload_size"),
            payload={
                "type": "chatInput",
                "placeholder": str(placeholder),
                "maxChars": max_chars,
                "acceptFile": _ACCEPT_FILE[accept_file],
                "fileType": allowed_types,
                "maxUploadSize": max_upload_size or 200,
                "width": width,
                "position": "bottom" if at_top else "inline",
            },
            value_type="trigger",
            allow_session_state_value=False,
        )
