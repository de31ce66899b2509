"""st.connection: type lookup, caching/ttl/reset, SQLConnection on SQLite, the Snowflake error."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest

from wasmlit.testing.v1 import AppTest


def make_db(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("create table pets (id integer primary key, name text, kind text)")
        db.executemany(
            "insert into pets values (?, ?, ?)",
            [(1, "Rex", "dog"), (2, "Tom", "cat"), (3, "Kit", "cat")],
        )


@pytest.fixture
def app_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # sqlite:///data.db is relative to the working folder (the app folder in the browser).
    monkeypatch.chdir(tmp_path)
    make_db(tmp_path / "data.db")
    return tmp_path


def app(folder: Path, source: str) -> AppTest:
    script = folder / "app.py"
    script.write_text(textwrap.dedent(source))
    return AppTest.from_file(str(script), default_timeout=30)


def test_sql_connection_from_secrets_queries_with_params_and_index_col(app_dir: Path) -> None:
    at = app(
        app_dir,
        """
        import streamlit as st
        conn = st.connection("pets_db")
        df = conn.query("select * from pets where kind = :kind order by id",
                        params={"kind": "cat"}, index_col="id")
        st.text(f"{type(conn).__name__} {conn.driver} {list(df.index)} {list(df['name'])}")
        with conn.session as s:
            st.text(str(s.execute(conn_text("select count(*) from pets")).scalar()))
        with conn.connect() as c:
            st.text(str(c.exec_driver_sql("select name from pets where id = 1").scalar()))
        """.replace("conn_text", "__import__('sqlalchemy').text"),
    )
    at.secrets = {"connections": {"pets_db": {"type": "sql", "url": "sqlite:///data.db"}}}
    at.run()
    assert not at.exception
    assert [t.value for t in at.text] == [
        "SQLConnection pysqlite [2, 3] ['Tom', 'Kit']",
        "3",
        "Rex",
    ]


def test_sql_by_name_with_kwargs_and_dialect_fields(app_dir: Path) -> None:
    at = app(
        app_dir,
        """
        import streamlit as st
        a = st.connection("sql", url="sqlite:///data.db")
        b = st.connection("fields", type="sql")
        top = b.query("select max(id) m from pets").m[0]
        st.text(f"{len(a.query('select * from pets'))} {top}")
        st.text(str(b.engine.url))
        """,
    )
    at.secrets = {"connections": {"fields": {"dialect": "sqlite", "database": "data.db"}}}
    at.run()
    assert not at.exception
    assert [t.value for t in at.text] == ["3 3", "sqlite:///data.db"]


def test_query_results_are_cached_until_ttl_or_clear(app_dir: Path) -> None:
    source = """
        import sqlite3
        import streamlit as st
        conn = st.connection("sql", url="sqlite:///data.db")
        if st.button("add"):
            with sqlite3.connect("data.db") as db:
                db.execute("insert into pets (name, kind) values ('New', 'cat')")
        st.text(str(len(conn.query("select * from pets"))))
        st.text(str(len(conn.query("select * from pets", ttl=0.001))))
        """
    at = app(app_dir, source).run()
    assert [t.value for t in at.text] == ["3", "3"]
    at.button[0].click().run()
    # The first query is cached forever; the second expired and reads the new row.
    assert [t.value for t in at.text] == ["3", "4"]


def test_connection_objects_are_cached_and_reset_reconnects(app_dir: Path) -> None:
    at = app(
        app_dir,
        """
        import streamlit as st
        a = st.connection("sql", url="sqlite:///data.db")
        b = st.connection("sql", url="sqlite:///data.db")
        c = st.connection("sql", url="sqlite:///data.db", echo=False)
        engine = a.engine
        a.reset()
        st.text(f"{a is b} {a is c} {a.engine is engine} {a.engine is a.engine}")
        st.session_state.setdefault("first", a)
        st.text(str(st.session_state.first is a))
        """,
    )
    at.run().run()
    assert [t.value for t in at.text] == ["True False False True", "True"]


def test_connection_ttl_and_default_ttl_option(app_dir: Path) -> None:
    at = app(
        app_dir,
        """
        import time
        import streamlit as st
        a = st.connection("sql", url="sqlite:///data.db", ttl=0.01)
        time.sleep(0.05)
        b = st.connection("sql", url="sqlite:///data.db", ttl=0.01)
        c = st.connection("sql", url="sqlite:///data.db")
        time.sleep(0.05)
        d = st.connection("sql", url="sqlite:///data.db")
        st.text(f"{a is b} {c is d}")
        """,
    )
    at.session.options["runner.connectionDefaultTTL"] = 0.01
    at.run()
    assert at.text[0].value == "False False"


def test_custom_base_connection_subclass_gets_secrets_and_kwargs(app_dir: Path) -> None:
    (app_dir / "kv.py").write_text(
        textwrap.dedent(
            """
            from streamlit.connections import BaseConnection

            class KV(BaseConnection[dict]):
                \"\"\"A dict built from secrets and kwargs.\"\"\"
                made = 0

                def _connect(self, **kwargs):
                    KV.made += 1
                    return {**self._secrets.to_dict(), **kwargs}

                def get(self, key):
                    return self._instance[key]
            """
        )
    )
    at = app(
        app_dir,
        """
        import streamlit as st
        from kv import KV
        conn = st.connection("store", type=KV, extra="e")
        by_path = st.connection("store", type="kv.KV", extra="e")
        st.text(f"{conn.get('greeting')} {conn.get('extra')} {KV.made} {conn.scope()}")
        conn.reset()
        st.text(f"{conn.get('greeting')} {KV.made} {type(by_path).__name__}")
        assert by_path is conn
        try:
            conn.keys()
        except AttributeError as e:
            st.text(str(e))
        """,
    )
    at.secrets = {"connections": {"store": {"greeting": "hi"}}}
    at.run()
    assert not at.exception
    values = [t.value for t in at.text]
    # type=KV and type="kv.KV" name one class: one cached object, connected once.
    assert values[0] == "hi e 1 global"
    assert values[1] == "hi 2 KV"
    assert values[2] == "`keys` doesn't exist here, but you can call `._instance.keys` instead"


@pytest.mark.parametrize(
    ("call", "kind", "fragment"),
    [
        ('st.connection("sf")', "StreamlitAPIException", "No connection type given"),
        (
            'st.connection("x", type="nope")',
            "StreamlitAPIException",
            'Unknown connection type "nope"',
        ),
        (
            'st.connection("x", type=dict)',
            "StreamlitAPIException",
            "is not a subclass of BaseConnection",
        ),
        (
            'st.connection("x", type="no_such_pkg.Conn")',
            "ModuleNotFoundError",
            "missing a dependency",
        ),
        (
            'st.connection("x", type="sql")',
            "StreamlitAPIException",
            "Missing SQL DB connection configuration",
        ),
        (
            'st.connection("x", type="sql", dialect="postgresql")',
            "StreamlitAPIException",
            "Missing SQL DB connection param: username",
        ),
        ('st.connection("snowflake")', "SnowflakeUnavailableError", "cannot run in wasmlit"),
        (
            'st.connection("x", type="snowflake-callers-rights")',
            "SnowflakeUnavailableError",
            "needs native network sockets",
        ),
        (
            "st.connections.SnowflakeConnection('s')",
            "SnowflakeUnavailableError",
            "`SnowflakeConnection` cannot run in wasmlit",
        ),
    ],
)
def test_connection_errors(app_dir: Path, call: str, kind: str, fragment: str) -> None:
    at = app(app_dir, f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].type_name == kind
    assert fragment in at.exception[0].value


def test_experimental_base_connection_and_scope() -> None:
    from wasmlit.connections import (
        BaseConnection,
        ExperimentalBaseConnection,
        SnowflakeCallersRightsConnection,
        SQLConnection,
    )

    assert issubclass(ExperimentalBaseConnection, BaseConnection)
    assert SQLConnection.scope() == "global"
    assert SnowflakeCallersRightsConnection.scope() == "session"


def test_core_start_up_does_not_import_sqlalchemy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, wasmlit.st, wasmlit.connections, wasmlit.runtime.session;"
        "print('sqlalchemy' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[0] == "False"
