"""st.code: a code block with optional highlighting."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool, Optional, Str

SPEC = element(
    "code",
    {
        "body": Str(),
        "language": Optional(Str()),
        "line_numbers": Bool(),
        "wrap_lines": Bool(),
    },
    doc="A code block.",
)
