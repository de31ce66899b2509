"""st.multiselect: options are sent formatted; the UI answers with indices."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Arr, Int, Optional, Str

SPEC = element(
    "multiselect",
    {
        "options": Arr(Str()),
        "value": Arr(Int()),  # selected indices, in selection order
        "max_selections": Optional(Int()),
        "placeholder": Str(),
    },
    chrome=True,
    widget_value=Arr(Int()),
)
