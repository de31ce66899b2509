"""The run context: what the running script writes into, one per script run.

A context-local variable holds the current :class:`RunContext`, so element
calls find their session without globals. Outside any run (a script run with
plain ``python``) a throwaway *bare* context swallows output, like Streamlit's
bare mode.

Example::

    ctx = current()
    path = (0, ctx.next_index((0,)))
    ctx.put(path, {"kind": "element", ...})
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.runtime.control import RerunPending, RunInterrupted

if TYPE_CHECKING:
    from wasmlit.runtime.browser_context import BrowserInfo
    from wasmlit.runtime.delta_generator import DeltaGenerator
    from wasmlit.runtime.fragments import Fragment, FragmentStore
    from wasmlit.runtime.navigation import PageRouter
    from wasmlit.runtime.query_params import QueryParams
    from wasmlit.runtime.session_state import SessionState
    from wasmlit.runtime.uploads import UploadStore

Path = tuple[int, ...]


def _uploads() -> UploadStore:
    from wasmlit.runtime.uploads import UploadStore

    return UploadStore()


def _query_params() -> QueryParams:
    from wasmlit.runtime.query_params import QueryParams

    return QueryParams()


@dataclass
class RunContext:
    """State of one script run: path counters, container stack, widgets seen."""

    run_id: int
    state: SessionState
    emit: Callable[[dict[str, Any]], None]
    options: Mapping[str, Any]
    script_dir: str = ""
    counters: dict[Path, int] = field(default_factory=dict)
    stack: list[DeltaGenerator] = field(default_factory=list)
    element_ids: set[str] = field(default_factory=set)
    element_keys: set[str] = field(default_factory=set)
    divider_count: int = 0
    # Keyboard shortcuts claimed this run -> the command that claimed each.
    shortcuts: dict[str, str] = field(default_factory=dict)
    # Forms created this run, by block path (see wasmlit.runtime.forms).
    forms: dict[Path, Any] = field(default_factory=dict)
    interrupt: Callable[[], bool] = lambda: False
    # The host has a newer rerun waiting (the browser's shared flag); see checkpoint().
    rerun_pending: Callable[[], bool] = lambda: False
    # Shared with the session (they outlive one run).
    page_config: dict[str, Any] = field(default_factory=dict)
    query_params: QueryParams = field(default_factory=lambda: _query_params())
    uploads: UploadStore = field(default_factory=lambda: _uploads())
    # Multipage apps (wasmlit.runtime.navigation); None outside a session.
    pages: PageRouter | None = None
    # Identity of the page running now ("" = the entrypoint), mixed into widget ids.
    active_page: str = ""
    # st.context: what the browser told the session (None outside a session).
    browser: BrowserInfo | None = None
    # st.user (wasmlit.runtime.user): a test's mocked user; None = nobody can log in.
    user_info: dict[str, Any] | None = None
    # Fragments (wasmlit.runtime.fragments): the session's store, the fragment whose
    # body is running now, and the fragment this run reruns (None: a full-app run).
    fragments: FragmentStore | None = None
    fragment: Fragment | None = None
    fragment_run: str | None = None
    # A parallel fragment's body in a full run (Streamlit's worker-thread rules apply).
    parallel_worker: bool = False
    # While a widget callback runs: the fragment that owns the widget (st.rerun scope).
    callback_fragment: str | None = None
    # True while a widget callback runs: st.rerun(<fragment key>) is allowed only then.
    in_callback: bool = False
    # files_ids of path= custom components whose files this session already sent
    # (wasmlit.elements.component_instance): shared with the session.
    component_files_sent: set[str] = field(default_factory=set)

    def next_index(self, parent: Path) -> int:
        """Allocate the next child position inside the block at ``parent``."""
        index = self.counters.get(parent, 0)
        self.counters[parent] = index + 1
        return index

    def checkpoint(self) -> None:
        """End the run here if it was stopped or a newer rerun is waiting.

        Called at every Streamlit call that writes or registers something, as
        Streamlit checks for stop and rerun requests there.
        """
        if self.interrupt():
            raise RunInterrupted()
        if self.rerun_pending():
            raise RerunPending()

    def put(self, path: Path, node: dict[str, Any]) -> None:
        """Emit ``node`` at ``path``: it replaces whatever the UI had there."""
        self.checkpoint()
        # A block re-put at this path starts with no children in this run.
        self.counters.pop(path, None)
        self.emit({"type": "delta", "run_id": self.run_id, "path": list(path), "node": node})

    def register_element(self, element_type: str, element_id: str | None, key: str | None) -> None:
        """Record an element id / user key, raising Streamlit's duplicate errors."""
        from wasmlit.errors import StreamlitDuplicateElementId, StreamlitDuplicateElementKey

        if element_id is not None:
            self.checkpoint()  # a widget: stop before its value reaches the script

        if key is not None:
            if key in self.element_keys:
                raise StreamlitDuplicateElementKey(key)
            self.element_keys.add(key)
        if element_id is not None:
            if element_id in self.element_ids:
                raise StreamlitDuplicateElementId(element_type)
            self.element_ids.add(element_id)
            if self.fragment is not None:  # its changes rerun only this fragment
                self.fragment.widgets.add(element_id)


_current: ContextVar[RunContext | None] = ContextVar("wasmlit_run_context", default=None)
_bare: RunContext | None = None


def current() -> RunContext:
    """The context of the running script, or the bare context outside a run."""
    ctx = _current.get()
    if ctx is not None:
        return ctx
    global _bare
    if _bare is None:
        from wasmlit.runtime.session_state import SessionState

        _bare = RunContext(run_id=0, state=SessionState(), emit=lambda m: None, options={})
    return _bare


def activate(ctx: RunContext | None) -> object:
    """Make ``ctx`` current; returns a token for :func:`deactivate`."""
    return _current.set(ctx)


def deactivate(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


def running() -> RunContext | None:
    """The context of a real run, or None outside one."""
    return _current.get()
