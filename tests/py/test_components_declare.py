"""components.v1.declare_component: the element, the widget value and AppTest."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from wasmlit.elements.component_instance import _deserialize

APP = """
import streamlit as st
import streamlit.components.v1 as components

comp = components.declare_component("counter", path="frontend")

def changed():
    st.session_state.log = st.session_state.get("log", 0) + 1

value = comp(greeting="hi", n=3, default=0, key="c", on_change=changed)
st.write(f"value={value!r}")
st.write(f"state={st.session_state.c!r} log={st.session_state.get('log', 0)}")
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    build = tmp_path / "frontend"
    (build / "assets").mkdir(parents=True)
    (build / "index.html").write_text("<script src='./assets/main.js'></script>")
    (build / "assets" / "main.js").write_text("console.log(1)")
    return build


def texts(at) -> list[str]:
    return [m.value for m in at.markdown]


def test_default_value_key_and_element(make_app, folder: Path):
    at = make_app(APP).run()
    assert texts(at) == ["value=0", "state=0 log=0"]
    comp = at.get("component_instance")[0]
    assert comp.type == "component_instance"
    assert comp.value == 0
    props = comp.props
    assert props["name"] == "app.counter"
    assert props["url"] is None
    assert props["args"] == {"greeting": "hi", "n": 3}
    files = {f["path"]: f["data"] for f in props["files"]}
    assert sorted(files) == ["assets/main.js", "index.html"]
    assert files["assets/main.js"] == b"console.log(1)"
    assert len(props["files_id"]) == 20


def test_value_from_the_component_calls_on_change(make_app, folder: Path):
    at = make_app(APP).run()
    comp = at.get("component_instance")[0]
    assert comp.id is not None
    # What the UI sends for Streamlit.setComponentValue({clicks: 2}).
    wire = {"data_type": "json", "value": {"clicks": 2}}
    at.session.rerun([{"id": comp.id, "value": wire}])
    assert texts(at) == ["value={'clicks': 2}", "state={'clicks': 2} log=1"]
    at.session.rerun([{"id": comp.id, "value": wire}])  # unchanged: no callback
    assert texts(at)[1] == "state={'clicks': 2} log=1"
    at._set_pending(comp.id, "set in a test")  # AppTest's own way, with a Python value
    at.run()
    assert texts(at) == ["value='set in a test'", "state='set in a test' log=2"]


def test_session_state_sets_the_value(make_app, folder: Path):
    at = make_app(APP)
    at.session_state.c = 41
    at.run()
    assert texts(at)[0] == "value=41"


def test_url_component_and_dataframe_args(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        from streamlit.components.v1 import declare_component

        comp = declare_component("grid", url="http://localhost:3001")
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=[10, 20])
        st.write(repr(comp(data=df, label="t")))
        st.write(repr(comp(data=df, label="u", default="d")))
        """
    ).run()
    assert texts(at) == ["None", "'d'"]
    first = at.get("component_instance")[0].props
    assert first["url"] == "http://localhost:3001"
    assert first["files"] is None
    assert first["args"] == {"label": "t"}
    (arg,) = first["dfs"]
    assert arg["key"] == "data"
    read = lambda b: pa.ipc.open_stream(b).read_all().to_pandas()  # noqa: E731
    assert read(arg["data"]).to_dict("list") == {"0": [1, 2], "1": ["x", "y"]}
    assert read(arg["index"])["0"].to_list() == [10, 20]
    assert read(arg["columns"])["0"].to_list() == ["a", "b"]


def test_wire_values():
    assert _deserialize(None) is None
    assert _deserialize({"data_type": "bytes", "value": b"\x01"}) == b"\x01"
    table = pa.table({"x": [1, 2]})
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    frame = _deserialize({"data_type": "dataframe", "value": sink.getvalue()})
    assert isinstance(frame, pd.DataFrame) and frame["x"].to_list() == [1, 2]


def test_errors(make_app, tmp_path: Path):
    at = make_app(
        """
        import streamlit.components.v1 as components
        components.declare_component("x", path="missing")()
        """
    ).run()
    assert "No index.html" in at.exception[0].value
    at = make_app(
        """
        import streamlit.components.v1 as components
        components.declare_component("x", url="http://a")(object(), key="k")
        """
    ).run()
    assert "needs a label" in at.exception[0].value
    at = make_app(
        """
        import streamlit.components.v1 as components
        components.declare_component("x")
        """
    ).run()
    assert "Either 'path' or 'url'" in at.exception[0].value


# --- the folder's files travel once per session -------------------------------

TWICE = """
import streamlit.components.v1 as components

comp = components.declare_component("counter", path="frontend")
comp(n=1, key="a")
comp(n=2, key="b")
"""


def _bytes_in(value: object) -> int:
    """Total size of every bytes value inside a message."""
    if isinstance(value, bytes | bytearray | memoryview):
        return len(value)
    if isinstance(value, dict):
        return sum(_bytes_in(v) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(_bytes_in(v) for v in value)
    return 0


def _components(recorder) -> list[dict]:
    return [
        d["node"]["props"]
        for d in recorder.deltas()
        if d["node"].get("type") == "component_instance"
    ]


def test_files_are_sent_once_per_session(session_for, folder: Path):
    session, recorder = session_for(TWICE)
    session.rerun([])
    first, second = _components(recorder)
    assert sorted(f["path"] for f in first["files"]) == ["assets/main.js", "index.html"]
    assert second["files"] is None  # the same folder, shown again in the same run
    assert second["files_id"] == first["files_id"]
    recorder.clear()
    session.rerun([])
    props = _components(recorder)
    assert [p["files"] for p in props] == [None, None]
    assert [p["files_id"] for p in props] == [first["files_id"]] * 2
    assert _bytes_in(recorder.messages) == 0  # no file bytes at all on the second run
    # A new session (a page reload) is sent the files again.
    other, other_recorder = session_for(TWICE)
    other.rerun([])
    assert _components(other_recorder)[0]["files"] is not None


def test_changed_folder_is_sent_again(session_for, folder: Path):
    session, recorder = session_for(TWICE)
    session.rerun([])
    old_id = _components(recorder)[0]["files_id"]
    (folder / "assets" / "main.js").write_text("console.log('a save with new code')")
    recorder.clear()
    session.reload_files()  # what a live-reload save does
    first, second = _components(recorder)
    assert first["files_id"] != old_id
    files = {f["path"]: f["data"] for f in first["files"]}
    assert files["assets/main.js"] == b"console.log('a save with new code')"
    assert second["files"] is None
    recorder.clear()
    session.rerun([])
    assert [p["files"] for p in _components(recorder)] == [None, None]
    # The same bytes again (a save that changed nothing): the old hash, already sent.
    (folder / "assets" / "main.js").write_text("console.log(1)")
    recorder.clear()
    session.rerun([])
    first, _ = _components(recorder)
    assert first["files_id"] == old_id and first["files"] is None


def test_apptest_second_run_sends_no_files(make_app, folder: Path):
    at = make_app(APP).run()
    assert at.get("component_instance")[0].props["files"] is not None
    at.run()
    props = at.get("component_instance")[0].props
    assert props["files"] is None and len(props["files_id"]) == 20
