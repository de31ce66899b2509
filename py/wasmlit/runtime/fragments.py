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
position (Streamlit's current rule for outside containers). As in Streamlit,
a fragment run cannot open a new portal in a container the running fragment
did not create: the first write must happen in a full run.

``@st.fragment(key=...)`` names a fragment function; a widget callback may call
``st.rerun(<key or keys>)`` to rerun every call site of those fragments: the
interaction's run ends before its body and each fragment then runs on its own
(the session's queue, see docs/execution-flow.md, "Keyed fragments").

``parallel=True`` fragments run in order (Pyodide has one thread), but
during a full run they keep Streamlit's parallel rules: the call returns
None, an error stays inside the fragment and the script goes on, and
outside-container writes, ``st.dialog`` and ``st.switch_page`` raise.

Example::

    @st.fragment(run_every="2s")
    def clock():
        st.write(time.time())
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import wraps
from typing import Any, NoReturn, TypeVar, overload

from wasmlit.elements.fragment import fragment_node
from wasmlit.errors import StreamlitAPIException, StreamlitDuplicateElementKey
from wasmlit.runtime.context import Path, RunContext, running
from wasmlit.runtime.control import RerunRequested
from wasmlit.runtime.delta_generator import DeltaGenerator, active
from wasmlit.runtime.durations import duration_seconds

F = TypeVar("F", bound=Callable[..., Any])

RERUN_SCOPE_ERROR = (
    'scope="fragment" can only be specified from `@st.fragment`-decorated '
    "functions during fragment reruns."
)
OUTSIDE_FIRST_WRITE_ERROR = (
    "A fragment tried to write to a container created outside the fragment, but that "
    "container was not written to during the initial run, so Streamlit could not "
    "reserve a stable position for it.\n\nWrite to the container at least once during "
    "the full app run (e.g. claim the slot with `outside.empty()`), then fill it during "
    "fragment reruns."
)
# st.rerun(scope=<fragment key>) (Streamlit 1.63+, PR #16161): keyed reruns.
RESERVED_KEYS = ("app", "fragment")
RESERVED_KEY_ERROR = (
    '\'{key}\' is reserved: `st.rerun` uses "app" and "fragment" as scopes, so they '
    "cannot be fragment keys."
)
RERUN_CALLBACK_ONLY_ERROR = (
    "`st.rerun` with a fragment key can only be called from a widget callback "
    "(`on_change` or `on_click`), not from the script or a fragment's body."
)
RERUN_UNKNOWN_KEY_ERROR = (
    "No fragment found for key '{key}'. Pass the `key` given to `@st.fragment(key=...)` "
    "and make sure that fragment was rendered in the last run."
)
RERUN_EMPTY_SCOPE_ERROR = (
    "`scope` cannot be an empty string or an empty list: pass 'app', 'fragment', a "
    "fragment key or a list of fragment keys."
)
RERUN_SCOPE_TYPE_ERROR = (
    "`scope` must be 'app', 'fragment', a fragment key (str or int) or a list of "
    "fragment keys, got `{type}`."
)
PARALLEL_OUTSIDE_ERROR = (
    "Writing to containers outside a parallel fragment is not allowed during the "
    "initial page load, because parallel fragments run concurrently on separate "
    "threads and external container writes are not thread-safe.\n\nTo fix this, move "
    "the element inside the fragment body, or gate the write behind a widget "
    "interaction (e.g., `if st.button(...):`) so it runs during a sequential fragment "
    "rerun instead."
)


def parallel_api_error(api_name: str) -> StreamlitAPIException:
    """Streamlit's error for ``st.dialog`` / ``st.switch_page`` in a parallel batch."""
    return StreamlitAPIException(
        f"`{api_name}` cannot be called from a parallel fragment during the initial "
        f"page load, because parallel fragments run concurrently on separate threads "
        f"where `{api_name}` is not safe.\n\nTo fix this, gate the call behind a widget "
        "interaction (e.g., `if st.button(...):`) so it runs during a sequential "
        "fragment rerun instead."
    )


def check_not_parallel(api_name: str) -> None:
    """Raise when called from a parallel fragment's body during a full run."""
    ctx = running()
    if ctx is not None and ctx.parallel_worker:
        raise parallel_api_error(api_name)


class FragmentHandled(Exception):  # noqa: N818 - Streamlit's FragmentHandledException
    """An error a fragment already showed inside its block; the run ends as an error."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class FragmentRerunRequested(RerunRequested):
    """``st.rerun(scope="fragment")``: end this run and rerun only ``fragment_id``."""

    def __init__(self, fragment_id: str) -> None:
        super().__init__(fragment_id)
        self.fragment_id = fragment_id


class KeyedRerunRequested(RerunRequested):
    """``st.rerun(<key or keys>)`` in a callback: rerun every call site of those fragments."""

    def __init__(self, fragment_ids: list[str]) -> None:
        super().__init__(",".join(fragment_ids))
        self.fragment_ids = fragment_ids


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
    parallel: bool = False  # st.fragment(parallel=True): its full-run rules apply
    key: str | None = None  # st.fragment(key=...): st.rerun(key) reruns every call site
    definition: str = ""  # the decorated function's name: one key, one definition


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
        # What the last run left: keyed reruns resolve against it (a full run clears
        # `fragments` before its callbacks), and a run ended before its body restores it.
        self._last: dict[str, Fragment] = {}
        self._last_app_scope: set[str] = set()
        self._abandoned = False

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

    def resolve(self, keys: Iterable[str]) -> list[str]:
        """Every call site of the fragments with these keys, as the last run made them.

        Any unknown key fails the whole request (nothing reruns).
        """
        wanted = list(dict.fromkeys(keys))
        found = {f.key for f in self._last.values()}
        for key in wanted:
            if key not in found:
                raise StreamlitAPIException(RERUN_UNKNOWN_KEY_ERROR.format(key=key))
        return [f.id for f in self._last.values() if f.key in wanted]

    def ordered(self, fragment_ids: Iterable[str]) -> list[str]:
        """The fragments to run one after another: in the order the app called them
        (so an outer one before the ones nested in it), leaving out a fragment whose
        enclosing fragment runs too (that run calls it again)."""
        wanted = set(fragment_ids)
        out: list[str] = []
        for record in self._last.values():
            if record.id in wanted and not self._has_ancestor_in(record, wanted):
                out.append(record.id)
        return out

    def _has_ancestor_in(self, record: Fragment, ids: set[str]) -> bool:
        parent = record.parent
        while parent is not None:
            if parent in ids:
                return True
            above = self._last.get(parent)
            parent = None if above is None else above.parent
        return False

    def check_key(self, record: Fragment) -> None:
        """A fragment key names one function: another function with it is a duplicate."""
        if record.key is None:
            return
        for other in self.fragments.values():
            if other.key == record.key and other.definition != record.definition:
                raise StreamlitDuplicateElementKey(record.key)

    def abandon(self) -> None:
        """This run ends before its body (keyed reruns follow): keep the last run's records."""
        self._abandoned = True

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
        self._abandoned = False
        self._last, self._last_app_scope = self.fragments, self.app_scope
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
        if self._abandoned:  # nothing of the body ran: the last run's records stand
            self.fragments, self.app_scope = self._last, self._last_app_scope
            self._abandoned = False
            self._descendants, self._owned, self._running = [], set(), None
            return
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
    """st.fragment: with or without arguments. ``parallel`` runs in order (one thread)."""
    interval = run_every_seconds(run_every)
    user_key = fragment_key(key)
    concurrent = bool(parallel)

    def decorate(target: F) -> F:
        @wraps(target)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return call_fragment(target, args, kwargs, interval, user_key, parallel=concurrent)

        return wrapper  # type: ignore[return-value]

    return decorate if func is None else decorate(func)


def fragment_key(key: Any) -> str | None:
    """``st.fragment(key=...)``: a str or int, stored as str, never a rerun scope."""
    if key is None:
        return None
    if isinstance(key, bool) or not isinstance(key, str | int):
        raise StreamlitAPIException(
            f"A fragment `key` must be a str or an int, got `{type(key).__name__}`."
        )
    text = str(key)
    if text in RESERVED_KEYS:
        raise StreamlitAPIException(RESERVED_KEY_ERROR.format(key=text))
    return text


def call_fragment(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    run_every: float | None,
    key: str | None = None,
    *,
    parallel: bool = False,
) -> Any:
    """Put the fragment's block at the active container's next position and run it.

    A ``parallel`` fragment in a full run returns None and keeps its errors to itself,
    as Streamlit's thread-pool dispatch does; it still runs here, at its call.
    """
    ctx = running()
    if ctx is None or ctx.fragments is None:  # bare mode: a plain function call
        return func(*args, **kwargs)
    store = ctx.fragments
    path = active()._next_path()
    # Identity is the call site (as in Streamlit): a keyed function called at several
    # places is several fragments sharing the key.
    fragment_id = _fragment_id(func, path, ctx.active_page)
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
        parallel=parallel,
        key=key,
        definition=_definition(func),
    )
    store.check_key(record)
    if previous is not None and ctx.fragment_run is not None:
        record.portals = previous.portals  # a nested fragment redrawn in place
    store.fragments[fragment_id] = record
    ctx.put(path, fragment_node(fragment_id, run_every))
    if not (parallel and ctx.fragment_run is None):
        return run_body(ctx, record)
    saved = ctx.parallel_worker
    ctx.parallel_worker = True
    try:
        run_body(ctx, record)
    except FragmentHandled:
        pass  # shown inside the fragment; the rest of the script goes on
    finally:
        ctx.parallel_worker = saved
    return None


def rerun_fragment(ctx: RunContext, record: Fragment) -> None:
    """A fragment run: re-put the fragment's block (its children start over) and run it."""
    record.widgets.clear()
    record.portals_put.clear()
    ctx.put(record.path, fragment_node(record.id, record.run_every))
    run_body(ctx, record)


def run_body(ctx: RunContext, record: Fragment) -> Any:
    """Call the function with the fragment's block active; its errors show inside it."""
    cursor = DeltaGenerator(record.path, block_type="fragment")
    saved_stack, saved_fragment = ctx.stack, ctx.fragment
    ctx.stack = [*record.stack, cursor]
    ctx.fragment = record
    if ctx.fragments is not None:
        ctx.fragments._seen.add(record.id)
    try:
        return record.func(*record.args, **record.kwargs)
    except FragmentHandled:
        raise  # a nested fragment showed it already
    except Exception as exc:
        _show_error(ctx, record, exc)
        raise FragmentHandled(exc) from exc
    finally:
        ctx.stack, ctx.fragment = saved_stack, saved_fragment


def _show_error(ctx: RunContext, record: Fragment, exc: Exception) -> None:
    """The exception element at the fragment block's next position (Streamlit's place)."""
    from wasmlit.elements.exception import exception_props

    props = exception_props(exc, ctx.script_dir)
    node = {"kind": "element", "type": "exception", "id": None, "key": None, "props": props}
    ctx.put((*record.path, ctx.next_index(record.path)), node)


def check_slot_write(ctx: RunContext, path: Path) -> None:
    """A parallel fragment's full run may not replace an element outside its block."""
    record = ctx.fragment
    if ctx.parallel_worker and record is not None and not _under(path, record.path):
        raise StreamlitAPIException(PARALLEL_OUTSIDE_ERROR)


def portal_for(ctx: RunContext, parent: Path) -> Path:
    """Where the running fragment's write into the block at ``parent`` goes."""
    record = ctx.fragment
    if record is None or _under(parent, record.path):
        return parent
    if ctx.parallel_worker:
        raise StreamlitAPIException(PARALLEL_OUTSIDE_ERROR)
    if any(_under(parent, portal) for portal in record.portals.values()):
        return parent  # a container the fragment made inside one of its portals
    portal = record.portals.get(parent)
    if portal is not None and parent in record.portals_put:
        return portal
    if portal is None:
        if not _made_this_run(ctx, parent):
            raise StreamlitAPIException(OUTSIDE_FIRST_WRITE_ERROR)
        portal = (*parent, ctx.next_index(parent))
        record.portals[parent] = portal
    record.portals_put.add(parent)
    ctx.put(portal, fragment_node(record.id, None))
    return portal


def _made_this_run(ctx: RunContext, parent: Path) -> bool:
    """Can a new portal go into ``parent``? Always in a full run; in a fragment run only
    in a container the rerun fragment itself made (Streamlit cannot reserve a place in a
    container whose creating code is not running)."""
    store = ctx.fragments
    running_record = None if store is None else store._running
    if ctx.fragment_run is None or running_record is None:
        return True
    if _under(parent, running_record.path):
        return True
    return any(_under(parent, portal) for portal in running_record.portals.values())


def _definition(func: Callable[..., Any]) -> str:
    return f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', func)}"


def _fragment_id(func: Callable[..., Any], path: Path, page: str) -> str:
    text = f"{_definition(func)}|{list(path)}|{page}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# -- st.rerun(scope=...) ------------------------------------------------------------------
def rerun(scope: Any = "app") -> NoReturn:
    """st.rerun: the whole app, the current fragment, or (from a widget callback) the
    fragments with the given key(s)."""
    if isinstance(scope, str) and scope == "app":
        raise RerunRequested()
    if isinstance(scope, str) and scope == "fragment":
        raise FragmentRerunRequested(_current_fragment())
    keys = _scope_keys(scope)
    ctx = running()
    if ctx is None or not ctx.in_callback or ctx.fragments is None:
        raise StreamlitAPIException(RERUN_CALLBACK_ONLY_ERROR)
    raise KeyedRerunRequested(ctx.fragments.resolve(keys))


def _current_fragment() -> str:
    """``scope="fragment"``: the running fragment (in a callback: the widget's)."""
    ctx = running()
    current_id = None if ctx is None else ctx.callback_fragment
    if ctx is not None and ctx.fragment is not None:
        current_id = ctx.fragment.id
    if ctx is None or ctx.fragment_run is None or current_id is None:
        raise StreamlitAPIException(RERUN_SCOPE_ERROR)
    return current_id


def _scope_keys(scope: Any) -> list[str]:
    """A key or a list of keys as strings; the scopes "app"/"fragment" are not keys."""
    if isinstance(scope, str | int) and not isinstance(scope, bool):
        items: list[Any] = [scope]
    elif isinstance(scope, Sequence) and not isinstance(scope, bytes | bytearray):
        items = list(scope)
    else:
        raise StreamlitAPIException(RERUN_SCOPE_TYPE_ERROR.format(type=type(scope).__name__))
    if not items or scope == "":
        raise StreamlitAPIException(RERUN_EMPTY_SCOPE_ERROR)
    keys: list[str] = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise StreamlitAPIException(
                RERUN_SCOPE_TYPE_ERROR.format(type=f"list of {type(item).__name__}")
            )
        text = str(item)
        if text == "":
            raise StreamlitAPIException(RERUN_EMPTY_SCOPE_ERROR)
        if text in RESERVED_KEYS:
            raise StreamlitAPIException(RESERVED_KEY_ERROR.format(key=text))
        keys.append(text)
    return keys


# -- run_every ----------------------------------------------------------------------------
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
        seconds = duration_seconds(value)
    elif type(value).__name__ == "Timedelta" and hasattr(value, "total_seconds"):
        seconds = float(value.total_seconds())  # pandas.Timedelta, without importing pandas
    else:
        raise StreamlitAPIException(f"Invalid run_every value: {value!r}")
    if seconds <= 0:
        raise StreamlitAPIException(f"run_every must be a positive duration, got {value!r}.")
    return seconds
