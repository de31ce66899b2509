"""st.fragment: functions that rerun on their own, replacing only their own elements.

Calling a fragment function during a run puts a ``fragment`` block at the
caller's position and runs the function with that block as the active
container. The session remembers the call (function, arguments, block path,
the containers around it) in its :class:`FragmentStore`. A later ``rerun``
whose widget updates all belong to one fragment (or that names it with
``fragment_id``, as ``run_every`` ticks do) runs only that function again:
the block is re-put, its children rewritten, and ``run_finished`` carries the
``fragment_id`` so the UI prunes stale nodes inside that fragment only.

Writes from a fragment into a container created outside it go into a
*portal*: another ``fragment`` block with the same id, placed in that
container the first time. A fragment run clears and redraws the portal in
place, so content written to the container outside the fragment keeps its
position (Streamlit's current rule for outside containers).

Example::

    @st.fragment(run_every="2s")
    def clock():
        st.write(time.time())
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from functools import wraps
from typing import Any, NoReturn, TypeVar, overload

from wasmlit.elements.fragment import fragment_node
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import Path, RunContext, running
from wasmlit.runtime.control import RerunRequested
from wasmlit.runtime.delta_generator import DeltaGenerator, active

F = TypeVar("F", bound=Callable[..., Any])

RERUN_SCOPE_ERROR = (
    'scope="fragment" can only be specified from `@st.fragment`-decorated '
    "functions during fragment reruns."
)


class FragmentRerunRequested(RerunRequested):
    """``st.rerun(scope="fragment")``: end this run and rerun only ``fragment_id``."""

    def __init__(self, fragment_id: str) -> None:
        super().__init__(fragment_id)
        self.fragment_id = fragment_id


@dataclass(eq=False)
class Fragment:
    """One call of a fragment function, as the last run that made it saw it."""

    id: str
    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    path: Path  # the fragment block
    run_every: float | None
    page: str  # the page identity its widgets were created under
    parent: str | None  # the enclosing fragment, if nested
    stack: list[DeltaGenerator]  # the containers around the call (its `with` blocks)
    widgets: set[str] = field(default_factory=set)  # widget ids created directly in it
    portals: dict[Path, Path] = field(default_factory=dict)  # outside container -> portal
    portals_put: set[Path] = field(default_factory=set)  # portals re-put this run


class FragmentStore:
    """The session's fragments: what a fragment run needs, and which widget is whose."""

    def __init__(self) -> None:
        self.fragments: dict[str, Fragment] = {}
        # Child counters after the last run, so a fragment run can place a new portal
        # after what the full run wrote.
        self.counters: dict[Path, int] = {}
        # Widgets whose change always reruns the whole app (a dialog's dismiss trigger).
        self.app_scope: set[str] = set()
        self.dialog_run = 0  # the run that opened a dialog (one per run)
        self._seen: set[str] = set()  # fragments called this run
        self._owned: set[str] = set()  # widgets a fragment run may drop
        self._running: Fragment | None = None  # the fragment this run reruns
        self._descendants: list[str] = []

    # -- which run -------------------------------------------------------------------
    def scope(self, widget_ids: Iterable[str], requested: str | None) -> str | None:
        """The fragment a rerun should run, or None for a full-app run.

        Only when every changed widget belongs to one fragment (and a named
        ``fragment_id`` is that same, known fragment): anything else reruns the app.
        """
        candidates: set[str] = set()
        if requested is not None:
            if requested not in self.fragments:
                return None
            candidates.add(requested)
        for widget_id in widget_ids:
            owner = None if widget_id in self.app_scope else self.owner(widget_id)
            if owner is None:
                return None
            candidates.add(owner)
        return candidates.pop() if len(candidates) == 1 else None

    def owner(self, widget_id: str) -> str | None:
        for fragment in self.fragments.values():
            if widget_id in fragment.widgets:
                return fragment.id
        return None

    def descendants(self, fragment_id: str) -> list[str]:
        """Fragments nested (at any depth) in ``fragment_id``."""
        out: list[str] = []
        frontier = [fragment_id]
        while frontier:
            parent = frontier.pop()
            children = [f.id for f in self.fragments.values() if f.parent == parent]
            out += children
            frontier += children
        return out

    # -- a run -----------------------------------------------------------------------
    def begin_run(self, ctx: RunContext, fragment_id: str | None) -> Fragment | None:
        """Prepare ``ctx`` for a full run (None) or a run of one fragment."""
        ctx.fragments = self
        self._seen = set()
        fragment = None if fragment_id is None else self.fragments.get(fragment_id)
        self._running = fragment
        if fragment is None:
            self.fragments = {}
            self.app_scope = set()
            self._owned = set()
            return None
        ctx.fragment_run = fragment.id
        ctx.active_page = fragment.page
        self._descendants = self.descendants(fragment.id)
        self._owned = set(fragment.widgets)
        for child in self._descendants:
            self._owned |= self.fragments[child].widgets
        # Outside containers continue after what earlier runs wrote (new portals).
        ctx.counters = {p: n for p, n in self.counters.items() if not _under(p, fragment.path)}
        return fragment

    def kept_widgets(self, widget_ids: Collection[str]) -> set[str]:
        """Widgets a fragment run must not clean up: all but the fragment's own."""
        if self._running is None:
            return set()
        return set(widget_ids) - self._owned

    def end_run(self, ctx: RunContext, fragment: Fragment | None) -> None:
        self.counters = dict(ctx.counters)
        if fragment is None:
            return
        for child in self._descendants:  # nested fragments this run did not call again
            if child not in self._seen:
                self.fragments.pop(child, None)
        self._descendants = []
        self._owned = set()
        self._running = None


