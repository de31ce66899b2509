"""Make ``import streamlit`` resolve to the wasmlit core.

A ``sys.meta_path`` finder maps ``streamlit`` to :mod:`wasmlit.st` and a few
submodules (``streamlit.errors``, ``streamlit.testing.v1``) to their wasmlit
counterparts. It is active only inside :func:`streamlit_alias` (every script
run uses it) or after :func:`install_permanently` (the browser worker), so a
real Streamlit installed next to wasmlit is never shadowed elsewhere.

Example::

    with streamlit_alias():
        import streamlit as st      # wasmlit.st
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

TARGETS: dict[str, str] = {
    "streamlit": "wasmlit.st",
    "streamlit.errors": "wasmlit.errors",
    "streamlit.testing": "wasmlit.testing",
    "streamlit.testing.v1": "wasmlit.testing.v1",
    "streamlit.delta_generator": "wasmlit.runtime.delta_generator",
    "streamlit.components": "wasmlit.components",
    "streamlit.components.v1": "wasmlit.components.v1",
    "streamlit.components.v2": "wasmlit.components.v2",
    "streamlit.column_config": "wasmlit.data.column_config",
    "streamlit.typing": "wasmlit.public_types",
    "streamlit.connections": "wasmlit.connections",
}


def _is_streamlit(name: str) -> bool:
    return name == "streamlit" or name.startswith("streamlit.")


class _AliasLoader(importlib.abc.Loader):
    """Returns the already-importable wasmlit module as the streamlit module."""

    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        pass  # the target module is already executed


class StreamlitAliasFinder(importlib.abc.MetaPathFinder):
    """Finds ``streamlit`` and its mapped submodules in wasmlit."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: Any = None
    ) -> ModuleSpec | None:
        target_name = TARGETS.get(fullname)
        if target_name is None:
            return None  # unmapped streamlit.* submodules fail to import, clearly
        return importlib.util.spec_from_loader(fullname, _AliasLoader(target_name))


FINDER = StreamlitAliasFinder()
_lock = threading.RLock()
_depth = 0
_permanent = False
_saved: dict[str, ModuleType] = {}


def _take_streamlit_modules() -> dict[str, ModuleType]:
    taken = {name: mod for name, mod in sys.modules.items() if _is_streamlit(name)}
    for name in taken:
        del sys.modules[name]
    return taken


@contextmanager
def streamlit_alias() -> Iterator[None]:
    """Within the block, ``streamlit`` imports resolve to wasmlit (re-entrant)."""
    global _depth, _saved
    with _lock:
        if _depth == 0 and not _permanent:
            _saved = _take_streamlit_modules()
            sys.meta_path.insert(0, FINDER)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and not _permanent:
                if FINDER in sys.meta_path:
                    sys.meta_path.remove(FINDER)
                _take_streamlit_modules()
                sys.modules.update(_saved)
                _saved = {}


def install_permanently() -> None:
    """Map ``streamlit`` to wasmlit for the rest of the process (browser worker)."""
    global _permanent
    with _lock:
        if _permanent:
            return
        _permanent = True
        _take_streamlit_modules()
        if FINDER not in sys.meta_path:
            sys.meta_path.insert(0, FINDER)
