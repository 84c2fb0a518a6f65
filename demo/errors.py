"""What a script error looks like: the app stays usable."""
import streamlit as st

st.title("Errors")
st.write("Uncaught exceptions are shown where they happen, with a traceback.")


def divide(a, b):
    return a / b


if st.checkbox("Divide by zero"):
    st.write(divide(1, 0))

st.write("Untick the box and the app carries on.")
