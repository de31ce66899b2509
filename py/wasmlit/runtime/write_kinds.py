"""What kind of object st.write got, decided without importing third-party libraries.

Every check looks at the fully qualified class names in ``type(obj).__mro__``
(``"pandas.core.frame.DataFrame"``), so pandas, matplotlib, sympy ... are never
imported just to ask. The fallbacks for kinds wasmlit cannot render natively
yet live here too, each clearly marked.
"""

from __future__ import annotations

import re
import sys
from io import BytesIO
from typing import TYPE_CHECKING, Any

from wasmlit.runtime.commands import resolve

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

_DATAFRAME_TYPES = frozenset(
    {
        "numpy.ndarray",
        "pandas.core.frame.DataFrame",
        "pandas.core.series.Series",
        "pandas.core.indexes.base.Index",
        "pandas.io.formats.style.Styler",
        "pandas.core.arrays.base.ExtensionArray",
        "pyarrow.lib.Table",
        "pyarrow.lib.RecordBatch",
        "pyarrow.lib.Array",
        "pyarrow.lib.ChunkedArray",
        "polars.dataframe.frame.DataFrame",
        "polars.series.series.Series",
        "polars.lazyframe.frame.LazyFrame",
    }
)

# (root module, class-name test, what the user reads) for charts not built yet.
_UNSUPPORTED_CHARTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("altair", ("Chart", "LayerChart", "HConcatChart", "VConcatChart", "ConcatChart",
                "FacetChart", "RepeatChart"), "Altair charts"),
    ("bokeh", ("figure", "Figure"), "Bokeh figures"),
    ("graphviz", ("Graph", "Digraph", "Source"), "Graphviz graphs"),
    ("pydeck", ("Deck",), "pydeck charts"),
    ("keras", ("Model", "Sequential", "Functional"), "Keras models"),
    ("tensorflow", ("Model", "Sequential", "Functional"), "Keras models"),
)  # fmt: skip

_MEM_ADDRESS = re.compile(r"^<.+ at 0x[0-9a-fA-F]+>$", re.DOTALL)


def type_names(obj: Any) -> set[str]:
    """``module.QualName`` of the object's class and every base class."""
    return {f"{cls.__module__}.{cls.__qualname__}" for cls in type(obj).__mro__}


def _root_module(obj: Any) -> str:
    return type(obj).__module__.split(".")[0]


def is_dataframe_like(obj: Any) -> bool:
    return not _DATAFRAME_TYPES.isdisjoint(type_names(obj))


def converts_to_dataframe(obj: Any) -> bool:
    """Objects offering ``to_pandas`` or the dataframe interchange protocol."""
    return any(callable(getattr(obj, name, None)) for name in ("to_pandas", "__dataframe__"))


def unsupported_chart(obj: Any) -> str | None:
    """The library's chart kind (e.g. "Altair charts") when we cannot draw it yet."""
    root = _root_module(obj)
    names = {cls.__name__ for cls in type(obj).__mro__}
    for library, classes, label in _UNSUPPORTED_CHARTS:
        if root == library and not names.isdisjoint(classes):
            return label
    return None


def is_plotly_figure(obj: Any) -> bool:
    """A Plotly figure, or a non-empty list of Plotly trace objects (st.plotly_chart)."""
    if "plotly.basedatatypes.BaseFigure" in type_names(obj):
        return True
    return (
        isinstance(obj, list)
        and bool(obj)
        and all("plotly.basedatatypes.BaseTraceType" in type_names(t) for t in obj)
    )


def is_matplotlib_figure(obj: Any) -> bool:
    return "matplotlib.figure.Figure" in type_names(obj)


def is_sympy_expression(obj: Any) -> bool:
    return "sympy.core.basic.Basic" in type_names(obj)


def is_pil_image(obj: Any) -> bool:
    return "PIL.Image.Image" in type_names(obj)


def is_pydantic_model(obj: Any) -> bool:
    return "pydantic.main.BaseModel" in type_names(obj)


def is_openai_stream(obj: Any) -> bool:
    return _root_module(obj) == "openai" and type(obj).__name__ in ("Stream", "AsyncStream")


def is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and callable(getattr(obj, "_asdict", None))


def is_mem_address_str(text: str) -> bool:
    """``<foo.Bar object at 0x10fa5c>``: a repr that tells the user nothing."""
    return bool(_MEM_ADDRESS.match(text))


def longest_run(text: str, char: str) -> int:
    runs = re.findall(f"{re.escape(char)}+", text)
    return max((len(run) for run in runs), default=0)


# --- Fallbacks until the real elements exist ---------------------------------


def show_data(dg: DeltaGenerator, obj: Any) -> None:
    """Data objects are written with st.dataframe, as Streamlit does."""
    from wasmlit.elements.dataframe import dataframe

    dataframe(dg, obj)


def show_unsupported(dg: DeltaGenerator, label: str, obj: Any) -> None:
    """A visible note instead of silently dropping a chart we cannot draw yet."""
    dg.warning(
        f"{label} are not supported yet in wasmlit: st.write cannot show this "
        f"`{type(obj).__module__}.{type(obj).__name__}` object."
    )


def show_matplotlib(dg: DeltaGenerator, figure: Any) -> None:
    """st.pyplot when it exists; until then the figure rendered to PNG with st.image."""
    pyplot = resolve("pyplot")
    if pyplot is not None:
        pyplot(dg, figure)
        return
    buffer = BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    dg.image(buffer.getvalue())


def show_sympy(dg: DeltaGenerator, expression: Any) -> None:
    """st.latex of the expression's LaTeX; a ``$$`` Markdown block if st.latex is missing."""
    sympy = sys.modules.get("sympy")  # loaded already: the object came from it
    text = sympy.latex(expression) if sympy is not None else str(expression)
    latex = resolve("latex")
    if latex is not None:
        latex(dg, text)
    else:
        dg.markdown(f"$$\n{text}\n$$")


def show_html(dg: DeltaGenerator, html: str) -> None:
    """st.html when it exists; until then Markdown with HTML allowed."""
    html_command = resolve("html")
    if html_command is not None:
        html_command(dg, html)
    else:
        dg.markdown(html, unsafe_allow_html=True)
