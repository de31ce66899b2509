"""st.empty: an empty slot that a later element can replace in place."""

from wasmlit.elements.spec import element

SPEC = element("empty", {}, doc="Renders nothing; holds a position in the tree.")
