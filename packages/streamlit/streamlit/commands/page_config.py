"""st.set_page_config."""

from __future__ import annotations

from typing import Any, Literal, Mapping, Union

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx

MenuKey = Literal["Get help", "Report a Bug", "About"]
MenuItems = Mapping[MenuKey, Union[str, None]]
Layout = Literal["centered", "wide"]
InitialSideBarState = Literal["auto", "expanded", "collapsed"]


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: MenuItems | None = None,
) -> None:
    """Configure the page's title, icon, layout and initial sidebar state."""
    if layout is not None and layout not in ("centered", "wide"):
        raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
    if initial_sidebar_state is not None and initial_sidebar_state not in ("auto", "expanded", "collapsed"):
        raise StreamlitAPIException(
            '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" '
            f'(got "{initial_sidebar_state}")'
        )
    if menu_items is not None:
        for item in menu_items:
            if str(item).lower() not in ("get help", "report a bug", "about"):
                raise StreamlitAPIException(
                    f'We only accept the keys: "Get help", "Report a bug", and "About" ("{item}" is not a valid key.)'
                )
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    ctx.page_config_set = True
    icon = page_icon if isinstance(page_icon, str) or page_icon is None else None
    ctx.enqueue(
        {
            "type": "pageConfig",
            "config": {
                "title": None if page_title is None else str(page_title),
                "icon": icon,
                "layout": layout,
                "initialSidebarState": initial_sidebar_state,
            },
        }
    )
