"""Magic: bare expressions and strings are written to the app."""

import streamlit as st

"# Magic"
"A bare string is rendered as **markdown**."

numbers = [1, 2, 3]
numbers  # noqa: B018 (magic writes it)

total = sum(numbers)
f"The total is {total}."
st.write("st.write works too.")
