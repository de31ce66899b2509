"""Selection widgets through AppTest: values, callbacks, Session State and Streamlit's errors."""

from __future__ import annotations

import pytest


def run_one(make_app, call: str, prelude: str = ""):
    """Run an app whose only widget is ``value = <call>``; it writes ``repr(value)``."""
    return make_app(
        f"import streamlit as st\n{prelude}\nvalue = {call}\nst.text(repr(value))\n"
    ).run()


def shown(at) -> str:
    return at.text[0].value


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


# -- color_picker --------------------------------------------------------------------
def test_color_picker_default_pick_and_props(make_app):
    at = run_one(make_app, 'st.color_picker("Color")')
    assert shown(at) == "'#000000'" and at.color_picker[0].props["value"] == "#000000"
    at.color_picker[0].pick("#00FFAA").run()
    assert shown(at) == "'#00FFAA'" and at.color_picker[0].value == "#00FFAA"


def test_color_picker_session_state_and_callback(make_app):
    at = make_app(
        """
        import streamlit as st
        def changed(tag, *, n):
            st.session_state.log = f"{tag}{n}:{st.session_state.c}"
        st.session_state.setdefault("c", "#123")
        st.color_picker("Color", key="c", on_change=changed, args=("cb",), kwargs={"n": 1})
        st.text(st.session_state.get("log", "none"))
        """
    ).run()
    assert at.color_picker(key="c").value == "#123"
    at.color_picker[0].pick("#abcdef").run()
    assert at.text[0].value == "cb1:#abcdef" and at.session_state["c"] == "#abcdef"


@pytest.mark.parametrize(
    ("value", "message"),
    [("red", "is not a valid hex code"), (12, "Color Picker Value has invalid type: int")],
)
def test_color_picker_rejects_bad_values(make_app, value, message):
    at = run_one(make_app, f'st.color_picker("C", value={value!r})')
    assert error_of(at)[0] == "StreamlitAPIException" and message in error_of(at)[1]


# -- feedback -------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["thumbs", "faces", "stars"])
def test_feedback_values(make_app, kind):
    at = run_one(make_app, f'st.feedback("{kind}")')
    fb = at.feedback[0]
    assert shown(at) == "None" and fb.props == {
        "sentiment": kind,
        "value": None,
        "disabled": False,
        "width": "content",
    }
    fb.set_value(1).run()
    assert shown(at) == "1" and at.feedback[0].props["value"] == 1
    at.feedback[0].set_value(None).run()
    assert shown(at) == "None"


def test_feedback_default_and_callback(make_app):
    at = make_app(
        """
        import streamlit as st
        def rated(who):
            st.session_state.msg = f"{who} rated {st.session_state.fb}"
        st.feedback("stars", key="fb", default=2, on_change=rated, args=("ann",))
        st.text(st.session_state.get("msg", ""))
        """
    ).run()
    assert at.feedback[0].value == 2
    at.feedback[0].set_value(4).run()
    assert at.text[0].value == "ann rated 4"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.feedback("hearts")', "must be one of ['thumbs', 'faces', 'stars']"),
        ('st.feedback("thumbs", default=2)', "must be a number between 0 and 1"),
        ('st.feedback("faces", default=5)', "must be a number between 0 and 4"),
    ],
)
def test_feedback_errors(make_app, call, message):
    at = run_one(make_app, call)
    assert error_of(at)[0] == "StreamlitAPIException" and message in error_of(at)[1]


# -- pills and segmented_control ----------------------------------------------------------
@pytest.mark.parametrize("command", ["pills", "segmented_control"])
def test_button_group_single(make_app, command):
    at = run_one(make_app, f'st.{command}("Dir", ["N", "S", "E"], default="S")')
    group = getattr(at, command)[0]
    assert group.type == "button_group" and group.props["style"] == command
    assert group.value == "S" and group.indices == [1] and group.props["value"] == [1]
    group.select("E").run()
    assert shown(at) == "'E'" and at.button_group[0].formatted_values == ["E"]
    at.button_group[0].unselect("E").run()
    assert shown(at) == "None" and at.button_group[0].props["value"] == []


@pytest.mark.parametrize("command", ["pills", "segmented_control"])
def test_button_group_multi_with_format_func(make_app, command):
    at = run_one(
        make_app,
        f'st.{command}("Nums", [1, 2, 3], selection_mode="multi", default=[3],'
        ' format_func=lambda n: f":material/star: {n}")',
    )
    group = at.button_group[0]
    assert group.options == [":material/star: 1", ":material/star: 2", ":material/star: 3"]
    assert group.value == [3] and group.format_func(2) == ":material/star: 2"
    group.select(1).run()
    assert shown(at) == "[3, 1]" and at.button_group[0].indices == [2, 0]
    at.button_group[0].unselect(3).run()
    assert shown(at) == "[1]"


