"""st.chat_message, st.chat_input(accept_audio), st.metric, st.code, st.html and iframes."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest

from wasmlit.elements.chat_message import is_emoji
from wasmlit.elements.html import only_styles
from wasmlit.elements.metric_format import format_number

HEAD = "import streamlit as st\n"


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


def wav_bytes(rate: int = 16000, frames: int = 1600) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\0\0" * frames)
    return out.getvalue()


# -- st.chat_message ------------------------------------------------------------------


def test_chat_message_is_a_container_with_preset_avatars(make_app):
    at = make_app(
        HEAD
        + 'with st.chat_message("user"):\n    st.write("hi")\n'
        + 'msg = st.chat_message("AI")\nmsg.write("hello")\n'
        + 'st.chat_message("Human").markdown("x")\n'
    ).run()
    user, ai, human = at.chat_message
    assert (user.name, user.avatar, user.props["avatar_kind"]) == ("user", "user", "user")
    assert (ai.name, ai.avatar) == ("AI", "assistant")
    assert human.avatar == "user"
    assert user.markdown[0].value == "hi" and ai.markdown[0].value == "hello"
    assert at.main.children[0].type == "chat_message"


def test_chat_message_avatar_rules(make_app, tmp_path: Path):
    png = tmp_path / "a.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 16)
    at = make_app(
        HEAD
        + 'st.chat_message("🦖")\n'
        + 'st.chat_message("Bob")\n'
        + 'st.chat_message("Bob", avatar="🧑‍💻")\n'
        + 'st.chat_message("Bob", avatar=":material/smart_toy:")\n'
        + 'st.chat_message("Bob", avatar="assistant")\n'
        + 'st.chat_message("Bob", avatar="spinner")\n'
        + f"st.chat_message('Bob', avatar={str(png)!r}, width=300)\n"
    ).run()
    kinds = [(m.props["avatar_kind"], m.avatar) for m in at.chat_message[:6]]
    assert kinds == [
        ("emoji", "🦖"),
        ("initial", None),
        ("emoji", "🧑‍💻"),
        ("icon", ":material/smart_toy:"),
        ("assistant", "assistant"),
        ("spinner", "spinner"),
    ]
    image = at.chat_message[6]
    assert image.props["avatar_kind"] == "image" and image.props["width"] == 300
    assert image.avatar["mime_type"] == "image/png" and image.avatar["data"].startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("call", "name", "message"),
    [
        ("st.chat_message(None)", "StreamlitAPIException", "author name is required"),
        ("st.chat_message('a', avatar=12)", "StreamlitAPIException", "Failed to load"),
        ("st.chat_message('a', avatar=':material/')", "StreamlitAPIException", "Material icon"),
        ("st.chat_message('a', width=0)", "StreamlitInvalidWidthError", "Invalid width"),
    ],
)
def test_chat_message_errors(make_app, call, name, message):
    at = make_app(HEAD + call + "\n").run()
    kind, text = error_of(at)
    assert kind == name and message in text


def test_is_emoji():
    assert all(is_emoji(e) for e in ("🦖", "👍🏽", "🧑‍💻", "🇫🇷", "1️⃣", "❤️"))
    assert not any(is_emoji(t) for t in ("", "a", "ab", "user", "🦖 dino", ":smile:"))


# -- st.chat_input(accept_audio=True) ---------------------------------------------------

AUDIO_APP = (
    HEAD
    + "import wave\n"
    + "v = st.chat_input(accept_audio=True{extra})\n"
    + "if v is None:\n    st.text('None')\n"
    + "else:\n"
    + "    a = v.audio\n"
    + "    rate = None if a is None else wave.open(a).getframerate()\n"
    + "    st.text(repr((v.text, 'files' in v, None if a is None else (a.name, a.type), rate)))\n"
)


def test_chat_input_audio_value_is_a_chat_input_value_with_a_wav(make_app):
    at = make_app(AUDIO_APP.format(extra="")).run()
    chat = at.chat_input[0]
    assert (chat.props["accept_audio"], chat.props["audio_sample_rate"]) == (True, 16000)
    assert at.text[0].value == "None"
    chat.set_value("hey", audio=("audio.wav", wav_bytes(), "audio/wav")).run()
    assert at.text[0].value == "('hey', False, ('audio.wav', 'audio/wav'), 16000)"
    at.run()  # a trigger: gone on the next run
    assert at.text[0].value == "None"
    # Text only: audio is None but the key is there.
    at.chat_input[0].set_value("typed").run()
    assert at.text[0].value == "('typed', False, None, None)"


def test_chat_input_audio_with_files_and_sample_rates(make_app):
    at = make_app(AUDIO_APP.format(extra=", accept_file=True, audio_sample_rate=None")).run()
    assert at.chat_input[0].props["audio_sample_rate"] is None
    at.chat_input[0].set_value(None, files=[], audio=("audio.wav", wav_bytes(48000), "audio/wav"))
    at.run()
    assert at.text[0].value == "('', True, ('audio.wav', 'audio/wav'), 48000)"


def test_chat_input_audio_rejects_non_wav_recordings_and_bad_rates(make_app):
    at = make_app(AUDIO_APP.format(extra="")).run()
    at.chat_input[0].set_value("x", audio=("a.mp3", b"ID3", "audio/mpeg")).run()
    kind, text = error_of(at)
    assert kind == "StreamlitAPIException" and "Only WAV files" in text
    at = make_app(AUDIO_APP.format(extra=", audio_sample_rate=12345")).run()
    kind, text = error_of(at)
    assert kind == "StreamlitAPIException" and "Invalid sample_rate: 12345" in text


# -- st.metric --------------------------------------------------------------------------


def metric_props(make_app, call: str) -> dict:
    at = make_app(HEAD + call + "\n").run()
    assert not at.exception, at.exception
    return at.metric[0].props


@pytest.mark.parametrize(
    ("args", "color", "arrow"),
    [
        ("1, 2", "green", "up"),
        ("1, -2", "red", "down"),
        ("1, '-5%'", "red", "down"),
        ("1, ' 5%'", "green", "up"),
        ("1, -2, delta_color='inverse'", "green", "down"),
        ("1, 2, delta_color='inverse'", "red", "up"),
        ("1, 2, delta_color='off'", "gray", "up"),
        ("1, 2, delta_color='violet'", "violet", "up"),
        ("1, -2, delta_arrow='up'", "red", "up"),
        ("1, 2, delta_arrow='off'", "green", "none"),
        ("1, None", "gray", "none"),
        ("1, ''", "gray", "none"),
    ],
)
def test_metric_delta_colour_and_arrow(make_app, args, color, arrow):
    props = metric_props(make_app, f"st.metric('M', {args})")
    assert (props["color"], props["arrow"]) == (color, arrow)


def test_metric_values_formats_and_chart(make_app):
    at = make_app(
        HEAD
        + "import decimal\n"
        + "st.metric('a', None)\n"
        + "st.metric('b', 1234.5, 0.25, format='dollar')\n"
        + "st.metric('c', decimal.Decimal('1.50'), '**+3**', help='h', border=True)\n"
        + "st.metric('d', 7, chart_data=[1, None, float('nan'), 3], chart_type='area',"
        " delta_description='vs. yesterday', width=200, height=150, label_visibility='hidden')\n"
    ).run()
    a, b, c, d = at.metric
    assert (a.value, a.delta) == ("—", "")
    assert (b.label, b.value, b.delta) == ("b", "$1,234.50", "$0.25")
    assert (c.value, c.delta, c.help, c.props["border"]) == ("1.50", "**+3**", "h", True)
    assert d.props["chart_data"] == [1.0, None, None, 3.0]
    assert (d.props["chart_type"], d.props["delta_description"]) == ("area", "vs. yesterday")
    assert (d.props["width"], d.props["height"], d.props["label_visibility"]) == (
        200,
        150,
        "hidden",
    )


@pytest.mark.parametrize(
    ("call", "name", "message"),
    [
        ("st.metric(1, 2)", "TypeError", "label only accepts: str"),
        ("st.metric('a', [1])", "TypeError", "value only accepts"),
        ("st.metric('a', 1, delta=[1])", "TypeError", "delta only accepts"),
        ("st.metric('a', 1, 2, delta_color='pink')", "StreamlitAPIException", "delta_color"),
        ("st.metric('a', 1, 2, delta_arrow='left')", "StreamlitAPIException", "delta_arrow"),
        ("st.metric('a', 1, chart_type='pie')", "StreamlitAPIException", "chart_type"),
        ("st.metric('a', 1, chart_data='abc')", "StreamlitAPIException", "chart_data"),
        ("st.metric('a', 1, label_visibility='x')", "StreamlitAPIException", "label_visibility"),
    ],
)
def test_metric_errors(make_app, call, name, message):
    kind, text = error_of(make_app(HEAD + call + "\n").run())
    assert kind == name and message in text


def test_metric_number_formats():
    assert format_number(1234.5, "localized") == "1,234.5"
    assert format_number(0.256, "percent") == "25.60%"
    assert format_number(-3.5, "euro") == "-€3.50"
    assert format_number(-3.5, "accounting") == "(3.50)"
    assert format_number(1_250_000, "compact") == "1.2M"
    assert format_number(12345, "engineering") == "12.345E3"
    assert format_number(3.14159, "%.2f") == "3.14"
    assert format_number(3, "no pattern") == "3"


# -- st.code, st.html, st.iframe, components ---------------------------------------------


def test_code_height_and_options(make_app):
    at = make_app(
        HEAD
        + "st.code('x = 1', height=120, line_numbers=True, wrap_lines=True)\n"
        + "st.code('y', language=None, height='stretch')\n"
        + "st.code('z')\n"
    ).run()
    heights = [c.props["height"] for c in at.code]
    assert heights == [120, "stretch", "content"]
    assert at.code[0].props["line_numbers"] and at.code[0].props["wrap_lines"]
    assert at.code[1].props["language"] is None
    err = make_app(HEAD + "st.code('x', height=-1)\n").run()
    assert error_of(err)[0] == "StreamlitInvalidHeightError"


def test_html_bodies_paths_and_styles(make_app, tmp_path: Path):
    (tmp_path / "page.html").write_text("<b>from file</b>", encoding="utf-8")
    (tmp_path / "look.css").write_text("p { color: red }", encoding="utf-8")
    at = make_app(
        HEAD
        + "from pathlib import Path\n"
        + "class Rich:\n    def _repr_html_(self):\n        return '<i>rich</i>'\n"
        + "st.html('<p>hi</p>', unsafe_allow_javascript=True)\n"
        + f"st.html(Path({str(tmp_path / 'page.html')!r}))\n"
        + f"st.html(Path({str(tmp_path / 'look.css')!r}))\n"
        + "st.html(Rich(), width='content')\n"
        + f"st.html({str(tmp_path / 'page.html')!r})\n"
    ).run()
    bodies = [h.value for h in at.main.html]
    assert bodies == ["<p>hi</p>", "<b>from file</b>", "<i>rich</i>", str(tmp_path / "page.html")]
    assert at.main.html[0].props["unsafe_allow_javascript"] is True
    assert at.main.html[2].props["width"] == "content"
    # Styles only: the event root, taking no room in the layout.
    assert at.html[-1].value == "<style>p { color: red }</style>"
    assert only_styles("<!-- c --><style>a{}</style>\n<STYLE x>b{}</STYLE>")
    assert not only_styles("<style>a{}</style><p>x</p>")
    assert error_of(make_app(HEAD + "st.html('')\n").run())[0] == (
        "StreamlitMissingRequiredParameterError"
    )


def test_iframe_sources_and_components(make_app, tmp_path: Path):
    (tmp_path / "r.html").write_text("<h1>report</h1>", encoding="utf-8")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    at = make_app(
        HEAD
        + "import streamlit.components.v1 as components\n"
        + "st.iframe('https://example.com', height=300, tab_index=0)\n"
        + "st.iframe('/app/static/a.html')\n"
        + f"st.iframe({str(tmp_path / 'r.html')!r})\n"
        + f"st.iframe({str(tmp_path / 'doc.pdf')!r})\n"
        + "st.iframe('<b>inline</b>', alt='Inline')\n"
        + "components.html('<p>c</p>', height=200, scrolling=True)\n"
        + "st.components.v1.iframe('https://example.org', width=300)\n"
    ).run()
    frames = at.get("iframe")
    assert [(f.props["src"], f.props["srcdoc"]) for f in frames] == [
        ("https://example.com", None),
        ("/app/static/a.html", None),
        (None, "<h1>report</h1>"),
        (None, None),
        (None, "<b>inline</b>"),
        (None, "<p>c</p>"),
        ("https://example.org", None),
    ]
    assert (frames[0].props["height"], frames[0].props["tab_index"]) == (300, 0)
    assert (frames[3].props["data"], frames[3].props["mime_type"]) == (
        b"%PDF-1.4",
        "application/pdf",
    )
    assert frames[4].props["title"] == "Inline"
    assert (frames[5].props["height"], frames[5].props["scrolling"]) == (200, True)
    assert (frames[6].props["width"], frames[6].props["height"]) == (300, 150)
    bad = make_app(HEAD + "st.iframe('https://x', tab_index=-5)\n").run()
    assert "tab_index" in error_of(bad)[1]
