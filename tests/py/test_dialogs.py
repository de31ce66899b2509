"""st.dialog: opening, a fragment body, closing with st.rerun, dismissal, errors."""

from __future__ import annotations

from wasmlit.runtime.dialogs import EMPTY_TITLE, ONE_DIALOG
from wasmlit.testing.v1 import AppTest


def vote_app() -> None:
    import streamlit as st

    st.session_state.setdefault("full", 0)
    st.session_state.setdefault("body", 0)
    st.session_state.full += 1

    @st.dialog("Cast your vote", width="large")
    def vote(item: str) -> None:
        st.session_state.body += 1
        st.write(f"Why {item}?")
        reason = st.text_input("Because...")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()

    if "vote" not in st.session_state:
        if st.button("A"):
            vote("A")
    else:
        st.write(
            f"You voted for {st.session_state.vote['item']}: {st.session_state.vote['reason']}"
        )


def test_dialog_lifecycle() -> None:
    at = AppTest.from_function(vote_app).run()
    assert at.dialog == []
    at.button[0].click().run()
    (dialog,) = at.dialog
    assert dialog.title == "Cast your vote"
    assert dialog.props["width"] == "large" and dialog.props["dismissible"] is True
    assert dialog.markdown[0].value == "Why A?"
    # A widget inside reruns only the dialog's body: the dialog stays open.
    dialog.text_input[0].input("it is first").run()
    assert at.session_state.full == 2 and at.session_state.body == 2
    assert len(at.dialog) == 1
    assert at.dialog[0].text_input[0].value == "it is first"
    # Submit: st.rerun() inside the dialog reruns the app, which no longer opens it.
    at.dialog[0].button[0].click().run()
    assert at.dialog == []
    assert at.session_state.full == 3
    assert at.markdown[0].value == "You voted for A: it is first"


def test_a_second_dialog_in_one_run_raises() -> None:
    def app() -> None:
        import streamlit as st

        @st.dialog("One")
        def one() -> None:
            st.write("one")

        @st.dialog("Two")
        def two() -> None:
            st.write("two")

        one()
        two()

    at = AppTest.from_function(app).run()
    assert at.exception[0].value == ONE_DIALOG
    assert at.exception[0].type_name == "StreamlitAPIException"


def test_dialog_needs_a_title() -> None:
    def app() -> None:
        import streamlit as st

        @st.dialog("")
        def empty() -> None:
            st.write("x")

    at = AppTest.from_function(app).run()
    assert at.exception[0].value == EMPTY_TITLE


def test_invalid_on_dismiss_and_width() -> None:
    def app() -> None:
        import streamlit as st

        for kwargs in ({"on_dismiss": "close"}, {"width": "huge"}, {"position": "top"}):
            try:
                st.dialog("T", **kwargs)
            except st.errors.StreamlitAPIException as exc:
                st.write(type(exc).__name__)

    at = AppTest.from_function(app).run()
    assert [m.value for m in at.markdown] == ["StreamlitAPIException"] * 3


def dismiss_app(on_dismiss: str) -> None:
    import streamlit as st

    st.session_state.setdefault("full", 0)
    st.session_state.setdefault("log", [])
    st.session_state.full += 1

    def dismissed() -> None:
        st.session_state.log.append("dismissed")

    handler = dismissed if on_dismiss == "callable" else on_dismiss

    @st.dialog("Settings", on_dismiss=handler, dismissible=True)
    def settings() -> None:
        st.write("inside")

    st.session_state.setdefault("open", True)
    if st.session_state.open:
        st.session_state.open = False
        settings()


def test_on_dismiss_ignore_has_no_widget() -> None:
    at = AppTest.from_function(dismiss_app, args=("ignore",)).run()
    assert at.dialog[0].props["on_dismiss"] == "ignore"
    assert at.dialog[0].props["widget_id"] is None
    at.dialog[0].dismiss().run()  # Python is not told; this run() is a plain rerun
    assert at.session_state.log == []


def test_on_dismiss_rerun_reruns_the_app() -> None:
    at = AppTest.from_function(dismiss_app, args=("rerun",)).run()
    assert at.dialog[0].props["on_dismiss"] == "rerun"
    start = len(at.messages)
    at.dialog[0].dismiss().run()
    assert at.session_state.full == 2
    assert "fragment_id" not in at.messages[start]  # a full-app run
    assert at.dialog == []


def test_on_dismiss_callable_is_called_then_the_app_reruns() -> None:
    at = AppTest.from_function(dismiss_app, args=("callable",)).run()
    assert at.dialog[0].props["on_dismiss"] == "rerun"
    at.dialog[0].dismiss().run()
    assert at.session_state.log == ["dismissed"]
    assert at.session_state.full == 2


def test_not_dismissible() -> None:
    def app() -> None:
        import streamlit as st

        @st.dialog("Must answer", dismissible=False, on_dismiss="rerun", icon="🔒", width=640)
        def must() -> None:
            st.write("answer")

        must()

    at = AppTest.from_function(app).run()
    props = at.dialog[0].props
    assert props["dismissible"] is False and props["icon"] == "🔒" and props["width"] == 640
