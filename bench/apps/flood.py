"""A flood of elements: 2,000 st.write calls in one run."""
import time

import streamlit as st

N = 2000
t0 = time.perf_counter()
for i in range(N):
    st.write(i)
# Python's own time for the loop (worker clock); the bench reads it from the console.
print(f"BENCH python_loop_ms={(time.perf_counter() - t0) * 1000:.1f}")
