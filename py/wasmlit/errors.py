"""Exceptions mirroring ``streamlit.errors``, importable as ``streamlit.errors``.

Example::

    from streamlit.errors import StreamlitAPIException
    raise StreamlitAPIException("`value` must be positive.")
"""

from __future__ import annotations

from typing import Any


class Error(Exception):
    """Base class of every wasmlit / Streamlit error."""


class MarkdownFormattedException(Error):
    """An error whose message is shown as Markdown in the app."""


class StreamlitAPIException(MarkdownFormattedException):
    """A Streamlit command was used incorrectly."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A misuse that is shown as a warning."""


class LocalizableStreamlitException(StreamlitAPIException):
    """An API error built from a message template and its arguments."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message.format(**kwargs))
        self.kwargs = kwargs


class StreamlitNotSupportedError(StreamlitAPIException, AttributeError):
    """A Streamlit command that wasmlit does not implement yet.

    It is also an ``AttributeError`` so ``hasattr(st, name)`` stays False
    for feature probes, while a plain ``st.name`` shows a clear message.
    """

    def __init__(self, name: str) -> None:
        super().__init__(f"`st.{name}` is not supported by wasmlit yet.")
        self.command = name


class NoSessionContext(Error):
    """A command needed a running session and there was none."""


class DuplicateWidgetID(StreamlitAPIException):
    """Two widgets resolved to the same widget id."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two elements without keys have the same type and parameters."""

    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            "An element's ID is computed from its type and the parameters it is given, "
            "so two identical calls collide.\n\n"
            f"To fix this error, please pass a unique `key` argument to the `{element_type}` "
            "element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements were given the same ``key``."""

    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for each "
            "element you create."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    """Session State cannot set the value of this kind of widget (e.g. a button)."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"Values for the widget with `key` '{key}' cannot be set using `st.session_state`."
        )


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    """Session State was written for a widget already created in this run."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"`st.session_state.{key}` cannot be modified after the widget with key "
            f"`{key}` is instantiated."
        )


class StreamlitValueBelowMinError(StreamlitAPIException):
    """A widget value is below its ``min_value``."""

    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    """A widget value is above its ``max_value``."""

    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    """A value is outside the range JavaScript numbers can hold."""


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    """A number is outside the range JavaScript can represent exactly."""


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    """Numeric arguments of one widget mix ``int`` and ``float``."""


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    """``min_value`` is greater than ``max_value``."""


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    """A default value is not one of the widget's options."""


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    """More default selections than ``max_selections``."""


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    """``st.columns`` got a spec that is not a positive int or positive weights."""


class StreamlitInvalidHeightError(StreamlitAPIException):
    """An invalid ``height`` argument."""


class StreamlitInvalidWidthError(StreamlitAPIException):
    """An invalid ``width`` argument."""


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    """An invalid printf-style ``format`` for a number widget."""


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    """A parameter of the wrong type."""


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    """Parameters that cannot be used together."""


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    """A required parameter was not given."""


class StreamlitValueError(StreamlitAPIException):
    """An invalid value for a parameter."""


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command used in a container where it is not allowed."""


class StreamlitPageNotFoundError(StreamlitAPIException):
    """``st.switch_page`` or ``st.page_link`` could not find the page."""


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    """No secrets were found."""


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    """A callback on a widget inside a form (only the submit button may have one)."""


class UnserializableSessionStateError(StreamlitAPIException):
    """A Session State value that cannot be pickled (when enforced)."""


class StreamlitInvalidBindValueError(StreamlitAPIException):
    """A widget's ``bind`` is not one of the supported values."""


class StreamlitInvalidTextAlignmentError(StreamlitAPIException):
    """``text_alignment`` is not "left", "center", "right" or "justify"."""


class StreamlitBadTimeStringError(StreamlitAPIException):
    """A duration string (a cache ``ttl``, a fragment's ``run_every``) that does not parse."""

    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as "
            f"`'1d2h34m'` or `2 days`, for example. Got: {time_string}"
        )


class StreamlitQueryParamDictValueError(StreamlitAPIException):
    """A query parameter was set to a dictionary."""

    def __init__(self, key: str) -> None:
        super().__init__(f"You cannot set a query params key `{key}` to a dictionary.")


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Data that no dataframe command can turn into a table."""


class StreamlitInvalidColorError(StreamlitAPIException):
    """A chart ``color`` that is neither a colour, a column nor a list of colours."""

    def __init__(self, color: object) -> None:
        super().__init__(
            f"\nThis does not look like a valid color argument: `{color}`.\n\n"
            "The color argument can be:\n\n"
            '* A hex string like "#ffaa00" or "#ffaa0088".\n'
            "* An RGB or RGBA tuple with the red, green, blue, and alpha\n"
            "  components specified as ints from 0 to 255 or floats from 0.0 to\n"
            "  1.0.\n"
            "* The name of a column.\n"
            "* Or a list of colors, matching the number of y columns to draw.\n"
        )
