"""st.markdown and st.caption: Markdown text."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Bool, Enum, Optional, Str

SPEC = element(
    "markdown",
    {
        "body": Str(),
        "unsafe_allow_html": Bool(),
        "variant": Enum("default", "caption"),
        "help": Optional(Str()),
    },
    doc="GitHub-flavoured Markdown, sanitized unless unsafe_allow_html.",
)
