"""st.cache_data: keys, copies, ttl, max_entries, clear, replay, spinner, persist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cache_helpers import LOG, MakeApp, calls, texts

from wasmlit.caching import storage
from wasmlit.caching.durations import size_bytes, ttl_seconds
from wasmlit.caching.errors import BadTTLStringError
from wasmlit.errors import StreamlitBadTimeStringError
from wasmlit.testing.v1 import AppTest


def test_miss_then_hit_and_copies(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data
def load(n):
    note(n)
    return {"rows": list(range(n))}

data = load(3)
st.write(f"rows={data['rows']}")
data["rows"].append("mutated")   # must not reach the cache
st.write(f"again={load(3)['rows']}")
"""
    )
    at.run()
    assert calls(at) == ["3"]
    assert texts(at) == ["rows=[0, 1, 2]", "again=[0, 1, 2]"]
    at.run()
    assert calls(at) == ["3"]
    assert texts(at) == ["rows=[0, 1, 2]", "again=[0, 1, 2]"]
    assert not at.exception


def test_arguments_by_value_positional_and_keyword(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data
def f(a, b=2, *rest, **opts):
    note(f"{a}-{b}-{rest}-{sorted(opts)}")
    return a

f(1); f(a=1); f(1, 2); f(1, b=2)     # one entry: defaults are applied
f([1, 2], 3); f([1, 2], 3)           # lists by value
f(1, 2, 3, x=1); f(1, 2, 3, x=1)
f(1, 2, 3, x=2)
"""
    )
    at.run()
    assert calls(at) == ["1-2-()-[]", "[1, 2]-3-()-[]", "1-2-(3,)-['x']", "1-2-(3,)-['x']"]


def test_ttl_with_the_injectable_clock(make_app: MakeApp, clock: list[float]) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data(ttl="1m 30s")
def f():
    note("ran")
    return 1

f()
"""
    )
    at.run()
    clock[0] = 89.0
    at.run()
    assert calls(at) == ["ran"]
    clock[0] = 90.5
    at.run()
    assert calls(at) == ["ran", "ran"]


def test_ttl_values() -> None:
    from datetime import timedelta

    assert ttl_seconds(None) == float("inf")
    assert ttl_seconds(5) == 5.0
    assert ttl_seconds(timedelta(minutes=2)) == 120.0
    assert ttl_seconds("1d") == 86400.0
    assert ttl_seconds("2h 30m") == 9000.0
    assert ttl_seconds("1h23s") == 3623.0
    assert ttl_seconds("1.5 days") == 129600.0
    assert ttl_seconds("1 hour, 2 minutes") == 3720.0
    assert ttl_seconds("5") == 5e-9  # pandas reads a bare number as nanoseconds
    with pytest.raises(BadTTLStringError, match="Time string doesn't look right"):
        ttl_seconds("soon")
    with pytest.raises(StreamlitBadTimeStringError, match="Got: soon"):
        ttl_seconds("soon")
    assert size_bytes("2gb") == 2 * 1024**3
    assert size_bytes("100 MB") == 100 * 1024**2
    assert size_bytes(None) is None


def test_max_entries_evicts_the_oldest(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data(max_entries=2)
def f(x):
    note(x)
    return x

for x in st.session_state.get("order", [1, 2, 3]):
    f(x)
"""
    )
    at.run()  # 1, 2, 3: 1 is evicted
    at.session_state["order"] = [3, 2, 1]
    at.run()  # 3 and 2 hit; 1 runs again and evicts 3
    assert calls(at) == ["1", "2", "3", "1"]


def test_pandas_and_numpy_arguments_hash_by_value(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
import numpy as np
import pandas as pd

@st.cache_data
def total(df, arr):
    note("ran")
    return float(df["a"].sum() + arr.sum())

shift = st.session_state.get("shift", 0)
st.write(str(total(pd.DataFrame({"a": [1, 2, 3 + shift]}), np.arange(4))))
"""
    )
    at.run(timeout=60)  # the first import of pandas is slow
    at.run()  # new but equal objects: a hit
    assert calls(at) == ["ran"]
    at.session_state["shift"] = 1
    at.run()
    assert calls(at) == ["ran", "ran"]
    assert texts(at) == ["13.0"]


