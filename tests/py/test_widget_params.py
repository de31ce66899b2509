"""required, validate and live: the arguments reach the UI as props; bad ones raise."""

from __future__ import annotations

import pytest


def run_one(make_app, call: str):
    return make_app(f"import streamlit as st\nvalue = {call}\nst.text(repr(value))\n").run()


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


@pytest.mark.parametrize(
    ("kind", "call"),
    [
        ("text_input", 'st.text_input("t", required=True)'),
        ("text_area", 'st.text_area("t", required=True)'),
        ("selectbox", 'st.selectbox("s", ["a", "b"], index=None, required=True)'),
        ("number_input", 'st.number_input("n", value=None, required=True)'),
        ("date_input", 'st.date_input("d", value=None, required=True)'),
        ("time_input", 'st.time_input("t", value=None, required=True)'),
        ("datetime_input", 'st.datetime_input("t", value=None, required=True)'),
    ],
)
def test_required_is_sent_and_keeps_the_empty_default(make_app, kind, call):
    at = run_one(make_app, call)
    assert not at.exception
    widget = getattr(at, kind)[0]
    assert widget.props["required"] is True
    # required does not change defaults: the first run still returns the empty value.
    assert at.text[0].value in ("''", "None")
    assert (
        run_one(make_app, call.replace("required=True", "required=False"))
        .__getattribute__(kind)[0]
        .props["required"]
        is False
    )


def test_validate_regex_and_message(make_app):
    at = run_one(make_app, 'st.text_input("t", validate=(r"^\\d+$", "Digits only."))')
    props = at.text_input[0].props
    assert props["validate_regex"] == r"^\d+$" and props["validate_message"] == "Digits only."
    at = run_one(make_app, 'st.text_input("t", validate=r"^a")')
    assert at.text_input[0].props["validate_regex"] == "^a"
    assert at.text_input[0].props["validate_message"] is None
    at = run_one(make_app, 'st.text_input("t")')
    assert at.text_input[0].props["validate_regex"] is None


@pytest.mark.parametrize("bad", ["42", '("a",)', '("a", 1)', '["a", "b"]'])
def test_validate_rejects_other_types(make_app, bad):
    at = run_one(make_app, f'st.text_input("t", validate={bad})')
    assert "`validate` parameter must be" in error_of(at)[1]


def test_validate_regex_is_part_of_the_identity(make_app):
    # The rule is part of a keyed widget's id, as Streamlit documents.
    at = make_app(
        """
        import streamlit as st
        rule = st.session_state.get("rule", r"^a")
        st.text(repr(st.text_input("t", key="k", validate=rule)))
        """
    ).run()
    first = at.text_input[0].id
    at.session_state["rule"] = r"^b"
    at.run()
    assert at.text_input[0].id != first


@pytest.mark.parametrize(
    ("live", "ms"),
    [
        ("False", None),
        ("True", 300),
        ('"300ms"', 300),
        ('"0.5s"', 500),
        ('"0"', 0),
        ('"1m"', 60000),
    ],
)
def test_live_is_a_pause_in_milliseconds(make_app, live, ms):
    at = run_one(make_app, f'st.text_input("t", live={live})')
    assert not at.exception
    assert at.text_input[0].props["live_ms"] == ms


@pytest.mark.parametrize(
    ("live", "message"),
    [
        ("300", "does not accept a number"),
        ("0.3", "does not accept a number"),
        ('"-1s"', "cannot be a negative duration"),
        ('"2m"', "between 0 and 1 minute"),
        ('"soon"', "must be a duration"),
        ("[1]", "must be of type bool or str"),
    ],
)
def test_live_rejects_bad_values(make_app, live, message):
    at = run_one(make_app, f'st.text_input("t", live={live})')
    assert message in error_of(at)[1]


