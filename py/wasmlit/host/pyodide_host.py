"""Entry points the web worker calls by name: the only browser-facing module.

``js`` and ``pyodide`` are imported inside functions, so the rest of the core
(and this module's import) works in CPython. The worker calls, in order::

    install_requirements(["rich==13.7.1"])    # only if wasmlit.json lists any
    start("/home/pyodide/app/app.py", options, "?a=1", post, control)
    handle({"type": "rerun", "updates": []})  # then for every UI message
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit.host.convert import JsFactories, from_js_value, to_js_message

if TYPE_CHECKING:
    from wasmlit.runtime.control import HostHooks
    from wasmlit.runtime.session import AppSession

_session: AppSession | None = None


class _BrowserJs:
    """:class:`JsFactories` backed by the real ``js`` module."""

    def __init__(self) -> None:
        import js
        from pyodide.ffi import to_js

        self._js = js
        self._to_js = to_js

    def parse_json(self, text: str) -> Any:
        return self._js.JSON.parse(text)

    def new_buffer(self, data: bytes | bytearray) -> Any:
        # One copy, from the wasm heap straight into the new JS buffer.
        view = self._js.Uint8Array.new(len(data))
        view.assign(data)
        return view.buffer

    def get(self, container: Any, key: str | int) -> Any:
        return self._js.Reflect.get(container, key)

    def set(self, container: Any, key: str | int, value: Any) -> None:
        self._js.Reflect.set(container, key, value)

    def new_array(self, items: list[Any]) -> Any:
        return self._to_js(items)


def _is_js_buffer(value: Any) -> bool:
    # A JsBuffer proxy (ArrayBuffer / typed array) left unconverted by to_py().
    return type(value).__name__.startswith("Js") and hasattr(value, "to_bytes")


def from_js(value: Any) -> Any:
    """Convert a JS value (a proxy or already Python) into plain Python data."""
    if hasattr(value, "to_py"):
        value = value.to_py()
    return from_js_value(value, is_buffer=_is_js_buffer, buffer_bytes=lambda b: b.to_bytes())


def make_sink(post: Any, js: JsFactories | None = None) -> Any:
    """A session sink that posts each message dict through the JS ``post(msg, transfer)``."""
    factories = js if js is not None else _BrowserJs()

    def sink(message: dict[str, Any]) -> None:
        obj, transfer = to_js_message(message, factories)
        post(obj, transfer)

    return sink


def host_hooks(control: Any) -> HostHooks:
    """The session's hooks from the worker's run control (``worker/src/runControl.ts``).

    Its methods are looked up once: ``rerunPending`` is called at every
    Streamlit call, so each check is one call into JS (an ``Atomics.load``).
    """
    from wasmlit.runtime.control import HostHooks

    rerun_pending = control.rerunPending
    allow_interrupts = control.allowInterrupts
    take_stop = control.takeStop
    reload_pending = getattr(control, "reloadPending", None)
    return HostHooks(
        rerun_pending=lambda: bool(rerun_pending()),
        allow_interrupts=lambda allowed: allow_interrupts(allowed),
        take_stop=lambda: bool(take_stop()),
        reload_pending=(
            (lambda: bool(reload_pending())) if reload_pending is not None else (lambda: False)
        ),
    )


def start(
    entrypoint_path: str, options: Any, query_string: str, post: Any, control: Any = None
) -> None:
    """Create the app session; the first run happens on the UI's first ``rerun``.

    ``control`` is the worker's run control: ``kind == "shared"`` when the page
    is cross-origin isolated (a SharedArrayBuffer), ``"jspi"`` when runs yield
    to the worker through JSPI (``wasmlit.host.jspi``); None: runs are never
    interrupted.
    """
    global _session
    from wasmlit.alias import install_permanently
    from wasmlit.runtime.session import AppSession

    install_permanently()
    # Pyodide's Matplotlib defaults to a DOM backend that fails in a worker; st.pyplot
    # renders with Agg (as Streamlit's server does). An app may still choose its own.
    os.environ.setdefault("MPLBACKEND", "agg")
    # As under `streamlit run` from the app's folder: relative paths resolve.
    os.chdir(Path(entrypoint_path).parent)
    _session = AppSession(
        entrypoint_path,
        make_sink(post),
        options=from_js(options) or {},
        query_string=str(query_string),
    )
    if control is None:
        return
    from wasmlit.runtime import sleep

    if str(getattr(control, "kind", "shared")) == "jspi":
        from pyodide.ffi import can_run_sync, run_sync

        from wasmlit.host.jspi import jspi_hooks

        _session.hooks, wait = jspi_hooks(control, run_sync, can_run_sync, sleep.original_sleep)
        sleep.install(_session.hooks.take_stop, _session.hooks.reload_pending, wait)
        return
    _session.hooks = host_hooks(control)
    sleep.install(_session.hooks.take_stop, _session.hooks.reload_pending)


def _forget_directory_listings(app_dir: str) -> None:
    """Make the import system re-list the app's folders after the worker rewrote files.

    ``importlib.invalidate_caches()`` would do it too but costs 0.2-0.5 s in
    Pyodide (it imports and resets importlib.metadata), so only the app's own
    finders are reset.
    """
    for path, finder in list(sys.path_importer_cache.items()):
        reset = getattr(finder, "invalidate_caches", None)
        if reset is not None and (path == app_dir or path.startswith(app_dir + os.sep)):
            reset()


def _receive_upload(session: AppSession, message: Any) -> None:
    """Store an ``upload_file``: its ArrayBuffer is copied once, into Python ``bytes``.

    Read field by field: converting the whole message with ``to_py()`` would
    copy the data into a memoryview and again into ``bytes``.
    """
    data = message.data
    session.receive_upload(
        str(message.file_id),
        str(message.name),
        str(message.mime_type),
        data.to_bytes() if hasattr(data, "to_bytes") else bytes(data),
    )


def _page_request(page: Any) -> Any:
    """The ``page`` of a ``rerun`` as the session's PageRequest (None without one)."""
    if not page:
        return None
    from wasmlit.runtime.navigation import PageRequest

    return PageRequest(
        url_path=page["url_path"],
        query_string=page.get("query_string"),
        history=bool(page.get("history", False)),
    )


