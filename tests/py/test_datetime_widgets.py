"""Date, time, datetime, chat and pagination widgets; date/time sliders; numeric and text polish."""

from __future__ import annotations

import datetime as dt

import pytest

HEAD = "import datetime as dt\nimport streamlit as st\n"


def run_one(make_app, call: str, before: str = ""):
    """An app that writes ``repr(<call>)``; returns the AppTest after its first run."""
    return make_app(f"{HEAD}{before}value = {call}\nst.text(repr(value))\n").run()


def shown(at) -> str:
    return at.text[0].value


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


def props(at, kind: str, i: int = 0) -> dict:
    return getattr(at, kind)[i].props


# -- st.date_input -----------------------------------------------------------------------


def test_date_input_default_is_today_with_ten_years_either_side(make_app):
    at = run_one(make_app, 'st.date_input("Day")')
    today = dt.date.today()
    widget = at.date_input[0]
    assert widget.value == today and shown(at) == repr(today)
    p = widget.props
    assert p["value"] == [today.isoformat()] and p["is_range"] is False
    assert p["min"] == today.replace(year=today.year - 10).isoformat()
    assert p["max"] == today.replace(year=today.year + 10).isoformat()
    assert p["format"] == "YYYY/MM/DD"


def test_date_input_accepts_datetime_and_iso_string(make_app):
    at = run_one(make_app, 'st.date_input("D", dt.datetime(2024, 5, 1, 13, 30))')
    assert at.date_input[0].value == dt.date(2024, 5, 1)
    at = run_one(make_app, 'st.date_input("D", "2024-05-01", min_value="2024-01-01")')
    assert at.date_input[0].value == dt.date(2024, 5, 1)
    assert at.date_input[0].min == dt.date(2024, 1, 1)
    assert at.date_input[0].max == dt.date(2034, 5, 1)


def test_date_input_none_is_empty_until_set(make_app):
    at = run_one(
        make_app, 'st.date_input("D", None, on_change=lambda: st.session_state.update(hit=1))'
    )
    assert at.date_input[0].value is None and props(at, "date_input")["value"] == []
    at.date_input[0].set_value(dt.date(2024, 2, 29)).run()
    assert shown(at) == "datetime.date(2024, 2, 29)"
    assert at.session_state["hit"] == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("[]", ()),
        ("[dt.date(2024, 5, 3)]", (dt.date(2024, 5, 3),)),
        ("(dt.date(2024, 5, 9), dt.date(2024, 5, 3))", (dt.date(2024, 5, 3), dt.date(2024, 5, 9))),
    ],
)
def test_date_input_ranges_return_tuples(make_app, value, expected):
    at = run_one(make_app, f'st.date_input("R", {value})')
    widget = at.date_input[0]
    assert widget.value == expected and widget.is_range
    assert widget.props["value"] == [d.isoformat() for d in expected]


def test_date_input_range_from_ui_and_callback_args(make_app):
    at = make_app(
        HEAD + "def cb(tag, *, n):\n    st.session_state.seen = (tag, n, st.session_state.r)\n"
        'v = st.date_input("R", [], key="r", on_change=cb, args=("x",), kwargs={"n": 2})\n'
        "st.text(repr(v))\n"
    ).run()
    at.date_input[0].set_value((dt.date(2024, 1, 2), dt.date(2024, 1, 5))).run()
    assert at.session_state["seen"] == ("x", 2, (dt.date(2024, 1, 2), dt.date(2024, 1, 5)))
    assert shown(at) == "(datetime.date(2024, 1, 2), datetime.date(2024, 1, 5))"
    # One end only: a one-element tuple, as Streamlit returns mid-selection.
    at.date_input[0].set_value((dt.date(2024, 1, 9),)).run()
    assert shown(at) == "(datetime.date(2024, 1, 9),)"


def test_date_input_session_state_binding(make_app):
    before = 'if "d" not in st.session_state:\n    st.session_state.d = dt.date(2020, 1, 1)\n'
    at = run_one(make_app, 'st.date_input("D", key="d", min_value=dt.date(2019, 1, 1))', before)
    assert at.date_input[0].value == dt.date(2020, 1, 1)
    assert at.date_input[0].props["value"] == ["2020-01-01"]


