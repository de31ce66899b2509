"""A long run that updates a progress bar as it goes."""

import time

import streamlit as st

st.title("Progress")
bar = st.progress(0, text="Working...")
for percent in range(0, 101, 10):
    time.sleep(0.1)
    bar.progress(percent, text=f"{percent}% done")
st.success("Done!")
st.button("Run again")
