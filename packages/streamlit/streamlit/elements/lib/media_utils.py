"""Media helpers: turn what apps pass to st.image / st.audio / st.video / st.pdf into
sources the page can draw, with encoders written against the standard library only.

A *source* is a plain dict the page understands (protocol `MediaSource`):
``{"data": bytes | None, "url": str | None, "mimeType": str}``. Bytes travel to the
page as they are (a Uint8Array there) and are shown through a blob URL; URLs are used
as given.

numpy, PIL and friends are never imported here unless the object in hand came from
them (duck typing by shape/dtype/tobytes and `save()`).
"""

from __future__ import annotations

import io
import math
import mimetypes
import os
import re
import struct
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

from streamlit.elements.lib.layout_utils import validate_height, validate_width  # noqa: F401  (re-exported)
from streamlit.errors import StreamlitAPIException

# -- sources ---------------------------------------------------------------------------


def source(data: bytes | None = None, url: str | None = None, mime_type: str = "") -> dict[str, Any]:
    return {"data": data, "url": url, "mimeType": mime_type}


def is_url(text: str, schemes: tuple[str, ...] = ("http", "https", "data")) -> bool:
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", text.strip())
    if not match or match.group(1).lower() not in schemes:
        return False
    if match.group(1).lower() == "data":
        return True
    return bool(re.match(r"^[a-zA-Z]+://[^\s/]+", text.strip()))


