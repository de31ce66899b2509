"""st.json: a collapsible JSON viewer."""

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Int, Str, Union

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "json",
    {
        "body": Str(),  # JSON text, produced in Python with non-JSON values stringified
        "expanded": Union(Bool(), Int()),  # True, False, or a depth
        "width": WIDTH,
    },
    doc="Pretty, collapsible JSON.",
)


def _fallback(obj: Any) -> Any:
    """JSON stand-ins for values json cannot encode (mappings, sets, objects)."""
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, set | frozenset | tuple):
        return list(obj)
    if hasattr(obj, "_asdict"):
        return obj._asdict()
    if hasattr(obj, "tolist") and type(obj).__module__.split(".")[0] == "numpy":
        return obj.tolist()
    return str(obj)


def to_json_text(body: Any) -> str:
    """The JSON text for ``body``: a JSON string is kept, anything else is encoded."""
    if isinstance(body, str):
        try:
            _json.loads(body)
        except ValueError as err:
            raise StreamlitAPIException(
                f"st.json got a string that is not valid JSON: {err}"
            ) from None
        return body
    return _json.dumps(body, default=_fallback, ensure_ascii=False)


def json(
    dg: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch"
) -> Any:
    """st.json: pretty-print an object or JSON string."""
    if not isinstance(expanded, bool) and not (isinstance(expanded, int) and expanded >= 0):
        raise StreamlitAPIException(
            f"The type {type(expanded).__name__} of `expanded` is not supported, "
            "must be bool or a non-negative int."
        )
    return dg._put_element(
        "json",
        {
            "body": to_json_text(body),
            "expanded": expanded,
            "width": check_width(width, allow_content=False),
        },
    )
