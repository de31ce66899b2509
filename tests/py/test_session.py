"""AppSession: message flow, run statuses, errors, reruns and files."""

from __future__ import annotations

import textwrap
import time

from wasmlit.runtime.session import AppSession
from wasmlit.testing.v1 import AppTest

HELLO = """
import streamlit as st
st.title("Hello")
n = st.slider("n", 1, 10, 5)
st.write("n is", n)
"""


def test_hello_world_messages_are_the_whole_expected_sequence(session_for):
    session, rec = session_for(HELLO)
    session.rerun()
    slider_id = rec.deltas()[1]["node"]["id"]
    assert rec.messages == [
        {"type": "run_started", "run_id": 1},
        {
            "type": "delta",
            "run_id": 1,
            "path": [0, 0],
            "node": {
                "kind": "element",
                "type": "heading",
                "id": None,
                "key": None,
                "props": {
                    "body": "Hello",
                    "level": "title",
                    "anchor": None,
                    "help": None,
                    "divider": False,
                    "width": "stretch",
                    "wrap": True,
                    "icon": None,
                    "text_alignment": "left",
                },
            },
        },
        {
            "type": "delta",
            "run_id": 1,
            "path": [0, 1],
            "node": {
                "kind": "element",
                "type": "slider",
                "id": slider_id,
                "key": None,
                "props": {
                    "label": "n",
                    "help": None,
                    "disabled": False,
                    "label_visibility": "visible",
                    "width": "stretch",
                    "wrap": None,
                    "min": 1,
                    "max": 10,
                    "step": 1,
                    "value": 5,
                    "format": "%d",
                    "data_type": "int",
                },
            },
        },
        {
            "type": "delta",
            "run_id": 1,
            "path": [0, 2],
            "node": {
                "kind": "element",
                "type": "markdown",
                "id": None,
                "key": None,
                "props": {
                    "width": "stretch",
                    "body": "n is `5`",
                    "unsafe_allow_html": False,
                    "wrap": True,
                    "variant": "default",
                    "help": None,
                    "text_alignment": "left",
                    "anchors": True,
                },
            },
        },
        {"type": "run_finished", "run_id": 1, "status": "complete"},
    ]


def test_widget_update_reruns_with_new_value(session_for):
    session, rec = session_for(HELLO)
    session.rerun()
    slider_id = rec.deltas()[1]["node"]["id"]
    rec.clear()
    session.rerun([{"id": slider_id, "value": 8}])
    assert rec.messages[0] == {"type": "run_started", "run_id": 2}
    assert rec.deltas()[1]["node"]["props"]["value"] == 8
    assert rec.deltas()[2]["node"]["props"]["body"] == "n is `8`"


def test_sample_apps_produce_only_valid_messages(session_for):
    source = """
    import streamlit as st
    st.set_page_config(page_title="T", layout="wide")
    st.header("h", divider=True)
    st.subheader("s", anchor=False)
    st.caption("c")
    st.code("x = 1", language=None)
    st.json({"a": [1, 2]}, expanded=1)
    st.text("t")
    st.divider()
    for kind in ("success", "info", "warning", "error"):
        getattr(st, kind)(kind, icon="🔥")
    st.exception(ValueError("bad"))
    st.progress(0.3, text="p")
    with st.spinner("wait", show_time=True):
        pass
    with st.container(border=True, height=200, key="box"):
        st.button("b", type="primary")
    a, b = st.columns([2, 1], gap="large", vertical_alignment="center", border=True)
    a.checkbox("c")
    b.toggle("t", True)
    st.sidebar.radio("r", ["x", "y"], horizontal=True, captions=["1", "2"])
    st.selectbox("s", [1, 2], index=None)
    st.multiselect("m", ["a", "b"], ["b"], max_selections=2)
    st.slider("range", 0.0, 1.0, (0.2, 0.4))
    st.number_input("n", min_value=0, max_value=9, placeholder="n?")
    st.text_input("ti", type="password", max_chars=9)
    st.text_area("ta", height=100)
    st.empty()
    """
    session, rec = session_for(source)
    session.rerun()
    assert rec.messages[-1] == {"type": "run_finished", "run_id": 1, "status": "complete"}
    assert rec.types()[1] == "page_config"
    assert len(rec.deltas()) > 25


def test_progress_deltas_are_emitted_while_the_script_runs(tmp_path):
    (tmp_path / "app.py").write_text(
        textwrap.dedent(
            """
            import time
            import streamlit as st
            bar = st.progress(0)
            for i in range(1, 4):
                time.sleep(0.05)
                bar.progress(i * 25)
            """
        )
    )
    stamps: list[tuple[float, dict]] = []
    session = AppSession(str(tmp_path / "app.py"), lambda m: stamps.append((time.monotonic(), m)))
    session.rerun()
    values = [m["node"]["props"]["value"] for _, m in stamps if m["type"] == "delta"]
    assert values == [0, 25, 50, 75]
    times = [t for t, m in stamps if m["type"] == "delta"]
    finished = stamps[-1][0]
    # The first delta reached the sink well before the run ended: streaming, not batching.
    assert finished - times[0] >= 0.12
    assert all(b >= a for a, b in zip(times, times[1:], strict=False))


