"""AppTest: run an app headlessly and inspect/drive it, like Streamlit's AppTest.

The app runs in a real :class:`~wasmlit.runtime.session.AppSession`; its
messages go to a list and the element tree is rebuilt from them exactly as
the UI does, so tests exercise the real protocol.

Example::

    at = AppTest.from_file("app.py").run()
    at.slider[0].set_value(5).run()
    assert at.markdown[0].value == "n is `5`"
"""

from __future__ import annotations

import inspect
import os
import sys
import tempfile
import textwrap
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from wasmlit.runtime.browser_context import BrowserInfo
from wasmlit.runtime.navigation import PageRequest
from wasmlit.runtime.query_params import QueryParams
from wasmlit.runtime.secrets import use_test_secrets
from wasmlit.runtime.session import AppSession
from wasmlit.runtime.state_proxy import SessionStateProxy
from wasmlit.runtime.uploads import UploadedFile
from wasmlit.testing.v1.block import Accessors, Block, Node
from wasmlit.testing.v1.tree import DeltaTree

ROOT_NAMES = ("main", "sidebar", "event", "bottom")


class AppTest(Accessors):
    """A simulated running app for tests."""

    def __init__(
        self,
        script_path: str,
        *,
        default_timeout: float,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.default_timeout = default_timeout
        self.args = tuple(args or ())
        self.kwargs = dict(kwargs or {})
        self.messages: list[dict[str, Any]] = []  # every protocol message, in order
        self.secrets: dict[str, Any] = {}
        # What the app reads as st.user (Streamlit's default); st.logout() clears it only
        # for the run that calls it. See wasmlit.runtime.user.
        self.user: dict[str, Any] = {"email": "test@example.com"}
        self._tree = DeltaTree()
        self._pending: dict[str, tuple[Any, bool]] = {}
        self._page: PageRequest | None = None  # set by switch_page, used by the next run
        self.session = AppSession(script_path, self._receive)
        self.session.script_globals.update(
            {"__wasmlit_args__": self.args, "__wasmlit_kwargs__": self.kwargs}
        )
        self.session_state = SessionStateProxy(lambda: self.session.state)

    # -- constructors ----------------------------------------------------------------
    @classmethod
    def from_file(cls, script_path: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest for a script file (relative to the calling file, or the cwd)."""
        path = str(script_path)
        if not os.path.isabs(path):
            caller = sys._getframe(1).f_code.co_filename
            beside_caller = os.path.join(os.path.dirname(os.path.abspath(caller)), path)
            path = beside_caller if os.path.exists(beside_caller) else os.path.abspath(path)
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest for a script given as a string."""
        return cls(_write_temp_script(script), default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An AppTest whose script is ``script``'s source, called with args/kwargs."""
        source = textwrap.dedent(inspect.getsource(script))
        source += f"\n{script.__name__}(*__wasmlit_args__, **__wasmlit_kwargs__)\n"
        path = _write_temp_script(source)
        return cls(path, default_timeout=default_timeout, args=args, kwargs=kwargs)

    # -- running ---------------------------------------------------------------------
    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script (with widget values set since the last run); returns self."""
        limit = self.default_timeout if timeout is None else timeout
        # As in Streamlit, the script's st.secrets is exactly this dict (no files).
        use_test_secrets(self.session.state, self.secrets)
        updates = self._updates()
        self.session.user_info = dict(self.user)
        page, self._page = self._page, None
        failure: list[BaseException] = []

        def target() -> None:
            try:
                self.session.rerun(updates, page=page)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
                failure.append(exc)

        thread = threading.Thread(target=target, name="wasmlit-apptest", daemon=True)
        thread.start()
        thread.join(limit)
        if thread.is_alive():
            self.session.request_stop()
            thread.join(1.0)
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        if failure:
            raise failure[0]
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Show the page at ``page_path`` (relative to the entrypoint) on the next run()."""
        path = os.path.join(os.path.dirname(self.session.script_path), str(page_path))
        self._page = PageRequest(script_path=os.path.normpath(path), query_string="")
        return self

    def _updates(self) -> list[dict[str, Any]]:
        """The pending values as one ``rerun``; values inside forms wait for their submit."""
        metas = self.session.state.metas
        submitted = {
            metas[wid].form_id
            for wid, (_, trigger) in self._pending.items()
            if trigger and wid in metas and metas[wid].form_id
        }
        updates = []
        held: dict[str, tuple[Any, bool]] = {}
        for widget_id, (value, trigger) in self._pending.items():
            meta = metas.get(widget_id)
            if meta is None:
                continue
            if meta.form_id is not None and meta.form_id not in submitted:
                held[widget_id] = (value, trigger)  # as the UI does until the form is submitted
                continue
            update: dict[str, Any] = {"id": widget_id, "value": meta.serialize(value)}
            if trigger:
                update["trigger"] = True
            updates.append(update)
        self._pending = held
        return updates

    def _receive(self, message: dict[str, Any]) -> None:
        self.messages.append(message)
        self._tree.apply(message)

    # -- widget plumbing used by the element classes -----------------------------------
    def _set_pending(self, widget_id: str, value: Any, *, trigger: bool = False) -> None:
        self._pending[widget_id] = (value, trigger)

    def _upload(self, name: str, data: bytes, mime_type: str) -> UploadedFile:
        """Store a file as the browser's ``upload_file`` would; for file widgets."""
        file_id = f"apptest-{uuid.uuid4().hex}"
        self.session.receive_upload(file_id, name, mime_type, bytes(data))
        record = self.session.uploads.get(file_id)
        assert record is not None
        return UploadedFile(record)

    def _widget_value(self, widget_id: str) -> Any:
        if widget_id in self._pending:
            return self._pending[widget_id][0]
        return self.session.state.widget_value(widget_id)

    def _widget_info(self, widget_id: str) -> dict[str, Any]:
        meta = self.session.state.metas.get(widget_id)
        return dict(meta.info) if meta else {}

    def _option_values(self, widget_id: str) -> list[Any]:
        meta = self.session.state.metas.get(widget_id)
        return list(meta.info.get("options", [])) if meta else []

    # -- the tree --------------------------------------------------------------------
    def _root(self, index: int) -> Block:
        return Block(ROOT_NAMES[index], self._tree.roots[index], self)

    @property
    def main(self) -> Block:
        return self._root(0)

    @property
    def sidebar(self) -> Block:
        return self._root(1)

    @property
    def query_params(self) -> QueryParams:
        return self.session.query_params

    @property
    def context(self) -> BrowserInfo:
        """What ``st.context`` reads: set fields (``at.context.locale = "de-DE"``) or all at once.

        ``at.context = {"timezone": "Asia/Tokyo", "theme": "dark"}`` leaves the other
        fields as they were. Nothing is known until a test sets it (None, empty).
        """
        return self.session.browser

    @context.setter
    def context(self, value: BrowserInfo | Mapping[str, Any]) -> None:
        if isinstance(value, BrowserInfo):
            self.session.browser = value
        else:
            self.session.browser = self.session.browser.updated(value)

    def get_all(self) -> Iterator[Node]:
        for index in range(len(ROOT_NAMES)):
            yield from self._root(index)

    def get(self, element_type: str) -> Sequence[Node]:
        return [node for node in self.get_all() if node.type == element_type]

    def __repr__(self) -> str:
        return f"AppTest({self.session.script_path!r})"


def _write_temp_script(source: str) -> str:
    folder = tempfile.mkdtemp(prefix="wasmlit-apptest-")
    path = os.path.join(folder, "streamlit_app.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    return path
