"""st.file_uploader and st.chat_input with files: type rules, modes, size limits, forms."""

from __future__ import annotations

import io

import pytest

from wasmlit.elements.chat_input_value import ChatInputValue
from wasmlit.runtime.file_types import file_allowed, normalize_file_types, upload_limit_mb
from wasmlit.runtime.uploads import FileRecord, UploadedFile

HEAD = "import streamlit as st\n"
MB = 1024 * 1024


def texts(at) -> list[str]:
    return [t.value for t in at.text]


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


def describe_files() -> str:
    """Script lines that print the uploader's value as names and sizes."""
    return (
        "if v is None or isinstance(v, list):\n"
        "    st.text(repr(None if v is None else [(f.name, f.size) for f in v]))\n"
        "else:\n"
        "    st.text(repr((v.name, v.size, v.type)))\n"
    )


# -- shared type rules ---------------------------------------------------------------


def test_types_are_normalized_with_dots_lowercase_and_aliases():
    assert normalize_file_types(None) == []
    assert normalize_file_types("CSV") == [".csv"]
    assert normalize_file_types([".JPG", "png"]) == [".jpg", ".png", ".jpeg"]
    assert normalize_file_types(["image", "Application/PDF", "tar.gz", " "]) == [
        "image/*",
        "application/pdf",
        ".tar.gz",
        ".tgz",
    ]


@pytest.mark.parametrize(
    ("name", "mime", "types", "allowed"),
    [
        ("Photo.JPEG", "image/jpeg", [".jpg", ".jpeg"], True),
        ("data.csv", "text/csv", [".txt"], False),
        ("x.bin", "image/png", ["image/*"], True),
        ("x.bin", "image/png", ["image/gif"], False),
        ("dir/a.tar.gz", "", [".tar.gz"], True),
        ("anything", "", [], True),
    ],
)
def test_file_allowed_matches_extensions_and_mime_patterns(name, mime, types, allowed):
    assert file_allowed(name, mime, types) is allowed


def test_upload_limit_comes_from_the_parameter_or_the_config():
    assert upload_limit_mb(None, {"server.maxUploadSize": 7}) == 7
    assert upload_limit_mb(3, {}) == 3
    for bad in (0, -1, 1.5, True, "10"):
        with pytest.raises(Exception, match="max_upload_size must be a positive integer"):
            upload_limit_mb(bad, {})


# -- st.file_uploader ----------------------------------------------------------------


def test_single_file_returns_none_then_the_file_and_a_new_pick_replaces_it(make_app):
    at = make_app(HEAD + 'v = st.file_uploader("Data", type="csv")\n' + describe_files()).run()
    up = at.file_uploader[0]
    assert texts(at) == ["None"] and up.value is None
    assert (up.label, up.allowed_types, up.accept_multiple_files, up.max_upload_size) == (
        "Data",
        [".csv"],
        False,
        200,
    )
    up.upload("a.csv", b"x,y\n1,2\n", "text/csv").run()
    assert texts(at) == ["('a.csv', 8, 'text/csv')"]
    at.file_uploader[0].upload("B.CSV", b"z\n", "text/csv").run()
    assert texts(at) == ["('B.CSV', 2, 'text/csv')"]
    assert [r["name"] for r in at.file_uploader[0].props["value"]] == ["B.CSV"]
    at.file_uploader[0].clear().run()
    assert texts(at) == ["None"]


def test_multiple_files_add_up_and_one_can_be_removed(make_app):
    at = make_app(
        HEAD + 'v = st.file_uploader("Files", accept_multiple_files=True)\n' + describe_files()
    ).run()
    assert texts(at) == ["[]"]
    at.file_uploader[0].upload("a.txt", b"a").run()
    at.file_uploader[0].upload("b.txt", b"bb").run()
    assert texts(at) == ["[('a.txt', 1), ('b.txt', 2)]"]
    at.file_uploader[0].remove("a.txt").run()
    assert texts(at) == ["[('b.txt', 2)]"]


def test_directory_mode_keeps_relative_paths_and_only_matching_types(make_app):
    at = make_app(
        HEAD
        + 'v = st.file_uploader("Folder", type=["png"], accept_multiple_files="directory")\n'
        + describe_files()
    ).run()
    up = at.file_uploader[0]
    assert up.accept_multiple_files == "directory" and up.props["mode"] == "directory"
    up.upload("photos/2024/a.png", b"1", "image/png")
    up.upload("photos/notes.txt", b"22", "text/plain").run()
    assert texts(at) == ["[('photos/2024/a.png', 1)]"]


