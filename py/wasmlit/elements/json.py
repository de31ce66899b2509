"""st.json: a collapsible JSON viewer."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool, Int, Str, Union

SPEC = element(
    "json",
    {
        "body": Str(),  # JSON text, produced in Python with non-JSON values stringified
        "expanded": Union(Bool(), Int()),  # True, False, or a depth
    },
    doc="Pretty, collapsible JSON.",
)
