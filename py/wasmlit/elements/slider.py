"""st.slider: int and float, single value or range."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Arr, Enum, Num, Str, Union

SPEC = element(
    "slider",
    {
        "min": Num(),
        "max": Num(),
        "step": Num(),
        "value": Union(Num(), Arr(Num())),  # a number, or [low, high] for a range
        "format": Str(),  # printf-style, e.g. "%d" or "%0.2f"
        "data_type": Enum("int", "float"),
    },
    chrome=True,
    widget_value=Union(Num(), Arr(Num())),
)