def test_date_input_wire_values_from_ui(session_for):
    session, rec = session_for(HEAD + 'st.text(repr(st.date_input("D", dt.date(2024, 5, 1))))')
    session.rerun([])
    widget_id = rec.deltas()[0]["node"]["id"]
    session.rerun([{"id": widget_id, "value": ["2024-06-30"]}])
    assert rec.deltas()[-1]["node"]["props"]["body"] == "datetime.date(2024, 6, 30)"
    # Out of bounds from a stale UI: ignored, the old value stays.
    session.rerun([{"id": widget_id, "value": ["1999-01-01"]}])
    assert rec.deltas()[-1]["node"]["props"]["body"] == "datetime.date(2024, 6, 30)"


@pytest.mark.parametrize("fmt", ["DD/MM/YYYY", "MM-DD-YYYY", "YYYY.MM.DD", "DD.MM.YYYY"])
def test_date_input_formats(make_app, fmt):
    at = run_one(make_app, f'st.date_input("D", dt.date(2024, 5, 1), format="{fmt}")')
    assert props(at, "date_input")["format"] == fmt


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.date_input("D", format="YY/MM/DD")', "DateInput format should be one of"),
        ('st.date_input("D", format="YYYY/MM-DD")', "is not valid"),
        (
            'st.date_input("D", dt.date(2020, 1, 1), min_value=dt.date(2021, 1, 1))',
            "must lie between the `min_value`",
        ),
        ('st.date_input("D", dt.date(2030, 1, 1), max_value="2025-01-01")', "inclusively"),
        ('st.date_input("D", [dt.date.today()] * 3)', "0 - 2 date/datetime values"),
        ('st.date_input("D", 5)', "is not a date"),
    ],
)
def test_date_input_errors(make_app, call, message):
    at = run_one(make_app, call)
    name, text = error_of(at)
    assert name == "StreamlitAPIException" and message in text


# -- st.time_input -----------------------------------------------------------------------


def test_time_input_now_drops_seconds(make_app):
    at = run_one(make_app, 'st.time_input("T")')
    value = at.time_input[0].value
    assert value.second == 0 and value.microsecond == 0
    assert props(at, "time_input")["step"] == 900 and props(at, "time_input")["format"] == "24h"


@pytest.mark.parametrize(
    ("value", "expected", "wire"),
    [
        ("dt.time(8, 45)", dt.time(8, 45), "08:45"),
        ("dt.datetime(2024, 1, 1, 17, 5, 30)", dt.time(17, 5, 30), "17:05:30"),
        ('"21:15"', dt.time(21, 15), "21:15"),
        ("None", None, None),
    ],
)
def test_time_input_values(make_app, value, expected, wire):
    at = run_one(make_app, f'st.time_input("T", {value})')
    assert at.time_input[0].value == expected and props(at, "time_input")["value"] == wire


def test_time_input_step_increment_and_callback(make_app):
    at = make_app(
        HEAD + "def cb():\n    st.session_state.n = st.session_state.get('n', 0) + 1\n"
        'v = st.time_input("T", dt.time(23, 30), step=dt.timedelta(minutes=30), on_change=cb)\n'
        "st.text(repr(v))\n"
    ).run()
    assert props(at, "time_input")["step"] == 1800
    at.time_input[0].increment().run()
    assert shown(at) == "datetime.time(0, 0)" and at.session_state["n"] == 1
    at.time_input[0].decrement().run()
    assert shown(at) == "datetime.time(23, 30)" and at.session_state["n"] == 2


def test_time_input_from_ui_wire(session_for):
    session, rec = session_for(HEAD + 'st.text(repr(st.time_input("T", dt.time(1, 0), step=60)))')
    session.rerun([])
    widget_id = rec.deltas()[0]["node"]["id"]
    session.rerun([{"id": widget_id, "value": "13:47"}])
    assert rec.deltas()[-1]["node"]["props"]["body"] == "datetime.time(13, 47)"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.time_input("T", step=59)', "greater than or equal to 60 seconds"),
        ('st.time_input("T", step=dt.timedelta(hours=24))', "less than 23 hours"),
        ('st.time_input("T", step=1.5)', "`step` can only be `int` or `timedelta`"),
        ('st.time_input("T", format="am/pm")', "is not valid"),
        ('st.time_input("T", "noon")', "is not a time"),
    ],
)
def test_time_input_errors(make_app, call, message):
    name, text = error_of(run_one(make_app, call))
    assert name == "StreamlitAPIException" and message in text


