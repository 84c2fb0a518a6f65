"""A tour of text elements and the first two widgets."""
import streamlit as st

st.set_page_config(page_title="Hello Brooklet", page_icon="👋")

st.title("Hello, Brooklet :wave:")
st.write("This app runs **entirely in your browser**: Python in a Web Worker, no server.")

name = "world"
f"Magic writes this f-string: hello {name}!"

if st.button("Say hello", type="primary"):
    st.success("Hello! This message shows for the run the click caused.")

if st.checkbox("Show the math"):
    st.latex(r"e^{i\pi} + 1 = 0")

st.header("Markdown", divider=True)
st.markdown("Emoji :smile:, :blue[colored text], :orange-background[highlights] and inline math $a^2+b^2=c^2$.")
st.code("for i in range(3):\n    print(i)", language="python", line_numbers=True)
st.json({"a": 1, "b": [1, 2, 3], "c": {"nested": True}})

with st.sidebar:
    st.header("Sidebar")
    st.info("Elements written `with st.sidebar:` appear here.")
