"""st.write: write each argument with the command that suits its type.

Strings, and objects shown as inline code, are collected and joined with
spaces into one Markdown element, so ``st.write("n is", 5)`` gives
``n is `5```. Any other kind first flushes that text, then is written with its
own command, in Streamlit's order: exceptions, data frames, charts, SymPy,
Pillow images, dicts/lists (st.json), StringIO, generators and streams
(st.write_stream), functions/modules/classes (st.help), ``_repr_html_``
objects when ``unsafe_allow_html``; everything else is ``str(obj)`` as code.
The kind checks are in :mod:`wasmlit.runtime.write_kinds`.

Example::

    st.write("Hello **world**", {"a": 1})
"""

from __future__ import annotations

import dataclasses
import inspect
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, Mapping, ValuesView
from io import StringIO
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime import write_kinds as kinds

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

HELP_TYPES = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.FunctionType,
    types.MethodType,
    types.ModuleType,
)
_JSON_LISTS = (list, map, enumerate, UserList, ItemsView, KeysView, ValuesView)
_JSON_DICTS = (dict, types.MappingProxyType, UserDict, ChainMap, Mapping)


class StreamingOutput(list[Any]):
    """What st.write_stream returns for mixed chunks; st.write writes each item again."""


def _is_stream(arg: Any) -> bool:
    return (
        inspect.isgenerator(arg)
        or inspect.isgeneratorfunction(arg)
        or inspect.isasyncgen(arg)
        or inspect.isasyncgenfunction(arg)
        or kinds.is_openai_stream(arg)
    )


def _json_ready(arg: Any) -> Any:
    """A value st.json can encode: views, maps and models become lists or dicts."""
    if kinds.is_namedtuple(arg):
        return arg._asdict()
    if kinds.is_pydantic_model(arg):
        return arg.model_dump() if hasattr(arg, "model_dump") else arg.dict()
    if isinstance(arg, _JSON_DICTS):
        return dict(arg)
    if isinstance(arg, _JSON_LISTS) and not isinstance(arg, list):
        return list(arg)
    return arg


def _as_code(text: str) -> str:
    """``str(obj)`` as Markdown code: inline for one line, a fenced block otherwise."""
    if "\n" in text:
        fence = "`" * max(3, kinds.longest_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (kinds.longest_run(text, "`") + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _writer(dg: DeltaGenerator, arg: Any, unsafe_allow_html: bool) -> Callable[[], Any] | None:
    """The command that writes ``arg`` on its own, or None to add it to the text."""
    chart = kinds.unsupported_chart(arg)
    if isinstance(arg, Exception):
        return lambda: dg.exception(arg)
    if _is_delta_generator(arg):
        return lambda: dg.help(arg)
    if kinds.is_dataframe_like(arg):
        return lambda: kinds.show_data(dg, arg)
    if kinds.is_plotly_figure(arg):
        return lambda: dg.plotly_chart(arg)
    if chart == "Altair charts":
        return lambda: dg.altair_chart(arg)
    if chart == "pydeck charts":
        return lambda: dg.pydeck_chart(arg)
    if chart is not None:
        return lambda: kinds.show_unsupported(dg, chart, arg)
    if kinds.is_matplotlib_figure(arg):
        return lambda: kinds.show_matplotlib(dg, arg)
    if kinds.is_sympy_expression(arg):
        return lambda: kinds.show_sympy(dg, arg)
    if kinds.is_pil_image(arg):
        return lambda: dg.image(arg)
    if (
        isinstance(arg, _JSON_LISTS + _JSON_DICTS)
        or kinds.is_namedtuple(arg)
        or kinds.is_pydantic_model(arg)
    ):
        return lambda: dg.json(_json_ready(arg))
    if isinstance(arg, StringIO):
        return lambda: dg.markdown(arg.getvalue())
    if _is_stream(arg):
        return lambda: dg.write_stream(arg)
    if isinstance(arg, HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
        return lambda: dg.help(arg)
    if unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
        return lambda: kinds.show_html(dg, arg._repr_html_())
    if kinds.converts_to_dataframe(arg):
        return lambda: kinds.show_data(dg, arg)
    return None


def _is_delta_generator(arg: Any) -> bool:
    from wasmlit.runtime.delta_generator import DeltaGenerator

    return isinstance(arg, DeltaGenerator)


def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False, **kwargs: Any) -> None:
    """st.write(*args): write each argument to the app; returns None."""
    if len(args) == 1 and isinstance(args[0], str):
        dg.markdown(args[0], unsafe_allow_html=unsafe_allow_html)
        return
    if dg._slot and len(args) > 1:
        raise StreamlitAPIException(
            "Cannot replace a single element with multiple elements.\n\n"
            "The `write()` method only supports multiple elements when inserting "
            "elements rather than replacing. That is, only when called as "
            "`st.write()` or `st.sidebar.write()`."
        )
    text: list[str] = []

    def flush() -> None:
        if text:
            dg.markdown(" ".join(text), unsafe_allow_html=unsafe_allow_html)
            text.clear()

    for arg in args:
        if isinstance(arg, str):
            text.append(arg)
            continue
        if isinstance(arg, StreamingOutput):
            flush()
            for item in arg:
                item() if callable(item) else write(dg, item, unsafe_allow_html=unsafe_allow_html)
            continue
        command = _writer(dg, arg, unsafe_allow_html)
        shown = str(arg) if command is None else ""
        if command is None and not kinds.is_mem_address_str(shown):
            text.append(_as_code(shown))
            continue
        flush()
        if command is None:
            dg.help(arg)  # a repr that only gives an address says nothing: show help
        else:
            command()
    flush()
