"""st.divider: a horizontal rule."""

from wasmlit.elements.spec import element

SPEC = element("divider", {}, doc="A horizontal rule.")
