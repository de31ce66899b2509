"""st.text_input."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Enum, Int, Optional, Str

SPEC = element(
    "text_input",
    {
        "value": Optional(Str()),
        "max_chars": Optional(Int()),
        "type": Enum("default", "password"),
        "placeholder": Optional(Str()),
        "autocomplete": Optional(Str()),
    },
    chrome=True,
    widget_value=Optional(Str()),
)
