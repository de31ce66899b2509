"""st.write: write each argument with the command that suits its type.

Consecutive strings (and objects shown as inline code) are joined with spaces
into one Markdown element, so ``st.write("n is", 5)`` gives ``n is `5```.
Exceptions go to st.exception, dicts and lists to st.json; objects we cannot
render yet fall back to their ``str()``.

Example::

    st.write("Hello **world**", {"a": 1})
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

_JSON_TYPES = (dict, list, tuple, set, frozenset)


def _is_namedtuple(arg: Any) -> bool:
    return isinstance(arg, tuple) and hasattr(arg, "_asdict")


def _inline_code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False, **kwargs: Any) -> None:
    """st.write(*args): write each argument to the app."""
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            dg.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
        elif isinstance(arg, BaseException):
            flush()
            dg.exception(arg)
        elif type(arg).__module__.startswith("PIL.") and hasattr(arg, "save"):
            flush()
            dg.image(arg)  # a Pillow image, as Streamlit's st.write shows it
        elif _is_namedtuple(arg):
            flush()
            dg.json(arg._asdict())
        elif isinstance(arg, _JSON_TYPES) or _is_mapping(arg):
            flush()
            dg.json(arg)
        elif isinstance(arg, types.GeneratorType | Iterator) and not _is_data(arg):
            flush()
            # st.write_stream's result: the chunks joined as Markdown.
            dg.markdown("".join(str(chunk) for chunk in arg), unsafe_allow_html=unsafe_allow_html)
        else:
            text = str(arg)
            if "\n" in text:
                flush()
                dg.text(text)  # multi-line reprs (e.g. data frames) stay readable
            else:
                buffer.append(_inline_code(text))
    flush()


def _is_mapping(arg: Any) -> bool:
    from collections.abc import Mapping

    return isinstance(arg, Mapping)


def _is_data(arg: Any) -> bool:
    # numpy / pandas objects are iterable but are data, not streams.
    return type(arg).__module__.split(".")[0] in ("numpy", "pandas", "pyarrow")
