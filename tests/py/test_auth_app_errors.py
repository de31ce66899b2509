"""st.user / st.login / st.logout with no server, AppTest.user, st.App, and st.errors names."""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from textwrap import dedent

import pytest

import wasmlit.st as st
from wasmlit import errors
from wasmlit.alias import streamlit_alias
from wasmlit.testing.v1 import AppTest

# -- st.user for a logged-out visitor ----------------------------------------------------


def test_user_is_a_logged_out_read_only_mapping() -> None:
    assert st.user.is_logged_in is False
    assert st.user["is_logged_in"] is False
    assert dict(st.user) == {"is_logged_in": False}
    assert st.user.to_dict() == {"is_logged_in": False}
    assert list(st.user.keys()) == ["is_logged_in"]
    assert list(st.user.values()) == [False]
    assert list(st.user.items()) == [("is_logged_in", False)]
    assert len(st.user) == 1
    assert "is_logged_in" in st.user
    assert "email" not in st.user
    assert st.user.get("email") is None
    assert st.user.get("email", "nobody") == "nobody"
    assert st.user == {"is_logged_in": False}
    # Plain copies work (the proxy answers dunder probes with AttributeError).
    assert copy.copy(st.user.to_dict()) == {"is_logged_in": False}


def test_user_missing_claims_raise_streamlits_errors() -> None:
    with pytest.raises(AttributeError, match='st.user has no attribute "email".'):
        _ = st.user.email
    with pytest.raises(KeyError, match='st.user has no key "email".'):
        _ = st.user["email"]


def test_user_cannot_be_modified() -> None:
    with pytest.raises(errors.StreamlitAPIException, match="st.user cannot be modified"):
        st.user.email = "me@example.com"
    with pytest.raises(errors.StreamlitAPIException, match="st.user cannot be modified"):
        st.user["email"] = "me@example.com"
    with pytest.raises(errors.StreamlitAPIException, match="st.user cannot be modified"):
        del st.user["is_logged_in"]
    assert dict(st.user) == {"is_logged_in": False}


def test_tokens_are_empty_and_read_only_when_logged_out() -> None:
    tokens = st.user.tokens
    assert len(tokens) == 0 and dict(tokens) == {} and tokens.to_dict() == {}
    assert st.user["tokens"].to_dict() == {}
    with pytest.raises(AttributeError, match='Token "id" is not exposed or does not exist.'):
        _ = tokens.id
    with pytest.raises(KeyError):
        _ = tokens["access"]
    with pytest.raises(errors.StreamlitAPIException, match="st.user.tokens cannot be modified"):
        tokens.id = "x"
    with pytest.raises(errors.StreamlitAPIException, match="st.user.tokens cannot be modified"):
        tokens["id"] = "x"


# -- st.login / st.logout -----------------------------------------------------------------


@pytest.mark.parametrize("call", [lambda: st.login(), lambda: st.login("google"), st.logout])
def test_login_and_logout_say_there_is_no_server(call) -> None:
    with pytest.raises(errors.StreamlitAuthError) as info:
        call()
    message = str(info.value)
    assert "needs a server" in message
    assert "OpenID Connect" in message
    assert "`st.user.is_logged_in` is False" in message
    assert "AppTest.user" in message


def test_login_in_an_app_shows_the_auth_error() -> None:
    at = AppTest.from_string(
        dedent(
            """
        import streamlit as st
        if not st.user.is_logged_in:
            st.write("guest")
            st.button("Log in", on_click=st.login)
        """
        )
    ).run()
    assert [m.value for m in at.markdown] == ["guest"]
    assert not at.exception
    at.button[0].click().run()
    [exc] = at.exception
    assert exc.type_name == "StreamlitAuthError"
    assert "`st.login()` needs a server" in exc.message


# -- AppTest.user ---------------------------------------------------------------------------

USER_APP = """
import streamlit as st
st.write(f"in={st.user.is_logged_in}")
st.write(f"email={st.user.get('email')}")
st.write(f"tokens={sorted(st.user.tokens)}")
if st.user.is_logged_in:
    st.write(f"name={st.user.name}")
    st.write(f"id={st.user.tokens.id}")
    st.button("Log out", on_click=st.logout)
    st.write(f"after={st.user.to_dict()}")
"""


def _texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_apptest_user_defaults_to_streamlits_test_user() -> None:
    at = AppTest.from_string(USER_APP)
    assert at.user == {"email": "test@example.com"}
    at.run()
    assert _texts(at) == ["in=False", "email=test@example.com", "tokens=[]"]


def test_apptest_user_mocks_a_logged_in_user_with_tokens() -> None:
    at = AppTest.from_string(USER_APP)
    at.user = {
        "is_logged_in": True,
        "name": "Ada",
        "email": "ada@example.com",
        "tokens": {"id": "id-token", "access": "access-token"},
    }
    at.run()
    assert not at.exception
    assert _texts(at)[:5] == [
        "in=True",
        "email=ada@example.com",
        "tokens=['access', 'id']",
        "name=Ada",
        "id=id-token",
    ]


