"""st.camera_input: value semantics, callbacks, parameters and errors (AppTest)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from wasmlit.errors import StreamlitValueAssignmentNotAllowedError
from wasmlit.runtime.uploads import UploadedFile


def _jpeg(width: int = 64, height: int = 48) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buf, "JPEG")
    return buf.getvalue()


def _texts(at) -> list[str]:
    return [m.value for m in at.markdown]


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


PHOTO_APP = """
import streamlit as st
from PIL import Image
import numpy as np

picture = st.camera_input("Take a picture", key="cam")
if picture is None:
    st.write("no photo")
else:
    st.write(f"{picture.name}|{picture.type}|{Image.open(picture).size}")
    picture.seek(0)
    st.write(f"shape {np.array(Image.open(picture)).shape}")
"""


def test_no_photo_is_none_then_a_photo_is_a_jpeg_uploaded_file(make_app):
    at = make_app(PHOTO_APP).run()
    cam = at.camera_input[0]
    assert cam.value is None and cam.props["value"] is None
    assert _texts(at) == ["no photo"]

    cam.take_photo(_jpeg(64, 48)).run()
    value = at.camera_input[0].value
    assert isinstance(value, UploadedFile)
    assert value.type == "image/jpeg"
    assert value.name.startswith("camera-input-") and value.name.endswith(".jpg")
    assert _texts(at) == [f"{value.name}|image/jpeg|(64, 48)", "shape (48, 64, 3)"]
    # The UI is told which photo the script sees (a reference, not the bytes).
    assert at.camera_input[0].props["value"] == {
        "file_id": value.file_id,
        "name": value.name,
        "type": "image/jpeg",
        "size": value.size,
    }
    assert at.session_state["cam"] == value


def test_clear_returns_none_and_drops_the_file(make_app):
    at = make_app(PHOTO_APP).run()
    at.camera_input[0].take_photo(_jpeg()).run()
    file_id = at.camera_input[0].value.file_id
    assert file_id in at.session.uploads
    at.camera_input[0].clear().run()
    assert at.camera_input[0].value is None
    assert _texts(at) == ["no photo"]
    assert file_id not in at.session.uploads


def test_photo_stays_across_reruns_and_reads_from_the_start(make_app):
    at = make_app(PHOTO_APP).run()
    at.camera_input[0].take_photo(_jpeg(32, 16)).run()
    at.run()  # the script read the file last run; a new run gets a fresh file object
    assert _texts(at)[1] == "shape (16, 32, 3)"


def test_on_change_with_args_and_kwargs_runs_once_per_change(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", [])
        def changed(tag, *, extra):
            st.session_state.calls.append((tag, extra, st.session_state.cam is not None))
        st.camera_input("Cam", key="cam", on_change=changed, args=("a",), kwargs={"extra": 1})
        st.write(str(st.session_state.calls))
        """
    ).run()
    at.camera_input[0].take_photo(_jpeg()).run()
    at.run()  # no change: no callback
    at.camera_input[0].clear().run()
    assert at.session_state["calls"] == [("a", 1, True), ("a", 1, False)]


def test_on_change_rerun_is_the_default_mode(make_app):
    at = make_app(
        'import streamlit as st\nst.write(repr(st.camera_input("Cam", on_change="rerun")))'
    ).run()
    assert not at.exception
    assert _texts(at) == ["None"]


@pytest.mark.parametrize(
    ("resolution", "height"), [("480p", 480), ("720p", 720), ("1080p", 1080), (None, None)]
)
def test_resolution_is_sent_as_a_target_height(make_app, resolution, height):
    at = make_app(
        f'import streamlit as st\nst.camera_input("Cam", resolution={resolution!r})'
    ).run()
    assert at.camera_input[0].props["resolution_height"] == height