def read_file_like(data: Any) -> bytes | None:
    """Bytes of a BytesIO, an open binary file, an UploadedFile, or None if not file-like."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if hasattr(data, "getvalue"):
        value = data.getvalue()
        if isinstance(value, str):
            value = value.encode("utf-8")
        return bytes(value)
    if hasattr(data, "read"):
        if hasattr(data, "seek"):
            try:
                data.seek(0)
            except (OSError, ValueError):
                pass
        value = data.read()
        if value is None:
            return b""
        if isinstance(value, str):
            value = value.encode("utf-8")
        return bytes(value)
    return None


_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"\x00\x00\x01\x00", 0, "image/x-icon"),
    (b"%PDF", 0, "application/pdf"),
    (b"OggS", 0, "audio/ogg"),
    (b"fLaC", 0, "audio/flac"),
    (b"ID3", 0, "audio/mpeg"),
    (b"\x1aE\xdf\xa3", 0, "video/webm"),
)


def sniff_mime(data: bytes, default: str = "application/octet-stream") -> str:
    """The media type of `data` from its leading bytes (enough for the browser to pick a decoder)."""
    head = bytes(data[:64])
    for magic, offset, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return "image/avif"
        if brand in (b"M4A ", b"M4B "):
            return "audio/mp4"
        return "video/mp4"
    if head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    text = head.lstrip()[:64].lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in bytes(data[:4096]).lower()):
        return "image/svg+xml"
    return default


def guess_mime_from_path(path: str, default: str = "application/octet-stream") -> str:
    mime, _ = mimetypes.guess_type(path)
    if mime is None:
        ext = os.path.splitext(path)[1].lower()
        mime = {".webp": "image/webp", ".avif": "image/avif", ".vtt": "text/vtt", ".srt": "text/plain"}.get(ext)
    return mime or default


class MediaFileStorageError(StreamlitAPIException):
    """A media file could not be read (Streamlit's MediaFileStorageError)."""


def read_path(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as err:
        raise MediaFileStorageError(f"Error opening '{path}'") from err


# -- PNG ---------------------------------------------------------------------------------


def encode_png(width: int, height: int, channels: int, pixels: bytes) -> bytes:
    """A PNG of 8-bit gray (1), gray+alpha (2), RGB (3) or RGBA (4) pixels, row by row."""
    color_type = {1: 0, 2: 4, 3: 2, 4: 6}[channels]
    stride = width * channels
    if len(pixels) != stride * height:
        raise ValueError(f"expected {stride * height} bytes of pixels, got {len(pixels)}")
    # Filter type 0 (none) on every row: simple, and zlib still compresses flat areas well.
    raw = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", data[16:24])


# -- arrays ------------------------------------------------------------------------------


def is_array_like(obj: Any) -> bool:
    """numpy arrays and look-alikes: a shape, a dtype, and a way to get at the values."""
    return hasattr(obj, "shape") and hasattr(obj, "dtype") and (hasattr(obj, "tobytes") or hasattr(obj, "tolist"))


def _from_numpy(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] == "numpy"


def _dtype_kind(arr: Any) -> str:
    kind = getattr(arr.dtype, "kind", None)
    if isinstance(kind, str):
        return kind
    name = str(arr.dtype)
    if name.startswith("float"):
        return "f"
    if name.startswith("uint"):
        return "u"
    if name.startswith("int"):
        return "i"
    if name.startswith("bool"):
        return "b"
    return "O"


def _flatten(values: Any) -> list[Any]:
    """Nested lists (rows, pixels, channels) to one flat list."""
    out: list[Any] = []

    def walk(v: Any) -> None:
        if isinstance(v, (list, tuple)):
            for item in v:
                walk(item)
        else:
            out.append(v)

    walk(values)
    return out


def array_to_png(arr: Any, clamp: bool = False, channels: str = "RGB") -> tuple[bytes, int, int]:
    """Encode an image array of shape (h, w), (h, w, 1), (h, w, 3) or (h, w, 4) as PNG.

    Follows Streamlit's rules: floats must lie in [0, 1] and ints in [0, 255] unless
    `clamp`; "BGR" swaps the first and third channel. Returns (png, width, height).
    """
    shape = tuple(int(s) for s in arr.shape)
    if len(shape) not in (2, 3):
        raise StreamlitAPIException("Numpy shape has to be of length 2 or 3.")
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}")
    height, width = shape[0], shape[1]
    depth = 1 if len(shape) == 2 else shape[2]
    if channels.upper() == "BGR" and depth not in (3, 4):
        raise StreamlitAPIException('When using `channels="BGR"`, the input image should have exactly 3 color channels')
    kind = _dtype_kind(arr)
    if _from_numpy(arr):
        pixels = _numpy_pixels(arr, kind, clamp, channels.upper() == "BGR", depth)
    else:
        pixels = _generic_pixels(arr, kind, clamp, channels.upper() == "BGR", depth)
    return encode_png(width, height, depth, pixels), width, height


def _numpy_pixels(arr: Any, kind: str, clamp: bool, bgr: bool, depth: int) -> bytes:
    import numpy as np  # the array came from numpy, so it is installed

    data = np.asarray(arr)
    if kind == "f":
        if clamp:
            data = np.clip(data, 0.0, 1.0)
        elif data.size and (np.amin(data) < 0.0 or np.amax(data) > 1.0):
            raise RuntimeError("Data is outside [0.0, 1.0] and clamp is not set.")
        data = np.round(data * 255)
    elif kind == "b":
        data = data.astype(np.uint8) * 255
    else:
        if clamp:
            data = np.clip(data, 0, 255)
        elif data.size and (np.amin(data) < 0 or np.amax(data) > 255):
            raise RuntimeError("Data is outside [0, 255] and clamp is not set.")
    if data.ndim == 3 and depth == 1:
        data = data[:, :, 0]
    if bgr:
        data = data[:, :, [2, 1, 0, 3][:depth]]
    return np.ascontiguousarray(data.astype(np.uint8)).tobytes()


def _generic_pixels(arr: Any, kind: str, clamp: bool, bgr: bool, depth: int) -> bytes:
    values = _flatten(arr.tolist()) if hasattr(arr, "tolist") else list(arr.tobytes())
    if kind == "f":
        if not clamp and any(v < 0.0 or v > 1.0 for v in values):
            raise RuntimeError("Data is outside [0.0, 1.0] and clamp is not set.")
        values = [int(round(min(1.0, max(0.0, v)) * 255)) for v in values]
    elif kind == "b":
        values = [255 if v else 0 for v in values]
    else:
        if not clamp and any(v < 0 or v > 255 for v in values):
            raise RuntimeError("Data is outside [0, 255] and clamp is not set.")
        values = [min(255, max(0, int(v))) for v in values]
    if bgr:
        for i in range(0, len(values), depth):
            values[i], values[i + 2] = values[i + 2], values[i]
    return bytes(values)


def split_image_batch(arr: Any) -> list[Any] | None:
    """A 4-D image array (n, h, w, c) is a list of n images; None for anything else."""
    if is_array_like(arr) and len(tuple(arr.shape)) == 4:
        return [arr[i] for i in range(int(arr.shape[0]))]
    return None


# -- PIL-like images ---------------------------------------------------------------------


def is_pil_image(obj: Any) -> bool:
    return hasattr(obj, "save") and hasattr(obj, "mode") and hasattr(obj, "size") and not isinstance(obj, (str, bytes))


def pil_to_bytes(image: Any, output_format: str) -> tuple[bytes, str]:
    """Save a PIL image as Streamlit would: GIF stays GIF, alpha → PNG, else JPEG."""
    fmt = output_format.upper()
    if fmt == "JPG":
        fmt = "JPEG"
    if fmt not in ("JPEG", "PNG"):
        if getattr(image, "format", None) == "GIF":
            fmt = "GIF"
        elif getattr(image, "mode", "") in ("RGBA", "LA", "P"):
            fmt = "PNG"
        else:
            fmt = "JPEG"
    if fmt == "JPEG" and getattr(image, "mode", "") in ("RGBA", "LA", "P") and hasattr(image, "convert"):
        image = image.convert("RGB")
    buf = io.BytesIO()
    if fmt == "JPEG":
        image.save(buf, format=fmt, quality=100)
    else:
        image.save(buf, format=fmt)
    return buf.getvalue(), f"image/{fmt.lower()}"


# -- SVG -----------------------------------------------------------------------------------

_SVG_RE = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")


def looks_like_svg(text: str) -> bool:
    return bool(_SVG_RE.search(text))


def svg_bytes(text: str) -> bytes:
    if "xmlns" not in text:
        # An <img> only draws SVG that declares its namespace.
        text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return text.encode("utf-8")


# -- audio -----------------------------------------------------------------------------------


def array_to_wav(arr: Any, sample_rate: int) -> bytes:
    """16-bit PCM WAV of a 1-D (mono) or 2-D (channels, samples) array, peak-normalised."""
    import wave

    shape = tuple(int(s) for s in arr.shape) if hasattr(arr, "shape") else (len(arr),)
    if _from_numpy(arr) and len(shape) in (1, 2):
        return _numpy_wav(arr, int(sample_rate))
    values = arr.tolist() if hasattr(arr, "tolist") else list(arr)
    if len(shape) == 1:
        nchan = 1
        frames = [float(v) for v in values]
    elif len(shape) == 2:
        nchan = shape[0]
        # WAV interleaves channels: L1 R1 L2 R2 ...
        frames = [float(values[c][s]) for s in range(shape[1]) for c in range(nchan)]
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = max((abs(v) for v in frames), default=0.0)
    if peak > 0:
        samples = [int(v / peak * 32767) for v in frames]
    else:
        samples = [0] * len(frames)
    with io.BytesIO() as fp:
        with wave.open(fp, mode="wb") as w:
            w.setnchannels(nchan)
            w.setframerate(int(sample_rate))
            w.setsampwidth(2)
            w.setcomptype("NONE", "NONE")
            w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        return fp.getvalue()


def _numpy_wav(arr: Any, sample_rate: int) -> bytes:
    import wave

    import numpy as np  # the array came from numpy, so it is installed

    data = np.asarray(arr, dtype=float)
    nchan = 1 if data.ndim == 1 else data.shape[0]
    if data.ndim == 2:
        data = data.T.ravel()
    peak = float(np.max(np.abs(data))) if data.size else 0.0
    scaled = (data / peak * 32767 if peak > 0 else data).astype("<i2")
    with io.BytesIO() as fp:
        with wave.open(fp, mode="wb") as w:
            w.setnchannels(nchan)
            w.setframerate(sample_rate)
            w.setsampwidth(2)
            w.setcomptype("NONE", "NONE")
            w.writeframes(scaled.tobytes())
        return fp.getvalue()


# -- times -------------------------------------------------------------------------------------

TIMEDELTA_PARSE_ERROR_MESSAGE = (
    "Failed to convert '{param_name}' to a timedelta. "
    "Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)

_UNITS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "t": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "ms": 0.001, "milli": 0.001, "millis": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
    "us": 1e-6, "micro": 1e-6, "micros": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
    "ns": 1e-9, "nano": 1e-9, "nanos": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9,
}


def parse_duration(text: str) -> float:
    """Seconds in a string like "20s", "2 minute", "1m14s", "1h 2m", "00:01:14" (pandas-style)."""
    s = text.strip().lower()
    clock = re.fullmatch(r"(?:(\d+)\s*days?,?\s*)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)", s)
    if clock:
        days, h, m, sec = clock.groups()
        return int(days or 0) * 86400 + int(h) * 3600 + int(m) * 60 + float(sec)
    parts = re.findall(r"([-+]?\d+(?:\.\d+)?)\s*([a-z]+)", s)
    if not parts or re.sub(r"[-+]?\d+(?:\.\d+)?\s*[a-z]+", "", s).strip(" ,"):
        try:
            return float(s)  # a bare number: pandas reads it as nanoseconds; Streamlit apps use units
        except ValueError:
            raise ValueError(f"cannot parse {text!r}") from None
    total = 0.0
    for number, unit in parts:
        if unit not in _UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        total += float(number) * _UNITS[unit]
    return total


def time_to_seconds(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("bool")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if hasattr(value, "total_seconds"):
        return float(value.total_seconds())
    if isinstance(value, str):
        return parse_duration(value)
    raise ValueError(f"unsupported {type(value)}")


def parse_start_end(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    try:
        start = time_to_seconds(start_time)
        if start is None or math.isnan(start):
            raise ValueError
        start_i = int(start)
    except ValueError:
        raise StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="start_time", param_value=start_time)
        ) from None
    try:
        end = time_to_seconds(end_time)
        end_i = None if end is None else int(end)
    except ValueError:
        raise StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="end_time", param_value=end_time)
        ) from None
    if start_i < 0 or (end_i is not None and end_i <= start_i):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")
    return start_i, end_i


