"""st.dialog: a decorator whose function opens a modal; its body is a fragment.

Calling the decorated function puts a ``dialog`` block at the active
container's next position and runs the function as a fragment inside it, so
its widgets rerun only the body. The dialog stays open while runs keep
calling the function; ``st.rerun()`` inside it (a full-app rerun in which
the function is not called) closes it. ``on_dismiss`` other than "ignore"
makes the dialog a trigger widget: dismissing it sends a click, the callable
(if any) runs as its callback, then the whole app reruns.

Example::

    @st.dialog("Cast your vote")
    def vote(item):
        reason = st.text_input("Because...")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import RunContext, running
from wasmlit.runtime.delta_generator import active
from wasmlit.runtime.fragments import call_fragment, check_not_parallel
from wasmlit.runtime.widgets import Callback, WidgetMeta, compute_id

F = TypeVar("F", bound=Callable[..., Any])

ONE_DIALOG = (
    "Only one dialog is allowed to be opened at the same time. Please make sure to "
    "not call a dialog-decorated function more than once in a script run."
)
EMPTY_TITLE = (
    "A non-empty `title` argument has to be provided for dialogs, for example "
    '`@st.dialog("Example Title")`.'
)
WIDTHS = ("small", "medium", "large")
POSITIONS = ("center", "left", "right")


def dialog(
    title: Any = "",
    *,
    width: Any = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Callable[[F], F]:
    """st.dialog: checks its arguments now, opens the modal when the function is called."""
    if not isinstance(title, str) or not title:
        raise StreamlitAPIException(EMPTY_TITLE)
    if not (width in WIDTHS or (isinstance(width, int) and not isinstance(width, bool))):
        raise StreamlitAPIException(
            f'Invalid width "{width}". Width must be "small", "medium", "large" or an '
            "integer number of pixels."
        )
    if position not in POSITIONS:
        raise StreamlitAPIException(
            f'Invalid position "{position}". Position must be "center", "left" or "right".'
        )
    if on_dismiss not in ("ignore", "rerun") and not callable(on_dismiss):
        raise StreamlitAPIException(
            f"You have passed {on_dismiss!r} to `on_dismiss`. It must be "
            '"ignore", "rerun", or a callable.'
        )
    settings = {
        "title": title,
        "width": max(int(width), 200) if isinstance(width, int) else width,
        "position": position,
        "dismissible": bool(dismissible),
        "icon": None if icon is None else str(icon),
        "on_dismiss": "ignore" if on_dismiss == "ignore" else "rerun",
    }
    callback = on_dismiss if callable(on_dismiss) else None

    def decorate(func: F) -> F:
        @wraps(func)
        def open_dialog(*args: Any, **kwargs: Any) -> Any:
            ctx = running()
            if ctx is None or ctx.fragments is None:
                return func(*args, **kwargs)
            return _open(ctx, func, args, kwargs, settings, callback)

        return open_dialog  # type: ignore[return-value]

    return decorate


def _open(
    ctx: RunContext,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    settings: dict[str, Any],
    callback: Callable[..., Any] | None,
) -> Any:
    check_not_parallel("st.dialog")
    store = ctx.fragments
    assert store is not None
    if store.dialog_run == ctx.run_id:
        raise StreamlitAPIException(ONE_DIALOG)
    store.dialog_run = ctx.run_id
    widget_id = None
    if settings["on_dismiss"] != "ignore":
        name = f"{func.__module__}.{func.__qualname__}"
        widget_id = compute_id("dialog", None, {"title": settings["title"], "function": name})
        ctx.register_element("dialog", widget_id, None)
        store.app_scope.add(widget_id)  # dismissing reruns the app, never only a fragment
        meta = WidgetMeta(
            id=widget_id,
            type="dialog",
            key=None,
            serialize=bool,
            deserialize=bool,
            callback=Callback.of(callback),
            trigger=True,
            settable=False,
            reset=False,
        )
        ctx.state.register_widget(meta, False)
    props = {**settings, "widget_id": widget_id, "instance": ctx.run_id}
    cursor = active()._put_block("dialog", props)
    with cursor:
        return call_fragment(func, args, kwargs, None)
