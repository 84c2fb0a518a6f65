"""What the worker calls to set Python up for an app (worker/runtime.ts, worker/pyodide-loader.ts).

A module of the package rather than snippets of source in the worker: the memory snapshot has it
imported (scripts/make-snapshot.mjs), so a booting worker calls code that is ready instead of
compiling source first, which costs tens of ms in a Python that has only just been restored.
"""

from __future__ import annotations

import os
import random
import sys
import time
from typing import Any, Callable


def after_restore(lang: str) -> None:
    """Gives a Python restored from the snapshot the state a normal boot in this browser has.

    The snapshot was made under Node (often in UTC): the random state, `$LANG` and the time
    module's zone figures are those of the build. The C library's own zone is reset by the
    worker (pyodide-loader.ts refreshTimezone) before this runs.
    """
    random.seed()
    os.environ["LANG"] = lang
    try:  # Python sets LC_CTYPE from $LANG at startup, as a normal boot in this browser would have
        import locale

        locale.setlocale(locale.LC_CTYPE, "")
    except Exception:
        pass
    _refresh_time_zone()


def _refresh_time_zone() -> None:
    """The time module computes these once, when it is imported (CPython's init_timezone
    without tzset(), as Pyodide builds it): compute them again for this browser."""
    year = (365 * 24 + 6) * 3600
    now = int(time.time())
    jan = time.localtime((now // year) * year)
    jul = time.localtime((now // year) * year + year // 2)
    jan_zone, jul_zone = -jan.tm_gmtoff, -jul.tm_gmtoff
    if jan_zone < jul_zone:  # DST in the southern hemisphere
        time.timezone, time.altzone, time.tzname = jul_zone, jan_zone, (jul.tm_zone, jan.tm_zone)
    else:
        time.timezone, time.altzone, time.tzname = jan_zone, jul_zone, (jan.tm_zone, jul.tm_zone)
    time.daylight = int(jan_zone != jul_zone)


def refresh_import_caches() -> None:
    """The package and app files were just (re)written: forget directory listings cached before.

    Not importlib.invalidate_caches(): it imports importlib.metadata (0.2-1 s).
    """
    for finder in list(sys.path_importer_cache.values()):
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def create_session(
    emit: Callable[[Any], None],
    flush: Callable[[], None],
    script_path: str,
    persist_store: Any,
    persist_by_default: bool,
    context: Any,
) -> Any:
    """The AppSession the worker runs the app in, writing to the page through `emit`."""
    from streamlit.runtime.app_session import AppSession, install_sleep_flush
    from streamlit.runtime.persist import JsPersistStore

    install_sleep_flush(flush)
    session = AppSession(emit, script_path, flush)
    session.persist = JsPersistStore(persist_store)
    session.persist_cache_by_default = bool(persist_by_default)
    session.context_info = context.to_py() if context is not None else {}
    return session
