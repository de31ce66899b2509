"""Props shared by the chart elements: ``height`` and Streamlit's ``theme`` check.

st.vega_lite_chart (and the built-in charts), st.plotly_chart, st.graphviz_chart
and st.echarts_chart take ``height`` as "content", "stretch" or pixels.

Example::

    props = {"height": chart_height(height), "theme": check_theme(theme)}
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Enum, Int, Union
from wasmlit.runtime.util import check_height

HEIGHT = Union(Enum("content", "stretch"), Int())


def chart_height(height: Any) -> str | int:
    """ "content", "stretch" or pixels, validated as Streamlit does."""
    pixels = check_height(height)
    if pixels is not None:
        return pixels
    return "stretch" if height == "stretch" else "content"


def check_theme(theme: Any) -> Any:
    """``theme`` ("streamlit" or None), with Streamlit's error for anything else."""
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f'You set theme="{theme}" while Streamlit charts only support '
            'theme="streamlit" or theme=None to fallback to the default library theme.'
        )
    return theme
