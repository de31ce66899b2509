"""The element tree rebuilt from protocol messages, exactly as the UI does it.

A delta puts a node at a path, replacing what was there (a block over a block
of the same type keeps its children until they are rewritten or pruned). When
a run finishes ``complete`` or ``error``, nodes that run did not write are
removed; holes keep later siblings at their paths.

Example::

    tree = DeltaTree()
    for message in messages:
        tree.apply(message)
    tree.roots[0]   # children of the main area
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROOT_COUNT = 4  # main, sidebar, event, bottom


@dataclass
class TreeNode:
    """One node of the tree: the wire node and the run that wrote it."""

    node: dict[str, Any]
    run_id: int
    children: list[TreeNode | None] = field(default_factory=list)

    @property
    def is_block(self) -> bool:
        return bool(self.node["kind"] == "block")


class TreeError(ValueError):
    """A delta whose path does not fit the tree."""


class DeltaTree:
    """Applies ``delta`` and ``run_finished`` messages to the four root lists."""

    def __init__(self) -> None:
        self.roots: list[list[TreeNode | None]] = [[] for _ in range(ROOT_COUNT)]

    def apply(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "delta":
            self.put(message["path"], message["node"], message["run_id"])
        elif kind == "run_finished" and message["status"] in ("complete", "error"):
            fragment_id = message.get("fragment_id")
            if fragment_id is None:
                self.prune(message["run_id"])
            else:  # a fragment run touched only its own blocks
                self.prune_fragment(fragment_id, message["run_id"])

    def put(self, path: list[int], node: dict[str, Any], run_id: int) -> None:
        if len(path) < 2 or not 0 <= path[0] < ROOT_COUNT:
            raise TreeError(f"delta path {path}: bad root or no index")
        children = self.roots[path[0]]
        for depth, index in enumerate(path[1:-1], start=1):
            parent = children[index] if index < len(children) else None
            if parent is None or not parent.is_block:
                raise TreeError(f"delta path {path}: no container at depth {depth}")
            children = parent.children
        index = path[-1]
        while len(children) <= index:
            children.append(None)
        old = children[index]
        keep = (
            node["kind"] == "block"
            and old is not None
            and old.is_block
            and old.node["type"] == node["type"]
        )
        children[index] = TreeNode(node, run_id, old.children if keep and old else [])

    def prune(self, run_id: int) -> None:
        for children in self.roots:
            _prune(children, run_id)

    def prune_fragment(self, fragment_id: str, run_id: int) -> None:
        """Prune inside every ``fragment`` block of ``fragment_id`` (its body and portals)."""
        stack = [c for children in self.roots for c in children if c is not None]
        while stack:
            slot = stack.pop()
            if not slot.is_block:
                continue
            node = slot.node
            if node["type"] == "fragment" and node["props"]["fragment_id"] == fragment_id:
                _prune(slot.children, run_id)
            else:
                stack += [c for c in slot.children if c is not None]


def _prune(children: list[TreeNode | None], run_id: int) -> None:
    for i, slot in enumerate(children):
        if slot is None:
            continue
        if slot.run_id != run_id:
            children[i] = None
        elif slot.is_block:
            _prune(slot.children, run_id)
    while children and children[-1] is None:
        children.pop()
