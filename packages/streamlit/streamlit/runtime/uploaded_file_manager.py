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


class UploadedFileStore:
    """The bytes of the files the page's widgets hold, by file id, for one session.

    The page sends a file's bytes once (components/app/uploads.ts); later requests name the
    file without them, and its bytes come from here. Each request lists every file the
    page still holds, so the others are dropped.
    """

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def sync(self, widget_states: Any) -> None:
        """Keep the bytes that `widget_states` (a rerun request's) carries or still names."""
        named: dict[str, bytes | None] = {}
        for state in (widget_states or {}).values():
            value = state.get("value") if isinstance(state, dict) else None
            for item in value if isinstance(value, list) else ():
                file_id = item.get("fileId") if isinstance(item, dict) else None
                if file_id:
                    data = item.get("data")
                    named[str(file_id)] = None if data is None else _as_bytes(data)
        kept: dict[str, bytes] = {}
        for file_id, data in named.items():
            if data is None:
                data = self._data.get(file_id)
            if data is not None:
                kept[file_id] = data
        self._data = kept

    def get(self, file_id: str) -> bytes | None:
        return self._data.get(file_id)


def _as_bytes(data: Any) -> bytes:
    if hasattr(data, "to_bytes"):  # a JS typed array that arrived as a JsProxy
        return data.to_bytes()
    return bytes(data or b"")


def file_from_page(value: Any, store: UploadedFileStore | None = None) -> UploadedFile:
    """An UploadedFile from the page's `{fileId, name, type, size, data}`; without `data`,
    the bytes come from `store` (sent in an earlier request)."""
    get = value.get if isinstance(value, dict) else (lambda k, d=None: getattr(value, k, d))
    file_id = str(get("fileId", None) or uuid.uuid4())
    data = get("data", None)
    if data is None and get("fileId", None) is not None:
        data = store.get(file_id) if store is not None else None
        if data is None:
            name = get("name", "")
            raise StreamlitAPIException(f"The uploaded file `{name}` is no longer available. Please upload it again.")
    return UploadedFile(
        UploadedFileRec(
            file_id=file_id,
            name=str(get("name", "") or ""),
            type=str(get("type", "") or ""),
            data=_as_bytes(data),
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