def handle(message: Any) -> None:
    """Apply one UI message (``rerun``, ``stop``, ``reload_files``, ``upload_file``)."""
    if _session is None:
        raise RuntimeError("handle() called before start()")
    if getattr(message, "type", None) == "upload_file":
        _receive_upload(_session, message)
        return
    msg = from_js(message)
    kind = msg.get("type")
    if kind == "rerun":
        _session.rerun(
            msg["updates"],
            page=_page_request(msg.get("page")),
            fragment_id=msg.get("fragment_id"),  # a run_every tick
            context=msg.get("context"),  # st.context, when the browser's facts changed
        )
    elif kind == "reload_files":
        _forget_directory_listings(str(Path(_session.script_path).parent))
        # The worker folds the reruns queued around a save into it (worker/src/queue.ts).
        rerun = msg.get("rerun") or {}
        _session.reload_files(
            rerun.get("updates", ()),
            page=_page_request(rerun.get("page")),
            context=rerun.get("context"),
        )
    elif kind == "stop":
        # Handled between runs; a running script is stopped by the interrupt buffer
        # (or, under JSPI, by the worker's control at its next yield).
        stop = getattr(_session, "stop", None)
        if stop is not None:
            stop()
    else:
        raise ValueError(f"unknown message type {kind!r}")


async def install_requirements(requirements: Any) -> None:
    """Install ``requirements`` with micropip; raise naming them when that fails."""
    import micropip

    reqs = [str(r) for r in from_js(requirements)]
    try:
        await micropip.install(reqs)
    except Exception as exc:
        # One line: the worker shows the last line of the traceback.
        reason = " ".join(str(exc).split())
        raise RuntimeError(
            f"could not install requirements {', '.join(reqs)}: {type(exc).__name__}: {reason}"
        ) from exc


def attach_cache_store(entries: Any, write: Any) -> None:
    """persist="disk" caches: the entries the worker read from IndexedDB, and its writer.

    Called once before the first run; ``write(op, key, buffer)`` returns at once
    (the worker stores in the background), see ``worker/src/cacheStore.ts``.
    """
    from wasmlit.caching.browser_store import HostPersistStore
    from wasmlit.caching.storage import set_persist_store

    factories = _BrowserJs()
    loaded = [(str(item[0]), bytes(item[1].to_bytes())) for item in entries]

    def send(op: str, key: str, data: bytes | None) -> None:
        write(op, key, None if data is None else factories.new_buffer(data))

    set_persist_store(HostPersistStore(loaded, send))


def python_version() -> str:
    """The interpreter version, e.g. ``3.12.7``."""
    return platform.python_version()