def test_time_input_twelve_hour_format(make_app):
    at = run_one(make_app, 'st.time_input("T", dt.time(13, 0), format="12h", step=3600)')
    assert props(at, "time_input")["format"] == "12h" and props(at, "time_input")["step"] == 3600


# -- st.datetime_input -------------------------------------------------------------------


def test_datetime_input_values_and_bounds(make_app):
    at = run_one(make_app, 'st.datetime_input("W", dt.datetime(2024, 5, 1, 9, 30))')
    widget = at.datetime_input[0]
    assert widget.value == dt.datetime(2024, 5, 1, 9, 30)
    p = widget.props
    assert (p["value"], p["min"], p["max"]) == (
        "2024-05-01T09:30",
        "2014-05-01T00:00",
        "2034-05-01T23:59",
    )
    assert (p["step"], p["format"]) == (900, "YYYY/MM/DD")
    widget.set_value(dt.datetime(2025, 12, 31, 23, 45)).run()
    assert shown(at) == "datetime.datetime(2025, 12, 31, 23, 45)"


def test_datetime_input_date_value_is_midnight_and_tz_is_stripped(make_app):
    at = run_one(make_app, 'st.datetime_input("W", dt.date(2024, 5, 1))')
    assert at.datetime_input[0].value == dt.datetime(2024, 5, 1)
    at = run_one(
        make_app, 'st.datetime_input("W", dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone.utc))'
    )
    assert at.datetime_input[0].value == dt.datetime(2024, 5, 1, 8)
    at = run_one(make_app, 'st.datetime_input("W", None)')
    assert at.datetime_input[0].value is None


def test_datetime_input_errors(make_app):
    at = run_one(
        make_app, 'st.datetime_input("W", dt.datetime(2020, 1, 1), min_value="2021-01-01")'
    )
    assert "must lie between" in error_of(at)[1]
    at = run_one(make_app, 'st.datetime_input("W", step=30)')
    assert "60 seconds" in error_of(at)[1]
    at = run_one(make_app, 'st.datetime_input("W", format="DD MM YYYY")')
    assert "is not valid" in error_of(at)[1]


# -- st.slider with dates and times ---------------------------------------------------------


def test_date_slider_defaults(make_app):
    at = run_one(make_app, 'st.slider("D", value=dt.date(2024, 5, 1))')
    s = at.slider[0]
    assert s.value == dt.date(2024, 5, 1)
    assert (s.min, s.max, s.step) == (
        dt.date(2024, 4, 17),
        dt.date(2024, 5, 15),
        dt.timedelta(days=1),
    )
    p = s.props
    assert p["data_type"] == "date" and p["format"] == "YYYY-MM-DD"
    assert p["value"] == 1714521600000.0 and p["step"] == 86400000.0


def test_time_range_slider_and_wire(session_for):
    session, rec = session_for(
        HEAD + 'st.text(repr(st.slider("T", value=(dt.time(8), dt.time(17)), format="hh:mm A")))'
    )
    session.rerun([])
    node = rec.deltas()[0]["node"]
    assert node["props"]["data_type"] == "time" and node["props"]["format"] == "hh:mm A"
    assert node["props"]["min"] == 946684800000.0  # 2000-01-01T00:00Z
    assert node["props"]["step"] == 15 * 60 * 1000
    nine = 946684800000.0 + 9 * 3600 * 1000
    session.rerun([{"id": node["id"], "value": [nine, nine + 1800 * 1000]}])
    assert (
        rec.deltas()[-1]["node"]["props"]["body"] == "(datetime.time(9, 0), datetime.time(9, 30))"
    )


