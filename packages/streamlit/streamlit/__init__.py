"""Brooklet's `streamlit`: Streamlit's API, running in the browser under Pyodide."""

from __future__ import annotations

__version__ = "1.51.0"

from streamlit import config as _config  # noqa: F401  (`streamlit.config` is imported by apps)
from streamlit import errors  # noqa: F401
from streamlit import runtime  # noqa: F401
from streamlit.commands.execution_control import rerun, stop
from streamlit.commands.page_config import set_page_config
from streamlit.runtime.caching import cache_data, cache_resource
from streamlit.runtime.connection_factory import connection_factory as connection
from streamlit.runtime.context import context
from streamlit.runtime.secrets import secrets_singleton as secrets
from streamlit import connections  # noqa: F401  (st.connections.BaseConnection)
from streamlit.delta_generator import DeltaGenerator as _DeltaGenerator
from streamlit.delta_generator import main_dg as _main
from streamlit.delta_generator import sidebar_dg as sidebar
from streamlit.runtime.state.session_state import SessionStateProxy as _SessionStateProxy

session_state = _SessionStateProxy()

# Element commands write to the innermost `with` container, else the main area.
title = _main.title
header = _main.header
subheader = _main.subheader
markdown = _main.markdown
caption = _main.caption
text = _main.text
code = _main.code
latex = _main.latex
divider = _main.divider
echo = _main.echo
json = _main.json
html = _main.html
help = _main.help
write = _main.write
exception = _main.exception
success = _main.success
info = _main.info
warning = _main.warning
error = _main.error
empty = _main.empty
container = _main.container
button = _main.button
checkbox = _main.checkbox
toggle = _main.toggle

experimental_rerun = rerun
