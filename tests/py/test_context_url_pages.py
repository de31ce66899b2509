"""st.context.url follows the page a run shows, also right after st.switch_page."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_helpers import write_app

from wasmlit.runtime.browser_context import BrowserInfo, page_url
from wasmlit.runtime.navigation import PageRequest


@pytest.mark.parametrize(
    ("url", "url_path", "expected"),
    [
        ("https://x.org/site/", "Data", "https://x.org/site/Data"),
        ("https://x.org/site/Data", "", "https://x.org/site/"),
        ("https://x.org/site/Data", "Other", "https://x.org/site/Other"),
        ("https://x.org/site/index.html", "", "https://x.org/site/index.html"),
        ("https://x.org/site/index.html", "Data", "https://x.org/site/Data"),
        ("http://localhost:8000/", "my page", "http://localhost:8000/my%20page"),
        ("http://localhost:8000/my%20page", "my page", "http://localhost:8000/my%20page"),
        ("http://localhost:8000/a", "it's(1)", "http://localhost:8000/it's(1)"),
    ],
)
def test_page_url_follows_the_uis_page_paths(url: str, url_path: str, expected: str) -> None:
    assert page_url(url, url_path) == expected


def test_for_page_keeps_the_url_when_the_app_does_not_own_the_address_bar() -> None:
    owned = BrowserInfo(url="https://x.org/site/")
    assert owned.for_page("Data").url == "https://x.org/site/Data"
    assert owned.for_page("") is owned
    embedded = BrowserInfo.from_wire(
        {"url": "https://x.org/blog/post.html", "cookies": {}, "headers": {}, "page_urls": False}
    )
    assert embedded.page_urls is False
    assert embedded.for_page("Data").url == "https://x.org/blog/post.html"
    assert BrowserInfo().for_page("Data").url is None  # nothing known yet


NAVIGATION = {
    "app.py": """
        import streamlit as st
        pg = st.navigation([st.Page("home.py", default=True), st.Page("other.py")])
        pg.run()
    """,
    "home.py": """
        import streamlit as st
        st.write("home at", st.context.url)
        if st.button("Go"):
            st.switch_page("other.py")
    """,
    "other.py": """
        import streamlit as st
        st.write("other at", st.context.url)
        if st.button("Back"):
            st.switch_page("home.py")
    """,
}


def test_switch_page_runs_the_new_page_with_its_url(tmp_path: Path) -> None:
    at = write_app(tmp_path, NAVIGATION)
    at.context.url = "http://localhost:8000/"
    at.run()
    assert at.markdown.values == ["home at http://localhost:8000/"]
    at.button[0].click().run()
    assert at.markdown.values == ["other at http://localhost:8000/other"]
    # The next run (no new st.context from the UI yet) stays on the new URL.
    at.run()
    assert at.markdown.values == ["other at http://localhost:8000/other"]
    at.button[0].click().run()
    assert at.markdown.values == ["home at http://localhost:8000/"]


def test_the_url_is_right_before_st_navigation_runs(tmp_path: Path) -> None:
    files = dict(NAVIGATION)
    files["app.py"] = """
        import streamlit as st
        st.sidebar.write("entry at", st.context.url)
        pg = st.navigation([st.Page("home.py", default=True), st.Page("other.py")])
        pg.run()
    """
    at = write_app(tmp_path, files)
    at.context.url = "https://x.org/site/index.html"
    at.run()
    assert at.sidebar.markdown.values == ["entry at https://x.org/site/index.html"]
    at.button[0].click().run()
    assert at.sidebar.markdown.values == ["entry at https://x.org/site/other"]
    assert at.main.markdown.values == ["other at https://x.org/site/other"]


def test_switch_page_in_a_callback_and_in_the_pages_folder(tmp_path: Path) -> None:
    at = write_app(
        tmp_path,
        {
            "app.py": """
                import streamlit as st
                st.write("main at", st.context.url)
                st.button("Data", on_click=st.switch_page, args=("pages/2_Data.py",))
            """,
            "pages/2_Data.py": """
                import streamlit as st
                st.write("data at", st.context.url)
            """,
        },
    )
    at.context.url = "https://x.org/site/"
    at.run()
    at.button[0].click().run()
    assert at.markdown.values == ["data at https://x.org/site/Data"]


def test_a_ui_page_request_with_its_context_is_taken_as_sent(tmp_path: Path) -> None:
    at = write_app(tmp_path, NAVIGATION)
    at.context.url = "http://localhost:8000/"
    at.run()
    # What the UI sends for a menu click: the page request and the page's URL.
    context = {"url": "http://localhost:8000/other", "cookies": {}, "headers": {}}
    at.session.rerun(page=PageRequest(url_path="other", query_string=""), context=context)
    assert at.session.browser.url == "http://localhost:8000/other"


def test_url_sync_off_keeps_the_host_pages_url(tmp_path: Path) -> None:
    at = write_app(tmp_path, NAVIGATION)
    at.context = {"url": "https://blog.example/post.html", "page_urls": False}
    at.run()
    at.button[0].click().run()
    assert at.markdown.values == ["other at https://blog.example/post.html"]
