"""Every widget: wire values, Python types, AppTest actions and Streamlit's errors."""

from __future__ import annotations

import pytest


def run_one(make_app, call: str):
    """Run an app whose only line is ``value = <call>`` and that writes ``repr(value)``."""
    return make_app(f"import streamlit as st\nvalue = {call}\nst.text(repr(value))\n").run()


def shown(at) -> str:
    return at.text[0].value


def error_of(at) -> tuple[str, str]:
    exc = at.exception[0]
    return exc.type_name, exc.value


def test_button_is_true_for_one_run_only(make_app):
    at = run_one(make_app, 'st.button("Go")')
    assert at.button[0].value is False
    at.button[0].click().run()
    assert at.button[0].value is True and shown(at) == "True"
    at.run()
    assert at.button[0].value is False and shown(at) == "False"


def test_button_type_is_validated(make_app):
    at = run_one(make_app, 'st.button("Go", type="big")')
    assert error_of(at)[0] == "StreamlitAPIException"
    assert 'must be "primary", "secondary", or "tertiary"' in error_of(at)[1]


@pytest.mark.parametrize("kind", ["checkbox", "toggle"])
def test_checkbox_and_toggle(make_app, kind):
    at = run_one(make_app, f'st.{kind}("On", value=True)')
    widget = getattr(at, kind)[0]
    assert widget.type == kind and widget.value is True and widget.props["value"] is True
    widget.set_value(False).run()
    assert shown(at) == "False"
    assert getattr(at, kind)[0].props["value"] is False


def test_checkbox_check_uncheck(make_app):
    at = run_one(make_app, 'st.checkbox("c")')
    at.checkbox[0].check().run()
    assert shown(at) == "True"
    at.checkbox[0].uncheck().run()
    assert shown(at) == "False"


def test_radio_sends_formatted_options_and_index(make_app):
    at = run_one(make_app, 'st.radio("r", [10, 20, 30], index=1, format_func=lambda v: f"#{v}")')
    radio = at.radio[0]
    assert radio.options == ["#10", "#20", "#30"]
    assert radio.props["index"] == 1 and radio.value == 20 and radio.index == 1
    radio.set_value(30).run()
    assert shown(at) == "30" and at.radio[0].props["index"] == 2


def test_radio_none_index_and_bad_index(make_app):
    at = run_one(make_app, 'st.radio("r", ["a"], index=None)')
    assert shown(at) == "None" and at.radio[0].props["index"] is None
    at = run_one(make_app, 'st.radio("r", ["a"], index=3)')
    assert "index must be greater than or equal to 0" in error_of(at)[1]


def test_selectbox_select_and_select_index(make_app):
    at = run_one(make_app, 'st.selectbox("s", ["x", "y", "z"])')
    sb = at.selectbox[0]
    assert sb.value == "x" and sb.placeholder == "Choose an option"
    sb.select("z").run()
    assert shown(at) == "'z'"
    at.selectbox[0].select_index(1).run()
    assert shown(at) == "'y'" and at.selectbox[0].index == 1


def test_selectbox_setting_a_value_not_in_options_fails_in_the_test(make_app):
    at = run_one(make_app, 'st.selectbox("s", ["x"])')
    with pytest.raises(ValueError):
        at.selectbox[0].set_value("nope").run()


def test_multiselect_indices_and_values(make_app):
    at = run_one(make_app, 'st.multiselect("m", ["a", "b", "c"], default=["c"])')
    ms = at.multiselect[0]
    assert ms.value == ["c"] and ms.props["value"] == [2] and ms.indices == [2]
    ms.select("a").run()
    assert shown(at) == "['c', 'a']"
    assert at.multiselect[0].props["value"] == [2, 0]
    at.multiselect[0].unselect("c").run()
    assert shown(at) == "['a']"


def test_multiselect_default_not_in_options(make_app):
    at = run_one(make_app, 'st.multiselect("m", ["a"], default=["zz"])')
    assert error_of(at)[0] == "StreamlitDefaultNotInOptionsError"
    assert "'zz' is not part of the options" in error_of(at)[1]


def test_multiselect_too_many_defaults(make_app):
    at = run_one(make_app, 'st.multiselect("m", ["a", "b"], ["a", "b"], max_selections=1)')
    assert error_of(at)[0] == "StreamlitSelectionCountExceedsMaxError"


def test_slider_int_defaults(make_app):
    at = run_one(make_app, 'st.slider("s")')
    s = at.slider[0]
    assert (s.min, s.max, s.step, s.value) == (0, 100, 1, 0)
    assert s.props["format"] == "%d" and s.props["data_type"] == "int"
    s.set_value(42).run()
    assert shown(at) == "42"


def test_slider_float_defaults_and_type(make_app):
    at = run_one(make_app, 'st.slider("s", value=0.5)')
    s = at.slider[0]
    assert (s.min, s.max, s.step) == (0.0, 1.0, 0.01) and s.props["data_type"] == "float"
    s.set_value(0.25).run()
    assert shown(at) == "0.25"