def test_datetime_slider_with_bounds_step_and_session_state(make_app):
    at = run_one(
        make_app,
        'st.slider("X", min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2024, 1, 2), '
        'step=dt.timedelta(hours=1), key="x")',
    )
    assert at.slider[0].value == dt.datetime(2024, 1, 1)
    assert at.slider[0].props["format"] == "YYYY-MM-DD HH:mm"
    at.slider[0].set_value(dt.datetime(2024, 1, 1, 6)).run()
    assert shown(at) == "datetime.datetime(2024, 1, 1, 6, 0)"
    assert at.session_state["x"] == dt.datetime(2024, 1, 1, 6)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.slider("S", value=(dt.date(2024, 1, 1), dt.time(1)))', "must be of the same type"),
        ('st.slider("S", min_value=0, value=dt.date(2024, 1, 1))', "must be of the same type"),
        ('st.slider("S", value=dt.date(2024, 1, 1), step=1)', "must be a timedelta"),
        (
            'st.slider("S", dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2025, 1, 1))',
            "must lie between",
        ),
    ],
)
def test_time_slider_errors(make_app, call, message):
    name, text = error_of(run_one(make_app, call))
    assert name == "StreamlitAPIException" and message in text


# -- st.chat_input -----------------------------------------------------------------------


def test_chat_input_is_pinned_to_the_bottom_and_lasts_one_run(make_app, session_for):
    at = run_one(make_app, 'st.chat_input("Say something", max_chars=20)')
    chat = at.chat_input[0]
    assert chat.value is None and shown(at) == "None"
    assert (chat.placeholder, chat.max_chars) == ("Say something", 20)
    chat.set_value("hello").run()
    assert shown(at) == "'hello'"
    at.run()
    assert shown(at) == "None"
    session, rec = session_for(
        HEAD + 'st.chat_input("x")\nwith st.container():\n    st.chat_input("y")\n'
    )
    session.rerun([])
    paths = {
        d["node"]["props"]["placeholder"]: d["path"]
        for d in rec.deltas()
        if d["node"]["type"] == "chat_input"
    }
    assert paths["x"][0] == 3 and paths["y"][0] == 0


def test_chat_input_on_submit_with_args_and_kwargs(make_app):
    at = make_app(
        HEAD + "def sent(a, *, b):\n    st.session_state.log = (a, b, st.session_state.msg)\n"
        'v = st.chat_input(key="msg", on_submit=sent, args=(1,), kwargs={"b": 2})\n'
        "st.text(repr(v))\n"
    ).run()
    at.chat_input[0].set_value("hi there").run()
    assert at.session_state["log"] == (1, 2, "hi there")
    # Submitting the same text again is a new submission.
    at.chat_input[0].set_value("hi there").run()
    assert shown(at) == "'hi there'"


def test_chat_input_disabled_and_unsupported_files(make_app):
    at = run_one(make_app, "st.chat_input(disabled=True)")
    assert at.chat_input[0].props == {
        "placeholder": "Your message",
        "max_chars": None,
        "disabled": True,
        "width": "stretch",
        "height": "content",
        "submit_mode": "submit",
        "fill": None,
        "fill_run": at.chat_input[0].props["fill_run"],
        "accept_file": "none",
        "file_type": [],
        "max_upload_size": 200,
        "accept_audio": False,
        "audio_sample_rate": None,
    }


def test_chat_input_text_set_through_session_state_fills_the_box(make_app):
    at = make_app(
        HEAD + 'if st.button("Set value"):\n    st.session_state.chat = "Hello, world!"\n'
        'v = st.chat_input(key="chat")\n'
        "st.text(repr((v, st.session_state.chat)))\n"
    ).run()
    assert at.chat_input[0].props["fill"] is None
    at.button[0].click().run()
    # Not a submission: the widget returns None and the key is cleared.
    assert shown(at) == "(None, None)"
    assert at.chat_input[0].props["fill"] == "Hello, world!"
    first_fill_run = at.chat_input[0].props["fill_run"]
    at.run()
    assert at.chat_input[0].props["fill"] is None
    at.button[0].click().run()
    assert at.chat_input[0].props["fill"] == "Hello, world!"
    assert at.chat_input[0].props["fill_run"] != first_fill_run
    at.chat_input[0].set_value("sent").run()
    assert shown(at) == "('sent', 'sent')"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ('st.chat_input(width=300, height=120, submit_mode="disable")', (300, 120, "disable")),
        ('st.chat_input(height="stretch")', ("stretch", "stretch", "submit")),
    ],
)
def test_chat_input_width_height_and_submit_mode(make_app, call, expected):
    p = run_one(make_app, call).chat_input[0].props
    assert (p["width"], p["height"], p["submit_mode"]) == expected


