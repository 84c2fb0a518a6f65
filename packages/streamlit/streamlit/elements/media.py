"""Media elements: st.image, st.audio, st.video, st.pdf."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import Any

from streamlit.elements.lib import media_utils as mu
from streamlit.errors import StreamlitAPIException

# Any YouTube watch, embed or short link; the video code is one of the named groups.
_YOUTUBE_RE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)"
    r"(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)"
    r"(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)?youtube(-nocookie)?\.com\/"
    r"((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})"
)


def youtube_embed_url(url: str) -> str | None:
    match = _YOUTUBE_RE.match(url)
    if not match:
        return None
    code = match.group("video_id_1") or match.group("video_id_2") or match.group("video_id_3")
    return f"https://www.youtube.com/embed/{code}"


def image_source(image: Any, clamp: bool = False, channels: str = "RGB", output_format: str = "auto") -> dict[str, Any]:
    """One image (anything st.image takes except a list) as a media source."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        is_file = len(image) < 4096 and "\n" not in image and _isfile(image)
        if not is_file and mu.is_url(image):
            mime = image[5:].split(";")[0].split(",")[0] if image.startswith("data:") else mu.guess_mime_from_path(image.split("?")[0], "")
            return mu.source(url=image.strip(), mime_type=mime)
        if is_file and image.lower().endswith(".svg"):
            image = mu.read_path(image).decode("utf-8")
            is_file = False
        if not is_file and mu.looks_like_svg(image):
            return mu.source(data=mu.svg_bytes(image), mime_type="image/svg+xml")
        data = mu.read_path(image)
        return mu.source(data=data, mime_type=mu.sniff_mime(data, mu.guess_mime_from_path(image)))
    if mu.is_pil_image(image):
        data, mime = mu.pil_to_bytes(image, output_format)
        return mu.source(data=data, mime_type=mime)
    if mu.is_array_like(image) and not isinstance(image, (bytes, bytearray)):
        png, _, _ = mu.array_to_png(image, clamp=clamp, channels=channels)
        return mu.source(data=png, mime_type="image/png")
    data = mu.read_file_like(image)
    if data is None:
        raise StreamlitAPIException(f"Unsupported image type: `{type(image).__name__}`.")
    return mu.source(data=data, mime_type=mu.sniff_mime(data, "image/png"))


def _isfile(path: str) -> bool:
    import os

    try:
        return os.path.isfile(path)
    except (OSError, ValueError):
        return False


def _image_list(image: Any) -> list[Any]:
    if isinstance(image, (list, set, tuple)):
        return list(image)
    batch = mu.split_image_batch(image)
    return batch if batch is not None else [image]


def _captions(caption: Any, count: int) -> list[str | None]:
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif mu.is_array_like(caption) and len(tuple(caption.shape)) == 1:
        captions = caption.tolist()
    elif caption is None:
        captions = [None] * count
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return [None if c is None else str(c) for c in captions]


def _image_width(width: Any, use_column_width: Any, use_container_width: Any) -> Any:
    if use_container_width is not None and use_column_width is not None:
        raise StreamlitAPIException(
            "`use_container_width` and `use_column_width` cannot be set at the same time. "
            "Please utilize `use_container_width` since `use_column_width` is deprecated."
        )
    if use_column_width is not None:
        _deprecated("use_column_width", "width")
        if use_column_width == "always" or use_column_width is True:
            return "stretch"
        return "content"
    if use_container_width is not None:
        _deprecated("use_container_width", "width")
        if use_container_width:
            return "stretch"
        return width if isinstance(width, int) and not isinstance(width, bool) else "content"
    if width is None:  # older Streamlit's default
        return "content"
    if isinstance(width, int) and not isinstance(width, bool) and width <= 0:
        raise StreamlitAPIException("Image width must be positive.")
    return mu.validate_width(width, allow_content=True)


def _deprecated(param: str, instead: str) -> None:
    print(
        f"Streamlit: the `{param}` parameter has been deprecated and will be removed in a future release. "
        f"Please utilize the `{instead}` parameter instead.",
        file=sys.stderr,
    )


def image_payload(image, caption=None, width="content", use_column_width=None, clamp=False, channels="RGB", output_format="auto", use_container_width=None) -> dict[str, Any]:
    """The `image` element for st.image's arguments (shared with st.pyplot and st.logo)."""
    images = _image_list(image)
    captions = _captions(caption, len(images))
    resolved_width = _image_width(width, use_column_width, use_container_width)
    items = []
    for img, cap in zip(images, captions):
        items.append({**image_source(img, clamp, str(channels), str(output_format)), "caption": cap})
    return {"type": "image", "images": items, "width": resolved_width}


