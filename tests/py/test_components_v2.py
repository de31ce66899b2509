"""st.components.v2.component: the element, state and trigger values, callbacks, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.components.v2 import ComponentRenderer, component
from wasmlit.errors import (
    BidiComponentInvalidCallbackNameError,
    BidiComponentInvalidDefaultKeyError,
    BidiComponentInvalidIdError,
    BidiComponentUnserializableDataError,
    StreamlitAPIException,
)

APP = """
import streamlit as st

st.session_state.setdefault("log", [])

counter = st.components.v2.component(
    "counter",
    html="<button>+1</button>",
    css="button { color: red; }",
    js="export default function(c) {}",
)

def on_count():
    st.session_state.log.append("count")

def on_clicked():
    st.session_state.log.append("clicked")

result = counter(
    key="ctr",
    data={"step": 2},
    default={"count": 5},
    on_count_change=on_count,
    on_clicked_change=on_clicked,
)
st.write(f"count={result.count} clicked={result.clicked!r}")
st.write(f"state={dict(st.session_state.ctr)!r} log={st.session_state.log}")
st.write(f"attr={st.session_state.ctr.count}")
"""


def texts(at) -> list[str]:
    return [m.value for m in at.markdown]


def node(at):
    return at.get("component_v2")[0]


def test_element_props_and_defaults(make_app):
    at = make_app(APP).run()
    assert not at.exception
    assert texts(at) == ["count=5 clicked=None", "state={'count': 5} log=[]", "attr=5"]
    props = node(at).props
    assert props["name"] == "counter"
    assert props["html"] == "<button>+1</button>"
    assert props["css"] == "button { color: red; }"
    assert props["js"].startswith("export default")
    assert props["isolate_styles"] is True
    assert props["data_kind"] == "json"
    assert props["data"] == {"step": 2}
    assert props["state"] == {"count": 5}
    assert props["in_form"] is False
    assert props["width"] == "stretch" and props["height"] == "content"
    assert props["trigger_id"] != node(at).id


def test_state_persists_and_calls_its_callback_when_changed(make_app):
    at = make_app(APP).run()
    comp = node(at)
    at.session.rerun([{"id": comp.id, "value": {"count": 6}}])
    assert texts(at)[:2] == ["count=6 clicked=None", "state={'count': 6} log=['count']"]
    at.run()  # another run: the state stays
    assert texts(at)[0] == "count=6 clicked=None"
    at.session.rerun([{"id": comp.id, "value": {"count": 6}}])  # unchanged: no callback
    assert texts(at)[1] == "state={'count': 6} log=['count']"
    assert node(at).props["state"] == {"count": 6}


def test_trigger_lasts_one_run_and_calls_its_callback(make_app):
    at = make_app(APP).run()
    trigger_id = node(at).props["trigger_id"]
    payload = [{"event": "clicked", "value": "yes"}]
    at.session.rerun([{"id": trigger_id, "value": payload, "trigger": True}])
    assert texts(at)[:2] == [
        "count=5 clicked='yes'",
        "state={'count': 5, 'clicked': 'yes'} log=['clicked']",
    ]
    at.run()
    assert texts(at)[:2] == ["count=5 clicked=None", "state={'count': 5} log=['clicked']"]


def test_state_only_changes_the_changed_key_callback(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", [])
        comp = st.components.v2.component("two", js="export default () => {}")
        r = comp(
            key="k",
            on_a_change=lambda: st.session_state.calls.append("a"),
            on_b_change=lambda: st.session_state.calls.append("b"),
        )
        st.write(f"{r.get('a')} {r.get('b')} {st.session_state.calls}")
        """
    ).run()
    comp = node(at)
    at.session.rerun([{"id": comp.id, "value": {"a": 1}}])
    assert texts(at) == ["1 None ['a']"]
    at.session.rerun([{"id": comp.id, "value": {"a": 1, "b": 2}}])
    assert texts(at) == ["1 2 ['a', 'b']"]