@pytest.mark.parametrize("bad", ["4k", "720", 720, ""])
def test_bad_resolution_raises_streamlits_error(make_app, bad):
    at = make_app(f'import streamlit as st\nst.camera_input("Cam", resolution={bad!r})').run()
    assert error_of(at) == (
        "StreamlitAPIException",
        f"Invalid resolution: {bad!r}. Must be one of ['480p', '720p', '1080p'], or None.",
    )


def test_chrome_props_width_and_key_class(make_app):
    at = make_app(
        """
        import streamlit as st
        st.camera_input(
            "**Snap**", key="k", help="Smile", disabled=True,
            label_visibility="collapsed", width=300,
        )
        """
    ).run()
    cam = at.camera_input[0]
    assert (cam.label, cam.help, cam.disabled, cam.label_visibility) == (
        "**Snap**",
        "Smile",
        True,
        "collapsed",
    )
    assert cam.props["width"] == 300 and cam.key == "k"


def test_width_content_is_refused(make_app):
    at = make_app('import streamlit as st\nst.camera_input("Cam", width="content")').run()
    assert error_of(at) == (
        "StreamlitInvalidWidthError",
        "Invalid width value: 'content'. Width must be either an integer (pixels), or 'stretch'.",
    )


def test_cannot_be_set_through_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.cam = None
        st.camera_input("Cam", key="cam")
        """
    ).run()
    assert error_of(at) == (
        "StreamlitValueAssignmentNotAllowedError",
        str(StreamlitValueAssignmentNotAllowedError("cam")),
    )


def test_a_key_keeps_the_photo_when_the_label_changes(make_app):
    at = make_app(
        """
        import streamlit as st
        label = st.session_state.get("label", "First")
        p = st.camera_input(label, key="cam")
        st.write("yes" if p else "no")
        """
    ).run()
    at.camera_input[0].take_photo(_jpeg()).run()
    at.session_state["label"] = "Second"
    at.run()
    assert at.camera_input[0].label == "Second" and _texts(at) == ["yes"]


def test_without_key_identical_widgets_collide(make_app):
    at = make_app('import streamlit as st\nst.camera_input("Cam")\nst.camera_input("Cam")').run()
    assert error_of(at)[0] == "StreamlitDuplicateElementId"


def test_in_a_form_the_photo_waits_for_submit(make_app):
    at = make_app(
        """
        import streamlit as st
        with st.form("f"):
            p = st.camera_input("Cam")
            st.form_submit_button("Send")
        st.write("yes" if p else "no")
        """
    ).run()
    at.camera_input[0].take_photo(_jpeg()).run()
    assert _texts(at) == ["no"]
    at.button[0].click().run()
    assert _texts(at) == ["yes"]


def test_browser_wire_value_and_non_jpg_names(session_for):
    session, recorder = session_for(
        """
        import streamlit as st
        p = st.camera_input("Cam")
        st.write(repr(None if p is None else (p.name, p.read())))
        """
    )
    session.rerun()
    widget_id = next(
        d["node"]["id"] for d in recorder.deltas() if d["node"]["type"] == "camera_input"
    )

    def shown() -> str:
        return [d for d in recorder.deltas() if d["node"]["type"] == "markdown"][-1]["node"][
            "props"
        ]["body"]

    session.receive_upload("f1", "camera-input-1.jpg", "image/jpeg", b"\xff\xd8jpeg")
    ref = {"file_id": "f1", "name": "camera-input-1.jpg", "type": "image/jpeg", "size": 6}
    session.rerun([{"id": widget_id, "value": ref}])
    assert shown() == "('camera-input-1.jpg', b'\\xff\\xd8jpeg')"
    # Like Streamlit, only .jpg snapshots are taken: anything else is ignored.
    session.receive_upload("f2", "evil.html", "text/html", b"<p>")
    session.rerun([{"id": widget_id, "value": {**ref, "file_id": "f2", "name": "evil.html"}}])
    assert shown() == "('camera-input-1.jpg', b'\\xff\\xd8jpeg')"
    session.rerun([{"id": widget_id, "value": None}])
    assert shown() == "None"
