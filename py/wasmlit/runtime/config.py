"""Config options (``st.get_option`` / ``st.set_option``) of one session.

Options come from the app's ``wasmlit.json`` (``options``) or the session's
constructor; unknown keys fall back to the defaults below.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wasmlit.errors import StreamlitAPIException

DEFAULTS: dict[str, Any] = {
    "runner.magicEnabled": True,
    "runner.fastReruns": True,
    "runner.enforceSerializableSessionState": False,
    "runner.enumCoercion": "nameOnly",
    # Accepted for Streamlit apps; parallel fragments run in order here (one thread).
    "runner.parallelMaxWorkers": None,
    # st.connection's ttl when none is passed (None: connections never expire).
    "runner.connectionDefaultTTL": None,
    "magic.displayRootDocString": False,
    "magic.displayLastExprIfNoSemicolon": False,
    "global.disableWidgetStateDuplicationWarning": False,
    "global.showWarningOnDirectExecution": True,
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.showSidebarNavigation": True,
    "client.showErrorLinks": "auto",
    "client.disableDataExport": False,
    "server.maxUploadSize": 200,
    "server.maxMessageSize": 200,
    "server.runOnSave": False,
    "server.headless": True,
    "server.port": 8501,
    "server.baseUrlPath": "",
    "browser.gatherUsageStats": False,
    "logger.level": "info",
    "theme.base": None,
    "theme.primaryColor": None,
    "theme.backgroundColor": None,
    "theme.secondaryBackgroundColor": None,
    "theme.textColor": None,
    "theme.font": None,
    # wasmlit's own: st.map's tile URL template ("none": no tiles) and its attribution.
    "wasmlit.mapTiles": None,
    "wasmlit.mapTilesAttribution": None,
}

# Streamlit lets scripts change only these at run time.
_SETTABLE_PREFIXES = ("client.", "logger.", "theme.")


def merged(options: Mapping[str, Any] | None) -> dict[str, Any]:
    out = dict(DEFAULTS)
    out.update(options or {})
    return out


def get_option(options: Mapping[str, Any], key: str) -> Any:
    if key not in options:
        raise RuntimeError(f'Config key "{key}" not defined.')
    return options[key]


def set_option(options: dict[str, Any], key: str, value: Any) -> None:
    if key not in options and not key.startswith(_SETTABLE_PREFIXES):
        raise RuntimeError(f'Config key "{key}" not defined.')
    if not key.startswith(_SETTABLE_PREFIXES):
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. "
            f"streamlit run script.py --{key}, or in config.toml instead."
        )
    options[key] = value