def _media_data_source(data: Any, mime: str, default_mime: str) -> dict[str, Any]:
    """Audio, video or PDF data that is not a URL: a path, bytes or a file-like object."""
    if data is None:
        return mu.source(mime_type=mime)
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        raw = mu.read_path(data)
        guessed = mu.sniff_mime(raw, mu.guess_mime_from_path(data, mime))
        return mu.source(data=raw, mime_type=guessed if mime == default_mime else mime)
    if mu.is_array_like(data) and hasattr(data, "tobytes"):
        raw = bytes(data.tobytes())
        return mu.source(data=raw, mime_type=mime)
    raw = mu.read_file_like(data)
    if raw is None:
        raise RuntimeError(f"Invalid binary data format: {type(data)}")
    return mu.source(data=raw, mime_type=mu.sniff_mime(raw, mime) if mime == default_mime else mime)


class MediaMixin:
    def image(
        self,
        image: Any,
        caption: Any = None,
        width: Any = "content",
        use_column_width: Any = None,
        clamp: bool = False,
        channels: str = "RGB",
        output_format: str = "auto",
        *,
        use_container_width: bool | None = None,
    ):
        """Display an image or a list of images."""
        return self._enqueue(
            image_payload(image, caption, width, use_column_width, clamp, channels, output_format, use_container_width)
        )

    def audio(
        self,
        data: Any,
        format: str = "audio/wav",
        start_time: Any = 0,
        *,
        sample_rate: int | None = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        width: Any = "stretch",
    ):
        """Display an audio player."""
        start, end = mu.parse_start_end(start_time, end_time)
        mu.validate_width(width)
        is_array = mu.is_array_like(data) and not isinstance(data, (bytes, bytearray))
        if is_array and sample_rate is None:
            raise StreamlitAPIException("`sample_rate` must be specified when `data` is a numpy array.")
        if not is_array and sample_rate is not None:
            self.warning("Warning: `sample_rate` will be ignored since data is not a numpy array.")
        if isinstance(data, str) and mu.is_url(data):
            src = mu.source(url=data.strip(), mime_type=format)
        elif is_array:
            src = mu.source(data=mu.array_to_wav(data, int(sample_rate)), mime_type="audio/wav")  # type: ignore[arg-type]
        else:
            src = _media_data_source(data, format, "audio/wav")
        return self._enqueue(
            {
                "type": "audio",
                "source": src,
                "startTime": start,
                "endTime": end,
                "loop": bool(loop),
                "autoplay": bool(autoplay),
                "width": width,
            }
        )

    def video(
        self,
        data: Any,
        format: str = "video/mp4",
        start_time: Any = 0,
        *,
        subtitles: Any = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        muted: bool = False,
        width: Any = "stretch",
    ):
        """Display a video player."""
        start, end = mu.parse_start_end(start_time, end_time)
        mu.validate_width(width)
        youtube = None
        if isinstance(data, str) and mu.is_url(data):
            youtube = youtube_embed_url(data.strip())
            if youtube and subtitles:
                raise StreamlitAPIException("Subtitles are not supported for YouTube videos.")
            src = mu.source(url=youtube or data.strip(), mime_type=format)
        else:
            src = _media_data_source(data, format, "video/mp4")
        tracks = []
        if subtitles:
            if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
                items = [("default", subtitles)]
            elif isinstance(subtitles, dict):
                items = list(subtitles.items())
            else:
                raise StreamlitAPIException(
                    f"Unsupported data type for subtitles: {type(subtitles)}. Only str (file paths) and dict are supported."
                )
            for label, sub in items:
                if sub in ("", None, b""):
                    # An empty first track means "no subtitles shown by default".
                    tracks.append({"label": str(label or ""), "vtt": ""})
                    continue
                try:
                    tracks.append({"label": str(label or ""), "vtt": mu.subtitle_to_vtt(sub)})
                except (TypeError, ValueError) as err:
                    raise StreamlitAPIException(f"Failed to process the provided subtitle: {label}") from err
        return self._enqueue(
            {
                "type": "video",
                "source": src,
                "kind": "youtube" if youtube else "native",
                "subtitles": tracks,
                "startTime": start,
                "endTime": end,
                "loop": bool(loop),
                "autoplay": bool(autoplay),
                "muted": bool(muted),
                "width": width,
            }
        )

    def pdf(self, data: Any, *, height: Any = 500, key: Any = None):
        """Display a PDF viewer."""
        if data is None:
            raise StreamlitAPIException(
                "The `data` parameter is required. Please provide a valid PDF file path, URL, bytes data, or file-like object."
            )
        mu.validate_height(height)
        if isinstance(data, (str, Path)):
            text = str(data).strip()
            if mu.is_url(text, ("http", "https")):
                src = mu.source(url=text, mime_type="application/pdf")
            else:
                try:
                    with open(text, "rb") as f:
                        src = mu.source(data=f.read(), mime_type="application/pdf")
                except OSError as err:
                    raise StreamlitAPIException(f"Unable to read file '{text}': {err}") from None
        else:
            raw = mu.read_file_like(data)
            if raw is None:
                raise StreamlitAPIException(
                    f"Unsupported data type for PDF: {type(data).__name__}. Please provide a file path (str or Path), "
                    "URL (str), bytes data, or file-like object (such as BytesIO or UploadedFile)."
                )
            src = mu.source(data=raw, mime_type="application/pdf")
        return self._enqueue(
            {"type": "pdf", "source": src, "height": height, "key": None if key is None else str(key)}
        )
