"""Helpers for option widgets (radio, selectbox, multiselect)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wasmlit.errors import StreamlitAPIException


def to_list(options: Any) -> list[Any]:
    """Options as a list; a mapping gives its keys, a DataFrame its first column."""
    if options is None:
        return []
    module = type(options).__module__
    if module.startswith("pandas") and hasattr(options, "columns"):
        options = options[options.columns[0]]  # Streamlit uses the first column
    if isinstance(options, str | bytes):
        raise StreamlitAPIException("`options` must be a sequence of values, not a string.")
    try:
        return list(options)
    except TypeError:
        raise StreamlitAPIException(
            f"`options` must be iterable, got `{type(options).__name__}`."
        ) from None


def formatted(options: Sequence[Any], format_func: Callable[[Any], Any]) -> list[str]:
    """The option labels the UI shows (``format_func`` applied, as strings)."""
    return [str(format_func(o)) for o in options]


def index_of(options: Sequence[Any], value: Any) -> int:
    """Position of ``value`` in ``options`` by equality; ValueError when absent."""
    for i, option in enumerate(options):
        try:
            if bool(option == value):
                return i
        except (TypeError, ValueError):
            continue  # e.g. array-like comparisons
    raise ValueError(f"{value!r} is not in options")


def check_index(widget: str, index: Any, count: int) -> int | None:
    """Validate a default ``index`` as Streamlit does."""
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise StreamlitAPIException(f"{widget} Value has invalid type: {type(index).__name__}")
    if count and not 0 <= index < count:
        raise StreamlitAPIException(
            f"{widget} index must be greater than or equal to 0 and less than the length "
            "of options."
        )
    return index if count else None


def deserialize_index(options: Sequence[Any], wire: Any) -> Any:
    if wire is None:
        return None
    if isinstance(wire, bool) or not isinstance(wire, int | float) or int(wire) != wire:
        raise TypeError(f"expected an option index, got {wire!r}")
    if not 0 <= int(wire) < len(options):
        raise IndexError(wire)
    return options[int(wire)]
