"""st.query_params (mapping API, history, back/forward) and st.context, through AppTest."""

from __future__ import annotations

import json

import pytest

from wasmlit.protocol.messages import check_message
from wasmlit.runtime.browser_context import BrowserInfo
from wasmlit.runtime.navigation import PageRequest
from wasmlit.testing.v1 import AppTest

MAPPING = """
import streamlit as st
qp = st.query_params
out = {"start": qp.to_dict(), "tags": qp.get_all("tag"), "last_tag": qp["tag"]}
qp["a"] = 1
qp.b = "two"
qp["many"] = ["x", "y"]
out["after_set"] = qp.to_dict()
out["many"] = qp.get_all("many")
out["attr"] = qp.a
out["in"] = ["a" in qp, "zz" in qp]
out["len"] = len(qp)
out["iter"] = list(qp)
out["get"] = [qp.get("zz", "dflt"), qp.get("b")]
del qp["a"]
del qp.b
out["after_del"] = sorted(qp)
for bad in ("qp.nope", "qp['nope']", "qp.get_all('nope')"):
    try:
        out[bad] = eval(bad)
    except (AttributeError, KeyError) as exc:
        out[bad] = str(exc)
try:
    qp["d"] = {"x": 1}
except st.errors.StreamlitQueryParamDictValueError as exc:
    out["dict"] = str(exc)
qp.from_dict({"p": "1", "q": ["2", "3"]})
out["from_dict"] = [qp.to_dict(), qp.get_all("q")]
qp.clear()
out["cleared"] = qp.to_dict()
st.json(out)
"""


def test_query_params_mapping_api():
    at = AppTest.from_string(MAPPING)
    at.query_params.replace_all("tag=a&tag=b&keep=1")
    at.run()
    assert not at.exception
    out = json.loads(at.json[0].value)
    assert out["start"] == {"tag": "b", "keep": "1"}
    assert out["tags"] == ["a", "b"]
    assert out["last_tag"] == "b"
    assert out["after_set"] == {"tag": "b", "keep": "1", "a": "1", "b": "two", "many": "y"}
    assert out["many"] == ["x", "y"]
    assert out["attr"] == "1"
    assert out["in"] == [True, False]
    assert out["len"] == 5
    assert out["iter"] == ["tag", "keep", "a", "b", "many"]
    assert out["get"] == ["dflt", "two"]
    assert out["after_del"] == ["keep", "many", "tag"]
    assert out["qp.nope"] == 'st.query_params has no attribute "nope".'
    assert out["qp['nope']"] == "'st.query_params has no key \"nope\".'"
    assert out["qp.get_all('nope')"] == []
    assert out["dict"] == "You cannot set a query params key `d` to a dictionary."
    assert out["from_dict"] == [{"p": "1", "q": "3"}, ["2", "3"]]
    assert out["cleared"] == {}
    assert at.query_params.query_string() == ""


EMBED = """
import streamlit as st
st.write(repr(st.query_params.to_dict()), "embed" in st.query_params, st.context.is_embedded)
try:
    st.query_params["Embed"] = "false"
except st.errors.StreamlitAPIException as exc:
    st.text(str(exc))
st.query_params.clear()
"""


@pytest.mark.parametrize(
    ("query", "embedded"),
    [
        ("embed=true&a=1", True),
        ("EMBED=True&a=1", True),
        ("embed=false&a=1", False),
        ("a=1", False),
    ],
)
def test_embed_params_are_hidden_kept_and_decide_is_embedded(query, embedded):
    at = AppTest.from_string(EMBED)
    at.query_params.replace_all(query)
    at.run()
    assert at.markdown[0].value == f"{{'a': '1'}} `False` `{embedded}`"
    assert at.text[0].value == (
        "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
    )
    # clear() keeps the embedding parameter in the URL.
    kept = "&".join(p for p in query.split("&") if p.lower().startswith("embed="))
    assert at.query_params.query_string() == kept


def _query_messages(rec):
    return [m for m in rec.messages if m["type"] == "query_params"]


COUNTER = """
import streamlit as st
st.query_params.setdefault("n", "0")
if st.button("Next"):
    st.query_params["n"] = int(st.query_params["n"]) + 1
st.write("n is", st.query_params["n"])
"""


def test_history_mode_first_run_replaces_user_actions_push(session_for):
    session, rec = session_for(COUNTER)
    session.rerun()
    assert _query_messages(rec) == [
        {"type": "query_params", "query_string": "n=0", "history": "replace"}
    ]
    button = rec.deltas()[0]["node"]["id"]
    session.rerun([{"id": button, "value": True, "trigger": True}])
    assert _query_messages(rec)[-1] == {
        "type": "query_params",
        "query_string": "n=1",
        "history": "push",
    }


