"""Widget identity and registration, shared by every widget builder.

A widget's id is stable across runs: with a ``key`` it derives from the key
(plus the few parameters that would invalidate the value, e.g. a slider's
bounds), without one from a hash of its type and parameters. Its value goes
through two functions: ``serialize`` (Python value -> wire value, as in the
element's ``widget_value`` schema) and ``deserialize`` (wire -> Python).

Example::

    value = widget(dg, "checkbox", key=None, identity={"label": "Ok", "value": False},
                   default=False, serialize=bool, deserialize=bool,
                   props=lambda wire: {"label": "Ok", "value": wire}, callback=Callback())
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack

from wasmlit.elements.width import check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import current

if TYPE_CHECKING:
    from wasmlit.runtime.binding import Binding
    from wasmlit.runtime.delta_generator import DeltaGenerator
    from wasmlit.runtime.session_state import SessionState

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


@dataclass(frozen=True)
class Callback:
    """A widget's ``on_change``/``on_click`` with its ``args`` and ``kwargs``."""

    func: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, func: Any, args: Any = None, kwargs: Any = None) -> Callback:
        if func is not None and not callable(func):
            raise StreamlitAPIException(
                f"The callback must be a callable (function), got `{type(func).__name__}`."
            )
        return cls(func, tuple(args or ()), dict(kwargs or {}))

    def __call__(self) -> None:
        if self.func is not None:
            self.func(*self.args, **self.kwargs)


@dataclass
class WidgetMeta:
    """What the session needs to know about one live widget."""

    id: str
    type: str
    key: str | None
    serialize: Callable[[Any], Any]
    deserialize: Callable[[Any], Any]
    callback: Callback = field(default_factory=Callback)
    trigger: bool = False
    settable: bool = True  # False: Session State may not set it (buttons)
    reset: Any = False  # the value a trigger returns to after its one run
    info: dict[str, Any] = field(default_factory=dict)  # e.g. options, for AppTest
    form_id: str | None = None  # the form it belongs to (its values wait for submit)
    clear_on_submit: bool = False  # a submit button of a form with clear_on_submit
    persist: str | None = None  # persist_state scope ("page"/"session"), see runtime.binding


def to_key(key: Any) -> str | None:
    """Streamlit accepts str or int keys; both are stored as str."""
    return None if key is None else str(key)


