"""Layout containers and live status: columns, tabs, expanders, popovers, status, progress."""
import time

import streamlit as st

st.title("Layout and status")

with st.sidebar:
    st.header("Sidebar")
    st.write("Drag the sidebar's right edge to resize it; the arrow collapses it.")
    speed = st.toggle("Fast mode")

left, middle, right = st.columns([2, 1, 1], border=True)
left.subheader("Columns")
left.write("Weights `[2, 1, 1]`: this column is twice as wide.")
middle.write("Middle")
with right:
    st.write("Right")
    st.button("Click me")

chart, data = st.tabs(["📈 Chart", "🗃 Data"])
chart.write("Tabs switch on the page, without a rerun. Try the arrow keys.")
data.write({"rows": 3, "columns": ["a", "b"]})

with st.expander("See explanation", icon=":material/info:"):
    st.write("Expanders hold any elements and open on click or Enter.")

with st.popover("Filter items"):
    red = st.checkbox("Show red items", True)
    blue = st.checkbox("Show blue items", True)
if red:
    st.write(":red[This is a red item.]")
if blue:
    st.write(":blue[This is a blue item.]")

log = st.container(height=140)
log.caption("A scrolling container written to from below.")

if st.button("Run a task", type="primary"):
    pause = 0.05 if speed else 0.25
    bar = st.progress(0, text="Starting")
    with st.status("Downloading data...", expanded=True) as status:
        for step in range(1, 6):
            time.sleep(pause)
            st.write(f"Step {step} done")
            log.write(f"Log line {step}")
            bar.progress(step * 20, text=f"Step {step} of 5")
        status.update(label="Download complete!", state="complete", expanded=False)
    with st.spinner("Tidying up...", show_time=True):
        time.sleep(pause * 4)
    st.toast("Task finished!", icon="🎉")
    st.balloons()