def test_logout_clears_the_mocked_user_for_that_run_only() -> None:
    at = AppTest.from_string(
        dedent(
            """
            import streamlit as st
            if st.button("Log out"):
                st.logout()
            st.write(f"user={st.user.to_dict()}")
            """
        )
    )
    at.user = {"is_logged_in": True, "name": "Ada"}
    at.run()
    assert _texts(at) == ["user={'is_logged_in': True, 'name': 'Ada'}"]
    at.button[0].click().run()
    assert not at.exception
    assert _texts(at) == ["user={'is_logged_in': False}"]
    # The dict the test assigned is left as it was, and the next run sees it again.
    assert at.user == {"is_logged_in": True, "name": "Ada"}
    at.run()
    assert _texts(at) == ["user={'is_logged_in': True, 'name': 'Ada'}"]


def test_the_app_cannot_modify_the_mocked_user() -> None:
    at = AppTest.from_string("import streamlit as st\nst.user.name = 'Eve'")
    at.user = {"is_logged_in": True, "name": "Ada"}
    at.run()
    [exc] = at.exception
    assert exc.message == "st.user cannot be modified"
    assert at.user["name"] == "Ada"


# -- st.App ---------------------------------------------------------------------------------


def test_app_constructs_with_streamlits_arguments() -> None:
    app = st.App(
        Path("streamlit_app.py"),
        secrets={"key": "value"},
        lifespan=None,
        routes=[],
        middleware=[],
        on_script_error=None,
        exception_handlers={},
        debug=True,
    )
    assert app.script_path == Path("streamlit_app.py")
    assert st.App("app.py").script_path == "app.py"
    app.state.client = "db"
    app.state["other"] = 1
    assert app.state.client == "db" and app.state["client"] == "db" and "other" in app.state
    with pytest.raises(AttributeError):
        _ = st.App("app.py").state.client
    with pytest.raises(errors.StreamlitAPIException, match="`script_path` must be"):
        st.App(3)  # type: ignore[arg-type]


def test_app_cannot_be_served() -> None:
    app = st.App("streamlit_app.py")
    for start in (app.run, lambda: app.run(config={"server.port": 8501}), app.lifespan):
        with pytest.raises(errors.StreamlitAPIException) as info:
            start()
        message = str(info.value)
        assert "wasmlit has none" in message
        assert "`wasmlit run streamlit_app.py`" in message
        assert "`wasmlit build streamlit_app.py`" in message
    with pytest.raises(errors.StreamlitAPIException, match="served as an ASGI app"):
        asyncio.run(app({"type": "http"}, None, None))


# -- st.errors --------------------------------------------------------------------------------

BASES = {
    "StreamlitAuthError": (errors.StreamlitAPIException,),
    "StreamlitMissingAuthlibError": (errors.StreamlitAuthError,),
    "StreamlitComponentRegistryError": (errors.Error,),
    "StreamlitMaxRetriesError": (errors.Error,),
    "FragmentStorageKeyError": (errors.Error, KeyError),
    "FragmentHandledException": (Exception,),
    "StreamlitInvalidURLError": (errors.LocalizableStreamlitException,),
    "StreamlitInvalidThemeError": (errors.LocalizableStreamlitException,),
    "StreamlitInvalidThemeOptionError": (errors.StreamlitInvalidThemeError,),
    "StreamlitInvalidThemeSectionError": (errors.StreamlitInvalidThemeError,),
    "BidiComponentError": (errors.LocalizableStreamlitException,),
    "BidiComponentInvalidIdError": (errors.BidiComponentError,),
    "BidiComponentInvalidCallbackNameError": (errors.BidiComponentError,),
    "BidiComponentInvalidDefaultKeyError": (errors.BidiComponentError,),
    "BidiComponentUnserializableDataError": (errors.BidiComponentError,),
}


@pytest.mark.parametrize("name", sorted(BASES))
def test_error_classes_have_streamlits_bases(name: str) -> None:
    with streamlit_alias():
        import streamlit.errors  # the import path apps use

        cls = getattr(streamlit.errors, name)
    assert cls.__bases__ == BASES[name]
    assert getattr(st.errors, name) is cls


def test_error_messages() -> None:
    assert str(errors.StreamlitMissingAuthlibError()) == (
        "Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`."
    )
    url = errors.StreamlitInvalidURLError("ftp://x")
    assert str(url) == (
        '"ftp://x" is not a valid URL. You must use a fully qualified domain beginning with '
        '"http://", "https://", or "mailto:".'
    )
    assert url.kwargs["url"] == "ftp://x"
    assert '"http://" or "https://".' in str(
        errors.StreamlitInvalidURLError("x", ("http", "https"))
    )
    assert "`on_{event_name}_change`" in str(errors.BidiComponentInvalidCallbackNameError("on_x"))
    assert "Available state names: `none`" in str(
        errors.BidiComponentInvalidDefaultKeyError("k", [])
    )
    assert "`theme.dark.sidebar`" in str(errors.StreamlitInvalidThemeSectionError("theme.x"))
    assert "`id` of a bidirectional" in str(errors.BidiComponentInvalidIdError("id", "__"))
    assert "could not be serialized" in str(errors.BidiComponentUnserializableDataError())
    with pytest.raises(KeyError):
        raise errors.FragmentStorageKeyError("missing")
