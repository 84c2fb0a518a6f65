"""Widgets, callbacks and session state."""
import streamlit as st

st.title("Session state")

if "clicks" not in st.session_state:
    st.session_state.clicks = 0
    st.session_state.history = []


def record(what):
    st.session_state.history.append(what)


if st.button("Click me", on_click=record, args=("click",)):
    st.session_state.clicks += 1

st.checkbox("Remember me", key="remember", on_change=record, args=("checkbox",))

st.write(f"Clicked **{st.session_state.clicks}** times.")
st.write("Callback history:", st.session_state.history)
st.write("`st.session_state` now holds:", st.session_state.to_dict())

with st.sidebar:
    st.header("About")
    st.write("Values survive reruns; widget values sit under their keys.")
