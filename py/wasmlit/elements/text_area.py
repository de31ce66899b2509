"""st.text_area."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Int, Optional, Str

SPEC = element(
    "text_area",
    {
        "value": Optional(Str()),
        "height": Optional(Int()),  # pixels; None for the default
        "max_chars": Optional(Int()),
        "placeholder": Optional(Str()),
    },
    chrome=True,
    widget_value=Optional(Str()),
)