def test_back_forward_reruns_with_the_urls_params_without_a_new_entry(session_for):
    session, rec = session_for(COUNTER, query_string="?n=0")
    session.rerun()
    button = rec.deltas()[0]["node"]["id"]
    for _ in range(2):
        session.rerun([{"id": button, "value": True, "trigger": True}])
    assert session.query_params["n"] == "2"
    sent = len(_query_messages(rec))
    # The browser went back to ?n=1: the run sees it and sends nothing (the URL shows it).
    session.rerun(page=PageRequest(url_path="", query_string="n=1", history=True))
    assert rec.deltas()[-1]["node"]["props"]["body"] == "n is 1"
    assert len(_query_messages(rec)) == sent
    # A change made by a back/forward run replaces the entry instead of adding one.
    session.rerun(page=PageRequest(url_path="", query_string="", history=True))
    assert _query_messages(rec)[-1] == {
        "type": "query_params",
        "query_string": "n=0",
        "history": "replace",
    }


BOUND = """
import streamlit as st
if st.session_state.get("force"):
    st.session_state["size"] = "S"
size = st.selectbox("Size", ["S", "M", "L"], index=1, key="size", bind="query-params",
                    on_change=lambda: st.session_state.update(changed=True))
st.write(f"size {size} changed {st.session_state.get('changed', False)}")
"""


def test_back_forward_updates_bound_widgets(session_for):
    session, rec = session_for(BOUND, query_string="?size=L")
    session.rerun()
    assert rec.deltas()[-1]["node"]["props"]["body"] == "size L changed False"

    def back(query: str) -> str:
        session.rerun(page=PageRequest(url_path="", query_string=query, history=True))
        return str(rec.deltas()[-1]["node"]["props"]["body"])

    assert back("size=S") == "size S changed False"  # no on_change for restored values
    assert back("") == "size M changed False"  # a missing parameter: the default
    assert back("size=nope") == "size M changed False"  # invalid: the default
    session.state["force"] = True  # the script assigns the key before the widget...
    assert back("size=L") == "size L changed False"  # ...but the URL wins


CONTEXT = """
import streamlit as st
c = st.context
st.json({
    "locale": c.locale, "timezone": c.timezone, "offset": c.timezone_offset, "url": c.url,
    "theme": [c.theme.type, c.theme["type"]], "ip": c.ip_address, "embedded": c.is_embedded,
    "cookies": c.cookies.to_dict(), "headers": c.headers.to_dict(),
    "ua": [c.headers["user-agent"], c.headers.get_all("USER-AGENT")],
    "item": [c["locale"], "locale" in c, "nope" in c],
})
import operator
for attempt in ("operator.setitem(c.cookies, 'x', '1')", "setattr(c, 'locale', 'fr')"):
    try:
        eval(attempt)
    except (AttributeError, TypeError) as exc:
        st.text(type(exc).__name__)
"""

WIRE = {
    "locale": "de-DE",
    "timezone": "Europe/Berlin",
    "timezone_offset": -60,
    "url": "https://example.org/app/",
    "theme": "dark",
    "cookies": {"flavour": "mint"},
    "headers": {
        "Host": "example.org",
        "User-Agent": "Test/1.0",
        "Accept-Language": "de-DE,de;q=0.9",
    },
}


def test_context_from_the_browser(session_for):
    check_message({"type": "rerun", "updates": [], "context": WIRE}, "ui_to_worker")
    session, rec = session_for(CONTEXT)
    session.rerun(context=WIRE)
    out = json.loads(rec.deltas()[0]["node"]["props"]["body"])
    assert out == {
        "locale": "de-DE",
        "timezone": "Europe/Berlin",
        "offset": -60,
        "url": "https://example.org/app/",
        "theme": ["dark", "dark"],
        "ip": None,
        "embedded": False,
        "cookies": {"flavour": "mint"},
        "headers": WIRE["headers"],
        "ua": ["Test/1.0", ["Test/1.0"]],
        "item": ["de-DE", True, False],
    }
    texts = [d["node"]["props"]["body"] for d in rec.deltas()[1:]]
    assert texts == ["TypeError", "AttributeError"]
    # A rerun without context keeps the last one.
    session.rerun()
    assert json.loads(rec.deltas()[-3]["node"]["props"]["body"])["locale"] == "de-DE"


def test_apptest_context_is_settable():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write(st.context.locale, st.context.timezone, st.context.theme.type, "
        "st.context.is_embedded)\n"
    )
    at.run()
    assert at.markdown[0].value == "`None` `None` `None` `False`"
    at.context = {"locale": "fr-FR", "theme": "light"}
    at.context.timezone = "Asia/Tokyo"
    at.context.is_embedded = True
    at.run()
    assert at.markdown[0].value == "fr-FR Asia/Tokyo light `True`"
    at.context = BrowserInfo(locale="en-GB")
    at.run()
    assert at.markdown[0].value == "en-GB `None` `None` `False`"
    with pytest.raises(AttributeError):
        at.context = {"colour": "red"}