def test_slider_float_wire_value_comes_back_as_int_for_int_sliders(session_for):
    session, rec = session_for('import streamlit as st\nst.text(repr(st.slider("s", 0, 10)))')
    session.rerun()
    slider_id = rec.deltas()[0]["node"]["id"]
    session.rerun([{"id": slider_id, "value": 7.0}])  # JS numbers may arrive as floats
    assert rec.deltas()[-1]["node"]["props"]["body"] == "7"


def test_slider_range(make_app):
    at = run_one(make_app, 'st.slider("r", 0, 100, (20, 80))')
    s = at.slider[0]
    assert s.value == (20, 80) and s.props["value"] == [20, 80]
    s.set_range(10, 30).run()
    assert shown(at) == "(10, 30)"


def test_slider_bounds_widen_to_include_the_value(make_app):
    at = run_one(make_app, 'st.slider("s", value=150)')
    assert (at.slider[0].min, at.slider[0].max) == (0, 150)


def test_slider_errors(make_app):
    at = run_one(make_app, 'st.slider("s", 5, 5)')
    assert "must be less than the `max_value`" in error_of(at)[1]
    at = run_one(make_app, 'st.slider("s", 0, 10.0)')
    assert "matching types" in error_of(at)[1]
    at = run_one(make_app, 'st.slider("s", 0, 10, step=0)')
    assert "`step` of 0" in error_of(at)[1]
    at = run_one(make_app, 'st.slider("s", 0, 10, [1, 2, 3])')
    assert "Slider value should either be" in error_of(at)[1]


def test_slider_value_above_max_from_session_state(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.s = 50
        st.slider("s", 0, 10, key="s")
        """
    ).run()
    assert error_of(at) == (
        "StreamlitValueAboveMaxError",
        "The `value` 50 is greater than the `max_value` 10.",
    )


def test_number_input_defaults_to_float_zero(make_app):
    at = run_one(make_app, 'st.number_input("n")')
    n = at.number_input[0]
    assert n.value == 0.0 and n.props["data_type"] == "float" and n.step == 0.01
    assert n.props["format"] == "%0.2f"


def test_number_input_int_increment_decrement(make_app):
    at = run_one(make_app, 'st.number_input("n", min_value=0, max_value=2, value=1)')
    assert at.number_input[0].props["data_type"] == "int"
    at.number_input[0].increment().run()
    assert shown(at) == "2"
    at.number_input[0].increment().run()
    assert shown(at) == "2"  # stops at max
    at.number_input[0].decrement().run()
    assert shown(at) == "1"


def test_number_input_none_value(make_app):
    at = run_one(make_app, 'st.number_input("n", value=None, placeholder="type")')
    assert shown(at) == "None" and at.number_input[0].props["placeholder"] == "type"


def test_number_input_errors(make_app):
    at = run_one(make_app, 'st.number_input("n", min_value=0, value=1.5)')
    assert error_of(at)[0] == "StreamlitMixedNumericTypesError"
    at = run_one(make_app, 'st.number_input("n", min_value=5, max_value=1)')
    assert error_of(at)[0] == "StreamlitInvalidMinMaxError"
    at = run_one(make_app, 'st.number_input("n", min_value=5, value=1)')
    assert error_of(at) == (
        "StreamlitValueBelowMinError",
        "The `value` 1 is less than the `min_value` 5.",
    )
    at = run_one(make_app, 'st.number_input("n", max_value=5, value=9)')
    assert error_of(at)[0] == "StreamlitValueAboveMaxError"


def test_text_input_and_area(make_app):
    at = make_app(
        """
        import streamlit as st
        a = st.text_input("a", "hi", max_chars=5)
        b = st.text_area("b", value=None)
        st.text(repr((a, b)))
        """
    ).run()
    assert at.text_input[0].value == "hi" and at.text_input[0].max_chars == 5
    assert at.text_area[0].value is None
    at.text_input[0].input("too long!")  # ignored, longer than max_chars
    at.text_area[0].input("x\ny")
    at.run()
    assert at.text[0].value == "('hi', 'x\\ny')"


def test_text_input_password_and_bad_type(make_app):
    at = run_one(make_app, 'st.text_input("p", type="password")')
    assert at.text_input[0].props["type"] == "password"
    assert at.text_input[0].props["autocomplete"] == "new-password"
    at = run_one(make_app, 'st.text_input("p", type="secret")')
    assert 'must be "default" or "password"' in error_of(at)[1]


def test_text_area_height_minimum(make_app):
    at = run_one(make_app, 'st.text_area("t", height=10)')
    assert error_of(at)[0] == "StreamlitInvalidHeightError"


def test_label_visibility_is_validated(make_app):
    at = run_one(make_app, 'st.checkbox("c", label_visibility="gone")')
    assert "Unsupported label_visibility option 'gone'" in error_of(at)[1]
