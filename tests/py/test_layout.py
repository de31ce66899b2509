"""Containers: columns, container, sidebar, empty, spinner and paths."""

from __future__ import annotations


def paths(at, node_type=None):
    return [
        (m["path"], m["node"]["type"])
        for m in at.messages
        if m["type"] == "delta" and (node_type is None or m["node"]["type"] == node_type)
    ]


def test_columns_paths_and_blocks(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write("top")
        left, right = st.columns([3, 1], gap="medium")
        right.button("R")
        with left:
            st.write("L")
            st.checkbox("C")
        st.write("bottom")
        """
    ).run()
    assert paths(at) == [
        ([0, 0], "markdown"),
        ([0, 1], "columns"),
        ([0, 1, 0], "column"),
        ([0, 1, 1], "column"),
        ([0, 1, 1, 0], "button"),
        ([0, 1, 0, 0], "markdown"),
        ([0, 1, 0, 1], "checkbox"),
        ([0, 2], "markdown"),
    ]
    cols = at.columns
    assert [c.weight for c in cols] == [3.0, 1.0]
    assert cols[0].markdown[0].value == "L" and cols[1].button[0].label == "R"
    assert at.main.get("columns")[0].props["gap"] == "medium"


def test_columns_spec_errors(make_app):
    for spec in ("0", "[1, -1]", "'x'", "[]"):
        at = make_app(f"import streamlit as st\nst.columns({spec})").run()
        assert at.exception[0].type_name == "StreamlitInvalidColumnSpecError", spec


def test_columns_gap_and_alignment_validation(make_app):
    at = make_app("import streamlit as st\nst.columns(2, gap='huge')").run()
    assert "gap argument must be one of" in at.exception[0].value
    at = make_app("import streamlit as st\nst.columns(2, vertical_alignment='x')").run()
    assert "vertical_alignment" in at.exception[0].value


def test_container_written_later_places_elements_inside_it(make_app):
    at = make_app(
        """
        import streamlit as st
        box = st.container(border=True, key="box")
        st.write("after")
        box.write("inside")
        with box:
            st.write("inside too")
        """
    ).run()
    assert paths(at, "markdown") == [
        ([0, 1], "markdown"),
        ([0, 0, 0], "markdown"),
        ([0, 0, 1], "markdown"),
    ]
    container = at.container[0]
    assert container.key == "box" and container.props["border"] is True
    assert container.markdown.values == ["inside", "inside too"]
    assert at.get_by_key("box") is not None
    block_delta = [m for m in at.messages if m["type"] == "delta"][0]
    assert block_delta["node"] == {
        "kind": "block",
        "type": "container",
        "key": "box",
        "props": {
            "border": True,
            "height": None,
            "horizontal": False,
            "wrap": True,
            "gap": "small",
            "horizontal_alignment": "left",
            "vertical_alignment": "top",
            "width": "stretch",
            "autoscroll": None,
        },
    }


def test_container_height_validation(make_app):
    at = make_app("import streamlit as st\nst.container(height=-5)").run()
    assert at.exception[0].type_name == "StreamlitInvalidHeightError"


def test_sidebar_both_forms(make_app):
    at = make_app(
        """
        import streamlit as st
        st.sidebar.title("Side")
        with st.sidebar:
            st.radio("r", ["a", "b"])
        st.write("main")
        """
    ).run()
    assert paths(at) == [([1, 0], "heading"), ([1, 1], "radio"), ([0, 0], "markdown")]
    assert at.sidebar.title[0].value == "Side"
    assert at.sidebar.radio[0].value == "a"
    assert at.main.markdown.values == ["main"] and not at.main.radio


def test_empty_is_replaced_in_place(make_app):
    at = make_app(
        """
        import streamlit as st
        slot = st.empty()
        st.write("below")
        slot.text("first")
        slot.text("second")
        with slot:
            st.write("third")
        """
    ).run()
    assert paths(at) == [
        ([0, 0], "empty"),
        ([0, 1], "markdown"),
        ([0, 0], "text"),
        ([0, 0], "text"),
        ([0, 0], "markdown"),
    ]
    assert at.markdown.values == ["third", "below"] and not at.text


def test_empty_can_hold_a_container(make_app):
    at = make_app(
        """
        import streamlit as st
        slot = st.empty()
        with slot.container():
            st.write("a")
            st.write("b")
        """
    ).run()
    assert paths(at) == [
        ([0, 0], "empty"),
        ([0, 0], "container"),
        ([0, 0, 0], "markdown"),
        ([0, 0, 1], "markdown"),
    ]
    assert at.container[0].markdown.values == ["a", "b"]


def test_element_calls_return_a_slot_for_replacement(make_app):
    at = make_app(
        """
        import streamlit as st
        msg = st.info("loading")
        msg.success("done")
        """
    ).run()
    assert not at.info and at.success[0].value == "done"
    assert paths(at) == [([0, 0], "alert"), ([0, 0], "alert")]


def test_spinner_is_replaced_by_empty_at_the_same_path(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.spinner("Working..."):
            st.write("inside")
        st.write("after")
        """
    ).run()
    assert paths(at) == [
        ([0, 0], "spinner"),
        ([0, 1], "markdown"),
        ([0, 0], "empty"),
        ([0, 2], "markdown"),
    ]
    assert at.get("spinner") == [] and len(at.get("empty")) == 1


def test_spinner_is_cleared_even_when_the_block_raises(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.spinner():
            raise ValueError("x")
        """
    ).run()
    assert paths(at)[:2] == [([0, 0], "spinner"), ([0, 0], "empty")]
    assert at.exception[0].value == "x"
