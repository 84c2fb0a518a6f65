"""st.logo: an image in the upper-left corner of the app and its sidebar."""

from __future__ import annotations

from typing import Any

from streamlit.elements.lib.media_utils import is_url
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """Show `image` in the sidebar header (and the app header), `icon_image` when the sidebar is closed."""
    from streamlit.elements.media import image_source

    if size not in ("small", "medium", "large"):
        raise StreamlitAPIException(
            f'The size argument to st.logo must be "small", "medium", or "large". \n The argument passed was {size}.'
        )
    if link is not None and link != "" and not is_url(str(link), ("http", "https")):
        raise StreamlitAPIException(
            f"Invalid link: {link} - the link param supports external links only and must start with either "
            "http:// or https://."
        )
    try:
        main = image_source(image)
        icon = None if icon_image is None else image_source(icon_image)
    except StreamlitAPIException:
        raise
    except Exception as err:
        raise StreamlitAPIException(f"The image passed to st.logo is not a valid image: {err}") from err
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    ctx.enqueue(
        {
            "type": "logo",
            "logo": {"image": main, "iconImage": icon, "size": size, "link": link or None},
        }
    )
