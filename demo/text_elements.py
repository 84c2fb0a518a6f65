"""Streamlit's text elements, all rendered in the browser."""
import streamlit as st

st.title("Text elements", anchor="text")
st.header("Headers with dividers", divider="rainbow")
st.subheader("And help tooltips", help="Tooltips take **Markdown** too.")

st.markdown(
    """
    Markdown is GitHub-flavoured: **bold**, *italic*, ~~strikethrough~~, `code`,
    [links](https://streamlit.io), tables and task lists.

    | Element | Test id |
    | --- | --- |
    | `st.markdown` | `stMarkdown` |
    | `st.code` | `stCode` |

    - [x] emoji shortcodes :rocket:
    - [x] :violet[colored text] and :green-background[backgrounds]
    - [x] math: $\\sqrt{x^2 + y^2}$
    """
)
st.latex(r"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}")
st.caption("Captions are small and muted.")
st.text("st.text keeps   its   spacing.")
st.code(
    """def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a""",
    line_numbers=True,
)
st.json({"name": "Brooklet", "runs": ["in", "the", "browser"], "server": None}, expanded=1)
st.divider()
st.success("Success!", icon="✅")
st.info("Information")
st.warning("Warning")
st.error("Error")
st.exception(RuntimeError("st.exception shows an exception without stopping the app"))
