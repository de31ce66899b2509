"""st.status: an expander-like container whose icon shows running/complete/error.

``with st.status("Working...") as s:`` ends "complete" when the block exits
normally and "error" when it raises, unless ``s.update(state=...)`` already
moved it off "running". ``update`` re-sends the block at its path: a block
over a block of the same type keeps its children.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from wasmlit.elements.expander import EXPANDER_TYPES
from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitValueError
from wasmlit.protocol.schema import Bool, Enum, Optional, Str
from wasmlit.runtime.context import current
from wasmlit.runtime.control import RunInterrupted
from wasmlit.runtime.delta_generator import DeltaGenerator

STATES = ("running", "complete", "error")

SPEC = block(
    "status",
    {
        "label": Str(),  # inline Markdown
        "state": Enum(*STATES),
        # The initial open state; None on an update that leaves the user's choice alone.
        "expanded": Optional(Bool()),
        "type": Enum(*EXPANDER_TYPES),
        "width": WIDTH,
    },
    doc="A collapsible container that shows the progress of a task.",
)


def _check_state(state: Any) -> str:
    if state not in STATES:
        raise StreamlitValueError(
            "Invalid `state` value. Supported values: 'running', 'complete', 'error'."
        )
    return str(state)


class StatusContainer(DeltaGenerator):
    """The container st.status returns: ``with`` it, and ``update()`` it in place."""

    __slots__ = ("_props",)

    def __init__(self, cursor: DeltaGenerator, props: dict[str, Any]) -> None:
        super().__init__(cursor._path, block_type="status")
        self._props = props

    def update(
        self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None
    ) -> None:
        """Change the label, open state or state; arguments left as None stay as they are."""
        props = dict(self._props)
        props["expanded"] = None if expanded is None else bool(expanded)
        if label is not None:
            props["label"] = str(label)
        if state is not None:
            props["state"] = _check_state(state)
        self._props = props
        current().put(self._path, {"kind": "block", "type": "status", "key": None, "props": props})

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            # While the run is being torn down the original exception wins.
            with suppress(RunInterrupted):
                if self._props["state"] == "running":
                    self.update(state="error" if exc[0] is not None else "complete")
        finally:
            super().__exit__(*exc)


def status(
    dg: DeltaGenerator,
    label: str,
    *,
    expanded: bool = False,
    state: str = "running",
    type: str = "default",
    width: Any = "stretch",
) -> StatusContainer:
    """st.status: a container for the steps of a long task."""
    if type not in EXPANDER_TYPES:
        raise StreamlitValueError("Invalid `type` value. Supported values: 'default', 'compact'.")
    props = {
        "label": str(label or ""),
        "state": _check_state(state),
        "expanded": bool(expanded),
        "type": type,
        "width": check_width(width, allow_content=False),
    }
    return StatusContainer(dg._put_block("status", props), props)
