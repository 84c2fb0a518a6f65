"""Multipage apps: st.Page, st.navigation, st.switch_page and st.page_link.

`st.navigation(pages)` declares the app's pages, picks the one to show (the page the request
asked for, else the one shown last, else the default) and tells the page, which draws the
menu. The entrypoint then calls `.run()` on the page returned. A page is a script file
(relative to the entrypoint's folder) or a function. Widgets get the running page in their
ids, so each page has its own; widgets of the entrypoint are common to all pages.

Which page is shown lives in the app (and in the rerun request), not in the browser's URL:
an embedded app does not own the page's address.
"""

from __future__ import annotations

import os
import re
import types
from pathlib import Path
from typing import Any, Callable, Literal, Mapping, Sequence

from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner.exceptions import RerunData, RerunException
from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx


def _title_from_name(name: str) -> str:
    """`02_📈_sales_report` → `sales report`, as Streamlit names pages from files."""
    name = re.sub(r"^[0-9]+[_ -]*", "", name)
    return name.replace("_", " ").strip()


class StreamlitPage:
    """A page of a multipage app, made by `st.Page`."""

    def __init__(
        self,
        page: str | Path | Callable[[], Any],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
    ) -> None:
        from streamlit.elements.lib.utils import validate_icon

        if callable(page):
            self._script: str | None = None
            self._func: Callable[[], Any] | None = page
            inferred = getattr(page, "__name__", "page")
        else:
            self._script = str(page)
            self._func = None
            inferred = Path(self._script).stem
            if not self._script.endswith(".py"):
                raise StreamlitAPIException(f"Page {page!r} is not a Python file (it must end with `.py`) or a function.")
        name = _title_from_name(inferred)
        if title is None and icon is None and self._script is not None:
            # `1_📈_Plots.py` is the page "Plots" with the icon 📈, as on Streamlit.
            from streamlit.widgets.chat import is_emoji

            first, _, rest = name.partition(" ")
            if rest and is_emoji(first):
                icon, name = first, rest.strip()
        self.title = str(title) if title is not None else name
        if not self.title.strip():
            raise StreamlitAPIException("The title of the page cannot be empty or consist of underscores/spaces only")
        self.icon = validate_icon(icon)
        if url_path is not None:
            url_path = str(url_path).strip("/")
            if "/" in url_path:
                raise StreamlitAPIException("The URL path cannot contain a nested path (e.g. foo/bar).")
            if not url_path and not default:
                raise StreamlitAPIException("The URL path cannot be an empty string unless the page is the default page.")
        self.url_path = url_path if url_path is not None else re.sub(r"[^\w-]+", "_", name).strip("_")
        self.default = bool(default)

    def _script_path(self) -> str | None:
        """The page's file, absolute (relative ones are relative to the entrypoint's folder)."""
        if self._script is None:
            return None
        ctx = get_script_run_ctx()
        base = os.path.dirname(os.path.abspath(ctx.session.main_script_path)) if ctx is not None else os.getcwd()
        return os.path.normpath(os.path.join(base, self._script))

    def run(self) -> None:
        """Run the page's script or function here, with the page's own widget ids."""
        ctx = get_script_run_ctx()
        if ctx is None:
            return
        previous = ctx.active_page
        ctx.active_page = self.url_path or "__default__"
        try:
            if self._func is not None:
                self._func()
                return
            path = self._script_path()
            if not os.path.isfile(path):  # type: ignore[arg-type]
                raise StreamlitAPIException(f"Could not find page: `{self._script}`. The file is not among the app's files.")
            module = types.ModuleType("__main__")
            module.__file__ = path
            from streamlit import magic

            module.__dict__[magic.MAGIC_NAME] = magic
            exec(ctx.session.compile_script(path), module.__dict__)
        finally:
            ctx.active_page = previous

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StreamlitPage) and other.url_path == self.url_path

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self.title!r}, url_path={self.url_path!r})"


def Page(  # noqa: N802 - Streamlit's public name
    page: str | Path | Callable[[], Any],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
) -> StreamlitPage:
    """Configure a page for `st.navigation`: a script path (relative to the entrypoint) or a function."""
    return StreamlitPage(page, title=title, icon=icon, url_path=url_path, default=default)


