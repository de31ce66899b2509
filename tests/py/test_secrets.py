"""st.secrets: files, read-only access, Streamlit's errors, os.environ and AppTest.secrets."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from wasmlit.runtime.session import AppSession
from wasmlit.testing.v1 import AppTest

SECRETS = """
api_key = "k-123"
retries = 3
[db]
user = "ann"
[db.options]
timeout = 5
"""


def app_with_secrets(tmp_path: Path, source: str, secrets: str | None = SECRETS) -> AppTest:
    if secrets is not None:
        (tmp_path / ".streamlit").mkdir(exist_ok=True)
        (tmp_path / ".streamlit" / "secrets.toml").write_text(secrets)
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(source))
    return AppTest.from_file(str(script))


def session_run(tmp_path: Path, source: str, secrets: str | None) -> list[dict]:
    """An AppSession (not AppTest: AppTest never reads files) on the app folder."""
    if secrets is not None:
        (tmp_path / ".streamlit").mkdir(exist_ok=True)
        (tmp_path / ".streamlit" / "secrets.toml").write_text(secrets)
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(source))
    messages: list[dict] = []
    AppSession(str(script), messages.append).rerun()
    return [m["node"] for m in messages if m["type"] == "delta"]


def texts(nodes: list[dict]) -> list[str]:
    return [n["props"]["body"] for n in nodes if n.get("type") == "text"]


def exceptions(nodes: list[dict]) -> list[dict]:
    return [n["props"] for n in nodes if n.get("type") == "exception"]


def test_file_secrets_read_by_key_attribute_and_mapping_api(tmp_path: Path) -> None:
    nodes = session_run(
        tmp_path,
        """
        import os
        import streamlit as st
        s = st.secrets
        st.text(s["api_key"] + "|" + s.api_key + "|" + str(s.db.options.timeout))
        st.text(str(s["db"]["user"]) + "|" + str("db" in s) + "|" + str("nope" in s))
        st.text(str(sorted(s)) + "|" + str(len(s)) + "|" + str(s.has_key("retries")))
        st.text(str(s.get("nope", "dflt")) + "|" + str(s.db.get("user")))
        st.text(str(sorted(s.keys())) + "|" + str(type(s.to_dict()["db"]).__name__))
        st.text(str(dict(s.items())["db"].options.timeout) + "|" + str(len(list(s.values()))))
        st.text(os.environ.get("api_key", "-") + "|" + os.environ.get("retries", "-"))
        st.text(str(s.load_if_toml_exists()))
        """,
        SECRETS,
    )
    assert texts(nodes) == [
        "k-123|k-123|5",
        "ann|True|False",
        "['api_key', 'db', 'retries']|3|True",
        "dflt|ann",
        "['api_key', 'db', 'retries']|dict",
        "5|3",
        "k-123|3",
        "True",
    ]
    os.environ.pop("api_key", None)
    os.environ.pop("retries", None)


@pytest.mark.parametrize(
    ("expr", "kind", "start"),
    [
        ('st.secrets["nope"]', "KeyError", 'st.secrets has no key "nope".'),
        ("st.secrets.nope", "AttributeError", 'st.secrets has no attribute "nope".'),
        ("st.secrets.db.nope", "AttributeError", 'st.secrets has no attribute "nope".'),
        ('st.secrets.db["nope"]', "KeyError", 'st.secrets has no key "nope".'),
        ('st.secrets["x"] = 1', "TypeError", "Secrets does not support item assignment."),
        ("st.secrets.x = 1", "TypeError", "Secrets does not support attribute assignment."),
        ('st.secrets.db["user"] = 1', "TypeError", "Secrets does not support item assignment."),
        ("st.secrets.db.user = 1", "TypeError", "Secrets does not support attribute assignment."),
    ],
)
def test_missing_keys_and_assignment_raise_streamlits_errors(
    tmp_path: Path, expr: str, kind: str, start: str
) -> None:
    at = app_with_secrets(tmp_path, f"import streamlit as st\n{expr}\n")
    at.secrets = {"db": {"user": "ann"}}
    at.run()
    assert at.exception[0].type_name == kind
    assert at.exception[0].value.strip("'\"").startswith(start)
    if kind != "TypeError":
        assert "Did you forget to add it to secrets.toml" in at.exception[0].value


def test_no_secrets_file_raises_no_secrets_found(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    nodes = session_run(
        tmp_path,
        """
        import streamlit as st
        st.text(str(st.secrets.load_if_toml_exists()))
        st.secrets["anything"]
        """,
        None,
    )
    assert texts(nodes) == ["False"]
    (exc,) = exceptions(nodes)
    assert exc["type_name"] == "StreamlitSecretNotFoundError"
    assert exc["message"].startswith("No secrets found. Valid paths for a secrets.toml file")
    assert str(tmp_path / ".streamlit" / "secrets.toml") in exc["message"]


def test_edited_secrets_file_is_read_again(tmp_path: Path) -> None:
    source = "import streamlit as st\nst.text(st.secrets.token)\n"
    secrets = tmp_path / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text('token = "one"\n')
    script = tmp_path / "app.py"
    script.write_text(source)
    messages: list[dict] = []
    session = AppSession(str(script), messages.append)
    session.rerun()
    secrets.write_text('token = "two-changed"\n')
    session.rerun()
    bodies = [m["node"]["props"]["body"] for m in messages if m["type"] == "delta"]
    assert bodies == ["one", "two-changed"]
    os.environ.pop("token", None)


def test_merge_programmatic_secrets(tmp_path: Path) -> None:
    at = app_with_secrets(
        tmp_path,
        """
        import streamlit as st
        st.secrets.merge_programmatic_secrets({"extra": 1, "db": {"host": "h"}})
        st.text(f"{st.secrets.extra} {st.secrets.db.user} {st.secrets.db.host}")
        """,
    )
    at.secrets = {"db": {"user": "ann"}}
    at.run()
    assert at.text[0].value == "1 ann h"


def test_apptest_secrets_replace_the_files(tmp_path: Path) -> None:
    at = app_with_secrets(
        tmp_path,
        """
        import streamlit as st
        st.text(str(st.secrets.to_dict()))
        """,
    )
    at.secrets["password"] = "xyz"
    at.run()
    assert at.text[0].value == "{'password': 'xyz'}"
    at.secrets["password"] = "changed"
    at.run()
    assert at.text[0].value == "{'password': 'changed'}"


def test_from_streamlit_import_secrets_is_the_same_object(tmp_path: Path) -> None:
    at = app_with_secrets(
        tmp_path,
        """
        import streamlit as st
        from streamlit import secrets
        st.text(str(secrets is st.secrets) + " " + secrets["a"])
        """,
    )
    at.secrets = {"a": "b"}
    at.run()
    assert at.text[0].value == "True b"


def test_dev_server_serves_secrets_but_a_build_never_lists_them(tmp_path: Path) -> None:
    from wasmlit.cli.manifest import build_manifest

    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('k = "v"\n')
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\n")
    assert ".streamlit/secrets.toml" not in build_manifest(script)["files"]
    dev = build_manifest(script, include_secrets=True)["files"]
    assert dev == [".streamlit/secrets.toml", "app.py"]
