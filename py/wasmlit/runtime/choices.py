"""Helpers shared by the selection widgets (pills, segmented control, select slider).

Example::

    opts = to_list(options)
    indices = default_indices("st.pills", opts, default, multi=False)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitDefaultNotInOptionsError
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
FILTER_MODES = ("fuzzy", "case_insensitive", "case_sensitive", "prefix")


def check_filter_mode(filter_mode: Any) -> str | None:
    """How typed text filters a dropdown's options; None turns filtering off."""
    if filter_mode is None:
        return None
    if not isinstance(filter_mode, str):
        raise StreamlitAPIException(
            f"filter_mode must be a string or None, got {type(filter_mode).__name__}."
        )
    return filter_mode if filter_mode in FILTER_MODES else "fuzzy"


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