@pytest.mark.parametrize(
    ("arg", "limit"),
    [("", 1000), ("select_all=True", None), ("select_all=False", 0), ("select_all=5", 5)],
)
def test_multiselect_select_all_threshold(make_app, arg, limit):
    at = run_one(make_app, f'st.multiselect("m", ["a", "b"], {arg})')
    assert at.multiselect[0].props["select_all"] == limit


@pytest.mark.parametrize("bad", ["-1", '"all"', "1.5"])
def test_multiselect_select_all_rejects_bad_values(make_app, bad):
    at = run_one(make_app, f'st.multiselect("m", ["a", "b"], select_all={bad})')
    assert "`select_all` must be a bool or a non-negative integer" in error_of(at)[1]


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("K", "k"),
        ("Ctrl+Shift+K", "ctrl+shift+k"),
        ("shift + control + 4", "ctrl+shift+4"),
        ("Cmd+Enter", "cmd+enter"),
        ("Option+ArrowLeft", "alt+left"),
        ("Esc", "escape"),
        ("F11", "f11"),
        ("Meta", "cmd"),
    ],
)
def test_shortcut_syntax_is_normalized(make_app, given, sent):
    at = run_one(make_app, f'st.button("Go", shortcut="{given}")')
    assert not at.exception
    assert at.button[0].props["shortcut"] == sent


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ('"Ctrl+C"', "cannot use the keys 'C' or 'R'"),
        ('"r"', "cannot use the keys 'C' or 'R'"),
        ('"a+b"', "single non-modifier key"),
        ('"+"', "at least one key or modifier"),
        ('"Ctrl+%"', "is not supported"),
        ("5", "must be a string"),
    ],
)
def test_shortcut_errors(make_app, given, message):
    at = run_one(make_app, f'st.button("Go", shortcut={given})')
    assert message in error_of(at)[1]


def test_every_button_kind_takes_a_shortcut_and_conflicts_raise(make_app):
    at = make_app(
        """
        import streamlit as st
        st.download_button("Save", b"x", shortcut="ctrl+s")
        st.link_button("Docs", "https://example.com", shortcut="alt+d")
        with st.form("f"):
            st.text_input("t")
            st.form_submit_button("Send", shortcut="ctrl+enter")
        """
    ).run()
    assert not at.exception
    assert at.button[0].props["shortcut"] == "ctrl+enter"
    at = make_app(
        """
        import streamlit as st
        st.button("One", shortcut="Ctrl+K")
        st.button("Two", shortcut="control+k")
        """
    ).run()
    assert "already used by `st.button`" in error_of(at)[1]
    # A rerun starts afresh: the same shortcut is not a conflict with itself.
    at.run()
    assert at.button[0].props["shortcut"] == "ctrl+k"


def test_shortcut_is_not_sent_when_unset(make_app):
    at = run_one(make_app, 'st.button("Go")')
    assert "shortcut" not in at.button[0].props


def test_container_autoscroll_tabs_height_and_expander_type(make_app):
    at = make_app(
        """
        import streamlit as st
        st.container(height=200, autoscroll=True, key="on")
        st.container(height=200, autoscroll=False, key="off")
        st.container(height=200, key="auto")
        st.tabs(["a", "b"], height=300)
        st.tabs(["c"])
        st.expander("thoughts", type="compact")
        st.expander("plain")
        """
    ).run()
    assert not at.exception
    containers = {c.key: c.props["autoscroll"] for c in at.get("container")}
    assert containers == {"on": True, "off": False, "auto": None}
    assert [t.props["height"] for t in at.get("tabs")] == [300, None]
    assert [e.props["type"] for e in at.expander] == ["compact", "default"]


def test_tabs_height_and_expander_type_errors(make_app):
    at = run_one(make_app, 'st.tabs(["a"], height=0)')
    assert error_of(at)[0] == "StreamlitInvalidHeightError"
    at = run_one(make_app, 'st.expander("x", type="fancy")')
    assert 'must be "default" or "compact"' in error_of(at)[1]
