"""The block behind ``st.fragment``: the subtree one fragment run replaces.

A full run writes the fragment's elements inside this block; a fragment run
re-puts the block and rewrites only its children, so the UI prunes stale
nodes inside blocks carrying the run's ``fragment_id`` and nowhere else.
Writes of a fragment into a container created outside it go into another
``fragment`` block (a *portal*) placed in that container, with the same id.
"""

from __future__ import annotations

from typing import Any

from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Num, Optional, Str

SPEC = block(
    "fragment",
    {
        "fragment_id": Str(),  # the id a fragment run names in run_started/run_finished
        # seconds between automatic reruns (st.fragment(run_every=...)); None: never.
        # Only the fragment's main block carries it, never its portals.
        "run_every": Optional(Num()),
    },
    doc="The elements of one st.fragment (or a dialog body); replaced by its fragment runs.",
)


def fragment_node(fragment_id: str, run_every: float | None) -> dict[str, Any]:
    return {
        "kind": "block",
        "type": "fragment",
        "key": None,
        "props": {"fragment_id": fragment_id, "run_every": run_every},
    }
