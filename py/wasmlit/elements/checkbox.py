"""st.checkbox."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool

SPEC = element("checkbox", {"value": Bool()}, chrome=True, widget_value=Bool())
