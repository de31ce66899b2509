"""``st.context``: what the browser tells the app about the user, read-only.

There is no server and no HTTP request, so every value comes from the page:
the UI gathers them (``BROWSER_CONTEXT`` below) and sends them with the first
``rerun`` and again whenever one changes (the theme, the page URL). Choices,
explained in ``docs/execution-flow.md``:

* ``headers`` holds only what the browser exposes to a page: ``Host``,
  ``User-Agent`` and ``Accept-Language`` (built from ``navigator.languages``);
* ``cookies`` are the cookies ``document.cookie`` can read (not HttpOnly ones);
* ``is_embedded`` follows Streamlit: the URL has ``?embed=true``;
* ``ip_address`` is always None (Streamlit's value for a local user).

Example::

    import streamlit as st
    st.write(st.context.locale, st.context.timezone, st.context.theme.type)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from wasmlit.protocol.schema import Bool, Enum, Int, Map, Obj, Optional, Str

# The wire form, in ``rerun.context`` (UI -> worker).
BROWSER_CONTEXT = Obj(
    {
        "locale": Optional(Str()),  # navigator.language, e.g. "en-US"
        "timezone": Optional(Str()),  # IANA name, e.g. "Europe/Berlin"
        "timezone_offset": Optional(Int()),  # Date#getTimezoneOffset(): minutes, UTC - local
        "url": Str(),  # the page URL without query and hash
        "theme": Optional(Enum("light", "dark")),  # from the app's background colour
        "cookies": Map(Str()),  # document.cookie, name -> raw value
        "headers": Map(Str()),  # Host, User-Agent, Accept-Language
        # False when this app does not own the page URL (url-sync="off"): the address
        # bar then never follows its pages. Absent means it does.
        "page_urls": Bool(),
    },
    optional=["page_urls"],
)

_FIELDS = (
    "locale",
    "timezone",
    "timezone_offset",
    "url",
    "theme",
    "cookies",
    "headers",
    "page_urls",
)


def page_url(url: str, url_path: str) -> str:
    """The URL showing app page ``url_path``, from the URL of another page of the app.

    The UI's rule (``ui/src/app/pageUrl.ts``): a page's URL is ``<folder>/<url_path>``;
    a last segment that is empty or ends in ``.html`` is the default page (``""``).
    The URL already showing that page is returned unchanged.
    """
    parts = urlsplit(url)
    folder, _, last = parts.path.rpartition("/")
    shown = "" if last == "" or last.lower().endswith(".html") else unquote(last)
    if shown == url_path:
        return url
    segment = quote(url_path, safe="!'()*")  # what encodeURIComponent leaves as is
    path = f"{folder}/{segment}"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _header_case(name: str) -> str:
    """``coNtent-TYPE`` -> ``Content-Type``: how header names are compared and listed."""
    return "-".join(part.capitalize() for part in name.split("-"))


class ContextHeaders(Mapping[str, str]):
    """Read-only headers: keys are case-insensitive; ``get_all`` lists repeats."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._headers: dict[str, list[str]] = {}
        for name, value in items:
            self._headers.setdefault(_header_case(name), []).append(value)

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_header_case(key)][-1]
        except (KeyError, IndexError, AttributeError):
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_header_case(key), []))

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())


class ContextCookies(Mapping[str, str]):
    """Read-only cookies: ``name -> value``."""

    def __init__(self, cookies: Mapping[str, str] | None = None) -> None:
        self._cookies = MappingProxyType(dict(cookies or {}))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def __len__(self) -> int:
        return len(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)

    def __repr__(self) -> str:
        return repr(self.to_dict())


class ContextTheme(Mapping[str, Any]):
    """``st.context.theme``: ``.type`` (or ``["type"]``) is "light", "dark" or None."""

    def __init__(self, theme_type: str | None) -> None:
        self._data = {"type": theme_type}

    @property
    def type(self) -> str | None:
        return self._data["type"]

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"ContextTheme(type={self.type!r})"


@dataclass
class BrowserInfo:
    """One session's browser facts. ``AppTest.context`` is one of these, settable."""

    locale: str | None = None
    timezone: str | None = None
    timezone_offset: int | None = None
    url: str | None = None
    theme: str | None = None  # "light" | "dark" | None (not known yet)
    cookies: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    # None: decided by the URL (?embed=true); AppTest may force it.
    is_embedded: bool | None = None
    # Whether the address bar follows the app's pages (so ``url`` does too).
    page_urls: bool = True

    @classmethod
    def from_wire(cls, wire: Mapping[str, Any]) -> BrowserInfo:
        """The ``rerun.context`` the UI sent."""
        return cls(**{name: wire[name] for name in _FIELDS if name in wire})

    def for_page(self, url_path: str) -> BrowserInfo:
        """These facts as seen on app page ``url_path``: st.context.url is that page's URL.

        Used when a run is about to show another page than the URL the UI sent
        (``st.switch_page``), so the new page's run never sees the old URL.
        """
        if not self.page_urls or not self.url:
            return self
        url = page_url(self.url, url_path)
        return self if url == self.url else replace(self, url=url)

    def updated(self, changes: Mapping[str, Any]) -> BrowserInfo:
        unknown = set(changes) - {*_FIELDS, "is_embedded"}
        if unknown:
            raise AttributeError(f"st.context has no field {sorted(unknown)[0]!r}")
        return replace(self, **dict(changes))


class ContextProxy:
    """``st.context``: read-only views onto the running session's :class:`BrowserInfo`."""

    @staticmethod
    def _info() -> BrowserInfo:
        from wasmlit.runtime.context import current

        info = current().browser
        return info if info is not None else BrowserInfo()

    @property
    def cookies(self) -> ContextCookies:
        """Cookies the page can read (``document.cookie``)."""
        return ContextCookies(self._info().cookies)

    @property
    def headers(self) -> ContextHeaders:
        """``Host``, ``User-Agent`` and ``Accept-Language``: all a page knows of its request."""
        return ContextHeaders(self._info().headers.items())

    @property
    def ip_address(self) -> str | None:
        """Always None: the app runs on the user's own machine (Streamlit's localhost value)."""
        return None

    @property
    def is_embedded(self) -> bool:
        """Whether the URL asks for the embedded view (``?embed=true``)."""
        forced = self._info().is_embedded
        if forced is not None:
            return forced
        from wasmlit.runtime.context import current

        return current().query_params.is_embedded()

    @property
    def locale(self) -> str | None:
        """``navigator.language``, e.g. ``"en-US"``."""
        return self._info().locale

    @property
    def theme(self) -> ContextTheme:
        """``.type`` is "light" or "dark", from the app's background colour."""
        return ContextTheme(self._info().theme)

    @property
    def timezone(self) -> str | None:
        """The browser's IANA time zone, e.g. ``"Europe/Berlin"``."""
        return self._info().timezone

    @property
    def timezone_offset(self) -> int | None:
        """Minutes to add to local time to get UTC (JavaScript's ``getTimezoneOffset()``)."""
        return self._info().timezone_offset

    @property
    def url(self) -> str | None:
        """The app's URL in the address bar, without query parameters or anchor."""
        return self._info().url

    def __getitem__(self, name: str) -> Any:
        """``st.context["locale"]``: the same values as the attributes."""
        if name not in _PUBLIC:
            raise KeyError(name)
        return getattr(self, name)

    def __contains__(self, name: object) -> bool:
        return name in _PUBLIC

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("st.context is read-only.")

    def __repr__(self) -> str:
        return "st.context"


_PUBLIC = frozenset(
    name for name, value in vars(ContextProxy).items() if isinstance(value, property)
)
CONTEXT = ContextProxy()
