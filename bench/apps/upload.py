"""A file uploader beside a counter: what an uploaded file costs every rerun (bench/uploads.mjs)."""
import streamlit as st

f = st.file_uploader("File")
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Increment"):
    st.session_state.n += 1
st.write(f"count: {st.session_state.n}; file: {f.size if f else 0} bytes")
