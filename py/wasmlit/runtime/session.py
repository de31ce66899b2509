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

from wasmlit.runtime import config
from wasmlit.runtime.context import RunContext, activate, deactivate
from wasmlit.runtime.control import RerunRequested, RunInterrupted, StopRequested
from wasmlit.runtime.forms import show_missing_submit_buttons
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
        self.page_config: dict[str, Any] = {}
        self.uploads = UploadStore()  # files from the browser, by file id
        # Extra globals for the script (AppTest.from_function passes its args here).
        self.script_globals: dict[str, Any] = {}
        self._sink = sink
        self._run_id = 0
        self._stop_requested = False
        # Compiled scripts by path (the entrypoint and page files), with their stamp.
        self._codes: dict[str, tuple[tuple[float, int, tuple[bool, ...]], CodeType]] = {}
        self.pages = PageRouter(self.script_path, self.compiled)
        _APP_DIRS.add(self.script_dir)

    # -- public API ------------------------------------------------------------------
    def rerun(
        self, updates: Sequence[Mapping[str, Any]] = (), page: PageRequest | None = None
    ) -> None:
        """Apply widget updates, run callbacks, then run the script (and any st.rerun).

        ``page`` asks for another page of a multipage app (a UI click, a deep link).
        """
        self._stop_requested = False
        if page is not None:
            self.pages.request = page
        pending: Sequence[Mapping[str, Any]] = updates
        while self._run_once(pending) == "rerun":
            pending = ()

    def receive_upload(self, file_id: str, name: str, mime_type: str, data: bytes) -> None:
        """Keep a file from the UI until no widget refers to it (``upload_file``)."""
        self.uploads.put(FileRecord(file_id, name, mime_type, data))

    def reload_files(self) -> None:
        """Forget the app's own modules (so edits reload), then rerun."""
        for name, module in list(sys.modules.items()):
            if _module_dir_is(name, module, [self.script_dir]):
                del sys.modules[name]
        self._codes.clear()
        self.rerun()

    def request_stop(self) -> None:
        """Ask the running script to stop at its next element (used by timeouts)."""
        self._stop_requested = True

    def stop(self) -> None:
        """The UI's ``stop``: runs are synchronous, so this only affects a running one."""
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
        self._emit({"type": "run_started", "run_id": run_id})
        ctx = RunContext(
            run_id=run_id,
            state=self.state,
            emit=self._emit,
            options=self.options,
            script_dir=self.script_dir,
            interrupt=lambda: self._stop_requested,
            page_config=self.page_config,
            query_params=self.query_params,
            uploads=self.uploads,
            pages=self.pages,
        )
        token = activate(ctx)
        self.pages.begin_run(ctx)
        self.state.begin_run()
        status, cleanup = "complete", True
        try:
            from wasmlit.alias import streamlit_alias

            with streamlit_alias(), self._script_env() as module:
                self._run_callbacks(updates)
                if self.pages.request is not None:  # st.switch_page in a callback
                    self.pages.begin_run(ctx)
                page = self.pages.pages_folder_page(ctx)
                if page is None or page.script_path == self.script_path:
                    exec(self.compiled(self.script_path), module.__dict__)
                else:  # MPA v1: a script of the pages/ folder instead of the entrypoint
                    with self.pages.running_page(ctx, page):
                        run_page_file(str(page.script_path), self.compiled)
                show_missing_submit_buttons(ctx)
        except RerunRequested:
            status, cleanup = "rerun", False
        except (StopRequested, SystemExit):
            status, cleanup = "complete", False
        except (RunInterrupted, KeyboardInterrupt):
            status, cleanup = "stopped", False
        except BaseException as exc:  # noqa: BLE001 - every script error is shown, never raised
            status = "error"
            self._show_exception(ctx, exc)
        finally:
            self.state.end_run(completed=cleanup)
            deactivate(token)
        if cleanup:
            self.uploads.retain(referenced_ids(self.state.wire_values()))
        self._send_query_params()
        self._emit({"type": "run_finished", "run_id": run_id, "status": status})
        return status

    def _send_query_params(self) -> None:
        """Tell the UI when st.query_params changed, so the page URL follows."""
        query = self.query_params.query_string()
        if query != self._shown_query:
            self._shown_query = query
            self._emit({"type": "query_params", "query_string": query})

    def _run_callbacks(self, updates: Sequence[Mapping[str, Any]]) -> None:
        for meta in self.state.apply_updates(updates):
            # st.rerun() in a callback is a no-op: the script runs next anyway.
            with suppress(RerunRequested):
                meta.callback()

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
        with suppress(RunInterrupted):
            ctx.put((0, ctx.next_index((0,))), node)

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
