"""Files the user gave the app (st.chat_input attachments, st.file_uploader).

`UploadedFile` is Streamlit's: a BytesIO with `file_id`, `name`, `type` and `size`, so
it can be passed anywhere a file is expected.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Sequence
from typing import Any, NamedTuple

from streamlit.errors import StreamlitAPIException


class UploadedFileRec(NamedTuple):
    """What the page sends for one file."""

    file_id: str
    name: str
    type: str
    data: bytes


class UploadedFile(io.BytesIO):
    """A file-like object holding a file the user uploaded."""

    def __init__(self, record: UploadedFileRec, file_urls: Any = None) -> None:
        super().__init__(record.data)
        self.file_id = record.file_id
        self.name = record.name
        self.type = record.type
        self.size = len(record.data)
        self._file_urls = file_urls

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    __hash__ = io.BytesIO.__hash__  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"


def file_from_page(value: Any) -> UploadedFile:
    """An UploadedFile from the page's `{name, type, size, data}` (data: bytes-like)."""
    get = value.get if isinstance(value, dict) else (lambda k, d=None: getattr(value, k, d))
    data = get("data", b"")
    if hasattr(data, "to_bytes"):  # a JS typed array that arrived as a JsProxy
        data = data.to_bytes()
    return UploadedFile(
        UploadedFileRec(
            file_id=str(get("fileId", None) or uuid.uuid4()),
            name=str(get("name", "") or ""),
            type=str(get("type", "") or ""),
            data=bytes(data or b""),
        )
    )


def normalize_file_types(file_type: str | Sequence[str] | None) -> list[str]:
    """The allowed types as the page and `check_file_type` take them: lower case, extensions
    with their dot (`csv` -> `.csv`; `.jpg` and `.jpeg` go together), `image` -> `image/*`."""
    if not file_type:
        return []
    types = [file_type] if isinstance(file_type, str) else list(file_type)
    out: list[str] = []
    for t in types:
        t = str(t).strip().lower()
        if "/" not in t and t in ("image", "audio", "video", "text"):
            t = f"{t}/*"
        elif "/" not in t and not t.startswith("."):
            t = f".{t}"
        out.append(t)
    for a, b in ((".jpg", ".jpeg"), (".jpeg", ".jpg")):
        if a in out and b not in out:
            out.append(b)
    return out


def check_file_type(file: UploadedFile, allowed: list[str]) -> None:
    """Raise Streamlit's error when `file` is none of the `allowed` types (the page filters
    too, but only Python's check is one a script can rely on)."""
    if not allowed:
        return
    name, mime = file.name.lower(), (file.type or "").lower()
    for t in allowed:
        if t.endswith("/*") and mime.startswith(t[:-1]):
            return
        if "/" in t and mime == t:
            return
        if t.startswith(".") and name.endswith(t):
            return
    extension = os.path.splitext(file.name)[1].lower()
    raise StreamlitAPIException(f"Invalid file extension: `{extension}`. Allowed: {allowed}")
