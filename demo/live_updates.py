"""Elements update while the script is still running."""
import time

import streamlit as st

st.title("Live updates")
st.write("Each step below appears as it happens, not at the end of the run.")

if st.button("Start", type="primary"):
    status = st.empty()
    log = st.container(border=True)
    for step in range(1, 11):
        status.markdown(f"**Working…** step {step} of 10")
        log.write(f"Finished step {step}")
        time.sleep(0.3)
    status.success("Done!")
