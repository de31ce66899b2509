"""The smallest wasmlit app: a title, a slider, and text that follows it."""

import streamlit as st

st.title("Hello, wasmlit")
n = st.slider("Pick a number", 0, 100, 25)
st.write("n is", n)
