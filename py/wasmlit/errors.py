"""Exceptions mirroring ``streamlit.errors``, importable as ``streamlit.errors``.

Example::

    from streamlit.errors import StreamlitAPIException
    raise StreamlitAPIException("`value` must be positive.")
"""

from __future__ import annotations

from collections.abc import Sequence
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


# -- Authentication (wasmlit.runtime.user) --------------------------------------------


class StreamlitAuthError(StreamlitAPIException):
    """``st.login`` / ``st.logout`` could not do what was asked."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    """Authentication needs Authlib, which is not installed."""

    def __init__(self) -> None:
        super().__init__(
            "Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`."
        )


# -- Errors with Streamlit's names and bases, raised where wasmlit meets the same case ---


class StreamlitComponentRegistryError(Error):
    """Discovering or registering a component failed."""


class StreamlitMaxRetriesError(Error):
    """A file or folder could not be read after several attempts."""


class FragmentStorageKeyError(Error, KeyError):
    """A fragment's stored function was looked up and is not there."""


class FragmentHandledException(Exception):  # noqa: N818 - Streamlit's name
    """Raised by a fragment that has already shown its own exception."""


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL that is malformed or uses a protocol the command does not take."""

    def __init__(self, url: str, protocols: Sequence[str] = ("http", "https", "mailto")) -> None:
        # mailto has no "//": it is written "mailto:".
        shown = [f'"{p}:"' if p == "mailto" else f'"{p}://"' for p in protocols]
        if len(shown) <= 2:
            text = " or ".join(shown)
        else:
            text = ", ".join(shown[:-1]) + f", or {shown[-1]}"
        super().__init__(
            '"{url}" is not a valid URL. '
            "You must use a fully qualified domain beginning with {protocols}.",
            url=url,
            protocols=text,
        )


class StreamlitInvalidThemeError(LocalizableStreamlitException):
    """Base of the theme errors: ``except`` it to catch option and section errors too."""


class StreamlitInvalidThemeOptionError(StreamlitInvalidThemeError):
    """A theme option that does not exist."""


class StreamlitInvalidThemeSectionError(StreamlitInvalidThemeError):
    """A ``[theme.*]`` section that does not exist."""

    def __init__(self, option_name: str, file_path_or_url: str = "config.toml") -> None:
        super().__init__(
            "Invalid theme section: `{option_name}` found in {file_path_or_url}. "
            "Valid sections are: `theme`, `theme.light`, `theme.dark`, `theme.sidebar`, "
            "`theme.light.sidebar`, and `theme.dark.sidebar`.",
            option_name=option_name,
            file_path_or_url=file_path_or_url,
        )


class BidiComponentError(LocalizableStreamlitException):
    """Base of the errors of custom components v2 (``st.components.v2``)."""


class BidiComponentInvalidIdError(BidiComponentError):
    """A part of a component's id contains the id delimiter."""

    def __init__(self, part: str, delimiter: str) -> None:
        super().__init__(
            "The `{part}` of a bidirectional component's ID must not contain "
            "the delimiter sequence `{delimiter}`.",
            part=part,
            delimiter=delimiter,
        )


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    """A callback keyword that is not ``on_<event>_change``."""

    def __init__(self, callback_name: str) -> None:
        super().__init__(
            "The callback name `'{callback_name}'` is not allowed. Callback names must "
            "follow the pattern `on_{{event_name}}_change` where `event_name` is not empty.",
            callback_name=callback_name,
        )


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    """A ``default`` key with no matching ``on_<key>_change`` callback."""

    def __init__(self, state_key: str, available_keys: Sequence[str]) -> None:
        super().__init__(
            "Key `'{state_key}'` in `default` is not a valid state name. Valid state names "
            "are those with corresponding `on_{{state_name}}_change` callbacks. "
            "Available state names: `{available_keys}`",
            state_key=state_key,
            available_keys=list(available_keys) or "none",
        )


class BidiComponentUnserializableDataError(BidiComponentError):
    """``data`` for a component that cannot be sent to the browser."""

    def __init__(self) -> None:
        super().__init__(
            "The `data` provided to the bidirectional component could not be serialized. "
            "Please ensure the data is JSON-serializable, or is a supported data structure "
            "like a pandas DataFrame."
        )
