"""refresh_mode="background": expired entries recomputed after the run that found them.

Streamlit returns the stale value at once and recomputes in a thread. A worker
has no threads, so here "in the background" means right after the script run:
the session calls :func:`run_pending` once it has sent ``run_finished``, so the
page is complete before the recomputation starts.

    schedule(token, task)   # while the script runs: at most one task per token
    run_pending()           # the session, after the run (errors are swallowed)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from wasmlit.runtime.control import ScriptControl

_pending: list[tuple[Hashable, Callable[[], None]]] = []
_tokens: set[Hashable] = set()
_running = False


def schedule(token: Hashable, task: Callable[[], None]) -> None:
    """Queue ``task``; a second call with the same token before it runs is ignored."""
    if token in _tokens:
        return
    _tokens.add(token)
    _pending.append((token, task))


def refreshing() -> bool:
    """True while a queued task runs (a nested expired call then computes in place)."""
    return _running


def run_pending(skip: Callable[[], bool] = lambda: False) -> None:
    """Run every queued task in order; ``skip()`` true (a newer rerun waits) drops them.

    A dropped or failed task leaves the stale entry in place: the next run that
    finds it expired queues the refresh again.
    """
    global _running
    while _pending:
        token, task = _pending.pop(0)
        _tokens.discard(token)
        if skip():
            continue
        _running = True
        try:
            task()
        except (Exception, ScriptControl):  # noqa: BLE001 - the stale value stays in use
            pass
        finally:
            _running = False
