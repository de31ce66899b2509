"""st.form / st.form_submit_button and the shared widget rules, through AppTest."""

from __future__ import annotations

from wasmlit.runtime.forms import MISSING_SUBMIT_BUTTON
from wasmlit.testing.v1 import AppTest


def _profile_form() -> None:
    import streamlit as st

    st.session_state.setdefault("runs", 0)
    st.session_state.runs += 1

    def on_submit(tag: str, *, suffix: str) -> None:
        # The callback runs after every submitted value is applied.
        st.session_state.seen = f"{tag}:{st.session_state.name}:{st.session_state.age}{suffix}"

    with st.form("profile", clear_on_submit=st.session_state.get("clear", False)):
        name = st.text_input("Name", key="name")
        age = st.number_input("Age", 0, 120, 30, key="age")
        agree = st.checkbox("Agree", key="agree")
        sent = st.form_submit_button(
            "Save", on_click=on_submit, args=("cb",), kwargs={"suffix": "!"}
        )
    st.write(f"name={name} age={age} agree={agree} sent={sent}")


def test_form_block_and_submit_button_are_in_the_tree() -> None:
    at = AppTest.from_function(_profile_form).run()
    assert len(at.form) == 1
    form = at.form[0]
    assert form.type == "form" and form.key == "profile"
    assert form.props == {
        "form_id": "profile",
        "clear_on_submit": False,
        "enter_to_submit": True,
        "border": True,
        "height": None,
        "width": "stretch",
    }
    # The submit button is a button (as in Streamlit's AppTest) that names its form.
    assert [b.label for b in at.button] == ["Save"]
    assert at.form_submit_button[0].form_id == "profile"
    assert [w.type for w in form.get("text_input")] == ["text_input"]
    assert at.error == [] and at.exception == []


def test_values_wait_for_submit_then_arrive_together_with_the_callback() -> None:
    at = AppTest.from_function(_profile_form).run()
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(36)
    at.checkbox[0].check()
    at.run()  # a rerun without submitting: nothing inside the form is applied
    assert at.markdown[0].value == "name= age=30 agree=False sent=False"
    assert at.text_input[0].value == "Ada"  # still pending, as the UI shows it
    at.button[0].click().run()
    assert at.markdown[0].value == "name=Ada age=36 agree=True sent=True"
    assert at.session_state.seen == "cb:Ada:36!"
    at.run()
    assert at.markdown[0].value == "name=Ada age=36 agree=True sent=False"


def test_one_rerun_message_carries_every_value_and_the_trigger() -> None:
    at = AppTest.from_function(_profile_form).run()
    at.text_input[0].input("Ada")
    at.checkbox[0].check()
    at.form_submit_button[0].click()
    updates = at._updates()
    assert len(updates) == 3 and [u.get("trigger", False) for u in updates].count(True) == 1


def test_clear_on_submit_script_sees_submitted_values_ui_gets_defaults() -> None:
    at = AppTest.from_function(_profile_form)
    at.session_state["clear"] = True
    at.run()
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(50)
    at.button[0].click().run()
    assert at.markdown[0].value == "name=Ada age=50 agree=False sent=True"
    assert at.session_state.seen == "cb:Ada:50!"
    # The submit run already shows the defaults in the form's widgets ...
    shown = {m["node"]["type"]: m["node"]["props"].get("value") for m in _last_run_deltas(at)}
    assert shown["text_input"] == "" and shown["number_input"] == 30
    # ... and from the next run on the widgets return them.
    at.run()
    assert at.markdown[0].value == "name= age=30 agree=False sent=False"
    assert at.session_state.name == ""


def _last_run_deltas(at: AppTest) -> list[dict]:
    start = max(i for i, m in enumerate(at.messages) if m["type"] == "run_started")
    return [m for m in at.messages[start:] if m["type"] == "delta"]


