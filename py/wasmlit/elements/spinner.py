"""st.spinner: shown while its ``with`` block runs, then replaced by an empty slot."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool, Str

SPEC = element(
    "spinner",
    # The UI counts elapsed time itself, so it advances while Python is busy.
    {"text": Str(), "show_time": Bool()},
    doc="A spinner with text.",
)
