"""st.toggle."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool

SPEC = element("toggle", {"value": Bool()}, chrome=True, widget_value=Bool())
