"""st.toast: a short notification in the bottom-right corner.

Toasts go to the event root (path ``[2, i]``). The UI keeps each toast on
screen for its duration even after the run ends and the tree prunes it
(ui/src/layout/EventLayer.tsx). ``msg = st.toast("a"); msg.toast("b")``
rewrites the same path, which the UI shows as the same toast with new text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import check_icon
from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Num, Optional, Str
from wasmlit.runtime.util import clean_text

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "toast",
    {
        "body": Str(),  # Markdown
        "icon": Optional(Str()),
        "duration": Optional(Num()),  # seconds on screen; None: until the user closes it
    },
    doc="A notification shown in the corner for a while.",
)

NAMED_DURATIONS: dict[str, float | None] = {"short": 4.0, "long": 10.0, "infinite": None}


def toast_duration(duration: Any) -> float | None:
    """Seconds from "short" (4), "long" (10), "infinite" (None) or a positive number."""
    if isinstance(duration, str) and duration in NAMED_DURATIONS:
        return NAMED_DURATIONS[duration]
    if isinstance(duration, int | float) and not isinstance(duration, bool) and duration > 0:
        return float(duration)
    raise StreamlitAPIException(
        f"The `duration` argument to st.toast must be 'short', 'long', 'infinite', "
        f"or a positive number of seconds. The argument passed was {duration!r}."
    )


def toast(
    dg: DeltaGenerator, body: Any, *, icon: Any = None, duration: Any = "short"
) -> DeltaGenerator:
    """st.toast: returns a cursor whose ``.toast()`` replaces this toast."""
    from wasmlit.runtime.delta_generator import EVENT

    if str(body) == "":
        raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
    props = {
        "body": clean_text(body),
        "icon": check_icon(icon),
        "duration": toast_duration(duration),
    }
    # A toast's own cursor rewrites that toast; any other cursor adds one to the event root.
    target = dg if dg._slot and dg._path[0] == EVENT._path[0] else EVENT
    return target._put_element("toast", props)
