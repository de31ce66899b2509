"""Session State, widget keys, callbacks and widget identity."""

from __future__ import annotations


def test_counter_with_on_click_args_and_kwargs(make_app):
    at = make_app(
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        def add(step, *, times=1):
            st.session_state.count += step * times
        st.button("add", on_click=add, args=(2,), kwargs={"times": 3})
        st.write(f"count = {st.session_state.count}")
        """
    ).run()
    assert at.markdown[0].value == "count = 0"
    at.button[0].click().run()
    assert at.markdown[0].value == "count = 6"
    at.button[0].click().run()
    assert at.session_state.count == 12
    at.run()  # no click: no callback
    assert at.session_state["count"] == 12


def test_on_change_runs_only_when_the_value_changes(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", [])
        def changed():
            st.session_state.calls.append(st.session_state.name)
        st.text_input("name", key="name", on_change=changed)
        """
    ).run()
    at.text_input("name").input("Ada").run()
    at.text_input("name").input("Ada").run()
    assert at.session_state.calls == ["Ada"]


def test_key_links_widget_and_session_state_both_ways(make_app):
    at = make_app(
        """
        import streamlit as st
        if st.button("reset"):
            pass
        def reset():
            st.session_state.level = 1
        st.button("to one", on_click=reset)
        level = st.slider("level", 0, 10, 5, key="level")
        st.write(f"{level} {st.session_state.level}")
        """
    ).run()
    assert at.markdown[0].value == "5 5"
    assert at.slider("level").value == 5
    at.slider[0].set_value(8).run()
    assert at.session_state.level == 8 and at.markdown[0].value == "8 8"
    at.button[1].click().run()  # callback sets the key before the widget is created
    assert at.slider[0].value == 1 and at.markdown[0].value == "1 1"
    assert at.slider[0].props["value"] == 1  # the UI is told the new value


def test_value_set_before_creation_becomes_the_default(make_app):
    at = make_app(
        """
        import streamlit as st
        if "pick" not in st.session_state:
            st.session_state.pick = "b"
        st.radio("pick", ["a", "b", "c"], key="pick")
        """
    ).run()
    assert at.radio[0].value == "b" and at.radio[0].props["index"] == 1


def test_apptest_session_state_set_before_run(make_app):
    at = make_app(
        """
        import streamlit as st
        st.number_input("n", key="n")
        """
    )
    at.session_state["n"] = 3.5
    at.run()
    assert at.number_input[0].value == 3.5


def test_setting_state_after_the_widget_is_created_is_an_error(make_app):
    at = make_app(
        """
        import streamlit as st
        st.checkbox("c", key="c")
        st.session_state.c = True
        """
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "StreamlitWidgetAlreadyInstantiatedError"
    assert exc.value == (
        "`st.session_state.c` cannot be modified after the widget with key `c` is instantiated."
    )


def test_button_state_cannot_be_set(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.b = True
        st.button("b", key="b")
        """
    ).run()
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"


def test_session_state_mapping_api(make_app):
    at = make_app(
        """
        import streamlit as st
        ss = st.session_state
        ss.update({"a": 1}, b=2)
        ss["c"] = 3
        del ss["c"]
        ss.setdefault("d", 4)
        popped = ss.pop("d")
        out = {
            "keys": sorted(ss.keys()), "items": sorted(ss.items()), "values": sorted(ss.values()),
            "in": "a" in ss, "not_in": "zz" in ss, "len": len(ss), "iter": sorted(ss),
            "get": ss.get("zz", "dflt"), "popped": popped, "dict": ss.to_dict(),
        }
        st.json(out)
        try:
            ss.missing
        except AttributeError as e:
            st.text(str(e))
        try:
            ss["missing"]
        except KeyError as e:
            st.text(str(e))
        ss.clear()
        st.text(str(len(ss)))
        """
    ).run()
    import json

    out = json.loads(at.json[0].value)
    assert out == {
        "keys": ["a", "b"],
        "items": [["a", 1], ["b", 2]],
        "values": [1, 2],
        "in": True,
        "not_in": False,
        "len": 2,
        "iter": ["a", "b"],
        "get": "dflt",
        "popped": 4,
        "dict": {"a": 1, "b": 2},
    }
    assert at.text[0].value.startswith('st.session_state has no attribute "missing".')
    assert 'st.session_state has no key "missing"' in at.text[1].value
    assert at.text[2].value == "0"


def test_widget_state_is_dropped_when_the_widget_is_not_rendered(make_app):
    at = make_app(
        """
        import streamlit as st
        show = st.checkbox("show", value=True)
        if show:
            st.text_input("t", key="t")
        st.text(str("t" in st.session_state))
        """
    ).run()
    at.text_input[0].input("hello").run()
    assert at.session_state.t == "hello"
    at.checkbox[0].uncheck().run()
    assert "t" not in at.session_state
    at.checkbox[0].check().run()
    assert at.text_input[0].value == ""  # back to its default


def test_duplicate_widgets_without_keys_raise_streamlits_error(make_app):
    at = make_app(
        """
        import streamlit as st
        st.button("Same")
        st.button("Same")
        """
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "StreamlitDuplicateElementId"
    assert "multiple `button` elements with the same auto-generated ID" in exc.value
    assert "pass a unique `key` argument" in exc.value
    assert len(at.button) == 1


def test_duplicate_keys_raise_streamlits_error(make_app):
    at = make_app(
        """
        import streamlit as st
        st.checkbox("a", key="k")
        st.toggle("b", key="k")
        """
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "StreamlitDuplicateElementKey"
    assert "key='k'" in exc.value


def test_keys_make_identical_widgets_distinct_and_ids_are_stable(make_app):
    at = make_app(
        """
        import streamlit as st
        st.button("Same", key="one")
        st.button("Same", key="two")
        """
    ).run()
    ids = [b.id for b in at.button]
    assert len(set(ids)) == 2 and [b.key for b in at.button] == ["one", "two"]
    at.run()
    assert [b.id for b in at.button] == ids
    assert at.get_by_key("two").id == ids[1]


def test_widget_ids_depend_on_parameters(make_app):
    at = make_app(
        """
        import streamlit as st
        st.slider("a", 0, 10)
        st.slider("a", 0, 11)
        """
    ).run()
    assert not at.exception and at.slider[0].id != at.slider[1].id
