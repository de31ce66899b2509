"""What st.help shows about an object: name, type, value, docstring and members.

The name is the expression the user wrote, read from the calling line of the
script (``st.help(df.columns)`` shows ``df.columns``; a magic line shows the
line itself). Values are ``repr``s shortened to 300 characters; reprs that only
give a memory address are replaced by the object's module, name and signature.

Example::

    info = describe(pandas.DataFrame, name="pandas.DataFrame")
"""

from __future__ import annotations

import ast
import inspect
import linecache
from collections.abc import Iterable
from typing import Any

from wasmlit.runtime.caller import user_frame
from wasmlit.runtime.write_kinds import is_mem_address_str

_MAX_VALUE = 300
_COMMANDS = ("help", "write")


def _shorten(text: str) -> str:
    text = text.strip()
    return text[:_MAX_VALUE] + "..." if len(text) > _MAX_VALUE else text


def type_label(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def docstring(obj: Any) -> str | None:
    """The object's docstring; an instance without one borrows its class's."""
    doc = inspect.getdoc(obj)
    plain_kinds = inspect.isclass(obj) or inspect.ismodule(obj) or inspect.isroutine(obj)
    if doc is None and not plain_kinds:
        doc = inspect.getdoc(type(obj))
    return doc.strip() if doc else None


def readable_value(obj: Any) -> str | None:
    """``repr(obj)`` when it tells the user something; None for callables and addresses."""
    if inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj):
        return None
    try:
        text = repr(obj)
    except Exception:  # a broken __repr__ must not break st.help
        return None
    if not isinstance(obj, str) and is_mem_address_str(text):
        return None
    return _shorten(text)


def _signature(obj: Any) -> str:
    if not inspect.isclass(obj) and not callable(obj):
        return ""
    try:
        return str(inspect.signature(obj))
    except ValueError:
        return "(...)"
    except TypeError:
        return ""


def value_label(obj: Any, name: str | None) -> str | None:
    """The value line: a readable repr, else ``module.Name(signature)``."""
    readable = readable_value(obj)
    if readable is not None:
        return readable
    target = obj if getattr(obj, "__name__", None) else type(obj)
    qualname = str(getattr(target, "__qualname__", None) or getattr(target, "__name__", ""))
    module = getattr(target, "__module__", None)
    label = (f"{module}.{qualname}" if module else qualname) + _signature(target)
    return None if not label or label == name else label


def _is_property(obj: Any, attr: str) -> bool:
    for cls in inspect.getmro(type(obj)):
        found = cls.__dict__.get(attr)
        if isinstance(found, property) or inspect.isgetsetdescriptor(found):
            return True
    return False


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def members(obj: Any, attrs: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Public attributes: values first, then methods, then classes; modules left out."""
    rows: list[tuple[int, dict[str, Any]]] = []
    for attr in dir(obj) if attrs is None else attrs:
        if attr.startswith("_"):
            continue
        if not inspect.isclass(obj) and _is_property(obj, attr):
            prop = getattr(type(obj), attr, None)
            rows.append((0, _member(attr, "property", None, docstring(prop))))
            continue
        try:
            value = getattr(obj, attr)
        except Exception:  # e.g. an API name that is not supported yet
            continue
        if inspect.ismodule(value):
            continue
        readable = readable_value(value)
        doc = None if readable is not None else _first_line(docstring(value))
        rows.append((_weight(value), _member(attr, type_label(value), readable, doc)))
    rows.sort(key=lambda row: (row[0], row[1]["name"]))
    return [row for _, row in rows]


def _member(name: str, type_: str, value: str | None, doc: str | None) -> dict[str, Any]:
    return {"name": name, "type": type_, "value": value, "doc_string": doc}


def _first_line(text: str | None) -> str | None:
    return text.split("\n", 1)[0] if text else None


def caller_expression() -> str | None:
    """The expression the script passed to st.help/st.write, or the magic line itself."""
    frame = user_frame()
    if frame is None:
        return None
    linecache.checkcache(frame.f_code.co_filename)  # the script may have been edited
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
    return expression_from_line(line) if line else None


def expression_from_line(line: str) -> str | None:
    """``st.help(df)`` -> ``df``; ``st.help(x := 1)`` -> ``x``; a magic line -> itself."""
    try:
        tree = ast.parse(line)
    except SyntaxError:
        return None
    call = getattr(tree.body[0], "value", None) if tree.body else None
    is_command = isinstance(call, ast.Call) and (
        getattr(call.func, "id", None) in _COMMANDS or getattr(call.func, "attr", None) in _COMMANDS
    )
    if not is_command:
        return line[:-1] if line.endswith(",") else line
    assert isinstance(call, ast.Call)
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return ast.get_source_segment(line, arg)


def describe(obj: Any, name: str | None) -> dict[str, Any]:
    """The help element's props (without width) for ``obj`` shown as ``name``."""
    import wasmlit.st as streamlit

    if obj is streamlit:  # the public API only, under its public name
        from wasmlit.runtime.commands import STREAMLIT_NAMES

        value: str | None = "streamlit"
        listed = members(obj, sorted(STREAMLIT_NAMES))
    else:
        value, listed = value_label(obj, name), members(obj)
    return {
        "name": name,
        "type": type_label(obj),
        "value": value,
        "doc_string": docstring(obj),
        "members": listed,
    }