def _stable(value: Any) -> Any:
    """A JSON-able stand-in for a parameter, stable across runs (no addresses)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_stable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _stable(v) for k, v in value.items()}
    return f"{type(value).__name__}:{value}"


def compute_id(
    element_type: str,
    key: str | None,
    identity: Mapping[str, Any],
    key_identity: tuple[str, ...] = (),
) -> str:
    """The widget id: by key (plus ``key_identity`` params) or by all parameters."""
    if key is not None:
        params = {name: identity.get(name) for name in key_identity}
    else:
        params = dict(identity)
    parts: list[Any] = [element_type, key, _stable(params)]
    page = current().active_page
    if page:  # widgets of different pages never share state (Streamlit's rule)
        parts.append(page)
    text = json.dumps(parts, sort_keys=True)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return f"$$ID-{digest}-{key}"


def check_label_visibility(label_visibility: str) -> None:
    if label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. "
            "Valid values are 'visible', 'hidden' or 'collapsed'."
        )


def chrome(
    label: Any,
    help: Any,
    disabled: bool,
    label_visibility: str,
    *,
    width: Any = "stretch",
    allow_content: bool = True,
    wrap: Any = None,
) -> dict[str, Any]:
    """The shared widget props: label, help, disabled, label_visibility, width, wrap.

    ``allow_content=False`` for widgets whose ``width`` is "stretch" or pixels only.
    """
    check_label_visibility(label_visibility)
    return {
        "label": str(label),
        "help": None if help is None else str(help),
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
        "width": check_width(width, allow_content=allow_content),
        "wrap": None if wrap is None else bool(wrap),
    }


class WidgetArgs(TypedDict, total=False):
    """The keyword arguments :func:`register` takes, and :func:`widget` passes on.

    ``identity`` holds the parameters the id is hashed from (without a key);
    ``key_identity`` names those that stay in the id of a keyed widget.
    ``user_default`` is the default the user passed (None when they left the
    parameter's default), for Streamlit's Session State warning.
    """

    key: Required[Any]
    identity: Required[Mapping[str, Any]]
    default: Required[Any]
    serialize: Required[Callable[[Any], Any]]
    deserialize: Required[Callable[[Any], Any]]
    callback: Required[Callback]
    key_identity: tuple[str, ...]  # default ()
    trigger: bool  # default False
    settable: bool  # default True
    info: dict[str, Any] | None  # default None
    user_default: Any  # default None
    form_submitter: bool  # default False
    reset: Any  # default False


def widget(
    dg: DeltaGenerator,
    element_type: str,
    *,
    props: Callable[[Any], dict[str, Any]],
    **args: Unpack[WidgetArgs],
) -> Any:
    """Register a widget, emit its element and return its current Python value.

    ``props(wire)`` builds the element's props from the current wire value, so
    the UI always receives the value the script sees (including one set via
    Session State). The other arguments are :func:`register`'s (:class:`WidgetArgs`).
    """
    widget_id, value, wire = register(dg, element_type, **args)
    dg._put_element(element_type, props(wire), id=widget_id, key=to_key(args["key"]))
    return value


def register(
    dg: DeltaGenerator, element_type: str, **args: Unpack[WidgetArgs]
) -> tuple[str, Any, Any]:
    """Register a widget WITHOUT emitting an element: (widget id, Python value, wire value).

    For widgets living inside another element (a ButtonColumn's clicks in a
    grid); :func:`widget` is this plus the element.
    """
    from wasmlit.runtime.binding import take_pending
    from wasmlit.runtime.forms import check_widget_in_form

    binding = take_pending()  # bind= / persist_state= of this widget call, if any
    ctx = current()
    user_key = to_key(args["key"])
    callback = args["callback"]
    settable = args.get("settable", True)
    form_submitter = args.get("form_submitter", False)
    form = check_widget_in_form(
        dg, element_type, has_callback=callback.func is not None, form_submitter=form_submitter
    )
    widget_id = compute_id(element_type, user_key, args["identity"], args.get("key_identity", ()))
    ctx.register_element(element_type, widget_id, user_key)
    if settable and args.get("user_default") is not None and user_key is not None:
        _warn_default_and_state(ctx.state, user_key, widget_id)
    meta = WidgetMeta(
        id=widget_id,
        type=element_type,
        key=user_key,
        serialize=args["serialize"],
        deserialize=args["deserialize"],
        callback=callback,
        trigger=args.get("trigger", False),
        settable=settable,
        info=args.get("info") or {},
        reset=args.get("reset", False),
        form_id=None if form is None else form.form_id,
        clear_on_submit=form_submitter and form is not None and form.clear_on_submit,
    )
    default = args["default"]
    if binding is None:
        value, wire = ctx.state.register_widget(meta, default)
    else:
        value, wire = _register_bound(meta, default, binding)
    return widget_id, value, wire


def _register_bound(meta: WidgetMeta, default: Any, binding: Binding) -> tuple[Any, Any]:
    """Register a widget with ``bind`` / ``persist_state``: URL seed, then URL sync."""
    from wasmlit.runtime.binding import register_url_bound

    # A bound widget keeps its value while hidden too: it lives in the URL.
    meta.persist = binding.persist or ("session" if binding.query_param else None)
    if binding.query_param is None:
        return current().state.register_widget(meta, default)
    return register_url_bound(meta, default)


DEFAULT_AND_STATE_WARNING = (
    'The widget with key "{key}" was created with a default value but also had its '
    "value set via the Session State API."
)


def _warn_default_and_state(state: SessionState, key: str, widget_id: str) -> None:
    """Streamlit's warning (once per session) when a default meets a Session State value."""
    if state.warned_default_and_state or not state.set_by_api(key, widget_id):
        return
    state.warned_default_and_state = True
    from wasmlit.elements.alert import warning
    from wasmlit.runtime.delta_generator import active

    # Streamlit writes it with st.warning: into the active container, before the widget.
    warning(active(), DEFAULT_AND_STATE_WARNING.format(key=key))
