"""``bind`` and ``persist_state``: the widget parameters of Streamlit 1.67, one mechanism.

* ``bind="query-params"`` syncs a keyed widget with the URL query parameter
  named by its key: the first value comes from ``st.query_params``; every
  value the widget takes is written back (removed when it equals the
  default), so the UI can update the page URL. The script may not set or
  delete a bound parameter through ``st.query_params``.
* ``persist_state="page" | "session"`` keeps a keyed widget's value (in
  Session State) while the widget is not rendered, and gives it back when the
  widget returns. Both scopes behave alike in a single-page app; ``"page"``
  will drop the value on a page switch once multipage apps exist.

Builders do not handle either parameter: :func:`bindable` wraps the builder of
every command in :data:`BINDABLE_COMMANDS`, takes the two parameters off the
call, validates them and leaves them for :func:`wasmlit.runtime.widgets.widget`
to pick up with :func:`take_pending`.

URL values are what the user sees: option labels for option widgets, ``true``
/ ``false`` for booleans, numbers and text as written, one repeated parameter
per item of a list (``?tags=a&tags=b``); an empty value clears a widget that
can be empty. A value that does not fit the widget is dropped from the URL.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidBindValueError

if TYPE_CHECKING:
    from wasmlit.runtime.query_params import QueryParams
    from wasmlit.runtime.widgets import WidgetMeta

BIND_QUERY_PARAMS = "query-params"
PERSIST_SCOPES = ("page", "session")
# Query parameters Streamlit reserves for embedding; no widget may bind to them.
RESERVED_PARAMS = frozenset({"embed", "embed_options"})

# Widgets taking both ``bind`` and ``persist_state`` (API-CHECKLIST.md).
BINDABLE_COMMANDS = frozenset(
    {
        "checkbox",
        "toggle",
        "radio",
        "selectbox",
        "multiselect",
        "slider",
        "select_slider",
        "number_input",
        "text_input",
        "text_area",
        "date_input",
        "time_input",
        "datetime_input",
        "color_picker",
        "feedback",
        "pills",
        "segmented_control",
        "pagination",
    }
)


@dataclass(frozen=True)
class Binding:
    """The validated ``bind`` / ``persist_state`` of one widget call."""

    query_param: str | None  # the bound URL parameter (the widget's key), or None
    persist: str | None  # "page", "session" or None


_pending: ContextVar[Binding | None] = ContextVar("wasmlit_binding", default=None)


def take_pending() -> Binding | None:
    """The binding of the widget being built (consumed: nested widgets don't inherit it)."""
    binding = _pending.get()
    if binding is not None:
        _pending.set(None)
    return binding


def check_binding(command: str, key: Any, bind: Any, persist_state: Any) -> Binding | None:
    """Validate the two parameters as Streamlit does; None when neither is set."""
    if bind is None and persist_state is None:
        return None
    if bind is not None and bind != BIND_QUERY_PARAMS:
        raise StreamlitInvalidBindValueError(
            f"Invalid bind value {bind!r} for st.{command}. "
            f'The only supported value is "{BIND_QUERY_PARAMS}" (or None).'
        )
    if persist_state is not None and persist_state not in PERSIST_SCOPES:
        raise StreamlitAPIException(
            f"Invalid persist_state value {persist_state!r} for st.{command}. "
            'Use "page", "session" or None.'
        )
    if key is None or str(key) == "":
        what = f'bind="{BIND_QUERY_PARAMS}"' if bind is not None else "persist_state"
        raise StreamlitAPIException(
            f"A widget using {what} must have a unique 'key' parameter: "
            f"st.{command} was called without one."
        )
    name = str(key)
    if bind is not None and name in RESERVED_PARAMS:
        raise StreamlitAPIException(
            f"The query parameter '{name}' is reserved by Streamlit: choose another key."
        )
    return Binding(name if bind is not None else None, persist_state)


def bindable(command: str, builder: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``builder`` so it accepts ``bind`` and ``persist_state`` (keyword-only)."""
    signature = inspect.signature(builder)

    @functools.wraps(builder)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bind = kwargs.pop("bind", None)
        persist_state = kwargs.pop("persist_state", None)
        try:
            key = signature.bind_partial(*args, **kwargs).arguments.get("key")
        except TypeError:
            key = kwargs.get("key")
        binding = check_binding(command, key, bind, persist_state)
        token = _pending.set(binding)
        try:
            return builder(*args, **kwargs)
        finally:
            _pending.reset(token)

    params = [p for p in signature.parameters.values() if p.name not in ("bind", "persist_state")]
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None)
        for name in ("bind", "persist_state")
    ]
    tail = [p for p in params if p.kind is inspect.Parameter.VAR_KEYWORD]
    head = [p for p in params if p.kind is not inspect.Parameter.VAR_KEYWORD]
    wrapper.__signature__ = signature.replace(parameters=head + extra + tail)  # type: ignore[attr-defined]
    return wrapper


# -- URL values <-> wire values ------------------------------------------------------
def _labels(meta: WidgetMeta) -> list[str] | None:
    labels = meta.info.get("labels")
    return None if labels is None else [str(label) for label in labels]


def _scalar_to_url(value: Any, labels: Sequence[str] | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if labels is not None and isinstance(value, int) and 0 <= value < len(labels):
        return labels[value]
    return str(value)


def to_url(meta: WidgetMeta, wire: Any) -> list[str]:
    """The query parameter values showing ``wire``."""
    labels = _labels(meta)
    if isinstance(wire, list | tuple):
        return [_scalar_to_url(v, labels) for v in wire]
    return [_scalar_to_url(wire, labels)]


def _number(text: str, like: Any) -> int | float:
    if isinstance(like, int) and not isinstance(like, bool):
        return int(text)
    value = float(text)
    if like is None and value.is_integer() and "." not in text and "e" not in text.lower():
        return int(value)
    return value


def _scalar_from_url(text: str, like: Any, labels: Sequence[str] | None, numeric: bool) -> Any:
    if labels is not None:
        if text in labels:
            return labels.index(text)
        return text  # new text (accept_new_options); the widget rejects it otherwise
    if isinstance(like, bool):
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        raise ValueError(text)
    if numeric or (isinstance(like, int | float)):
        return _number(text, like)
    return text


def from_url(meta: WidgetMeta, values: Sequence[str], default_wire: Any) -> Any:
    """The wire value for URL ``values``; raises ValueError when they don't fit."""
    labels = _labels(meta)
    numeric = meta.type in ("number_input", "feedback", "pagination")
    if isinstance(default_wire, list | tuple):
        like = default_wire[0] if default_wire else None
        if labels is None and like is None and meta.type == "slider":
            numeric = True
        items = [v for v in values if v != ""]
        return [_scalar_from_url(v, like, labels, numeric) for v in items]
    text = values[-1] if values else ""
    if text == "" and not isinstance(default_wire, str):
        return None  # ?key= clears a widget that can be empty
    return _scalar_from_url(text, default_wire, labels, numeric)


def seed_from_url(meta: WidgetMeta, params: QueryParams, default_wire: Any) -> Any | None:
    """The wire value the URL gives a new bound widget, or None (absent or invalid)."""
    key = meta.key
    if key is None or key not in params:
        return None
    try:
        wire = from_url(meta, params.get_all(key), default_wire)
        meta.deserialize(wire)  # the widget's own validation (options, bounds, format)
    except (ValueError, TypeError, IndexError, KeyError, StreamlitAPIException):
        params.remove_bound(key)  # an invalid value is cleared from the URL
        return None
    return wire


def write_to_url(meta: WidgetMeta, params: QueryParams, wire: Any, default_wire: Any) -> None:
    """Show the widget's value in the URL; the default is shown by no parameter."""
    if meta.key is None:
        return
    if wire == default_wire:
        params.remove_bound(meta.key)
    else:
        params.set_bound(meta.key, to_url(meta, wire))


def register_url_bound(meta: WidgetMeta, default: Any) -> tuple[Any, Any]:
    """Register a widget or block bound to the URL: seeded from it when new, shown in it after.

    Returns ``(value, wire)`` like ``SessionState.register_widget``.
    """
    from wasmlit.runtime.context import current

    ctx = current()
    default_wire = meta.serialize(default)
    if ctx.query_params.restoring:
        # Back/forward: the URL wins, a missing parameter means the default (no callbacks).
        seeded = seed_from_url(meta, ctx.query_params, default_wire)
        ctx.state.restore(meta, default_wire if seeded is None else seeded)
    elif ctx.state.is_new(meta):
        seeded = seed_from_url(meta, ctx.query_params, default_wire)
        if seeded is not None:
            ctx.state.seed(meta.id, seeded)
    value, wire = ctx.state.register_widget(meta, default)
    write_to_url(meta, ctx.query_params, wire, default_wire)
    return value, wire
