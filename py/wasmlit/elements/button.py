"""st.button."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool, Enum, Optional, Str

SPEC = element(
    "button",
    {
        "type": Enum("primary", "secondary", "tertiary"),
        "icon": Optional(Str()),
        "use_container_width": Bool(),
    },
    chrome=True,
    widget_value=Bool(),
    trigger=True,
    doc="A button; its value is True for the one run its click triggers.",
)
