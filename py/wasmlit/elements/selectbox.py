"""st.selectbox: options are sent formatted; the UI answers with an index."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Arr, Int, Optional, Str

SPEC = element(
    "selectbox",
    {
        "options": Arr(Str()),
        "index": Optional(Int()),
        "placeholder": Str(),
    },
    chrome=True,
    widget_value=Optional(Int()),
)
