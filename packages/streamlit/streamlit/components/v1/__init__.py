"""`streamlit.components.v1`: HTML and web pages in iframes.

`html()` runs its HTML and JavaScript in an iframe, unsanitised, as on Streamlit (the API
says so); `iframe()` embeds a URL. Both write into the current container.

`declare_component()` (bidirectional custom components) needs the component's own files
served next to the app, which Brooklet does not do yet: the function it returns shows a
warning where the component would be and returns its `default`, so the app keeps running.
"""

from __future__ import annotations

from typing import Any, Callable

from streamlit.errors import StreamlitAPIException

#: Streamlit's default height of a static component, pixels.
DEFAULT_HEIGHT = 150


def _iframe(source: dict[str, Any], width: int | None, height: int | None, scrolling: bool, tab_index: int | None) -> None:
    from streamlit.delta_generator import main_dg

    if tab_index is not None and (isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1):
        raise StreamlitAPIException(
            f"tab_index must be None, -1, or a non-negative integer. Got {tab_index!r}."
        )
    main_dg._enqueue(
        {
            "type": "iframe",
            "src": None,
            "srcdoc": None,
            **source,
            "width": width,
            "height": DEFAULT_HEIGHT if height is None else height,
            "scrolling": bool(scrolling),
            "tabIndex": tab_index,
        }
    )


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> None:
    """Display HTML (and run its JavaScript) in an iframe; `width` None fills the container."""
    _iframe({"srcdoc": str(html)}, width, height, scrolling, tab_index)


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> None:
    """Display the web page at `src` in an iframe."""
    _iframe({"src": str(src)}, width, height, scrolling, tab_index)


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Callable[..., Any]:
    """Declare a custom component. Brooklet cannot run one yet: calling it shows a warning in
    the app and returns `default`."""
    if (path is None) == (url is None):
        raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")

    def component(*args: Any, default: Any = None, key: Any = None, **kwargs: Any) -> Any:
        from streamlit.delta_generator import main_dg

        main_dg.warning(f"The custom component `{name}` cannot run in Brooklet yet, so it is not shown.")
        return default

    component.__name__ = component.__qualname__ = name
    return component