# -- subtitles ------------------------------------------------------------------------------------

_SRT_VALIDATION_RE = re.compile(r"\s*\d+\s*\n\s*(\d{2}:\d{2}:\d{2},\d{3})\s*-->\s*(\d{2}:\d{2}:\d{2},\d{3})")
_SRT_TIME_RE = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")


def srt_to_vtt(srt: str) -> str:
    """SubRip → WebVTT: a header and '.' instead of ',' before the milliseconds."""
    return ("WEBVTT\n\n" + _SRT_TIME_RE.sub(r"\1.\2", srt.replace("\r\n", "\n"))).strip()


def subtitle_to_vtt(data: Any) -> str:
    """The WebVTT text of a subtitle given as a path, raw .vtt/.srt text, bytes or BytesIO."""
    content: str
    if isinstance(data, Path) or (isinstance(data, str) and "\n" not in data and len(data) < 1024 and os.path.isfile(data)):
        content = read_path(str(data)).decode("utf-8")
    elif isinstance(data, str):
        content = data
    else:
        raw = read_file_like(data)
        if raw is None:
            raise TypeError(f"unsupported subtitle data {type(data)}")
        try:
            content = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise ValueError("Could not decode the input stream as UTF-8.") from err
    text = content.lstrip("\ufeff")
    if text.lstrip().startswith("WEBVTT"):
        return text
    if _SRT_VALIDATION_RE.match(text):
        return srt_to_vtt(text)
    raise ValueError("The provided subtitle content is not valid .srt or .vtt format")