def test_container_api_and_with_block_write_into_the_form() -> None:
    def app() -> None:
        import streamlit as st

        form = st.form("f", border=False, enter_to_submit=False)
        text = form.text_input("T")
        with form:
            st.slider("S", 0, 10, 2)
        clicked = form.form_submit_button()
        st.write(f"{text}/{clicked}")

    at = AppTest.from_function(app).run()
    form = at.form[0]
    assert form.props["border"] is False and form.props["enter_to_submit"] is False
    assert [n.type for n in form.children.values()] == ["text_input", "slider", "button"]
    assert at.button[0].label == "Submit"
    at.text_input[0].input("x")
    at.slider[0].set_value(7)
    at.button[0].click().run()
    assert at.markdown[0].value == "x/True"
    assert at.slider[0].value == 7


def test_missing_submit_button_shows_streamlits_error_in_the_form() -> None:
    def app() -> None:
        import streamlit as st

        with st.form("lonely"):
            st.text_input("Name")

    at = AppTest.from_function(app).run()
    assert [e.value for e in at.form[0].get("error")] == [MISSING_SUBMIT_BUTTON]
    assert at.error[0].value.startswith("**Missing Submit Button**")


def _error_of(script: str) -> str:
    at = AppTest.from_string(script).run()
    assert len(at.exception) == 1, at.exception
    return str(at.exception[0].value)


def test_button_inside_a_form_is_an_error() -> None:
    message = _error_of(
        "import streamlit as st\n"
        "with st.form('f'):\n    st.button('b')\n    st.form_submit_button()\n"
    )
    assert message.startswith("`st.button()` can't be used in an `st.form()`.")
    assert "documentation for forms" in message


def test_download_button_and_chat_input_inside_a_form_are_errors() -> None:
    message = _error_of(
        "import streamlit as st\n"
        "with st.form('f'):\n    st.download_button('d', b'x')\n    st.form_submit_button()\n"
    )
    assert message.startswith("`st.download_button()` can't be used in an `st.form()`.")
    message = _error_of("import streamlit as st\nwith st.form('f'):\n    st.chat_input()\n")
    assert message == "`st.chat_input()` can't be used in a `st.form()`."


def test_nested_forms_are_an_error() -> None:
    message = _error_of(
        "import streamlit as st\nwith st.form('a'):\n    with st.form('b'):\n        pass\n"
    )
    assert message == "Forms cannot be nested in other forms."


def test_submit_button_outside_a_form_is_an_error() -> None:
    message = _error_of("import streamlit as st\nst.form_submit_button('Go')\n")
    assert message.startswith("`st.form_submit_button()` must be used inside an `st.form()`.")


def test_duplicate_form_keys_are_an_error() -> None:
    message = _error_of(
        "import streamlit as st\n"
        "for _ in range(2):\n"
        "    with st.form('same'):\n"
        "        st.form_submit_button()\n"
    )
    assert "There are multiple identical forms with `key='same'`" in message


def test_on_change_inside_a_form_is_streamlits_form_callback_error() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.form('f'):\n"
        "    st.text_input('T', on_change=print)\n"
        "    st.form_submit_button()\n"
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "StreamlitInvalidFormCallbackError"
    assert "callbacks can only be defined on the `st.form_submit_button`" in exc.value


def test_submit_button_state_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nwith st.form('f'):\n    st.form_submit_button(key='go')\n"
    )
    at.session_state["go"] = True
    at.run()
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"


def test_button_state_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string("import streamlit as st\nst.button('b', key='b')\n")
    at.session_state["b"] = True
    at.run()
    assert "cannot be set using `st.session_state`" in at.exception[0].value


def test_default_and_session_state_value_show_streamlits_warning_once() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.text_input('A', 'default', key='a')\n"
        "st.slider('B', 0, 10, 3, key='b')\n"
    )
    at.session_state["a"] = "from state"
    at.session_state["b"] = 9
    at.run()
    assert [w.value for w in at.warning] == [
        'The widget with key "a" was created with a default value but also had its value '
        "set via the Session State API."
    ]
    assert at.text_input[0].value == "from state" and at.slider[0].value == 9
    # The warning comes before the widget, as st.warning would write it.
    assert [n.type for n in at.main.children.values()][:2] == ["warning", "text_input"]


def test_no_warning_without_an_explicit_default() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.text_input('A', key='a')\nst.checkbox('C', key='c')\n"
    )
    at.session_state["a"] = "x"
    at.session_state["c"] = True
    at.run()
    assert at.warning == []
    assert at.text_input[0].value == "x" and at.checkbox[0].value is True