def _under(path: Path, prefix: Path) -> bool:
    return path[: len(prefix)] == prefix


# -- the decorator ------------------------------------------------------------------------
@overload
def fragment(func: F, *, run_every: Any = None, parallel: bool = False, key: Any = None) -> F: ...
@overload
def fragment(
    func: None = None, *, run_every: Any = None, parallel: bool = False, key: Any = None
) -> Callable[[F], F]: ...
def fragment(
    func: Any = None, *, run_every: Any = None, parallel: bool = False, key: Any = None
) -> Any:
    """st.fragment: with or without arguments. ``parallel`` runs it in order anyway."""
    interval = run_every_seconds(run_every)
    user_key = None if key is None else str(key)

    def decorate(target: F) -> F:
        @wraps(target)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return call_fragment(target, args, kwargs, interval, user_key)

        return wrapper  # type: ignore[return-value]

    return decorate if func is None else decorate(func)


def call_fragment(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    run_every: float | None,
    key: str | None = None,
) -> Any:
    """Put the fragment's block at the active container's next position and run it."""
    ctx = running()
    if ctx is None or ctx.fragments is None:  # bare mode: a plain function call
        return func(*args, **kwargs)
    store = ctx.fragments
    path = active()._next_path()
    fragment_id = _fragment_id(func, path, ctx.active_page, key)
    previous = store.fragments.get(fragment_id)
    record = Fragment(
        id=fragment_id,
        func=func,
        args=tuple(args),
        kwargs=dict(kwargs),
        path=path,
        run_every=run_every,
        page=ctx.active_page,
        parent=None if ctx.fragment is None else ctx.fragment.id,
        stack=list(ctx.stack),
    )
    if previous is not None and ctx.fragment_run is not None:
        record.portals = previous.portals  # a nested fragment redrawn in place
    store.fragments[fragment_id] = record
    ctx.put(path, fragment_node(fragment_id, run_every))
    return run_body(ctx, record)


def rerun_fragment(ctx: RunContext, record: Fragment) -> None:
    """A fragment run: re-put the fragment's block (its children start over) and run it."""
    record.widgets.clear()
    record.portals_put.clear()
    ctx.put(record.path, fragment_node(record.id, record.run_every))
    run_body(ctx, record)


