"""DeltaGenerator: a cursor into one container, or into one element slot.

A block cursor appends: each write takes the next child index of its block,
so an element's path is ``[root, ...block path, index]``. A slot cursor (what
``st.empty()`` and every element call return) always writes at its own path,
replacing what is there. Commands are looked up in one table
(:mod:`wasmlit.runtime.commands`), so the class itself stays tiny.

Example::

    col1, col2 = st.columns(2)
    col1.button("A")          # path [0, i, 0, 0]
    with col2:
        st.write("B")          # path [0, i, 1, 0]
"""

from __future__ import annotations

from types import MethodType
from typing import Any

from wasmlit.runtime.context import Path, current


class DeltaGenerator:
    """Writes elements into one container of the app."""

    __slots__ = ("_path", "_slot", "_type")

    def __init__(self, path: Path, *, slot: bool = False, block_type: str | None = None) -> None:
        self._path = path
        self._slot = slot
        self._type = block_type

    def _next_path(self) -> Path:
        if self._slot:
            ctx = current()
            if ctx.parallel_worker:
                from wasmlit.runtime.fragments import check_slot_write

                check_slot_write(ctx, self._path)
            return self._path
        ctx = current()
        parent = self._path
        if ctx.fragment is not None:  # a fragment writing outside its block: into a portal
            from wasmlit.runtime.fragments import portal_for

            parent = portal_for(ctx, parent)
        return (*parent, ctx.next_index(parent))

    def _put_element(
        self,
        element_type: str,
        props: dict[str, Any],
        *,
        id: str | None = None,
        key: str | None = None,
    ) -> DeltaGenerator:
        """Emit an element; returns a slot cursor at its path (for replacement)."""
        path = self._next_path()
        node = {"kind": "element", "type": element_type, "id": id, "key": key, "props": props}
        current().put(path, node)
        return DeltaGenerator(path, slot=True)

    def _put_block(
        self, block_type: str, props: dict[str, Any], *, key: str | None = None
    ) -> DeltaGenerator:
        """Emit a block; returns a cursor that appends into it."""
        path = self._next_path()
        current().put(path, {"kind": "block", "type": block_type, "key": key, "props": props})
        return DeltaGenerator(path, block_type=block_type)

    def __enter__(self) -> DeltaGenerator:
        current().stack.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        stack = current().stack
        if stack and stack[-1] is self:
            stack.pop()

    def __getattr__(self, name: str) -> Any:
        from wasmlit.runtime.commands import resolve

        builder = resolve(name)
        if builder is not None:
            return MethodType(builder, self)
        # Top-level-only names (st.connection, st.cache_data, ...) are not container
        # methods in Streamlit either.
        raise AttributeError(f"'DeltaGenerator' object has no attribute '{name}'")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, DeltaGenerator)
            and other._path == self._path
            and other._slot == self._slot
        )

    def __hash__(self) -> int:
        return hash((self._path, self._slot))

    def __repr__(self) -> str:
        kind = "slot" if self._slot else (self._type or "root")
        return f"DeltaGenerator({kind} at {list(self._path)})"


MAIN = DeltaGenerator((0,), block_type="main")
SIDEBAR = DeltaGenerator((1,), block_type="sidebar")
EVENT = DeltaGenerator((2,), block_type="event")
BOTTOM = DeltaGenerator((3,), block_type="bottom")


def active() -> DeltaGenerator:
    """The container ``st.<command>`` writes into: the innermost ``with`` block."""
    stack = current().stack
    return stack[-1] if stack else MAIN
