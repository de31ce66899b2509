"""Record the elements a cached function writes, and write them again on a cache hit.

While a cached function runs, every delta the run emits is recorded relative
to where it landed, so a hit can re-create it at the current position:

* a node appended to a container that existed before the call: its container
  (the container the function was called in is remembered as "the caller's",
  so it follows the caller on replay, e.g. into another column);
* a node inside a block the function itself created: that block plus the rest
  of the path;
* a write over a node that existed before the call (an ``st.empty`` created
  outside): its absolute path.

Widgets are refused (Streamlit's ``CachedWidgetWarning``), since on a hit their
value could not come from anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from wasmlit.caching.errors import CachedWidgetWarning
from wasmlit.runtime.context import Path, RunContext

# One recorded delta: (how the path is found, data, node); see Recording.replay.
Record = tuple[str, Any, dict[str, Any]]


@dataclass
class Recording:
    """The deltas of one call, in order; picklable (persisted with cache_data entries)."""

    records: list[Record] = field(default_factory=list)

    def replay(self, ctx: RunContext, caller: Path) -> None:
        """Emit the recorded nodes again into ``ctx``; ``caller`` is the calling container."""
        created: list[Path] = []  # replayed paths of the nodes made by the function
        for how, where, node in self.records:
            if how == "append":
                parent: Path = caller if where is None else tuple(where)
                path = (*parent, ctx.next_index(parent))
                created.append(path)
            elif how == "nested":
                index, rest = where
                path = (*created[index], *rest)
                parent = path[:-1]
                # Later writes into the replayed block continue after these children.
                if rest:
                    ctx.counters[parent] = max(ctx.counters.get(parent, 0), path[-1] + 1)
                created.append(path)
            else:  # "fixed": a write over a node made outside the function
                path = tuple(where)
                created.append(path)
            ctx.put(path, node)


class Recorder:
    """Wraps a run's ``emit`` while a cached function runs (nested recorders chain)."""

    def __init__(self, ctx: RunContext, caller: Path) -> None:
        self._ctx = ctx
        self._caller = caller
        self._before = dict(ctx.counters)  # child counts of the containers before the call
        self._paths: list[Path] = []  # recorded paths, index-aligned with the records
        self.recording = Recording()

    def _locate(self, path: Path) -> tuple[str, Any]:
        # Deepest node made by this call that contains `path`: nested in it.
        for index in range(len(self._paths) - 1, -1, -1):
            made = self._paths[index]
            if path[: len(made)] == made:
                return "nested", (index, path[len(made) :])
        parent, position = path[:-1], path[-1]
        if position >= self._before.get(parent, 0):
            return "append", (None if parent == self._caller else list(parent))
        return "fixed", list(path)

    def emit(self, message: dict[str, Any], forward: Callable[[dict[str, Any]], None]) -> None:
        if message.get("type") == "delta":
            node = message["node"]
            if node.get("id") is not None and node["id"] in self._ctx.state.metas:
                raise CachedWidgetWarning()
            path = tuple(message["path"])
            how, where = self._locate(path)
            self._paths.append(path)
            self.recording.records.append((how, where, node))
        forward(message)


@contextmanager
def recording(ctx: RunContext, caller: Path) -> Iterator[Recorder]:
    """Record the deltas ``ctx`` emits inside the block."""
    recorder = Recorder(ctx, caller)
    forward = ctx.emit
    ctx.emit = lambda message: recorder.emit(message, forward)
    try:
        yield recorder
    finally:
        ctx.emit = forward