def run_body(ctx: RunContext, record: Fragment) -> Any:
    cursor = DeltaGenerator(record.path, block_type="fragment")
    saved_stack, saved_fragment = ctx.stack, ctx.fragment
    ctx.stack = [*record.stack, cursor]
    ctx.fragment = record
    if ctx.fragments is not None:
        ctx.fragments._seen.add(record.id)
    try:
        return record.func(*record.args, **record.kwargs)
    finally:
        ctx.stack, ctx.fragment = saved_stack, saved_fragment


def portal_for(ctx: RunContext, parent: Path) -> Path:
    """Where the running fragment's write into the block at ``parent`` goes."""
    record = ctx.fragment
    if record is None or _under(parent, record.path):
        return parent
    if any(_under(parent, portal) for portal in record.portals.values()):
        return parent  # a container the fragment made inside one of its portals
    portal = record.portals.get(parent)
    if portal is not None and parent in record.portals_put:
        return portal
    if portal is None:
        portal = (*parent, ctx.next_index(parent))
        record.portals[parent] = portal
    record.portals_put.add(parent)
    ctx.put(portal, fragment_node(record.id, None))
    return portal


def _fragment_id(func: Callable[..., Any], path: Path, page: str, key: str | None) -> str:
    name = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', func)}"
    text = f"{name}|{list(path) if key is None else key}|{page}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# -- st.rerun(scope=...) ------------------------------------------------------------------
def rerun(scope: str = "app") -> NoReturn:
    """st.rerun: the whole app, or (in a fragment run, inside a fragment) that fragment."""
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(
            f"'{scope}' is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
        )
    if scope == "fragment":
        ctx = running()
        if ctx is None or ctx.fragment_run is None or ctx.fragment is None:
            raise StreamlitAPIException(RERUN_SCOPE_ERROR)
        raise FragmentRerunRequested(ctx.fragment.id)
    raise RerunRequested()


# -- run_every ----------------------------------------------------------------------------
_UNITS = {
    "w": 604800.0,
    "week": 604800.0,
    "d": 86400.0,
    "day": 86400.0,
    "h": 3600.0,
    "hr": 3600.0,
    "hour": 3600.0,
    "m": 60.0,
    "min": 60.0,
    "minute": 60.0,
    "t": 60.0,
    "s": 1.0,
    "sec": 1.0,
    "second": 1.0,
    "ms": 1e-3,
    "milli": 1e-3,
    "millisecond": 1e-3,
    "l": 1e-3,
    "us": 1e-6,
    "micro": 1e-6,
    "microsecond": 1e-6,
    "ns": 1e-9,
    "nano": 1e-9,
    "nanosecond": 1e-9,
}
_TOKEN = re.compile(r"\s*([+-]?\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*,?")


def run_every_seconds(value: Any) -> float | None:
    """``run_every`` as seconds: None, a number, a timedelta or a string like "1h23s"."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise StreamlitAPIException(f"Invalid run_every value: {value!r}")
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        seconds = _parse_duration(value)
    elif type(value).__name__ == "Timedelta" and hasattr(value, "total_seconds"):
        seconds = float(value.total_seconds())  # pandas.Timedelta, without importing pandas
    else:
        raise StreamlitAPIException(f"Invalid run_every value: {value!r}")
    if seconds <= 0:
        raise StreamlitAPIException(f"run_every must be a positive duration, got {value!r}.")
    return seconds


def _parse_duration(text: str) -> float:
    rest = text.strip()
    total, matched = 0.0, False
    while rest:
        match = _TOKEN.match(rest)
        if match is None:
            break
        unit = match.group(2).lower()
        if unit not in _UNITS and unit.endswith("s"):  # plurals: "days", "mins"
            unit = unit[:-1]
        if unit not in _UNITS:
            break
        total += float(match.group(1)) * _UNITS[unit]
        rest, matched = rest[match.end() :], True
    if rest or not matched:
        raise StreamlitAPIException(
            f"Invalid run_every value: {text!r}. Use a number of seconds, a timedelta "
            'or a duration string such as "10s", "1.5 days" or "1h23s".'
        )
    return total
