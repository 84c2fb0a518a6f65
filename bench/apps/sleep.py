"""Live updates: one st.empty slot rewritten 10 times, 0.1 s apart."""
import time

import streamlit as st

bar = st.empty()
for i in range(10):
    bar.write(f"value {i}")
    time.sleep(0.1)
