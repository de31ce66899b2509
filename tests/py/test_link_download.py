"""st.download_button, st.link_button and st.page_link."""

from __future__ import annotations


def test_download_button_str_bytes_file_defaults(make_app):
    at = make_app(
        """
        import io
        import streamlit as st
        st.download_button("Text", "héllo", file_name="a.txt")
        st.download_button("Bytes", b"\\x00\\x01", file_name="b.bin")
        st.download_button("File", io.BytesIO(b"abc"), file_name="c.dat", mime="x/y")
        st.download_button("TextIO", io.StringIO("xyz"))
        """
    ).run()
    buttons = at.download_button
    assert [b.data for b in buttons] == ["héllo".encode(), b"\x00\x01", b"abc", b"xyz"]
    assert [b.mime for b in buttons] == [
        "text/plain",
        "application/octet-stream",
        "x/y",
        "text/plain",
    ]
    assert [b.file_name for b in buttons] == ["a.txt", "b.bin", "c.dat", "download.txt"]
    assert buttons[0].props["on_click"] == "rerun" and buttons[0].props["deferred"] is False


def test_download_button_click_callback_and_return(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def bump(by):
            st.session_state.n += by
        clicked = st.download_button("D", "x", on_click=bump, args=(2,))
        st.write(f"clicked={clicked} n={st.session_state.n}")
        """
    ).run()
    assert at.markdown[0].value == "clicked=False n=0"
    at.download_button[0].click().run()
    assert at.markdown[0].value == "clicked=True n=2"
    at.run()
    assert at.markdown[0].value == "clicked=False n=2"


def test_download_button_callable_data_is_lazy(make_app):
    at = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def make():
            st.session_state.calls += 1
            return "lazy data"
        st.download_button("L", make, file_name="l.txt", on_click="ignore")
        st.write(f"calls={st.session_state.calls}")
        """
    ).run()
    button = at.download_button[0]
    assert button.data is None and button.props["deferred"] is True
    assert at.markdown[0].value == "calls=0"
    button.click().run()
    assert at.download_button[0].data == b"lazy data"
    assert at.download_button[0].mime == "text/plain"


def test_download_button_errors(make_app):
    at = make_app("import streamlit as st\nst.download_button('x', 42)").run()
    assert "Invalid binary data format" in at.exception[0].value
    at = make_app("import streamlit as st\nst.download_button('x', 'y', type='big')").run()
    assert "type argument" in at.exception[0].value


def test_link_button_ignore_and_rerun(make_app):
    at = make_app(
        """
        import streamlit as st
        st.link_button("Docs", "https://docs.streamlit.io", icon="📖", key="lk")
        hit = st.link_button("Track", "https://example.com", on_click="rerun")
        st.write(f"hit={hit}")
        """
    ).run()
    docs, track = at.link_button
    assert docs.url == "https://docs.streamlit.io" and docs.label == "Docs" and docs.id is None
    assert docs.key == "lk" and docs.props["icon"] == "📖"
    assert track.id is not None and at.markdown[0].value == "hit=False"
    track.click().run()
    assert at.markdown[0].value == "hit=True"


def test_page_link_external_only(make_app):
    at = make_app(
        """
        import streamlit as st
        st.page_link("https://streamlit.io", label="Home", icon="🏠", help="go")
        """
    ).run()
    (link,) = at.page_link
    assert link.url == "https://streamlit.io" and link.label == "Home"
    assert link.props["help"] == "go"
    at = make_app("import streamlit as st\nst.page_link('pages/a.py', label='A')").run()
    assert at.exception[0].type_name == "StreamlitPageNotFoundError"
    assert "external" in at.exception[0].value
    at = make_app("import streamlit as st\nst.page_link('https://x.org')").run()
    assert "label param is required" in at.exception[0].value