def navigation(
    pages: Sequence[StreamlitPage | str | Path | Callable[[], Any]] | Mapping[str, Sequence[Any]],
    *,
    position: Literal["sidebar", "top", "hidden"] = "sidebar",
    expanded: bool = False,
) -> StreamlitPage:
    """Declare the app's pages and return the one to show; call `.run()` on it."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        # From now on the app declares its pages itself: a pages/ folder is not a menu any more.
        ctx.session.declares_pages = True
    return _navigation(pages, position=position, expanded=expanded)


def _navigation(
    pages: Sequence[StreamlitPage | str | Path | Callable[[], Any]] | Mapping[str, Sequence[Any]],
    *,
    position: str,
    expanded: bool,
) -> StreamlitPage:
    if position not in ("sidebar", "top", "hidden"):
        raise StreamlitAPIException(f'Invalid position "{position}". Must be one of "sidebar", "top", or "hidden".')
    sections: list[tuple[str | None, list[StreamlitPage]]] = []
    groups = pages.items() if isinstance(pages, Mapping) else [(None, pages)]
    for section, members in groups:
        sections.append((section or None, [p if isinstance(p, StreamlitPage) else Page(p) for p in members]))
    flat = [p for _, members in sections for p in members]
    if not flat:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    seen: set[str] = set()
    for page in flat:
        if page.url_path in seen:
            raise StreamlitAPIException(
                f"Multiple Pages specified with URL pathname {page.url_path}. URL pathnames must be unique. "
                "The url pathname may be inferred from the filename, callable name, or title."
            )
        seen.add(page.url_path)
    defaults = [p for p in flat if p.default]
    if len(defaults) > 1:
        raise StreamlitAPIException("Multiple Pages specified with `default=True`. At most one Page can be set to default.")
    default = defaults[0] if defaults else flat[0]

    ctx = get_script_run_ctx()
    if ctx is None:
        return default
    session = ctx.session
    by_path = {p.url_path: p for p in flat}
    wanted = ctx.requested_page if ctx.requested_page is not None else session.current_page
    current = by_path.get(wanted or "", default) if wanted is not None else default
    session.pages = flat
    session.current_page = current.url_path
    ctx.enqueue(
        {
            "type": "navigation",
            "navigation": {
                "pages": [
                    {"urlPath": p.url_path, "title": p.title, "icon": p.icon, "section": section}
                    for section, members in sections
                    for p in members
                ],
                "current": current.url_path,
                "position": position,
                "expanded": bool(expanded),
            },
        }
    )
    return current


def _pages_folder_order(name: str) -> tuple[float, str]:
    """Streamlit's order of a pages/ folder: numbered files by number, then the others by name."""
    number = re.match(r"^([0-9]+)", name)
    return (float(number.group(1)) if number else float("inf"), name.lower())


def pages_folder_page(main_script_path: str) -> StreamlitPage | None:
    """The classic multipage app (a `pages/` folder beside the entrypoint, no st.navigation):
    announces the menu (the entrypoint first, then the folder's scripts) and returns the page
    to run; None when there is no such folder."""
    folder = os.path.join(os.path.dirname(os.path.abspath(main_script_path)), "pages")
    try:
        names = [n for n in os.listdir(folder) if n.endswith(".py") and not n.startswith((".", "_"))]
    except OSError:
        return None
    if not names:
        return None
    entry = StreamlitPage(os.path.basename(main_script_path), default=True)
    entry.url_path = ""  # the app's own address, as on Streamlit
    pages = [entry] + [StreamlitPage(f"pages/{n}") for n in sorted(names, key=_pages_folder_order)]
    return _navigation(pages, position="sidebar", expanded=False)


def _resolve(page: Any) -> StreamlitPage:
    """The declared page that `page` (a StreamlitPage, or a script path relative to the entrypoint) names."""
    ctx = get_script_run_ctx()
    pages: list[StreamlitPage] = ctx.session.pages if ctx is not None else []
    if isinstance(page, StreamlitPage):
        for known in pages:
            if known == page:
                return known
        return page
    wanted = str(page)
    base = os.path.dirname(os.path.abspath(ctx.session.main_script_path)) if ctx is not None else os.getcwd()
    target = os.path.normpath(os.path.join(base, wanted))
    for known in pages:
        if known._script is not None and known._script_path() == target:
            return known
    raise StreamlitAPIException(
        f"Could not find page: `{wanted}`. You must provide a `StreamlitPage` object or file path relative to the "
        f"entrypoint file. Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed."
    )


def switch_page(page: str | Path | StreamlitPage) -> None:
    """Stop the run and show another page (its query parameters cleared)."""
    ctx = get_script_run_ctx()
    target = _resolve(page)
    if ctx is None:
        return
    # The URL's query string goes, as on Streamlit.
    ctx.query_string = ""
    ctx.enqueue({"type": "queryParams", "queryString": ""})
    raise RerunException(RerunData(query_string="", page=target.url_path))


class PageLinkMixin:
    def page_link(
        self,
        page: str | Path | StreamlitPage,
        *,
        label: str | None = None,
        icon: str | None = None,
        help: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        query_params: Any = None,
    ) -> Any:
        """A link to another page of the app, or to an external URL (opened in a new tab)."""
        from streamlit.elements.lib.utils import validate_icon
        from streamlit.widgets._input_options import validate_width

        width = validate_width("stretch" if use_container_width else width, allow_content=True)
        external = isinstance(page, str) and re.match(r"^https?://", page) is not None
        if external:
            if not label:
                raise StreamlitAPIException(
                    "The label param is required for external links used with st.page_link - please provide a label."
                )
            target_path, href, title, page_icon = None, page, label, None
        else:
            target = _resolve(page)
            target_path, href, title, page_icon = target.url_path, None, target.title, target.icon
        ctx = get_script_run_ctx()
        current = ctx.session.current_page if ctx is not None else None
        return self._enqueue(  # type: ignore[attr-defined]
            {
                "type": "pageLink",
                "page": target_path,
                "href": href,
                "label": str(label) if label is not None else title,
                "icon": validate_icon(icon) if icon is not None else page_icon,
                "help": help,
                "disabled": bool(disabled),
                "active": target_path is not None and target_path == current,
                "width": width,
            }
        )