def test_exception_element_then_next_run_works(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write("before")
        if "ok" not in st.session_state:
            st.session_state.ok = True
            1 / 0
        st.write("after")
        """
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "ZeroDivisionError"
    assert exc.value == "division by zero"
    assert exc.stack_trace[0] == "Traceback (most recent call last):"
    assert "1 / 0" in "\n".join(exc.stack_trace)
    assert exc.props["frames"][-1]["is_user_code"] is True
    assert "wasmlit" not in exc.props["traceback"]  # runtime frames are hidden
    assert at.messages[-1]["status"] == "error"
    at.run()
    assert not at.exception
    assert at.markdown.values == ["before", "after"]


def test_syntax_error_is_shown_with_its_line(make_app):
    at = make_app("import streamlit as st\nst.write('x'\nx = (\n").run()
    exc = at.exception[0]
    assert exc.type_name == "SyntaxError"
    assert exc.props["frames"][0]["lineno"] >= 2
    assert "st.write('x'" in exc.props["traceback"] or "x = (" in exc.props["traceback"]
    assert at.messages[-1] == {"type": "run_finished", "run_id": 1, "status": "error"}


def test_rerun_emits_rerun_status_then_a_new_run(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.write(f"run {st.session_state.runs}")
        if st.session_state.runs == 1:
            st.rerun()
        """
    ).run()
    statuses = [m["status"] for m in at.messages if m["type"] == "run_finished"]
    assert statuses == ["rerun", "complete"]
    assert at.markdown.values == ["run 2"]


def test_stop_ends_the_run_as_complete_and_drops_later_elements(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write("a")
        if st.session_state.get("stop"):
            st.stop()
        st.write("b")
        """
    ).run()
    assert at.markdown.values == ["a", "b"]
    at.session_state["stop"] = True
    at.run()
    assert at.markdown.values == ["a"]
    assert at.messages[-1]["status"] == "complete"


def test_stale_elements_are_removed_when_a_run_completes(make_app):
    at = make_app(
        """
        import streamlit as st
        if st.checkbox("more"):
            st.write("extra")
            st.button("go")
        st.write("end")
        """
    ).run()
    assert at.markdown.values == ["end"]
    at.checkbox[0].check().run()
    assert at.markdown.values == ["extra", "end"]
    assert len(at.button) == 1
    at.checkbox[0].uncheck().run()
    assert at.markdown.values == ["end"]
    assert len(at.button) == 0


def test_multi_file_app_imports_siblings_and_reads_data(tmp_path):
    (tmp_path / "helpers.py").write_text("def greet(n):\n    return f'hi {n}'\n")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "app.py").write_text(
        textwrap.dedent(
            """
            from pathlib import Path
            import streamlit as st
            from helpers import greet
            st.write(greet(3))
            st.write((Path(__file__).parent / "data.csv").read_text().splitlines()[1])
            st.write(__name__)
            """
        )
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    assert at.markdown.values == ["hi 3", "1,2", "__main__"]


def test_reload_files_picks_up_an_edited_sibling_module(tmp_path, session_for):
    (tmp_path / "mod_reload.py").write_text("VALUE = 1\n")
    session, rec = session_for(
        "import streamlit as st\nimport mod_reload\nst.write(str(mod_reload.VALUE))\n"
    )
    session.rerun()
    (tmp_path / "mod_reload.py").write_text("VALUE = 2\n")
    session.rerun()
    assert rec.deltas()[-1]["node"]["props"]["body"] == "1"  # cached module
    session.reload_files()
    assert rec.deltas()[-1]["node"]["props"]["body"] == "2"


def test_magic_can_be_disabled_by_option(session_for):
    session, rec = session_for("'shown?'\nx = 1\nx\n", options={"runner.magicEnabled": False})
    session.rerun()
    assert rec.deltas() == []


def test_query_string_reaches_st_query_params(session_for):
    session, rec = session_for(
        "import streamlit as st\nst.write(st.query_params['a'], st.query_params.get_all('b'))",
        query_string="?a=1&b=x&b=y",
    )
    session.rerun()
    bodies = [d["node"]["type"] for d in rec.deltas()]
    assert bodies == ["markdown", "json"]
    assert rec.deltas()[0]["node"]["props"]["body"] == "1"
    assert rec.deltas()[1]["node"]["props"]["body"] == '["x", "y"]'


def test_script_errors_never_raise_out_of_the_session(session_for):
    session, rec = session_for("raise SystemError('boom')")
    session.rerun()
    assert rec.messages[-1]["status"] == "error"
