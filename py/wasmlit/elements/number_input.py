"""st.number_input."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Enum, Num, Optional, Str

SPEC = element(
    "number_input",
    {
        "min": Optional(Num()),
        "max": Optional(Num()),
        "step": Num(),
        "value": Optional(Num()),
        "format": Str(),  # printf-style
        "data_type": Enum("int", "float"),
        "placeholder": Optional(Str()),
    },
    chrome=True,
    widget_value=Optional(Num()),
)
