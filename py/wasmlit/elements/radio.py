"""st.radio: options are sent formatted; the UI answers with an index."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Arr, Bool, Int, Optional, Str

SPEC = element(
    "radio",
    {
        "options": Arr(Str()),  # format_func already applied
        "index": Optional(Int()),  # the selected option, None for no selection
        "horizontal": Bool(),
        "captions": Arr(Str()),
    },
    chrome=True,
    widget_value=Optional(Int()),
)