def test_pills_required_starts_selected(make_app):
    at = run_one(make_app, 'st.pills("P", ["a", "b"], required=True)')
    assert shown(at) == "'a'" and at.pills[0].props["required"] is True
    at = run_one(make_app, 'st.pills("P", ["a", "b"], selection_mode="multi", required=True)')
    assert shown(at) == "['a']"


def test_button_group_session_state_and_callback(make_app):
    at = make_app(
        """
        import streamlit as st
        def changed(x, *, y):
            st.session_state.msg = f"{x}{y}{st.session_state.seg}"
        if "seg" not in st.session_state:
            st.session_state.seg = "b"
        st.segmented_control("S", ["a", "b"], key="seg", on_change=changed, args=("x",),
                             kwargs={"y": "-"})
        st.text(st.session_state.get("msg", ""))
        """
    ).run()
    assert at.segmented_control(key="seg").value == "b"
    at.segmented_control[0].select("a").run()
    assert at.text[0].value == "x-a"


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        (
            'st.pills("P", ["a"], default="z")',
            "StreamlitDefaultNotInOptionsError",
            "'z' is not part",
        ),
        (
            'st.pills("P", ["a", "b"], default=["a", "b"])',
            "StreamlitAPIException",
            "must be a single value",
        ),
        (
            'st.segmented_control("P", ["a"], selection_mode="many")',
            "StreamlitAPIException",
            "selection_mode argument must be one of ['single', 'multi']",
        ),
    ],
)
def test_button_group_errors(make_app, call, kind, message):
    at = run_one(make_app, call)
    assert error_of(at)[0] == kind and message in error_of(at)[1]


# -- options objects: dataclasses, enums, pandas, numpy ---------------------------------
def test_format_func_on_dataclass_and_enum_options(make_app):
    at = make_app(
        """
        import enum
        from dataclasses import dataclass
        import streamlit as st

        @dataclass(frozen=True)
        class Plan:
            name: str
            price: int

        class Color(enum.Enum):
            RED = 1
            BLUE = 2

        plans = [Plan("free", 0), Plan("pro", 9)]
        p = st.pills("Plan", plans, format_func=lambda p: p.name.title())
        c = st.segmented_control(
            "Color", Color, default=Color.BLUE, format_func=lambda c: c.name.lower()
        )
        s = st.select_slider("Plan2", plans, value=plans[1], format_func=lambda p: p.name)
        st.text(repr((p, c, s)))
        """
    ).run()
    assert at.pills[0].options == ["Free", "Pro"]
    assert at.segmented_control[0].options == ["red", "blue"]
    assert at.text[0].value == "(None, <Color.BLUE: 2>, Plan(name='pro', price=9))"
    at.pills[0].select(at.select_slider[0].value).run()  # equal dataclasses match by value
    assert at.text[0].value.startswith("(Plan(name='pro', price=9), <Color.BLUE: 2>")
    assert at.pills[0].formatted_values == ["Pro"]


