"""Poll an app folder for changes (mtime and size): no extra dependencies.

Example::

    watcher = Watcher(app_dir, on_change=lambda: print("changed"))
    watcher.start()      # polls every 0.3 s in a daemon thread
    watcher.stop()
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from wasmlit.cli.manifest import iter_app_files

Snapshot = dict[str, tuple[int, int]]


def snapshot(app_dir: Path) -> Snapshot:
    """``{relative path: (mtime_ns, size)}`` of every app file."""
    snap: Snapshot = {}
    for rel in iter_app_files(app_dir, include_secrets=True):  # dev server serves them
        try:
            st = (app_dir / rel).stat()
        except FileNotFoundError:  # removed between listing and stat
            continue
        snap[rel] = (st.st_mtime_ns, st.st_size)
    return snap


class Watcher:
    """Calls ``on_change`` (from its own thread) after files are added, removed or edited."""

    def __init__(self, app_dir: Path, on_change: Callable[[], None], interval: float = 0.3) -> None:
        self.app_dir = app_dir
        self.on_change = on_change
        self.interval = interval
        self._last = snapshot(app_dir)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wasmlit-watch", daemon=True)

    def poll(self) -> bool:
        """Check once; call ``on_change`` and return True if anything changed."""
        current = snapshot(self.app_dir)
        if current == self._last:
            return False
        self._last = current
        self.on_change()
        return True

    def _run(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                self.poll()
            except OSError as exc:  # e.g. the folder briefly vanished during a save
                print(f"wasmlit: watching {self.app_dir} failed once: {exc}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=2)