def test_result_without_callbacks_has_state_only(make_app):
    at = make_app(
        """
        import streamlit as st
        comp = st.components.v2.component("plain", html="<p>hi</p>")
        r = comp()
        st.write(repr(dict(r)))
        st.write(f"{hasattr(r, 'missing')}")
        """
    ).run()
    assert texts(at) == ["{}", "False"]
    assert node(at).props["data_kind"] == "none"
    assert node(at).props["js"] is None


def test_bytes_and_dataframe_data(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        comp = st.components.v2.component("d", js="export default () => {}")
        comp(data=b"abc", key="b")
        comp(data=pd.DataFrame({"x": [1, 2]}), key="f")
        """
    ).run()
    first, second = at.get("component_v2")
    assert first.props["data_kind"] == "bytes" and first.props["data_bytes"] == b"abc"
    assert (
        second.props["data_kind"] == "arrow"
        and second.props["data_bytes"][:4] == b"\xff\xff\xff\xff"
    )


def test_dict_with_a_dataframe_sends_it_as_arrow(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        comp = st.components.v2.component("m", js="export default () => {}")
        comp(data={"title": "t", "df": pd.DataFrame({"x": [1]})})
        """
    ).run()
    props = node(at).props
    assert props["data_kind"] == "json"
    assert props["data"] == {"title": "t", "df": None}
    assert [f["key"] for f in props["data_frames"]] == ["df"]
    assert props["data_frames"][0]["data"][:4] == b"\xff\xff\xff\xff"


def test_unkeyed_identity_follows_data(make_app):
    at = make_app(
        """
        import streamlit as st
        comp = st.components.v2.component("d", js="export default () => {}")
        comp(data=1)
        comp(data=2)
        """
    ).run()
    assert not at.exception
    a, b = at.get("component_v2")
    assert a.id != b.id


def test_files_relative_to_the_script(make_app, tmp_path: Path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "comp.js").write_text("export default function () {}")
    (tmp_path / "assets" / "comp.css").write_text("p { color: blue }")
    at = make_app(
        """
        import streamlit as st
        comp = st.components.v2.component(
            "files", html="<p>x</p>", css="assets/*.css", js="assets/comp.js"
        )
        comp()
        """
    ).run()
    assert not at.exception
    props = node(at).props
    assert props["js"] == "export default function () {}"
    assert props["css"] == "p { color: blue }"


def test_bad_paths_and_missing_content():
    with pytest.raises(StreamlitAPIException, match="exactly one file"):
        component("x", js="missing.js")
    with pytest.raises(StreamlitAPIException, match="not allowed"):
        component("x", js="../secret.js")
    with pytest.raises(StreamlitAPIException, match="needs html, js"):
        component("x", css="p { }")
    with pytest.raises(StreamlitAPIException, match="must be a string"):
        component("x", html="<p/>", css=3)  # type: ignore[arg-type]
    renderer = component("x", html="<p/>", isolate_styles=False)
    assert isinstance(renderer, ComponentRenderer)
    assert renderer.isolate_styles is False


@pytest.mark.parametrize(
    ("call", "error"),
    [
        ("comp(on__change=lambda: None)", BidiComponentInvalidCallbackNameError),
        ("comp(default={'x': 1})", BidiComponentInvalidDefaultKeyError),
        ("comp(data={1, 2})", BidiComponentUnserializableDataError),
        ("comp(key='a__b')", BidiComponentInvalidIdError),
    ],
)
def test_errors(make_app, call: str, error: type[Exception]):
    at = make_app(
        f"""
        import streamlit as st
        comp = st.components.v2.component("e", js="export default () => {{}}")
        {call}
        """
    ).run()
    assert at.exception
    assert at.exception[0].type_name == error.__name__


def test_in_form_callbacks_allowed_and_flagged(make_app):
    at = make_app(
        """
        import streamlit as st
        comp = st.components.v2.component("f", js="export default () => {}")
        with st.form("f"):
            comp(key="in", on_v_change=lambda: None)
            st.form_submit_button()
        """
    ).run()
    assert not at.exception
    assert node(at).props["in_form"] is True