def test_pil_images_hash_by_pixels(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
from PIL import Image

@st.cache_data
def size(img):
    note("ran")
    return img.size

color = st.session_state.get("color", "red")
size(Image.new("RGB", (4, 4), "red")); size(Image.new("RGB", (4, 4), color))
"""
    )
    at.run(timeout=60)
    assert calls(at) == ["ran"]
    at.session_state["color"] = "blue"
    at.run()
    assert calls(at) == ["ran", "ran"]


def test_functions_dataclasses_and_hash_funcs(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
import threading
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Conn:
    def __init__(self, url):
        self.url = url
        self.lock = threading.Lock()   # unpicklable

@st.cache_data
def by_point(p, fn):
    note(f"point{p.x}")
    return fn(p.x)

@st.cache_data(hash_funcs={Conn: lambda c: c.url})
def by_type(conn):
    note(f"type-{conn.url}")

@st.cache_data(hash_funcs={"__main__.Conn": lambda c: c.url})
def by_name(conn):
    note(f"name-{conn.url}")

by_point(Point(1, 2), abs); by_point(Point(1, 2), abs); by_point(Point(2, 2), abs)
by_type(Conn("a")); by_type(Conn("a")); by_type(Conn("b"))
by_name(Conn("a")); by_name(Conn("a"))
"""
    )
    at.run()
    assert not at.exception
    assert calls(at) == ["point1", "point2", "type-a", "type-b", "name-a"]


def test_underscore_parameters_are_not_hashed(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
import threading

@st.cache_data
def query(_conn, sql):
    note(sql)
    return sql

query(threading.Lock(), "a"); query(threading.Lock(), "a"); query(None, "b")
"""
    )
    at.run()
    assert calls(at) == ["a", "b"]


def test_unhashable_argument_shows_streamlits_error(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st
import threading

@st.cache_data
def query(conn):
    return 1

query(threading.Lock())
"""
    )
    at.run()
    exc = at.exception[0]
    assert exc.props["type_name"] == "UnhashableParamError"
    assert "Cannot hash argument 'conn' (of type `_thread.lock`) in 'query'." in exc.message
    assert "def query(_conn, ...):" in exc.message


def test_unpicklable_return_value_shows_streamlits_error(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st
import threading

@st.cache_data
def make():
    return threading.Lock()

make()
"""
    )
    at.run()
    exc = at.exception[0]
    assert exc.props["type_name"] == "UnserializableReturnValueError"
    assert "Cannot serialize the return value (of type `_thread.lock`) in `make()`" in exc.message


def test_clear_one_entry_the_function_and_everything(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data
def f(x):
    note(f"f{x}")

@st.cache_data
def g():
    note("g")

f(1); f(2); g()
action = st.session_state.pop("action", None)
if action == "one":
    f.clear(1)
elif action == "function":
    f.clear()
elif action == "all":
    st.cache_data.clear()
"""
    )
    at.run()
    assert calls(at) == ["f1", "f2", "g"]
    at.session_state["action"] = "one"
    at.run()
    at.run()
    assert calls(at) == ["f1", "f2", "g", "f1"]
    at.session_state["action"] = "function"
    at.run()
    at.run()
    assert calls(at)[4:] == ["f1", "f2"]
    at.session_state["action"] = "all"
    at.run()
    at.run()
    assert calls(at)[6:] == ["f1", "f2", "g"]


def test_methods_and_their_clear(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
class Repo:
    @st.cache_data
    def fetch(_self, key):
        note(key)
        return key.upper()

repo = Repo()
st.write(repo.fetch("a"), Repo().fetch("a"))
if st.session_state.pop("clear", False):
    repo.fetch.clear("a")
"""
    )
    at.run()
    assert texts(at) == ["A A"]
    at.session_state["clear"] = True
    at.run()
    at.run()
    assert calls(at) == ["a", "a"]


def test_elements_written_inside_are_replayed_on_a_hit(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data
def report(n):
    note(n)
    st.subheader(f"report {n}")
    with st.expander("details"):
        st.write(f"{n} rows")
    st.sidebar.caption("from the cache")
    return n

st.write("before")
where = st.session_state.get("where", "main")
if where == "main":
    report(2)
else:
    with st.columns(2)[1]:
        report(2)
st.write("after")
"""
    )
    at.run()
    first = texts(at)
    at.run()
    assert calls(at) == ["2"]
    assert texts(at) == first == ["before", "2 rows", "after"]
    assert [s.value for s in at.subheader] == ["report 2"]
    assert [e.label for e in at.expander] == ["details"]
    assert [c.value for c in at.sidebar.caption] == ["from the cache"]
    # A hit inside another container writes there, like the call would.
    at.session_state["where"] = "column"
    at.run()
    assert calls(at) == ["2"]
    column = at.columns[1]
    assert [s.value for s in column.subheader] == ["report 2"]
    assert [str(m.value) for m in column.markdown] == ["2 rows"]


