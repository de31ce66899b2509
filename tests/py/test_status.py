"""Status elements: alerts' icon/title, exception, progress, spinner, status, toast,
balloons, snow and skeleton."""

from __future__ import annotations

import pytest

from wasmlit.elements.icons import check_icon, is_emoji
from wasmlit.elements.toast import toast_duration
from wasmlit.errors import StreamlitAPIException


def test_alert_icon_title_and_width(make_app):
    at = make_app(
        """
        import streamlit as st
        st.info("body", icon=":material/info:", title="Heads up", width=300)
        st.error("plain")
        """
    ).run()
    info = at.info[0]
    assert info.icon == ":material/info:" and info.props["title"] == "Heads up"
    assert info.value == "body" and info.props["width"] == 300
    assert at.error[0].icon is None and at.error[0].props["title"] is None


@pytest.mark.parametrize(
    ("icon", "message"),
    [
        (
            "':smile:'",
            'The value ":smile:" is not a valid icon. Emoji shortcodes are not supported.',
        ),
        ("'x'", 'The value "x" is not a valid icon.'),
        ("'🔥🔥'", 'The value "🔥🔥" is not a valid emoji. Please use a single emoji.'),
        ("':material/Not-A-Name:'", "is not a valid Material icon"),
        ("'https://x.org/a.png'", "looks like a URL. Images are not supported for `icon`."),
        ("3", "Invalid `icon` type. Expected one of: str, None. Provided type: int."),
    ],
)
def test_bad_alert_icons_raise_streamlits_errors(make_app, icon, message):
    at = make_app(f"import streamlit as st\nst.success('ok', icon={icon})").run()
    assert message in at.exception[0].value
    assert not at.success


def test_emoji_check_accepts_sequences_and_rejects_text():
    for emoji in ("🔥", "👍🏽", "👨\u200d👩\u200d👧", "🇫🇷", "❤️", "✅"):
        assert is_emoji(emoji), emoji
    for text in ("🔥🔥", "a", "é", ""):
        assert not is_emoji(text), text
    assert check_icon("  ") is None and check_icon(None) is None
    assert check_icon(" :material/thumb_up: ") == ":material/thumb_up:"


def test_exception_width_and_user_frames(make_app):
    at = make_app(
        """
        import streamlit as st
        def fail():
            raise ValueError("nope")
        try:
            fail()
        except ValueError as e:
            st.exception(e, width=400)
        """
    ).run()
    exc = at.exception[0]
    assert exc.props["width"] == 400 and exc.message == "nope"
    frames = exc.props["frames"]
    assert [f["name"] for f in frames] == ["<module>", "fail"]
    assert all(f["is_user_code"] for f in frames)
    assert not any("wasmlit" in f["filename"] for f in frames)


def test_uncaught_error_uses_the_exception_element_without_runtime_frames(make_app):
    at = make_app("import streamlit as st\n1 / 0").run()
    exc = at.exception[0]
    assert exc.type_name == "ZeroDivisionError"
    assert not any("wasmlit" in f["filename"] for f in exc.props["frames"])


def test_progress_exact_errors_and_near_bounds(make_app):
    at = make_app(
        """
        import streamlit as st
        st.progress(1.0000000000000002, text="**done**", width=200)
        st.progress(-0.0000000000001)
        bar = st.progress(10)
        bar.progress(20, text="later")
        """
    ).run()
    assert [p.value for p in at.progress] == [100, 0, 20]
    assert at.progress[0].text == "**done**" and at.progress[0].props["width"] == 200
    assert at.progress[2].text == "later"
    cases = {
        "-1": "Progress Value has invalid value [0, 100]: -1",
        "-0.5": "Progress Value has invalid value [0.0, 1.0]: -0.500000",
        "None": "Progress Value has invalid type: NoneType",
        "50, text=5": (
            "Progress Text is of type <class 'int'>, which is not an accepted type."
            "Text only accepts: str. Please convert the text to an accepted type."
        ),
    }
    for args, message in cases.items():
        at = make_app(f"import streamlit as st\nst.progress({args})").run()
        assert at.exception[0].value == message


def test_spinner_context_decorator_and_width(session_for):
    session, recorder = session_for(
        """
        import streamlit as st
        with st.spinner("Loading", show_time=True, width=250):
            st.write("work")
        @st.spinner("Decorated")
        def job():
            return 42
        st.write(job())
        """
    )
    session.rerun([])
    spinners = [m for m in recorder.deltas() if m["node"]["type"] == "spinner"]
    assert [s["node"]["props"]["text"] for s in spinners] == ["Loading", "Decorated"]
    assert spinners[0]["node"]["props"] == {"text": "Loading", "show_time": True, "width": 250}
    # Each spinner's slot is emptied when its block ends.
    for s in spinners:
        later = [m for m in recorder.deltas() if m["path"] == s["path"]]
        assert later[-1]["node"]["type"] == "empty"


