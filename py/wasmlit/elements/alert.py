"""st.success, st.info, st.warning and st.error: one ``alert`` element with a kind."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Enum, Optional, Str

SPEC = element(
    "alert",
    {
        "kind": Enum("success", "info", "warning", "error"),
        "body": Str(),  # Markdown
        "icon": Optional(Str()),  # emoji or ":material/name:"
    },
    doc="A coloured message box.",
)
