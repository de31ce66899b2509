"""Snowflake connections: named for Streamlit apps, but not possible in a browser.

Snowflake's Python connector talks to Snowflake over native sockets and TLS
with its own (compiled) dependencies; Pyodide has neither, and Snowflake's
endpoints do not allow a browser's cross-origin requests. Creating one raises
a clear error instead of failing inside the connector.
"""

from __future__ import annotations

from typing import Any, Literal

from wasmlit.connections.base import BaseConnection
from wasmlit.errors import StreamlitAPIException

_WHY = (
    "`{kind}` cannot run in wasmlit: the Snowflake connector (snowflake-connector-python / "
    "snowpark) needs native network sockets and compiled dependencies that a browser's "
    "Pyodide does not have, and Snowflake does not accept cross-origin requests from "
    "a web page. Query Snowflake from a server and ship the results as a file with the "
    'app (e.g. a CSV or a SQLite database read with `st.connection(..., type="sql")`).'
)


class SnowflakeUnavailableError(StreamlitAPIException, ModuleNotFoundError):
    """Raised when a Snowflake connection is created in the browser."""


class SnowflakeConnection(BaseConnection[Any]):
    """Streamlit's Snowflake connection; unavailable in a browser (see the module doc)."""

    def _connect(self, **kwargs: Any) -> Any:
        raise SnowflakeUnavailableError(_WHY.format(kind=type(self).__name__))

    def query(self, sql: str, **kwargs: Any) -> Any:
        return self._instance

    def cursor(self) -> Any:
        return self._instance

    def write_pandas(self, df: Any, table_name: str, **kwargs: Any) -> Any:
        return self._instance

    def session(self) -> Any:
        return self._instance

    @property
    def raw_connection(self) -> Any:
        return self._instance


class SnowflakeCallersRightsConnection(SnowflakeConnection):
    """Streamlit's per-viewer Snowflake connection; unavailable in a browser."""

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        return "session"