def test_status_complete_on_exit_error_on_exception_and_update(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.status("Downloading", expanded=True) as s:
            st.write("step 1")
        other = st.status("Manual")
        other.update(label="Manual done", state="complete", expanded=False)
        kept = st.status("Kept", state="running")
        with kept:
            kept.update(state="error")
        try:
            with st.status("Failing"):
                raise RuntimeError("boom")
        except RuntimeError:
            pass
        """
    ).run()
    states = {b.label: b.state for b in at.status}
    assert states == {
        "Downloading": "complete",
        "Manual done": "complete",
        "Kept": "error",
        "Failing": "error",
    }
    first = at.status[0]
    assert first.markdown[0].value == "step 1"  # children survive the update
    assert first.props["expanded"] is None  # the exit update leaves the open state alone
    assert at.status[1].props["expanded"] is False


def test_status_bad_state_and_type(make_app):
    at = make_app("import streamlit as st\nst.status('x', state='done')").run()
    assert at.exception[0].value == (
        "Invalid `state` value. Supported values: 'running', 'complete', 'error'."
    )
    at = make_app("import streamlit as st\nst.status('x').update(state='nope')").run()
    assert "Invalid `state` value" in at.exception[0].value
    at = make_app("import streamlit as st\nst.status('x', type='big')").run()
    assert "Invalid `type` value" in at.exception[0].value


def test_toast_goes_to_event_root_and_updates_in_place(session_for):
    session, recorder = session_for(
        """
        import streamlit as st
        with st.sidebar:
            msg = st.toast("Saving", icon="💾", duration="long")
        msg.toast("Saved!", duration=2)
        st.toast("Stays", duration="infinite")
        """
    )
    session.rerun([])
    toasts = [m for m in recorder.deltas() if m["node"]["type"] == "toast"]
    assert [t["path"] for t in toasts] == [[2, 0], [2, 0], [2, 1]]
    assert [t["node"]["props"]["duration"] for t in toasts] == [10.0, 2.0, None]
    assert toasts[1]["node"]["props"]["body"] == "Saved!"


def test_toast_apptest_accessor_and_errors(make_app):
    at = make_app("import streamlit as st\nst.toast('hi', icon='🎉')").run()
    assert at.toast[0].value == "hi" and at.toast[0].icon == "🎉"
    assert at.toast[0].duration == 4.0
    at = make_app("import streamlit as st\nst.toast('')").run()
    assert at.exception[0].value == "Toast body cannot be blank - please provide a message."
    at = make_app("import streamlit as st\nst.toast('x', duration='forever')").run()
    assert "`duration`" in at.exception[0].value


def test_toast_durations():
    assert toast_duration("short") == 4.0
    assert toast_duration("long") == 10.0
    assert toast_duration("infinite") is None
    assert toast_duration(1.5) == 1.5
    for bad in (0, -1, True, "soon", None):
        with pytest.raises(StreamlitAPIException):
            toast_duration(bad)


def test_balloons_and_snow_go_to_the_event_root(session_for):
    session, recorder = session_for(
        "import streamlit as st\ncol = st.container()\ncol.balloons()\nst.snow()"
    )
    session.rerun([])
    events = [(m["path"], m["node"]["type"]) for m in recorder.deltas() if m["path"][0] == 2]
    assert events == [([2, 0], "balloons"), ([2, 1], "snow")]


def test_skeleton_standalone_and_context_manager(make_app):
    at = make_app(
        """
        import streamlit as st
        slot = st.skeleton(height=80)
        with st.skeleton():
            st.write("loaded")
        slot.write("filled")
        """
    ).run()
    kinds = [child.type for child in at.main.children.values()]
    # slot replaced by markdown; the context skeleton emptied; the write went to main.
    assert kinds == ["markdown", "empty", "markdown"]
    assert at.markdown.values == ["filled", "loaded"]
    at = make_app("import streamlit as st\nst.skeleton(height=-3)").run()
    assert at.exception[0].value == (
        "Invalid height value: -3. Height must be either a positive integer (pixels) or 'stretch'."
    )
    at = make_app("import streamlit as st\nst.skeleton(height='stretch', width=120)").run()
    skeleton = at.get("skeleton")[0]
    assert skeleton.props == {"height": "stretch", "width": 120}
