"""Small stdlib app: title, markdown, a button and a counter in session state."""
import streamlit as st

st.title("Bench counter")
st.markdown("Some **markdown** with `code`, a [link](https://example.com) and a list:\n\n- one\n- two")

if "n" not in st.session_state:
    st.session_state.n = 0

if st.button("Increment"):
    st.session_state.n += 1

st.write(f"count: {st.session_state.n}")
