"""st.pills, st.segmented_control and st.feedback: one `buttonGroup` element.

The page sends the selected option indices (a list, empty when nothing is selected);
single-selection widgets return the option or None, multi-selection ones a list.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Sequence

from streamlit.elements.lib.layout_utils import validate_width
from streamlit.errors import StreamlitAPIException
from streamlit.widgets._base import widget
from streamlit.widgets._choices import check_comparable, default_indices, to_list

_THUMB_ICONS = (":material/thumb_up:", ":material/thumb_down:")
_FACES_ICONS = (
    ":material/sentiment_sad:",
    ":material/sentiment_dissatisfied:",
    ":material/sentiment_neutral:",
    ":material/sentiment_satisfied:",
    ":material/sentiment_very_satisfied:",
)
_STAR_ICON = ":material/star:"
_SELECTED_STAR_ICON = ":material/star_filled:"
_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:$")


def _option(content: str, icon: str | None = None, selected_icon: str | None = None) -> dict[str, Any]:
    return {"content": content, "icon": icon, "selectedIcon": selected_icon}


def _is_emoji(text: str) -> bool:
    """A short token made of non-ASCII symbols (no letters): what Streamlit accepts as an emoji."""
    return 0 < len(text) <= 8 and not text.isascii() and not any(ch.isalnum() for ch in text)


def _split_icon(text: str) -> dict[str, Any]:
    """A label starting with `:material/name:` or an emoji shows that as the option's icon."""
    first, _, rest = text.partition(" ")
    first = first.strip()
    if _MATERIAL.match(first) or _is_emoji(first):
        return _option(rest, first)
    return _option(text)


def _check_selection_mode(selection_mode: Any) -> None:
    if selection_mode not in ("single", "multi"):
        raise StreamlitAPIException(
            "The selection_mode argument must be one of ['single', 'multi']. "
            f"The argument passed was '{selection_mode}'."
        )


class ButtonGroupMixin:
    def feedback(
        self,
        options: str = "thumbs",
        *,
        key: Any = None,
        disabled: bool = False,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: Any = "content",
    ) -> int | None:
        """Display thumbs, faces or stars. Returns the rating (0 is the lowest) or None."""
        if options not in ("thumbs", "faces", "stars"):
            raise StreamlitAPIException(
                "The options argument to st.feedback must be one of "
                "['thumbs', 'faces', 'stars']. "
                f"The argument passed was '{options}'."
            )
        if options == "thumbs":
            # Thumbs up comes first but is the higher sentiment.
            shown = [_option("", icon) for icon in _THUMB_ICONS]
            sentiments = [1, 0]
        elif options == "faces":
            shown = [_option("", icon) for icon in _FACES_ICONS]
            sentiments = list(range(5))
        else:
            shown = [_option("", _STAR_ICON, _SELECTED_STAR_ICON) for _ in range(5)]
            sentiments = list(range(5))

        def deserialize(page_value: Any) -> int | None:
            indices = [] if page_value is None else list(page_value)
            return sentiments[int(indices[0])] if indices else None

        def serialize(value: Any) -> list[int]:
            if value is None:
                return []
            if value not in sentiments:
                raise StreamlitAPIException(
                    f"The default value '{value}' is not part of the options. "
                    "Please make sure that every default values also exists in the options."
                )
            return [sentiments.index(value)]

        return self._button_group(
            shown,
            label="",
            label_visibility="collapsed",
            help=None,
            key=key,
            default=[],
            selection_mode="single",
            style="borderless",
            visualization="all_up_to_selected" if options == "stars" else "only_selected",
            deserialize=deserialize,
            serialize=serialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            width=width,
        )

    def pills(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: str = "single",
        default: Any = None,
        format_func: Callable[[Any], Any] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> Any:
        """Display options as pill buttons. Returns the option (or None), or a list with "multi"."""
        return self._options_group(
            "pills", label, options, selection_mode, default, format_func, key, help,
            on_change, args, kwargs, disabled, label_visibility, width,
        )

    def segmented_control(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: str = "single",
        default: Any = None,
        format_func: Callable[[Any], Any] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> Any:
        """Display options as a row of segments. Returns the option (or None), or a list with "multi"."""
        return self._options_group(
            "segmented_control", label, options, selection_mode, default, format_func, key, help,
            on_change, args, kwargs, disabled, label_visibility, width,
        )

    def _options_group(
        self, style, label, options, selection_mode, default, format_func, key, help,
        on_change, args, kwargs, disabled, label_visibility, width,
    ) -> Any:
        opt = to_list(options)
        check_comparable(opt)
        defaults = default_indices(opt, default)
        shown = [_split_icon(str(format_func(o)) if format_func else str(o)) for o in opt]

        def deserialize(page_value: Any) -> Any:
            indices = defaults if page_value is None else [int(i) for i in page_value]
            picked = [opt[i] for i in indices]
            if selection_mode == "multi":
                return picked
            return picked[0] if picked else None

        def serialize(value: Any) -> list[int]:
            if selection_mode != "multi":
                value = [] if value is None else [value]
            return default_indices(opt, value)

        return self._button_group(
            shown,
            label=label,
            label_visibility=label_visibility,
            help=help,
            key=key,
            default=defaults,
            selection_mode=selection_mode,
            style=style,
            visualization="only_selected",
            deserialize=deserialize,
            serialize=serialize,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            width=width,
        )

    def _button_group(
        self,
        shown: Sequence[dict[str, Any]],
        *,
        label: str,
        label_visibility: str,
        help: Any,
        key: Any,
        default: list[int],
        selection_mode: str,
        style: str,
        visualization: str,
        deserialize: Callable[[Any], Any],
        serialize: Callable[[Any], list[int]],
        on_change: Any,
        args: Any,
        kwargs: Any,
        disabled: bool,
        width: Any,
    ) -> Any:
        _check_selection_mode(selection_mode)
        if selection_mode == "single" and len(default) > 1:
            raise StreamlitAPIException(
                "The default argument to `st.pills` must be a single value when `selection_mode='single'`."
            )
        validate_width(width, allow_content=True)
        return widget(
            self,
            "button_group",
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
            identity={
                "options": list(shown),
                "default": list(default),
                "click_mode": selection_mode,
                "style": style,
                "width": width,
            },
            # With a key, only changes that invalidate the selection make a new widget.
            key_identity=("options", "click_mode"),
            has_default=bool(default),
            payload={
                "type": "buttonGroup",
                "style": style,
                "selectionMode": selection_mode,
                "options": list(shown),
                "visualization": visualization,
                "default": list(default),
            },
        )