def test_widgets_in_a_cached_function_raise_cached_widget_warning(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st

@st.cache_data
def pick():
    return st.selectbox("choose", ["a", "b"])

pick()
"""
    )
    at.run()
    exc = at.exception[0]
    assert exc.props["type_name"] == "CachedWidgetWarning"
    assert "Your script uses a widget command in a cached function" in exc.message


def spinners(at: AppTest) -> list[dict[str, object]]:
    return [
        m["node"]["props"]
        for m in at.messages
        if m["type"] == "delta" and m["node"]["type"] == "spinner"
    ]


def test_spinner_text_like_streamlit(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st

@st.cache_data
def load(x):
    return x

@st.cache_data
def noargs():
    return 1

@st.cache_data(show_spinner="Fetching data...", show_time=True)
def custom():
    return 1

@st.cache_data(show_spinner=False)
def quiet():
    return 1

load(1); noargs(); custom(); quiet()
"""
    )
    at.run()
    assert spinners(at) == [
        {"text": "Running `load(...)`.", "show_time": False, "width": "content"},
        {"text": "Running `noargs()`.", "show_time": False, "width": "content"},
        {"text": "Fetching data...", "show_time": True, "width": "content"},
    ]
    assert not at.get("spinner")  # each spinner is replaced once its function returns
    before = len(spinners(at))
    at.run()
    assert len(spinners(at)) == before  # hits show no spinner


def test_source_code_is_part_of_the_key(make_app: MakeApp) -> None:
    source = LOG + "\n@st.cache_data\ndef f():\n    note('ran')\n    return {}\n\nf()\n"
    at = make_app(source)
    at.run()
    at.run()
    assert calls(at) == ["ran"]
    path = Path(at.session.script_path)
    path.write_text(source.replace("return {}", "return {'changed': True}"))
    at.run()
    assert calls(at) == ["ran", "ran"]


def test_cache_is_shared_by_sessions_unless_scope_is_session(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        LOG
        + """
@st.cache_data
def shared():
    note("shared")

@st.cache_data(scope="session")
def own():
    note("own")

shared(); own()
"""
    )
    first = AppTest.from_file(str(script)).run()
    second = AppTest.from_file(str(script)).run()
    assert calls(second) == ["shared", "own", "own"]
    first.run()
    assert calls(first) == ["shared", "own", "own"]


def test_persist_disk_survives_a_new_process_state(make_app: MakeApp, tmp_path: Path) -> None:
    previous = storage.set_persist_store(storage.DirPersistStore(str(tmp_path / "persist")))
    try:
        at = make_app(
            LOG
            + """
@st.cache_data(persist="disk", ttl=1)
def load():
    note("ran")
    st.caption("computed")
    return [1, 2]

st.write(str(load()))
"""
        )
        at.run()
        assert list((tmp_path / "persist").rglob("*.pickle"))
        storage._CACHES.clear()  # as after a page reload: memory is gone, the store is not
        at.run()
        assert calls(at) == ["ran"]
        assert [c.value for c in at.caption] == ["computed"]
        assert texts(at) == ["[1, 2]"]
    finally:
        storage.set_persist_store(previous)


def test_invalid_options_raise(make_app: MakeApp) -> None:
    at = make_app(
        """
import streamlit as st

@st.cache_data(persist="memory")
def f():
    return 1
"""
    )
    at.run()
    assert "Unsupported persist option 'memory'" in at.exception[0].message


def test_the_core_never_imports_data_libraries() -> None:
    code = (
        "import sys, wasmlit.caching.hashing as h, wasmlit.st as st\n"
        "st.cache_data; hasher = h.ArgHasher(); hasher.update([1, {'a': (2.0, None)}])\n"
        "print(sorted(m for m in ('numpy', 'pandas', 'PIL') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_host_persist_store_reads_its_copy_and_sends_every_change() -> None:
    from wasmlit.caching.browser_store import HostPersistStore

    sent: list[tuple[str, str, bytes | None]] = []
    store = HostPersistStore([("fn/a", b"1"), ("fn/b", b"2")], lambda *op: sent.append(op))
    assert store.get("any app", "fn/a") == b"1"
    store.put("app", "other/c", b"3")
    store.delete_prefix("app", "fn/")
    assert len(store) == 1 and store.get("app", "other/c") == b"3"
    assert sent == [("put", "other/c", b"3"), ("delete_prefix", "fn/", None)]

    def broken(*op: object) -> None:
        raise RuntimeError("IndexedDB is gone")

    quiet = HostPersistStore([], broken)
    quiet.put("app", "k", b"x")  # persistence is best effort: no error reaches the app
    assert quiet.get("app", "k") == b"x"


def test_nested_cached_functions_and_placeholders_replay(make_app: MakeApp) -> None:
    at = make_app(
        LOG
        + """
@st.cache_data(show_spinner=False)
def inner(x):
    note(f"inner{x}")
    st.text(f"inner {x}")
    return x

@st.cache_data(show_spinner=False)
def outer(_slot):
    note("outer")
    _slot.text("filled")
    st.text("outer")
    return inner(1) + inner(2)

slot = st.empty()
st.text(f"sum {outer(slot)}")
"""
    )
    at.run()
    first = [t.value for t in at.text]
    at.run()
    assert calls(at) == ["outer", "inner1", "inner2"]
    assert [t.value for t in at.text] == first == ["filled", "outer", "inner 1", "inner 2", "sum 3"]
