"""`streamlit.components`: see `streamlit.components.v1`."""