def test_wrong_type_and_oversized_files_are_dropped_in_python(make_app):
    at = make_app(
        HEAD + 'v = st.file_uploader("Files", type=["csv"], accept_multiple_files=True,'
        " max_upload_size=1)\n" + describe_files()
    ).run()
    up = at.file_uploader[0]
    up.upload("ok.csv", b"1", "text/csv")
    up.upload("evil.exe", b"MZ", "application/octet-stream")
    up.upload("big.csv", b"0" * (MB + 1), "text/csv").run()
    assert texts(at) == ["[('ok.csv', 1)]"]
    assert [r["name"] for r in at.file_uploader[0].props["value"]] == ["ok.csv"]
    assert at.file_uploader[0].props["max_upload_size"] == 1


def test_limit_defaults_to_server_max_upload_size(make_app):
    at = make_app(HEAD + 'v = st.file_uploader("F")\n' + describe_files())
    at.session.options["server.maxUploadSize"] = 1
    at.run()
    assert at.file_uploader[0].max_upload_size == 1
    at.file_uploader[0].upload("big.bin", b"0" * (MB + 1)).run()
    assert texts(at) == ["None"]


def test_unknown_file_ids_and_malformed_values_do_not_crash(make_app):
    at = make_app(HEAD + 'v = st.file_uploader("F", key="f")\n' + describe_files()).run()
    wid = at.file_uploader[0].id
    at.session.rerun(
        [{"id": wid, "value": [{"file_id": "gone", "name": "x", "type": "", "size": 1}]}]
    )
    assert not at.exception and at.text[0].value == "None"
    at.session.rerun([{"id": wid, "value": "not a list"}])
    assert not at.exception


@pytest.mark.parametrize(
    ("call", "name", "message"),
    [
        ('st.file_uploader("F", max_upload_size=0)', "StreamlitAPIException", "positive integer"),
        ('st.file_uploader("F", accept_multiple_files="many")', "StreamlitAPIException", "boolean"),
        ('st.file_uploader("F", width="content")', "StreamlitInvalidWidthError", "width"),
        ('st.file_uploader("F", label_visibility="gone")', "StreamlitAPIException", "visibility"),
    ],
)
def test_invalid_parameters(make_app, call, name, message):
    at = make_app(HEAD + call + "\n").run()
    got, text = error_of(at)
    assert got == name and message in text


def test_chrome_width_disabled_and_help_reach_the_ui(make_app):
    at = make_app(
        HEAD + 'st.file_uploader("**F**", help="Pick", disabled=True, '
        'label_visibility="collapsed", width=300)\n'
    ).run()
    p = at.file_uploader[0].props
    assert (p["label"], p["help"], p["disabled"], p["label_visibility"], p["width"]) == (
        "**F**",
        "Pick",
        True,
        "collapsed",
        300,
    )


def test_on_change_gets_args_and_kwargs_and_sees_the_new_files(make_app):
    at = make_app(
        HEAD + "def changed(a, *, b):\n"
        "    f = st.session_state.up\n"
        "    st.session_state.log = (a, b, None if f is None else f.name)\n"
        'st.file_uploader("F", key="up", on_change=changed, args=(1,), kwargs={"b": 2})\n'
    ).run()
    at.file_uploader[0].upload("x.txt", b"x").run()
    assert at.session_state["log"] == (1, 2, "x.txt")


def test_file_uploader_cannot_be_set_through_session_state(make_app):
    at = make_app(HEAD + 'st.session_state.up = None\nst.file_uploader("F", key="up")\n').run()
    assert error_of(at)[0] == "StreamlitValueAssignmentNotAllowedError"


def test_in_a_form_the_files_wait_for_submit(make_app):
    at = make_app(
        HEAD + 'with st.form("f"):\n'
        '    v = st.file_uploader("F")\n'
        '    st.form_submit_button("Go")\n' + describe_files()
    ).run()
    at.file_uploader[0].upload("a.txt", b"abc").run()
    assert texts(at) == ["None"]  # held in the browser until submit
    at.button[0].click().run()
    assert texts(at) == ["('a.txt', 3, 'application/octet-stream')"]


def test_uploaded_files_work_with_pandas_and_pillow(make_app):
    pytest.importorskip("pandas")
    pil = pytest.importorskip("PIL.Image")
    buf = io.BytesIO()
    pil.new("RGB", (3, 2), "red").save(buf, format="PNG")
    at = make_app(
        HEAD + "import pandas as pd\nfrom PIL import Image\n"
        'c = st.file_uploader("CSV", type="csv")\n'
        'i = st.file_uploader("Image", type=["png"])\n'
        "if c is not None:\n    st.text(repr(pd.read_csv(c).to_dict('list')))\n"
        "if i is not None:\n    st.text(repr(Image.open(i).size))\n"
    ).run()
    at.file_uploader[0].upload("d.csv", b"a,b\n1,2\n", "text/csv")
    at.file_uploader[1].upload("p.png", buf.getvalue(), "image/png").run()
    assert texts(at) == ["{'a': [1], 'b': [2]}", "(3, 2)"]


