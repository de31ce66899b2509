"""Expander, popover, tabs, space: paths, props, open state and errors."""

from __future__ import annotations


def deltas(at, node_type):
    return [m for m in at.messages if m["type"] == "delta" and m["node"]["type"] == node_type]


def test_expander_with_and_method_calls_and_later_writes(make_app):
    at = make_app(
        """
        import streamlit as st
        exp = st.expander("More **info**", expanded=True, icon="🔥", key="ex")
        st.write("after")
        exp.write("inside")
        with exp:
            st.button("B")
        st.write(f"open={exp.open}")
        """
    ).run()
    (expander,) = at.expander
    assert expander.label == "More **info**" and expander.icon == "🔥" and expander.expanded
    assert expander.key == "ex"
    assert expander.markdown.values == ["inside"] and expander.button[0].label == "B"
    assert at.main.markdown.values == ["inside", "after", "open=None"]
    (delta,) = deltas(at, "expander")
    assert delta["path"] == [0, 0]
    assert delta["node"] == {
        "kind": "block",
        "type": "expander",
        "key": "ex",
        "props": {
            "label": "More **info**",
            "expanded": True,
            "icon": "🔥",
            "widget_id": None,
            "width": "stretch",
            "type": "default",
        },
    }


def test_expander_on_change_rerun_tracks_open_and_calls_back(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def changed():
            st.session_state.calls += 1
        exp = st.expander("E", on_change=changed, key="e")
        st.write(f"open={exp.open} calls={st.session_state.calls}")
        """
    ).run()
    assert at.markdown[-1].value == "open=False calls=0"
    widget_id = at.expander[0].props["widget_id"]
    assert widget_id
    at._set_pending(widget_id, True)
    at.run()
    assert at.markdown[-1].value == "open=True calls=1"
    assert at.expander[0].expanded is True


def test_popover_props_and_content(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.popover("Settings", icon=":material/settings:", help="tips", type="primary"):
            st.checkbox("Dark")
        st.write("below")
        """
    ).run()
    (pop,) = at.popover
    assert pop.label == "Settings" and pop.checkbox[0].label == "Dark"
    assert pop.props == {
        "label": "Settings",
        "type": "primary",
        "icon": ":material/settings:",
        "help": "tips",
        "disabled": False,
        "width": "content",
        "wrap": None,
        "open": False,
        "widget_id": None,
    }
    at = make_app("import streamlit as st\nst.popover('x', type='bad')").run()
    assert "type argument to st.popover" in at.exception[0].value


def test_tabs_children_labels_and_default(make_app):
    at = make_app(
        """
        import streamlit as st
        a, b = st.tabs(["Alpha", "Beta"], default="Beta")
        b.write("in b")
        with a:
            st.write("in a")
        st.write(a.open)
        """
    ).run()
    assert [t.label for t in at.tabs] == ["Alpha", "Beta"]
    assert at.tabs[0].markdown.values == ["in a"] and at.tabs[1].markdown.values == ["in b"]
    (row,) = deltas(at, "tabs")
    assert row["path"] == [0, 0]
    assert row["node"]["props"] == {
        "labels": ["Alpha", "Beta"],
        "index": 1,
        "widget_id": None,
        "width": "stretch",
        "height": None,
    }
    assert [d["path"] for d in deltas(at, "tab")] == [[0, 0, 0], [0, 0, 1]]


def test_tabs_on_change_rerun_open(make_app):
    at = make_app(
        """
        import streamlit as st
        tabs = st.tabs(["A", "B", "C"], on_change="rerun", key="t")
        st.write(str([t.open for t in tabs]), st.session_state.t)
        """
    ).run()
    assert at.markdown[-1].value.startswith("[True, False, False]")
    widget_id = at.get("tabs")[0].props["widget_id"]
    at._set_pending(widget_id, "C")
    at.run()
    assert at.markdown[-1].value == "[False, False, True] C"


def test_tabs_errors(make_app):
    for src, text in (
        ("st.tabs([])", "at least one tab"),
        ("st.tabs(['a', 1])", "only allowed to contain strings"),
        ("st.tabs(['a'], default='z')", "default tab"),
        ("st.expander('x', on_change='boom')", "on_change argument"),
    ):
        at = make_app(f"import streamlit as st\n{src}").run()
        assert text in at.exception[0].value, src


def test_space_sizes_and_validation(make_app):
    at = make_app("import streamlit as st\nst.space()\nst.space('large')\nst.space(40)").run()
    assert [s.value for s in at.space] == ["small", "large", 40]
    at = make_app("import streamlit as st\nst.space('huge')").run()
    assert "Invalid size" in at.exception[0].value


