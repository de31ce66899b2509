"""Session state and button callbacks with args and kwargs."""

import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0


def add(amount, *, label):
    st.session_state.count += amount
    st.session_state.last = label


st.title("Counter")
st.button("Add one", on_click=add, args=(1,), kwargs={"label": "one"})
st.button("Add ten", on_click=add, args=(10,), kwargs={"label": "ten"})
st.write("Count:", st.session_state.count)
if "last" in st.session_state:
    st.caption(f"last click: {st.session_state.last}")