def test_files_are_released_once_removed(make_app):
    at = make_app(HEAD + 'st.file_uploader("F")\n').run()
    at.file_uploader[0].upload("a.txt", b"a").run()
    assert len(at.session.uploads) == 1
    at.file_uploader[0].clear().run()
    assert len(at.session.uploads) == 0


# -- ChatInputValue ------------------------------------------------------------------


def _file(name: str = "a.txt") -> UploadedFile:
    return UploadedFile(FileRecord("id-" + name, name, "text/plain", b"abc"))


def test_chat_input_value_is_dict_like_with_only_the_keys_that_apply():
    value = ChatInputValue("hi", [_file()], include_files=True)
    assert value.text == "hi" and value["text"] == "hi"
    assert [f.name for f in value.files] == ["a.txt"] and value["files"] == value.files
    assert list(value) == ["text", "files"] and len(value) == 2
    assert value.to_dict() == {"text": "hi", "files": [_file()]}
    assert "audio" not in value
    with pytest.raises(KeyError):
        value["audio"]
    with pytest.raises(AttributeError, match="accept_audio=False"):
        _ = value.audio
    value["text"] = "changed"
    assert value.text == "changed"
    with pytest.raises(KeyError):
        value["audio"] = None
    text_only = ChatInputValue("x")
    assert text_only.to_dict() == {"text": "x"}
    with pytest.raises(AttributeError, match="accept_file=False"):
        _ = text_only.files
    audio = ChatInputValue("x", include_audio=True)
    assert audio.to_dict() == {"text": "x", "audio": None}
    del value["text"]
    assert list(value) == ["files"]


# -- st.chat_input with files --------------------------------------------------------


CHAT = (
    HEAD + 'v = st.chat_input("Say", accept_file={mode}, file_type={types}{extra})\n'
    "if v is None:\n    st.text('None')\n"
    "else:\n"
    "    st.text(repr((type(v).__name__, v.text, [(f.name, f.size) for f in v.files])))\n"
)


def chat_app(make_app, mode="True", types="None", extra=""):
    return make_app(CHAT.format(mode=mode, types=types, extra=extra)).run()


def test_chat_input_with_files_returns_a_chat_input_value_for_one_run(make_app):
    at = chat_app(make_app, types='["csv", "image"]')
    chat = at.chat_input[0]
    assert (chat.props["accept_file"], chat.props["file_type"]) == ("single", ["image/*", ".csv"])
    chat.set_value("look", files=[("d.csv", b"a,b\n", "text/csv")]).run()
    assert texts(at) == ["('ChatInputValue', 'look', [('d.csv', 4)])"]
    at.run()
    assert texts(at) == ["None"]
    # Text only: files is an empty list.
    at.chat_input[0].set_value("just text").run()
    assert texts(at) == ["('ChatInputValue', 'just text', [])"]
    # Files only: text is "".
    at.chat_input[0].set_value(None, files=[("p.png", b"png", "image/png")]).run()
    assert texts(at) == ["('ChatInputValue', '', [('p.png', 3)])"]


def test_chat_input_file_type_and_size_are_enforced_in_python(make_app):
    at = chat_app(make_app, mode='"multiple"', types='"txt"', extra=", max_upload_size=1")
    assert at.chat_input[0].props["max_upload_size"] == 1
    files = [
        ("a.txt", b"a", "text/plain"),
        ("b.exe", b"b", "application/octet-stream"),
        ("c.txt", b"0" * (MB + 1), "text/plain"),
    ]
    at.chat_input[0].set_value("x", files=files).run()
    assert texts(at) == ["('ChatInputValue', 'x', [('a.txt', 1)])"]


def test_chat_input_accept_file_values(make_app):
    for mode, expected in (('"multiple"', "multiple"), ('"directory"', "directory")):
        assert chat_app(make_app, mode=mode).chat_input[0].props["accept_file"] == expected
    at = chat_app(make_app, mode='"many"')
    name, text = error_of(at)
    assert name == "StreamlitAPIException" and "accept_file" in text


def test_chat_input_without_files_still_returns_text(make_app):
    at = make_app(HEAD + 'st.text(repr(st.chat_input("Say")))\n').run()
    at.chat_input[0].set_value("plain").run()
    assert texts(at) == ["'plain'"]
