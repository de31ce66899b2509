"""``st.connections.SQLConnection``: SQLAlchemy engines from secrets or kwargs.

In the browser this means SQLite files among the app's files (``sqlite3`` is
part of Pyodide, SQLAlchemy is a pure wheel); server databases need a network
driver a browser does not have. ``query()`` results are cached like
``st.cache_data`` (one cache per connection name and ttl). SQLAlchemy and pandas
are imported on first use only.

Example (``.streamlit/secrets.toml``)::

    [connections.sql]
    url = "sqlite:///data.db"

    df = st.connection("sql").query("select * from t where id = :id", params={"id": 1})
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from wasmlit.connections.base import BaseConnection
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection as SQLAlchemyConnection
    from sqlalchemy.engine.base import Engine
    from sqlalchemy.orm import Session

# Fields of [connections.<name>] that make up the URL (the rest go to create_engine).
_URL_PARAMS = (
    "url",
    "driver",
    "dialect",
    "username",
    "password",
    "host",
    "port",
    "database",
    "query",
)
_REQUIRED = ("dialect", "username", "host")
# A file database needs no server: SQLite only requires a dialect.
_FILE_DIALECTS = ("sqlite",)


def _import_sqlalchemy() -> Any:
    try:
        import sqlalchemy
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"{exc}. You need to install the 'sqlalchemy' package to use this connection "
            "(in wasmlit: add `sqlalchemy` to requirements.txt if it does not load by itself)."
        ) from None
    return sqlalchemy


def _url(sqlalchemy: Any, params: Mapping[str, Any]) -> Any:
    if "url" in params:
        return sqlalchemy.engine.make_url(params["url"])
    dialect = params.get("dialect")
    required = _REQUIRED[:1] if dialect in _FILE_DIALECTS else _REQUIRED
    for name in required:
        if name not in params:
            raise StreamlitAPIException(f"Missing SQL DB connection param: {name}")
    driver = f"{params['dialect']}+{params['driver']}" if "driver" in params else params["dialect"]
    return sqlalchemy.engine.URL.create(
        drivername=driver,
        username=params.get("username"),
        password=params.get("password"),
        host=params.get("host"),
        port=int(params["port"]) if "port" in params else None,
        database=params.get("database"),
        query=dict(params.get("query") or {}),
    )


def _read_sql(
    _conn: SQLConnection,
    connection_name: str,
    sql: str,
    index_col: Any,
    chunksize: int | None,
    params: Any,
    kwargs: dict[str, Any],
) -> Any:
    """The cached body of query(): ``_conn`` is not hashed, the name and SQL are."""
    import pandas as pd

    sqlalchemy = _import_sqlalchemy()
    with _conn._instance.connect() as connection:
        result = pd.read_sql(
            sqlalchemy.text(sql),
            connection,
            index_col=index_col,
            chunksize=chunksize,
            params=params,
            **kwargs,
        )
        # Chunks are read while the connection is open; a list can be cached.
        return result if chunksize is None else list(result)


_query_funcs: dict[tuple[Any, Any], Any] = {}


def _cached_reader(ttl: Any, show_spinner: bool | str) -> Any:
    from wasmlit.caching import cache_data

    key = (ttl, show_spinner)
    if key not in _query_funcs:
        _query_funcs[key] = cache_data(ttl=ttl, show_spinner=show_spinner)(_read_sql)
    return _query_funcs[key]


class SQLConnection(BaseConnection["Engine"]):
    """A SQLAlchemy engine, configured by ``[connections.<name>]`` and kwargs."""

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Engine:
        sqlalchemy = _import_sqlalchemy()
        kwargs = dict(kwargs)
        given = {name: kwargs.pop(name) for name in _URL_PARAMS if name in kwargs}
        secrets = self._secrets.to_dict()
        params = {**secrets, **given}
        if not any(name in params for name in _URL_PARAMS):
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in "
                "`secrets.toml` or as kwargs to `st.connection`?"
            )
        engine_kwargs = {**dict(secrets.get("create_engine_kwargs") or {}), **kwargs}
        engine = sqlalchemy.create_engine(_url(sqlalchemy, params), **engine_kwargs)
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any = None,
        **kwargs: Any,
    ) -> Any:
        """Run a read-only query and return a DataFrame, cached for ``ttl`` (None: forever).

        ``params`` fill ``:name`` placeholders; with ``chunksize`` the result is
        a list of DataFrames of at most that many rows.
        """
        reader = _cached_reader(ttl, show_spinner)
        return reader(self, self._connection_name, sql, index_col, chunksize, params, kwargs)

    def connect(self) -> SQLAlchemyConnection:
        """A new SQLAlchemy ``Connection`` (use it in a ``with`` block)."""
        return self._instance.connect()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy ``Engine``."""
        return self._instance

    @property
    def driver(self) -> str:
        """The name of the DBAPI driver (``pysqlite`` for SQLite)."""
        return str(self._instance.driver)

    @property
    def session(self) -> Session:
        """A new SQLAlchemy ORM ``Session`` bound to the engine (use it in a ``with``)."""
        from sqlalchemy.orm import Session

        return Session(self._instance)

    def close(self) -> None:
        """Dispose of the engine's pooled connections."""
        if self._raw_instance is not None:
            self._raw_instance.dispose()
        self._raw_instance = None
