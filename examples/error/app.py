"""An app that raises: the traceback shows in place, the rest stays usable."""

import streamlit as st

st.header("Before the error")
st.button("Rerun")


def divide(a, b):
    return a / b


st.write(divide(1, 0))
st.write("never shown")
