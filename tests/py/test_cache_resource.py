"""st.cache_resource: one shared object per key, shared by the app's sessions."""

from __future__ import annotations

from pathlib import Path

from cache_helpers import LOG, MakeApp, calls, texts

from wasmlit.testing.v1 import AppTest


def test_the_same_object_every_time(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
import threading

@st.cache_resource
def connect(url):
    note(url)
    return {"url": url, "lock": threading.Lock(), "uses": []}   # unpicklable: fine here

conn = connect("db")
conn["uses"].append(1)                      # mutations are shared
st.write(f"same={conn is connect('db')} uses={len(conn['uses'])}")
"""
    )
    at.run()
    assert texts(at) == ["same=True uses=1"]
    at.run()
    assert texts(at) == ["same=True uses=2"]
    assert calls(at) == ["db"]


def test_shared_by_sessions_of_one_app_not_across_apps(tmp_path: Path) -> None:
    source = (
        LOG
        + "\n@st.cache_resource\ndef model():\n    note('load')\n    return object()\n\nmodel()\n"
    )
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "app.py").write_text(source)
    a1 = AppTest.from_file(str(tmp_path / "one" / "app.py")).run()
    AppTest.from_file(str(tmp_path / "one" / "app.py")).run()
    a1.run()
    assert calls(a1) == ["load"]
    other = AppTest.from_file(str(tmp_path / "two" / "app.py")).run()
    assert calls(other) == ["load"]


def test_validate_rebuilds_a_stale_resource(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_resource(validate=lambda conn: not conn["closed"])
def connect():
    note("connect")
    return {"closed": False}

conn = connect()
if st.session_state.pop("close", False):
    conn["closed"] = True
"""
    )
    at.run()
    at.run()
    assert calls(at) == ["connect"]
    at.session_state["close"] = True
    at.run()  # closes it after use
    at.run()  # validate says no: connect again
    assert calls(at) == ["connect", "connect"]


def test_ttl_max_entries_and_on_release(make_app: MakeApp, clock: list[float]) -> None:
    at = make_app(
        LOG
        + """
@st.cache_resource(ttl=10, max_entries=2, on_release=lambda r: note(f"release-{r}"))
def res(x):
    note(f"make-{x}")
    return x

for x in st.session_state.get("keys", [1, 2]):
    res(x)
"""
    )
    at.run()
    at.session_state["keys"] = [3]
    at.run()  # evicts 1
    assert calls(at) == ["make-1", "make-2", "make-3", "release-1"]
    clock[0] = 11
    at.session_state["keys"] = [2]
    at.run()  # 2 expired
    assert calls(at)[4:] == ["release-2", "make-2"]


def test_clear_one_all_and_everything(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_resource
def res(x):
    note(x)
    return [x]

res(1); res(2)
action = st.session_state.pop("action", None)
if action == "one":
    res.clear(2)
elif action == "all":
    st.cache_resource.clear()
"""
    )
    at.run()
    at.session_state["action"] = "one"
    at.run()
    at.run()
    assert calls(at) == ["1", "2", "2"]
    at.session_state["action"] = "all"
    at.run()
    at.run()
    assert calls(at)[3:] == ["1", "2"]


def test_replay_and_spinner(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_resource(show_spinner="Loading the model...", show_time=True)
def model():
    note("load")
    st.success("model loaded")
    return object()

model()
"""
    )
    at.run()
    at.run()
    assert calls(at) == ["load"]
    assert [s.value for s in at.success] == ["model loaded"]
    spinners = [
        m["node"]["props"]
        for m in at.messages
        if m["type"] == "delta" and m["node"]["type"] == "spinner"
    ]
    assert spinners == [{"text": "Loading the model...", "show_time": True, "width": "content"}]


def test_unhashable_argument_names_cache_resource(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st
import threading

@st.cache_resource
def wrap(lock):
    return lock

wrap(threading.Lock())
"""
    )
    at.run()
    message = at.exception[0].message
    assert "Cannot hash argument 'lock'" in message
    assert "@st.cache_resource\ndef wrap(_lock, ...):" in message


def test_widgets_inside_raise_cached_widget_warning(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st

@st.cache_resource
def ask():
    return st.button("go")

ask()
"""
    )
    at.run()
    assert at.exception[0].props["type_name"] == "CachedWidgetWarning"
