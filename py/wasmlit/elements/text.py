"""st.text: fixed-width preformatted text."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Optional, Str

SPEC = element("text", {"body": Str(), "help": Optional(Str())}, doc="Preformatted text.")
