"""st.progress: a progress bar."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Int, Optional, Str

SPEC = element(
    "progress",
    {"value": Int(), "text": Optional(Str())},  # value is 0..100
    doc="A progress bar.",
)
