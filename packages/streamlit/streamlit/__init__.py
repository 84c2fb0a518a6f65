"""Brooklet's `streamlit`: Streamlit's API, running in the browser under Pyodide."""

from __future__ import annotations

__version__ = "1.51.0"

from streamlit import config as _config  # noqa: F401  (`streamlit.config` is imported by apps)
from streamlit import errors  # noqa: F401
from streamlit import runtime  # noqa: F401
from streamlit.commands.execution_control import rerun, stop
from streamlit.commands.page_config import set_page_config
from streamlit.navigation import Page, navigation, switch_page
from streamlit.runtime.caching import cache_data, cache_resource
from streamlit.runtime.connection_factory import connection_factory as connection
from streamlit.runtime.context import context
from streamlit.runtime.secrets import secrets_singleton as secrets
from streamlit import connections  # noqa: F401  (st.connections.BaseConnection)
from streamlit import components  # noqa: F401  (st.components.v1.html)
from streamlit.components import v1 as _components_v1  # noqa: F401  (loads st.components.v1)
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
columns = _main.columns
tabs = _main.tabs
expander = _main.expander
popover = _main.popover
status = _main.status
space = _main.space
progress = _main.progress
balloons = _main.balloons
snow = _main.snow
from streamlit.elements.spinner import spinner  # noqa: E402
from streamlit.elements.toast import toast  # noqa: E402
button = _main.button
checkbox = _main.checkbox
toggle = _main.toggle
image = _main.image
audio = _main.audio
video = _main.video
pdf = _main.pdf
line_chart = _main.line_chart
area_chart = _main.area_chart
bar_chart = _main.bar_chart
scatter_chart = _main.scatter_chart
plotly_chart = _main.plotly_chart
altair_chart = _main.altair_chart
vega_lite_chart = _main.vega_lite_chart
graphviz_chart = _main.graphviz_chart
map = _main.map
pyplot = _main.pyplot
from streamlit.commands.logo import logo  # noqa: E402
text_input = _main.text_input
text_area = _main.text_area
number_input = _main.number_input
selectbox = _main.selectbox
multiselect = _main.multiselect
radio = _main.radio
date_input = _main.date_input
time_input = _main.time_input
color_picker = _main.color_picker
file_uploader = _main.file_uploader
camera_input = _main.camera_input
audio_input = _main.audio_input
page_link = _main.page_link
experimental_audio_input = _main.audio_input
# sliders, button groups, download/link buttons, forms, query params
slider = _main.slider
select_slider = _main.select_slider
pills = _main.pills
segmented_control = _main.segmented_control
feedback = _main.feedback
download_button = _main.download_button
link_button = _main.link_button
form = _main.form
form_submit_button = _main.form_submit_button
# data: dataframe, data_editor, table, metric, column_config
dataframe = _main.dataframe
data_editor = _main.data_editor
experimental_data_editor = _main.data_editor
table = _main.table
metric = _main.metric
from streamlit import column_config  # noqa: E402
from streamlit.runtime.state.query_params import QueryParamsProxy as _QueryParamsProxy  # noqa: E402
from streamlit.runtime.state.query_params import experimental_get_query_params  # noqa: E402
from streamlit.runtime.state.query_params import experimental_set_query_params  # noqa: E402

query_params = _QueryParamsProxy()

# execution flow and chat
write_stream = _main.write_stream
chat_message = _main.chat_message
chat_input = _main.chat_input
from streamlit.runtime.fragment import fragment  # noqa: E402
from streamlit.elements.dialog_decorator import dialog  # noqa: E402

experimental_fragment = fragment
experimental_dialog = dialog
experimental_rerun = rerun