@pytest.mark.parametrize(
    ("call", "name", "message"),
    [
        ('st.chat_input(width="content")', "StreamlitInvalidWidthError", "Invalid width value"),
        ("st.chat_input(height=0)", "StreamlitInvalidHeightError", "Invalid height value"),
        ('st.chat_input(submit_mode="later")', "StreamlitAPIException", "submit_mode"),
    ],
)
def test_chat_input_invalid_layout_and_mode(make_app, call, name, message):
    got_name, text = error_of(run_one(make_app, call))
    assert got_name == name and message in text


# -- st.pagination -----------------------------------------------------------------------


def test_pagination_value_select_and_callback(make_app):
    at = make_app(
        HEAD + "def cb():\n    st.session_state.changed = st.session_state.p\n"
        'v = st.pagination(12, default=3, max_visible_pages=5, key="p", on_change=cb)\n'
        "st.text(repr(v))\n"
    ).run()
    page = at.pagination[0]
    assert page.value == 3 and page.num_pages == 12
    assert page.props == {
        "num_pages": 12,
        "value": 3,
        "max_visible_pages": 5,
        "disabled": False,
        "width": "content",
    }
    page.select(7).run()
    assert shown(at) == "7" and at.session_state["changed"] == 7


@pytest.mark.parametrize(
    "call",
    ["st.pagination(0)", "st.pagination(5, default=6)", "st.pagination(5, max_visible_pages=-1)"],
)
def test_pagination_errors(make_app, call):
    assert error_of(run_one(make_app, call))[0] == "StreamlitAPIException"


# -- st.number_input polish --------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "expected", "fmt"),
    [
        ('st.number_input("N", value=3, format="%i")', 3, "%i"),
        ('st.number_input("N", value=3, format="%u")', 3, "%u"),
        ('st.number_input("N", value=0.5, format="%e")', 0.5, "%e"),
        ('st.number_input("N", value=0.5, format="%0.4f")', 0.5, "%0.4f"),
        ('st.number_input("N", 1.0, 5.0)', 1.0, "%0.2f"),
        ('st.number_input("N", value=None)', None, "%0.2f"),
    ],
)
def test_number_input_formats_and_inference(make_app, call, expected, fmt):
    at = run_one(make_app, call)
    assert at.number_input[0].value == expected and props(at, "number_input")["format"] == fmt


@pytest.mark.parametrize(
    ("call", "error"),
    [
        ('st.number_input("N", value=1, format="%s apples")', "StreamlitInvalidNumberFormatError"),
        ('st.number_input("N", value=1, format="abc")', "StreamlitInvalidNumberFormatError"),
        ('st.number_input("N", 0, 10.0)', "StreamlitMixedNumericTypesError"),
        ('st.number_input("N", 0, 10, value=11)', "StreamlitValueAboveMaxError"),
        ('st.number_input("N", 5, 10, value=1)', "StreamlitValueBelowMinError"),
        ('st.number_input("N", value=2**53)', "StreamlitJSNumberBoundsError"),
    ],
)
def test_number_input_errors(make_app, call, error):
    assert error_of(run_one(make_app, call))[0] == error


def test_number_input_icon_and_placeholder(make_app):
    at = run_one(make_app, 'st.number_input("N", value=None, icon="💲", placeholder="Amount")')
    p = props(at, "number_input")
    assert (p["icon"], p["placeholder"], p["value"]) == ("💲", "Amount", None)


# -- text polish -------------------------------------------------------------------------


def test_text_input_icon_and_password(make_app):
    at = run_one(make_app, 'st.text_input("P", type="password", icon="🔑", placeholder="secret")')
    p = props(at, "text_input")
    assert (p["type"], p["icon"], p["autocomplete"], p["placeholder"]) == (
        "password",
        "🔑",
        "new-password",
        "secret",
    )


@pytest.mark.parametrize(
    ("height", "wire"), [("120", 120), ('"content"', "content"), ('"stretch"', "stretch")]
)
def test_text_area_heights(make_app, height, wire):
    at = run_one(make_app, f'st.text_area("A", height={height})')
    assert props(at, "text_area")["height"] == wire
