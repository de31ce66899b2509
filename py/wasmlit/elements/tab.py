"""One tab of st.tabs: a plain vertical container with its label."""

from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Str

SPEC = block("tab", {"label": Str()}, doc="One tab's panel.")