def test_nested_containers_keep_order(make_app):
    at = make_app(
        """
        import streamlit as st
        outer = st.container(key="outer")
        with outer:
            c1, c2 = st.columns(2)
            with c2:
                with st.expander("X"):
                    t1, t2 = st.tabs(["T1", "T2"])
                    t2.write("deep")
            c1.write("left")
        outer.write("end")
        """
    ).run()
    paths = [m["path"] for m in at.messages if m["type"] == "delta"]
    assert paths == [
        [0, 0],
        [0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 0, 1, 0],
        [0, 0, 0, 1, 0, 0],
        [0, 0, 0, 1, 0, 0, 0],
        [0, 0, 0, 1, 0, 0, 1],
        [0, 0, 0, 1, 0, 0, 1, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 1],
    ]
    assert at.tabs[1].markdown.values == ["deep"]
    assert at.get_by_key("outer").markdown.values == ["left", "deep", "end"]


def test_grid_cells_and_direct_children(make_app):
    at = make_app(
        """
        import streamlit as st
        g = st.grid(3, gap="medium", border=True, key="g")
        g.write("one")
        wide = g.cell(column_span=2, row_span=1)
        wide.write("wide")
        with g:
            st.button("B")
        st.write("after")
        """
    ).run()
    (grid,) = at.grid
    assert grid.key == "g"
    assert grid.props == {
        "columns": 3,
        "min_column_width": None,
        "wrap": True,
        "gap": "medium",
        "vertical_alignment": "top",
        "border": True,
        "row_height": None,
        "height": None,
        "dense": False,
        "width": "stretch",
    }
    assert [(m["path"], m["node"]["type"]) for m in at.messages if m["type"] == "delta"] == [
        ([0, 0], "grid"),
        ([0, 0, 0], "markdown"),
        ([0, 0, 1], "grid_cell"),
        ([0, 0, 1, 0], "markdown"),
        ([0, 0, 2], "button"),
        ([0, 1], "markdown"),
    ]
    assert at.get("grid_cell")[0].props == {"column_span": 2, "row_span": 1}
    assert grid.markdown.values == ["one", "wide"]


def test_grid_validation(make_app):
    for src in (
        "st.grid(0)",
        "st.grid(25)",
        "st.grid(min_column_width=-1)",
        "st.grid().cell(row_span=0)",
    ):
        at = make_app(f"import streamlit as st\n{src}").run()
        assert "Invalid `" in at.exception[0].value, src


def test_width_parameter_shared_by_layouts_and_buttons(make_app):
    at = make_app(
        """
        import streamlit as st
        st.container(width=300)
        st.columns(2, width=500)
        st.expander("e", width=200)
        st.popover("p", use_container_width=True)
        st.tabs(["a"], width="stretch")
        st.download_button("d", "x", width="stretch")
        st.link_button("l", "https://x.org", width=120)
        """
    ).run()
    widths = [
        (m["node"]["type"], m["node"]["props"]["width"])
        for m in at.messages
        if m["type"] == "delta" and "width" in m["node"]["props"]
    ]
    assert widths == [
        ("container", 300),
        ("columns", 500),
        ("expander", 200),
        ("popover", "stretch"),
        ("tabs", "stretch"),
        ("download_button", "stretch"),
        ("link_button", 120),
    ]
    for src in (
        "st.container(width=0)",
        "st.columns(2, width='content')",
        "st.expander('x', width='wide')",
    ):
        at = make_app(f"import streamlit as st\n{src}").run()
        assert at.exception[0].type_name == "StreamlitInvalidWidthError", src


def test_form_width_and_layout_wrap(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.form("f", width=320):
            st.form_submit_button()
        with st.form("g", width="content"):
            st.form_submit_button()
        st.columns(2, wrap=False)
        st.columns(2)
        st.container(horizontal=True, wrap=False)
        st.container(horizontal=True)
        """
    ).run()
    assert [f.props["width"] for f in at.form] == [320, "content"]
    assert [d["node"]["props"]["wrap"] for d in deltas(at, "columns")] == [False, True]
    assert [d["node"]["props"]["wrap"] for d in deltas(at, "container")] == [False, True]
    for src in ("st.form('x', width=0)", "st.form('x', width='wide')"):
        at = make_app(f"import streamlit as st\n{src}").run()
        assert at.exception[0].type_name == "StreamlitInvalidWidthError", src
