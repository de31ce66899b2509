"""st.multiselect: options are sent formatted; the UI answers with indices.

With ``accept_new_options=True`` an entry may also be typed text (a str).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitSelectionCountExceedsMaxError,
)
from wasmlit.protocol.schema import Arr, Bool, Enum, Int, Optional, Str, Union
from wasmlit.runtime.choices import FILTER_MODES, check_filter_mode, choice_value, choice_wire
from wasmlit.runtime.options import formatted, to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "multiselect",
    {
        "options": Arr(Str()),
        # selected indices in selection order; a str is a new (typed) value
        "value": Arr(Union(Int(), Str())),
        "max_selections": Optional(Int()),
        "placeholder": Str(),
        "accept_new_options": Bool(),
        "filter_mode": Optional(Enum(*FILTER_MODES)),
        # "Select all" shows for at most this many selectable options; None: always, 0: never
        "select_all": Optional(Int()),
    },
    chrome=True,
    widget_value=Arr(Union(Int(), Str())),
)


def _as_values(value: Any) -> list[Any]:
    """A default may be one value or a sequence of values."""
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, str):
        return list(value.tolist())
    return [value]


def _indices(
    opts: Sequence[Any], values: Any, max_selections: int | None, accept_new: bool = False
) -> list[int | str]:
    out: list[int | str] = []
    for v in _as_values(values):
        try:
            out.append(choice_wire(opts, v, accept_new))
        except ValueError:
            raise StreamlitDefaultNotInOptionsError(
                f"The default value '{v}' is not part of the options. Please make sure that "
                "every default value also exists in the options."
            ) from None
    if max_selections is not None and len(out) > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(
            f"Multiselect has {len(out)} options selected but `max_selections` is set to "
            f"{max_selections}. This happened because you either gave too many options to "
            "`default` or set the widget's value through `st.session_state`. "
            f"Please select at most {max_selections} options."
        )
    return out


def _deserialize(opts: Sequence[Any], wire: Any, accept_new: bool) -> list[Any]:
    if not isinstance(wire, list | tuple):
        raise TypeError(f"expected a list of indices, got {wire!r}")
    return [choice_value(opts, i, accept_new) for i in wire]


def multiselect(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str = "fuzzy",
    select_all: Any = 1000,
    width: Any = "stretch",
    wrap: bool | None = None,
) -> list[Any]:
    """st.multiselect: returns the list of selected options."""
    mode = check_filter_mode(
        filter_mode, accept_new_options=bool(accept_new_options), command="st.multiselect"
    )
    bulk = select_all_limit(select_all)
    accept_new = bool(accept_new_options)
    if max_selections is not None and (
        isinstance(max_selections, bool) or not isinstance(max_selections, int)
    ):
        raise StreamlitAPIException("`max_selections` must be an integer or None.")
    opts = to_list(options)
    labels = formatted(opts, format_func)
    default_indices = _indices(opts, default, max_selections)
    if placeholder is None:
        if accept_new:
            placeholder = "Choose or add options" if opts else "Add options"
        else:
            placeholder = "Choose options" if opts else "No options to select."
    base = chrome(
        label, help, disabled, label_visibility, width=width, allow_content=False, wrap=wrap
    )
    value = widget(
        dg,
        "multiselect",
        key=key,
        identity={
            "label": label,
            "options": labels,
            "default": default_indices,
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "accept_new_options": accept_new,
        },
        key_identity=("options", "max_selections"),
        default=[choice_value(opts, i, False) for i in default_indices],
        user_default=default,
        serialize=lambda v: _indices(opts, v, max_selections, accept_new),
        deserialize=lambda wire: _deserialize(opts, wire, accept_new),
        props=lambda wire: {
            **base,
            "options": labels,
            "value": list(wire),
            "max_selections": max_selections,
            "placeholder": str(placeholder),
            "accept_new_options": accept_new,
            "filter_mode": mode,
            "select_all": bulk,
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"options": opts, "labels": labels},
    )
    return list(value)


def select_all_limit(select_all: Any) -> int | None:
    """The ``select_all`` threshold: None shows "Select all" always, 0 never."""
    if isinstance(select_all, bool):
        return None if select_all else 0
    if not isinstance(select_all, int):
        raise StreamlitAPIException(
            "`select_all` must be a bool or a non-negative integer, "
            f"not {type(select_all).__name__}."
        )
    if select_all < 0:
        raise StreamlitAPIException(
            f"`select_all` must be a bool or a non-negative integer. Got: `{select_all}`."
        )
    return select_all
