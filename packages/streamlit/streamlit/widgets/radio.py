"""st.radio: one option from a list of radio buttons, returned as the option object."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget
from streamlit.widgets._input_options import check_python_comparable, format_options, options_to_list, validate_width
from streamlit.widgets.selectbox import single_option_serde
from streamlit.widgets.text_input import _keyed_none


def _caption(caption: Any) -> str:
    if caption is None:
        return ""
    if isinstance(caption, str):
        return caption
    raise StreamlitAPIException(f"Radio captions must be strings. Passed type: {type(caption).__name__}")


class RadioMixin:
    def radio(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        horizontal: bool = False,
        captions: Sequence[str] | None = None,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> Any:
        """Display radio buttons. Returns the selected option (the object from `options`),
        or None (`index=None` before the user picks one)."""
        opt = options_to_list(options)
        check_python_comparable(opt)
        if not isinstance(index, int) and index is not None:
            raise StreamlitAPIException(f"Radio Value has invalid type: {type(index).__name__}")
        if index is not None and len(opt) > 0 and not 0 <= index < len(opt):
            raise StreamlitAPIException("Radio index must be between 0 and length of options")
        width = validate_width(width, allow_content=True)
        caption_list = [_caption(c) for c in captions] if captions is not None else []
        labels = format_options(opt, format_func)
        identity = {
            "options": labels,
            "index": index,
            "horizontal": bool(horizontal),
            "captions": caption_list if captions is not None else None,
            "width": width,
        }
        has_default = index not in (0, None)
        if _keyed_none(key):
            index = None
        deserialize, serialize, validate = single_option_serde(opt, labels, index, format_func, False)
        return widget(
            self,
            "radio",
            label=label,
            key=key,
            help=help,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            default=deserialize(None),
            deserializer=deserialize,
            serializer=serialize,
            identity=identity,
            has_default=has_default,
            validate=validate,
            payload={
                "type": "radio",
                "options": labels,
                "captions": caption_list,
                "default": serialize(deserialize(None)),
                "horizontal": bool(horizontal),
                "width": width,
            },
        )
