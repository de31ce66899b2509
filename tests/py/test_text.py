"""Text elements, st.write, alerts, progress, page config and unsupported commands."""

from __future__ import annotations

import json


def test_headings_markdown_caption_code_text_divider(make_app):
    at = make_app(
        '''
        import streamlit as st
        st.title("My app")
        st.header("Topic", divider="blue")
        st.subheader("Sub", anchor="sub", help="tip")
        st.markdown("""
            Hello, **world**!
        """)
        st.caption("A cool diagram")
        st.code("import streamlit as st")
        st.text("Hello again")
        st.divider()
        '''
    ).run()
    assert at.title[0].value == "My app" and at.title[0].type == "title"
    assert at.header[0].divider == "blue" and at.header[0].type == "header"
    assert at.subheader[0].anchor == "sub" and at.subheader[0].help == "tip"
    assert at.markdown.values == ["Hello, **world**!"]  # dedented and stripped
    assert at.caption[0].value == "A cool diagram" and at.caption[0].is_caption
    assert at.code[0].value == "import streamlit as st" and at.code[0].language == "python"
    assert at.text[0].value == "Hello again"
    assert len(at.divider) == 1 and at.divider[0].value == "---"


def test_header_divider_true_cycles_colours_and_bad_colour_fails(make_app):
    at = make_app(
        "import streamlit as st\nst.header('a', divider=True)\nst.header('b', divider=True)"
    ).run()
    assert [h.divider for h in at.header] == ["blue", "green"]
    at = make_app("import streamlit as st\nst.header('a', divider='pink')").run()
    assert "Divider parameter has invalid value" in at.exception[0].value


def test_write_joins_strings_and_shows_other_values(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write("n is", 5)
        st.write("a", "b", {"k": [1, 2]}, "c")
        st.write(3.5)
        st.write(ValueError("oops"))
        st.write(["x", None])
        st.write(x for x in "ab")
        class Thing:
            def __str__(self):
                return "a `thing`"
        st.write(Thing())
        """
    ).run()
    # A code span starting or ending in a backtick is padded so Markdown keeps it whole.
    assert at.markdown.values == ["n is `5`", "a b", "c", "`3.5`", "ab", "`` a `thing` ``"]
    assert [json.loads(j.value) for j in at.json] == [{"k": [1, 2]}, ["x", None]]
    assert at.exception[0].value == "oops" and at.exception[0].type_name == "ValueError"


def test_write_of_session_state_is_json(make_app):
    at = make_app(
        "import streamlit as st\nst.session_state.a = 1\nst.write(st.session_state)"
    ).run()
    assert json.loads(at.json[0].value) == {"a": 1}


def test_json_accepts_strings_and_validates(make_app):
    at = make_app(
        """
        import streamlit as st
        st.json('{"a": 1}', expanded=False)
        st.json({"s": {1, 2}, "t": (1,)})
        """
    ).run()
    assert at.json[0].value == '{"a": 1}' and at.json[0].expanded is False
    assert json.loads(at.json[1].value) == {"s": [1, 2], "t": [1]}
    at = make_app("import streamlit as st\nst.json('{nope')").run()
    assert "not valid JSON" in at.exception[0].value


def test_alerts(make_app):
    at = make_app(
        """
        import streamlit as st
        st.success("ok", icon="✅")
        st.info("fyi")
        st.warning("hmm")
        st.error("bad")
        """
    ).run()
    assert at.success[0].value == "ok" and at.success[0].icon == "✅"
    assert (at.info[0].value, at.warning[0].value, at.error[0].value) == ("fyi", "hmm", "bad")
    assert [e.type for e in at.main.children.values()] == ["success", "info", "warning", "error"]


def test_st_exception_shows_traceback_of_a_caught_error(make_app):
    at = make_app(
        """
        import streamlit as st
        try:
            {}["missing"]
        except KeyError as e:
            st.exception(e)
        st.write("still running")
        """
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "KeyError" and "missing" in exc.value
    assert any('{}["missing"]' in line for line in exc.stack_trace)
    assert at.markdown.values == ["still running"]


def test_progress_int_float_and_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        st.progress(30, text="thirty")
        st.progress(0.75)
        """
    ).run()
    assert [p.value for p in at.progress] == [30, 75]
    assert at.progress[0].text == "thirty"
    cases = {
        "101": "Progress Value has invalid value [0, 100]: 101",
        "1.5": "Progress Value has invalid value [0.0, 1.0]: 1.500000",
        "'half'": "Progress Value has invalid type: str",
    }
    for arg, message in cases.items():
        at = make_app(f"import streamlit as st\nst.progress({arg})").run()
        assert at.exception[0].value == message


def test_set_page_config_message(make_app):
    at = make_app(
        "import streamlit as st\nst.set_page_config(page_title='T', page_icon='🎈', layout='wide')"
    ).run()
    assert at.messages[1] == {
        "type": "page_config",
        "title": "T",
        "icon": "🎈",
        "layout": "wide",
        "initial_sidebar_state": "auto",
    }
    at = make_app("import streamlit as st\nst.set_page_config(layout='huge')").run()
    assert '`layout` must be "centered" or "wide"' in at.exception[0].value


def test_a_streamlit_name_wasmlit_lacks_raises_a_clear_error(make_app, monkeypatch):
    # Every checklist name is built now; a future Streamlit name would take this path.
    import wasmlit.st

    monkeypatch.setattr(wasmlit.st, "STREAMLIT_NAMES", wasmlit.st.STREAMLIT_NAMES | {"hologram"})
    at = make_app(
        """
        import streamlit as st
        st.write("before")
        st.write(str(hasattr(st, "hologram")))
        st.hologram("x")
        """
    ).run()
    exc = at.exception[0]
    assert exc.type_name == "StreamlitNotSupportedError"
    assert exc.value == "`st.hologram` is not supported by wasmlit yet."
    assert at.markdown.values == ["before", "False"]


def test_every_checklist_name_resolves() -> None:
    from wasmlit import st
    from wasmlit.runtime.commands import STREAMLIT_NAMES

    for name in sorted(STREAMLIT_NAMES):
        assert getattr(st, name) is not None, name


def test_top_level_only_names_are_attribute_errors_on_containers(make_app):
    # As in Streamlit: st.connection exists, st.sidebar.connection does not.
    at = make_app("import streamlit as st\nst.sidebar.connection('sql')").run()
    assert at.exception[0].type_name == "AttributeError"
    assert "'DeltaGenerator' object has no attribute 'connection'" in at.exception[0].value


def test_unknown_names_are_attribute_errors(make_app):
    at = make_app("import streamlit as st\nst.not_a_command").run()
    assert at.exception[0].type_name == "AttributeError"


def test_get_and_set_option(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write(str(st.get_option("runner.magicEnabled")))
        st.set_option("client.showErrorDetails", "none")
        st.write(st.get_option("client.showErrorDetails"))
        st.set_option("server.port", 1)
        """
    ).run()
    assert at.markdown.values == ["True", "none"]
    assert "server.port cannot be set on the fly" in at.exception[0].value
