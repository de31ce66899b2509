"""``st.connections``: the connection classes behind ``st.connection``.

Importing this package is cheap: SQLAlchemy and pandas load only when a
SQLConnection is created or queried.
"""

from __future__ import annotations

from wasmlit.connections.base import BaseConnection, ExperimentalBaseConnection
from wasmlit.connections.snowflake import SnowflakeCallersRightsConnection, SnowflakeConnection
from wasmlit.connections.sql import SQLConnection

__all__ = [
    "BaseConnection",
    "ExperimentalBaseConnection",
    "SQLConnection",
    "SnowflakeConnection",
    "SnowflakeCallersRightsConnection",
]
