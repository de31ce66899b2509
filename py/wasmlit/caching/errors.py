"""The caching errors, named and worded as Streamlit's so apps and tests match them."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import (
    MarkdownFormattedException,
    StreamlitAPIException,
    StreamlitAPIWarning,
    StreamlitBadTimeStringError,
)


def fqn_type(value: Any) -> str:
    """``module.QualName`` of ``value``'s type, as Streamlit names types in messages."""
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


class UnhashableTypeError(Exception):
    """Internal: the hasher met a value it cannot hash (turned into UnhashableParamError)."""


class UnhashableParamError(StreamlitAPIException):
    """An argument of a cached function could not be hashed."""

    def __init__(self, decorator: str, func: Any, arg_name: str | None, arg_value: Any) -> None:
        name = arg_name if arg_name is not None else "(unnamed)"
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        func_name = getattr(func, "__name__", "func")
        super().__init__(
            f"\nCannot hash argument '{name}' (of type `{fqn_type(arg_value)}`) in '{func_name}'."
            "\n\nTo address this, you can tell Streamlit not to hash this argument by adding a"
            "\nleading underscore to the argument's name in the function signature:"
            f"\n\n```\n@st.{decorator}\ndef {func_name}({replacement}, ...):\n    ...\n```\n"
        )


class UnserializableReturnValueError(MarkdownFormattedException):
    """st.cache_data could not pickle what the function returned."""

    def __init__(self, func: Any, return_value: Any) -> None:
        func_name = getattr(func, "__name__", "func")
        super().__init__(
            f"Cannot serialize the return value (of type `{fqn_type(return_value)}`) "
            f"in `{func_name}()`. `st.cache_data` uses "
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the "
            "function's return value and safely store it in the cache without mutating "
            "the original object. Please convert the return value to a pickle-serializable "
            "type. If you want to cache unserializable objects such as database connections "
            "or Tensorflow sessions, use `st.cache_resource` instead (see [our docs]"
            "(https://docs.streamlit.io/develop/concepts/architecture/caching) for differences)."
        )


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget command ran inside a cached function (it would not run on a cache hit)."""

    def __init__(self) -> None:
        super().__init__(
            "\nYour script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function.\n"
        )


class BadTTLStringError(StreamlitBadTimeStringError):
    """A ``ttl`` string that is not a duration (Streamlit's older name for the error)."""