def test_pandas_and_numpy_options(make_app):
    pytest.importorskip("pandas")
    at = make_app(
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"fruit": ["apple", "kiwi"], "n": [1, 2]})
        a = st.pills("Fruit", df)
        b = st.select_slider("N", np.array([10, 20, 30]), value=20)
        c = st.segmented_control("Col", pd.Series(["x", "y"]), default="y")
        st.text(repr((a, int(b), c)))
        """
    ).run()
    assert at.pills[0].options == ["apple", "kiwi"]
    assert at.text[0].value == "(None, 20, 'y')"
    at.pills[0].select("kiwi").run()
    assert at.text[0].value == "('kiwi', 20, 'y')"


# -- select_slider --------------------------------------------------------------------------
def test_select_slider_single(make_app):
    at = run_one(make_app, 'st.select_slider("Size", ["S", "M", "L"], value="M")')
    ss = at.select_slider[0]
    assert ss.value == "M" and ss.props["value"] == [1] and ss.options == ["S", "M", "L"]
    ss.set_value("L").run()
    assert shown(at) == "'L'"


def test_select_slider_default_is_first_option(make_app):
    at = run_one(make_app, 'st.select_slider("N", [5, 6], format_func=lambda n: f"n{n}")')
    assert shown(at) == "5" and at.select_slider[0].options == ["n5", "n6"]


def test_select_slider_range(make_app):
    at = run_one(make_app, 'st.select_slider("R", list("abcde"), value=("d", "b"))')
    assert shown(at) == "('b', 'd')" and at.select_slider[0].props["value"] == [1, 3]
    at.select_slider[0].set_range("a", "e").run()
    assert shown(at) == "('a', 'e')"


def test_select_slider_callback_and_key(make_app):
    at = make_app(
        """
        import streamlit as st
        def moved(a, b=None):
            st.session_state.log = f"{a}{b}{st.session_state.ss}"
        st.select_slider("S", [1, 2, 3], key="ss", on_change=moved, args=(1,), kwargs={"b": 2})
        st.text(st.session_state.get("log", ""))
        """
    ).run()
    at.select_slider(key="ss").set_value(3).run()
    assert at.text[0].value == "123" and at.session_state["ss"] == 3


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.select_slider("S", [])', "needs to be non-empty"),
        ('st.select_slider("S", ["a"], value="z")', "'z' is not one of the options"),
        ('st.select_slider("S", ["a", "b"], value=["a", "b", "a"])', "two options"),
    ],
)
def test_select_slider_errors(make_app, call, message):
    at = run_one(make_app, call)
    assert error_of(at)[0] == "StreamlitAPIException" and message in error_of(at)[1]


# -- menu_button ----------------------------------------------------------------------------
def test_menu_button_returns_choice_for_one_run(make_app):
    at = run_one(make_app, 'st.menu_button("File", ["Open", "Save"], format_func=str.upper)')
    mb = at.menu_button[0]
    assert (
        shown(at) == "None" and mb.options == ["OPEN", "SAVE"] and mb.props["type"] == "secondary"
    )
    mb.click_index(0).run()
    assert shown(at) == "'Open'"
    at.run()
    assert shown(at) == "None"
    at.menu_button[0].click("Save").run()
    assert shown(at) == "'Save'"


def test_menu_button_on_click_and_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        def chosen(tag):
            st.session_state.log = f"{tag}:{st.session_state.mb}"
        st.menu_button("M", ["a", "b"], key="mb", on_click=chosen, args=("t",))
        st.text(st.session_state.get("log", ""))
        """
    ).run()
    at.menu_button[0].click("b").run()
    assert at.text[0].value == "t:b"
    at = run_one(make_app, 'st.menu_button("M", ["a"], type="huge")')
    assert 'must be "primary", "secondary", or "tertiary"' in error_of(at)[1]


# -- selectbox / multiselect: new options, filter_mode -------------------------------------------
def test_selectbox_accept_new_options(make_app):
    at = run_one(make_app, 'st.selectbox("S", [1, 2], index=None, accept_new_options=True)')
    sb = at.selectbox[0]
    assert shown(at) == "None" and sb.props["accept_new_options"] is True
    assert sb.props["placeholder"] == "Choose or add an option"
    sb.set_value("42").run()
    assert shown(at) == "'42'" and at.selectbox[0].props["new_value"] == "42"
    assert at.selectbox[0].props["index"] is None and at.selectbox[0].index is None
    at.selectbox[0].select(2).run()
    assert shown(at) == "2" and at.selectbox[0].props["new_value"] is None


def test_selectbox_index_none_placeholder_and_filter_mode(make_app):
    at = run_one(
        make_app, 'st.selectbox("S", ["a"], index=None, placeholder="Pick!", filter_mode=None)'
    )
    assert shown(at) == "None"
    assert at.selectbox[0].props["placeholder"] == "Pick!"
    assert at.selectbox[0].props["filter_mode"] is None
    for mode in ("contains", "prefix"):
        at = run_one(make_app, f'st.multiselect("M", ["a"], filter_mode="{mode}")')
        assert at.multiselect[0].props["filter_mode"] == mode


@pytest.mark.parametrize("mode", ['"magic"', "3", '"case_insensitive"'])
def test_unknown_filter_mode_raises_a_value_error(make_app, mode):
    at = run_one(make_app, f'st.selectbox("S", ["a"], filter_mode={mode})')
    name, text = error_of(at)
    assert name == "StreamlitValueError" and "Invalid `filter_mode` value" in text


@pytest.mark.parametrize("command", ["selectbox", "multiselect"])
def test_filter_mode_none_cannot_accept_new_options(make_app, command):
    at = run_one(make_app, f'st.{command}("S", ["a"], filter_mode=None, accept_new_options=True)')
    name, text = error_of(at)
    assert name == "StreamlitAPIException" and "filter_mode=None" in text


def test_multiselect_accept_new_options(make_app):
    at = run_one(make_app, 'st.multiselect("M", ["a", "b"], ["b"], accept_new_options=True)')
    ms = at.multiselect[0]
    ms.select("zed").run()
    assert shown(at) == "['b', 'zed']" and at.multiselect[0].props["value"] == [1, "zed"]


def test_multiselect_new_values_count_towards_max_selections(make_app):
    at = run_one(
        make_app,
        'st.multiselect("M", ["a"], key="m", accept_new_options=True, max_selections=1)',
        prelude='st.session_state.m = ["a", "new"]',
    )
    assert error_of(at)[0] == "StreamlitSelectionCountExceedsMaxError"
    assert "Multiselect has 2 options selected" in error_of(at)[1]
