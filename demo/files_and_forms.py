"""Input widgets in a form, and files read in the browser: nothing leaves the page."""
import csv
import io

import streamlit as st

st.title("Files and forms")

st.header("Upload a CSV")
uploaded = st.file_uploader("A CSV file (try one from your disk)", type=["csv", "txt"])
if uploaded is None:
    st.caption("No file yet: the sample below is used.")
    text = "city,visitors\nLisbon,120\nOslo,80\nNairobi,150\n"
else:
    st.caption(f"**{uploaded.name}**, {uploaded.size} bytes, read by Python in your browser.")
    text = uploaded.getvalue().decode("utf-8", errors="replace")
rows = list(csv.DictReader(io.StringIO(text)))
columns = list(rows[0]) if rows else []
numeric = [c for c in columns if rows and all((r[c] or "").replace(".", "", 1).lstrip("-").isdigit() for r in rows)]
table = {c: [float(r[c]) if c in numeric else r[c] for r in rows] for c in columns}
st.dataframe(table)
if numeric and len(columns) > 1:
    st.bar_chart(table, x=columns[0], y=numeric)

st.header("A form")
with st.form("order", clear_on_submit=True):
    name = st.text_input("Name")
    size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M")
    extras = st.multiselect("Extras", ["oat milk", "extra shot", "syrup"])
    when = st.time_input("Pick-up time", value=None)
    photos = st.file_uploader("Photos (optional)", type=["png", "jpg"], accept_multiple_files=True)
    sent = st.form_submit_button("Order", type="primary")
if sent:
    st.success(f"{name or 'Someone'} ordered a {size} with {', '.join(extras) or 'nothing extra'}"
               f"{f' at {when:%H:%M}' if when else ''} and {len(photos)} photo(s).")
