"""Helpers shared by the selection widgets (pills, segmented control, select slider).

Example::

    opts = to_list(options)
    indices = default_indices("st.pills", opts, default, multi=False)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitValueError,
)
from wasmlit.runtime.options import index_of

SELECTION_MODES = ("single", "multi")


def check_selection_mode(selection_mode: Any) -> None:
    if selection_mode not in SELECTION_MODES:
        raise StreamlitAPIException(
            "The selection_mode argument must be one of ['single', 'multi']. "
            f"The argument passed was '{selection_mode}'."
        )


def as_values(value: Any) -> list[Any]:
    """A default may be None, one value, or a sequence (list, tuple, set, array)."""
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, str | bytes):
        listed = value.tolist()  # numpy arrays, pandas Series
        return list(listed) if isinstance(listed, list) else [listed]
    return [value]


def indices_of(opts: Sequence[Any], values: Any) -> list[int]:
    """Positions of ``values`` in ``opts``; Streamlit's error for a missing one."""
    out = []
    for v in as_values(values):
        try:
            out.append(index_of(opts, v))
        except ValueError:
            raise StreamlitDefaultNotInOptionsError(
                f"The default value '{v}' is not part of the options. Please make sure that "
                "every default value also exists in the options."
            ) from None
    return out


def labels_of(opts: Sequence[Any], format_func: Callable[[Any], Any] | None) -> list[str]:
    """Option labels as shown; ``format_func=None`` means ``str``."""
    fmt = str if format_func is None else format_func
    return [str(fmt(o)) for o in opts]


def wire_indices(wire: Any, count: int) -> list[int]:
    """Validate a list of option indices from the UI."""
    if not isinstance(wire, list | tuple):
        raise TypeError(f"expected a list of indices, got {wire!r}")
    out = []
    for i in wire:
        if isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < count:
            raise IndexError(i)
        out.append(i)
    return out


# The modes the UI implements. Streamlit's docs do not list the accepted names,
# so an unknown string falls back to fuzzy matching rather than failing an app
# that real Streamlit would run.
FILTER_MODES = ("fuzzy", "contains", "prefix")


def check_filter_mode(filter_mode: Any, *, accept_new_options: bool, command: str) -> str | None:
    """How typed text filters a dropdown's options; None turns typing off.

    "fuzzy": the typed characters in order, best matches first; "contains": a
    case-insensitive substring; "prefix": a case-insensitive prefix.
    """
    if filter_mode is None:
        if accept_new_options:
            raise StreamlitAPIException(
                f"{command} cannot use filter_mode=None with accept_new_options=True: "
                "new options are typed, and filter_mode=None turns typing off."
            )
        return None
    if not isinstance(filter_mode, str) or filter_mode not in FILTER_MODES:
        allowed = ", ".join(f'"{m}"' for m in FILTER_MODES)
        raise StreamlitValueError(
            f"Invalid `filter_mode` value for {command}: {filter_mode!r}. "
            f"Use one of {allowed} or None."
        )
    return filter_mode


def choice_wire(opts: Sequence[Any], value: Any, accept_new: bool) -> int | str:
    """An option's index, or the typed text itself for a new value."""
    try:
        return index_of(opts, value)
    except ValueError:
        if accept_new and isinstance(value, str):
            return value
        raise


def choice_value(opts: Sequence[Any], wire: Any, accept_new: bool) -> Any:
    """The inverse of :func:`choice_wire`; a new value comes back as a str."""
    if isinstance(wire, str):
        if not accept_new:
            raise TypeError(f"new values are not accepted: {wire!r}")
        return wire
    if isinstance(wire, bool) or not isinstance(wire, int) or not 0 <= wire < len(opts):
        raise IndexError(wire)
    return opts[wire]
