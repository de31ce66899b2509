"""AppSession: one running app (script, Session State, widget values, sink).

Example::

    messages = []
    session = AppSession("app.py", messages.append)
    session.rerun()                                    # first run
    session.rerun([{"id": widget_id, "value": 5}])     # the user moved a slider

Each run emits ``run_started``, ``delta`` messages as elements are produced,
then ``run_finished``. Script errors become an ``exception`` element; the
session itself never raises because of them.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from types import CodeType
from typing import Any

from wasmlit.caching import background
from wasmlit.runtime import config
from wasmlit.runtime.browser_context import BrowserInfo
from wasmlit.runtime.context import RunContext, activate, deactivate
from wasmlit.runtime.control import (
    HostHooks,
    RerunPending,
    RerunRequested,
    RunInterrupted,
    StopRequested,
)
from wasmlit.runtime.forms import show_missing_submit_buttons
from wasmlit.runtime.fragments import (
    FragmentHandled,
    FragmentRerunRequested,
    FragmentStore,
    KeyedRerunRequested,
    rerun_fragment,
)
from wasmlit.runtime.magic import MAGIC_NAME
from wasmlit.runtime.navigation import PageRequest, PageRouter
from wasmlit.runtime.pages import run_page_file
from wasmlit.runtime.query_params import QueryParams
from wasmlit.runtime.script import MAGIC_OPTIONS, compile_script, read_source
from wasmlit.runtime.session_state import SessionState
from wasmlit.runtime.uploads import FileRecord, UploadStore, referenced_ids

Sink = Callable[[dict[str, Any]], None]

# Folders of every session's app: their modules must not leak into another app
# that happens to use the same module names (several AppTests in one process).
_APP_DIRS: set[str] = set()


class AppSession:
    """Runs one app's script with Streamlit's rerun semantics."""

    def __init__(
        self,
        script_path: str,
        sink: Sink,
        *,
        options: Mapping[str, Any] | None = None,
        query_string: str = "",
    ) -> None:
        self.script_path = os.path.abspath(script_path)
        self.script_dir = os.path.dirname(self.script_path)
        self.options = config.merged(options)
        self.state = SessionState()
        self.query_params = QueryParams(query_string)
        # The query string the UI shows; a run that changes it sends `query_params`.
        self._shown_query = self.query_params.query_string()
        # How the UI shows a change: a new history entry, or in place (first run, back/forward).
        self._history = "replace"
        self._page_before = ""
        self.browser = BrowserInfo()  # st.context, from the UI's rerun.context
        self.user_info: dict[str, Any] | None = None  # st.user: set only by AppTest.user
        self.page_config: dict[str, Any] = {}
        self.uploads = UploadStore()  # files from the browser, by file id
        self.component_files_sent: set[str] = set()  # path= component folders sent (by files_id)
        # Extra globals for the script (AppTest.from_function passes its args here).
        self.script_globals: dict[str, Any] = {}
        self._sink = sink
        self._run_id = 0
        self._stop_requested = False
        # Set by the browser host: a newer rerun waiting, the Stop window (control.HostHooks).
        self.hooks = HostHooks()
        # Compiled scripts by path (the entrypoint and page files), with their stamp.
        self._codes: dict[str, tuple[tuple[float, int, tuple[bool, ...]], CodeType]] = {}
        self.pages = PageRouter(self.script_path, self.compiled)
        # st.fragment calls of the last runs, and the fragment the next run reruns.
        self.fragments = FragmentStore()
        self._fragment_target: str | None = None
        # st.rerun(<fragment keys>) from callbacks: the fragment runs still to come.
        self._fragment_queue: list[str] = []
        # A run cut short by a newer request (RerunPending): the next run is a full one,
        # even for a fragment's widget, so the whole app is finished again.
        self._unfinished = False
        _APP_DIRS.add(self.script_dir)

    # -- public API ------------------------------------------------------------------
    def rerun(
        self,
        updates: Sequence[Mapping[str, Any]] = (),
        page: PageRequest | None = None,
        fragment_id: str | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> None:
        """Apply widget updates, run callbacks, then run the script (and any st.rerun).

        ``page`` asks for another page of a multipage app (a UI click, a deep link,
        back/forward); ``context`` is the browser's ``st.context`` when it changed.
        When every update belongs to one fragment (or ``fragment_id`` names it, as a
        ``run_every`` tick does), only that fragment runs.
        """
        self._stop_requested = False
        self._take_request(page, context)
        if page is not None:
            self.pages.request = page
        pending: Sequence[Mapping[str, Any]] = updates
        ids = [str(update["id"]) for update in updates]
        self._fragment_target = None if page is not None else self.fragments.scope(ids, fragment_id)
        self._fragment_queue = []
        if self._unfinished:
            self._fragment_target, self._unfinished = None, False
        # A run ended for a newer request returns "superseded": the host runs that next.
        # Keyed reruns (st.rerun(<key>) in a callback) follow as one run per fragment.
        status = self._run_once(pending)
        while status == "rerun" or (status in ("complete", "error") and self._fragment_queue):
            if self._fragment_target is None and self._fragment_queue:
                self._fragment_target = self._next_queued()
                if self._fragment_target is None and status != "rerun":
                    break
            status = self._run_once(())
        # st.cache_*(refresh_mode="background"): expired entries are recomputed now that
        # the page is complete (no threads in a worker); a newer rerun waiting skips them.
        background.run_pending(skip=self.hooks.rerun_pending)

    def _next_queued(self) -> str | None:
        """The next keyed fragment still there (an earlier run may have dropped it)."""
        while self._fragment_queue:
            fragment_id = self._fragment_queue.pop(0)
            if fragment_id in self.fragments.fragments:
                return fragment_id
        return None

    def receive_upload(self, file_id: str, name: str, mime_type: str, data: bytes) -> None:
        """Keep a file from the UI until no widget refers to it (``upload_file``)."""
        self.uploads.put(FileRecord(file_id, name, mime_type, data))

    def reload_files(
        self,
        updates: Sequence[Mapping[str, Any]] = (),
        page: PageRequest | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> None:
        """Forget the app's own modules (so edits reload), then rerun the whole app.

        ``updates``, ``page`` and ``context`` are those of reruns the host queued
        around the save: they run once, with the new code.
        """
        for name, module in list(sys.modules.items()):
            if _module_dir_is(name, module, [self.script_dir]):
                del sys.modules[name]
        self._codes.clear()
        self._unfinished = True  # new code: a full run, even for a fragment's widget
        self.rerun(updates, page=page, context=context)

    def request_stop(self) -> None:
        """Ask the running script to stop at its next element (used by timeouts)."""
        self._stop_requested = True

    def stop(self) -> None:
        """The UI's ``stop`` message, handled between runs (a no-op then).

        A running script is stopped through the host's interrupt window instead
        (``KeyboardInterrupt``, see ``HostHooks.allow_interrupts``).
        """
        self._stop_requested = True

    @property
    def run_id(self) -> int:
        return self._run_id

    # -- one run ---------------------------------------------------------------------
    def _emit(self, message: dict[str, Any]) -> None:
        self._sink(message)

    def _run_once(self, updates: Sequence[Mapping[str, Any]]) -> str:
        self._run_id += 1
        run_id = self._run_id
        target, self._fragment_target = self._fragment_target, None
        scope = {} if target not in self.fragments.fragments else {"fragment_id": target}
        self._emit({"type": "run_started", "run_id": run_id, **scope})
        request = self.pages.request
        if request is not None and request.url_path is not None:
            # st.switch_page: this run shows another page than the URL the UI sent.
            self.browser = self.browser.for_page(request.url_path)
        ctx = RunContext(
            run_id=run_id,
            state=self.state,
            emit=self._emit,
            options=self.options,
            script_dir=self.script_dir,
            interrupt=lambda: self._stop_requested,
            rerun_pending=self.hooks.rerun_pending,
            page_config=self.page_config,
            query_params=self.query_params,
            uploads=self.uploads,
            component_files_sent=self.component_files_sent,
            pages=self.pages,
            browser=self.browser,
            user_info=self.user_info,
        )
        token = activate(ctx)
        fragment = self.fragments.begin_run(ctx, scope.get("fragment_id"))
        if fragment is None:
            self.pages.begin_run(ctx)
        self.state.begin_run()
        status, cleanup = "complete", True
        superseded = False
        try:
            from wasmlit.alias import streamlit_alias

            # Only inside this window can a Stop raise KeyboardInterrupt (the browser
            # host's interrupt buffer), so it always lands in the handlers below.
            self.hooks.allow_interrupts(True)
            try:
                with streamlit_alias(), self._script_env() as module:
                    self._run_callbacks(ctx, updates)
                    if fragment is not None:  # a fragment run: only that function
                        rerun_fragment(ctx, fragment)
                    else:
                        self._run_script(ctx, module)
                    show_missing_submit_buttons(ctx)
            finally:
                self.hooks.allow_interrupts(False)
        except RerunPending:
            # Quietly, like st.rerun(): nothing is pruned, the merged request runs next.
            status, cleanup, superseded = "rerun", False, True
            self._fragment_queue = []
        except KeyedRerunRequested as exc:
            # Callbacks asked for keyed fragments: this run ends before its body and
            # each fragment runs next, on its own.
            status, cleanup = "rerun", False
            self.fragments.abandon()
            self._fragment_queue = list(exc.fragment_ids)
        except RerunRequested as exc:
            status, cleanup = "rerun", False
            # st.rerun(scope="fragment") names the fragment the next run reruns (the
            # keyed fragments still to come follow it); st.rerun() drops them.
            self._fragment_target = getattr(exc, "fragment_id", None)
            if self._fragment_target is None:
                self._fragment_queue = []
        except (StopRequested, SystemExit):
            status, cleanup = "complete", False
            self._fragment_queue = []
        except (RunInterrupted, KeyboardInterrupt):
            status, cleanup = "stopped", False
            self._fragment_queue = []
        except FragmentHandled:
            status = "error"  # already shown inside the fragment's block
        except BaseException as exc:  # noqa: BLE001 - every script error is shown, never raised
            status = "error"
            self._show_exception(ctx, exc)
        finally:
            # A fragment run keeps every widget outside the fragment.
            self.state.end_run(
                completed=cleanup, keep=self.fragments.kept_widgets(self.state.metas)
            )
            self.fragments.end_run(ctx, fragment)
            self.query_params.set_restoring(False)
            deactivate(token)
            if ctx.browser is not None:  # st.context.url moved with the page shown
                self.browser = ctx.browser
        if cleanup:
            self.uploads.retain(referenced_ids(self.state.wire_values()))
        self._send_query_params()
        self._emit({"type": "run_finished", "run_id": run_id, "status": status, **scope})
        if superseded:
            self._unfinished = True
            return "superseded"
        return status

    def _run_script(self, ctx: RunContext, module: types.ModuleType) -> None:
        """A full-app run: the entrypoint, or a script of the pages/ folder."""
        if self.pages.request is not None:  # st.switch_page in a callback
            self.pages.begin_run(ctx)
        page = self.pages.pages_folder_page(ctx)
        if page is None or page.script_path == self.script_path:
            exec(self.compiled(self.script_path), module.__dict__)
        else:  # MPA v1: a script of the pages/ folder instead of the entrypoint
            with self.pages.running_page(ctx, page):
                run_page_file(str(page.script_path), self.compiled)

    def _send_query_params(self) -> None:
        """Tell the UI when st.query_params changed, so the page URL follows."""
        query = self.query_params.query_string()
        if query != self._shown_query:
            self._shown_query = query
            # A page change already added its history entry (the UI pushes the page URL).
            moved = self.pages.current != self._page_before
            history = "replace" if moved else self._history
            self._emit({"type": "query_params", "query_string": query, "history": history})

    def _take_request(self, page: PageRequest | None, context: Mapping[str, Any] | None) -> None:
        """Per request: st.context, the config check of Session State, the history mode.

        A user's action adds a history entry; the first run and back/forward don't.
        """
        if context is not None:
            self.browser = BrowserInfo.from_wire(context)
        self.state.enforce_serializable = bool(
            self.options.get("runner.enforceSerializableSessionState")
        )
        restoring = page is not None and page.history
        self._history = "replace" if self._run_id == 0 or restoring else "push"
        self._page_before = self.pages.current
        if restoring and page is not None and page.query_string is not None:
            # The address bar already shows this query (the browser went there).
            self._shown_query = QueryParams(page.query_string).query_string()

    def _run_callbacks(self, ctx: RunContext, updates: Sequence[Mapping[str, Any]]) -> None:
        """The changed widgets' callbacks, before the script body.

        As in Streamlit (1.63+), each callback votes for what runs once every callback
        has run: returning normally keeps this run's scope (the app, or the fragment
        being rerun), ``st.rerun()`` asks for the app, ``st.rerun(scope="fragment")``
        for the widget's fragment and ``st.rerun(<keys>)`` for keyed fragments. With no
        keyed vote, a fragment run becomes a full-app run when any callback asked for it
        (it ends here, quietly). With keyed votes, a vote for the app wins (a full run);
        otherwise every voted fragment runs once, in the app's order, and this run ends
        before its body (``KeyedRerunRequested``).
        """
        votes: list[str | None] = []  # None: the whole app
        keyed = False
        for meta in self.state.apply_updates(updates):
            ctx.callback_fragment = self.fragments.owner(meta.id)
            ctx.in_callback = True
            try:
                meta.callback()
            except KeyedRerunRequested as exc:
                keyed = True
                votes.extend(exc.fragment_ids)
            except FragmentRerunRequested as exc:
                votes.append(exc.fragment_id)
            except RerunRequested:
                votes.append(None)
            else:
                if meta.callback.func is not None:  # a callback-less widget has no vote
                    votes.append(ctx.fragment_run)
            finally:
                ctx.callback_fragment = None
                ctx.in_callback = False
        if None in votes and (keyed or ctx.fragment_run is not None):
            if ctx.fragment_run is not None:
                raise RerunRequested()
            return  # a full run: it goes on
        if keyed:
            raise KeyedRerunRequested(self.fragments.ordered(v for v in votes if v))

    def compiled(self, path: str) -> CodeType:
        """``path`` compiled with magic per this session's options, cached until it changes."""
        stat = os.stat(path)
        magic = tuple(bool(self.options.get(key)) for key in MAGIC_OPTIONS)
        stamp = (stat.st_mtime, stat.st_size, magic)
        cached = self._codes.get(path)
        if cached is None or cached[0] != stamp:
            cached = (stamp, compile_script(read_source(path), path, self.options))
            self._codes[path] = cached
        return cached[1]

    def _show_exception(self, ctx: RunContext, exc: BaseException) -> None:
        from wasmlit.elements.exception import exception_props

        node = {
            "kind": "element",
            "type": "exception",
            "id": None,
            "key": None,
            "props": exception_props(exc, self.script_dir),
        }
        with suppress(RunInterrupted, RerunPending):  # the next run replaces it anyway
            # In a fragment run the error shows inside the fragment, which the run redraws.
            record = self.fragments.fragments.get(ctx.fragment_run or "")
            parent = (0,) if record is None else record.path
            ctx.put((*parent, ctx.next_index(parent)), node)

    @contextmanager
    def _script_env(self) -> Iterator[types.ModuleType]:
        """A fresh ``__main__`` module, the app folder first on ``sys.path``."""
        self._forget_other_apps_modules()
        module = types.ModuleType("__main__")
        module.__dict__.update(self.script_globals)
        module.__file__ = self.script_path
        module.__dict__[MAGIC_NAME] = magic_write
        saved_main = sys.modules.get("__main__")
        sys.modules["__main__"] = module
        added = self.script_dir not in sys.path
        if added:
            sys.path.insert(0, self.script_dir)
        try:
            yield module
        finally:
            if added and self.script_dir in sys.path:
                sys.path.remove(self.script_dir)
            if saved_main is not None:
                sys.modules["__main__"] = saved_main

    def _forget_other_apps_modules(self) -> None:
        others = [d for d in _APP_DIRS if d != self.script_dir]
        if not others:
            return
        for name, module in list(sys.modules.items()):
            if _module_dir_is(name, module, others) and not _module_dir_is(
                name, module, [self.script_dir]
            ):
                del sys.modules[name]


def _module_dir_is(name: str, module: Any, folders: Sequence[str]) -> bool:
    """Whether ``module`` is an app module from one of ``folders`` (never a library)."""
    filename = getattr(module, "__file__", None)
    if not filename or name.startswith("wasmlit") or name == "__main__":
        return False
    path = os.path.abspath(filename)
    if "site-packages" in path or "dist-packages" in path:
        return False  # an installed library, even inside a venv in the app folder
    return any(path.startswith(folder + os.sep) for folder in folders)


def magic_write(*args: Any) -> None:
    from wasmlit.runtime.delta_generator import active

    active().write(*args)
