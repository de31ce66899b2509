"""Multipage apps: st.navigation, st.Page, the pages/ folder, st.switch_page, st.page_link."""

from __future__ import annotations

import pytest
from app_helpers import write_app

from wasmlit.runtime.pages import icon_and_name, sort_key
from wasmlit.runtime.session import AppSession
from wasmlit.testing.v1 import AppTest


def navigation_of(at: AppTest) -> dict:
    return [m for m in at.messages if m["type"] == "navigation"][-1]


def test_file_names_give_icon_url_path_and_order():
    assert icon_and_name("pages/2_📊_Data_view.py") == ("📊", "Data_view")
    assert icon_and_name("pages/10 my page.py") == ("", "my_page")
    assert icon_and_name("pages/3.py") == ("", "3")
    names = ["b.py", "10_x.py", "2_y.py", "a.py"]
    assert sorted(names, key=sort_key) == ["2_y.py", "10_x.py", "a.py", "b.py"]


def test_pages_folder_lists_pages_in_order_and_runs_the_chosen_script(tmp_path):
    at = write_app(
        tmp_path,
        {
            "app.py": "import streamlit as st\nst.title('Home')\n",
            "pages/2_📊_Data.py": "import streamlit as st\nst.title('Data page')\n",
            "pages/1_Intro_page.py": "import streamlit as st\nst.title('Intro')\n",
            "pages/zeta.py": "import streamlit as st\nst.title('Zeta')\n",
        },
    ).run()
    assert at.title.values == ["Home"]
    nav = navigation_of(at)
    assert [(p["title"], p["url_path"], p["icon"]) for p in nav["pages"]] == [
        ("app", "", None),
        ("Intro page", "Intro_page", None),
        ("Data", "Data", "📊"),
        ("zeta", "zeta", None),
    ]
    assert nav["current"] == "" and nav["position"] == "sidebar"
    at.switch_page("pages/2_📊_Data.py").run()
    assert at.title.values == ["Data page"]
    assert navigation_of(at)["current"] == "Data"


def test_magic_works_in_a_pages_folder_script_and_respects_config(tmp_path):
    files = {
        "app.py": "import streamlit as st\n'home magic'\n",
        "pages/other.py": "x = 41 + 1\nx\n'page magic'\n",
    }
    at = write_app(tmp_path, files)
    at.switch_page("pages/other.py").run()
    assert at.markdown.values == ["`42`", "page magic"]
    session_path = str(tmp_path / "app.py")
    messages: list[dict] = []
    session = AppSession(session_path, messages.append, options={"runner.magicEnabled": False})
    from wasmlit.runtime.navigation import PageRequest

    session.rerun(page=PageRequest(url_path="other"))
    assert not [m for m in messages if m["type"] == "delta"]


NAV_APP = """
import streamlit as st

st.sidebar.write("shared")

def settings():
    st.title("Settings")
    st.session_state.visited = True

pg = st.navigation(
    {
        "Main": [st.Page("home.py", title="Home", icon="🏠"), st.Page(settings, url_path="prefs")],
        "More": [st.Page("pages_src/report.py")],
    },
    position="top",
)
st.caption(f"on {pg.title}")
pg.run()
"""


def test_navigation_with_sections_runs_file_and_callable_pages(tmp_path):
    at = write_app(
        tmp_path,
        {
            "app.py": NAV_APP,
            "home.py": "import streamlit as st\nst.title('Welcome')\n'magic in a page'\n__file__\n",
            "pages_src/report.py": "import streamlit as st\nst.title('Report')\n",
        },
    ).run()
    assert not at.exception
    assert at.title.values == ["Welcome"]
    assert at.markdown.values[:1] == ["magic in a page"]
    assert at.markdown.values[1].endswith("home.py")
    nav = navigation_of(at)
    assert nav["position"] == "top"
    assert [(p["section"], p["title"], p["url_path"]) for p in nav["pages"]] == [
        ("Main", "Home", ""),
        ("Main", "settings", "prefs"),
        ("More", "report", "report"),
    ]
    at.switch_page("pages_src/report.py").run()
    assert at.title.values == ["Report"]
    assert at.caption.values == ["on report"]


def test_ui_request_by_url_path_and_unknown_path_falls_back_to_default(tmp_path):
    from wasmlit.runtime.navigation import PageRequest

    write_app(
        tmp_path, {"app.py": NAV_APP, "home.py": "'home'\n", "pages_src/report.py": "'rep'\n"}
    )
    messages: list[dict] = []
    session = AppSession(str(tmp_path / "app.py"), messages.append)
    session.rerun(page=PageRequest(url_path="prefs"))
    assert session.state["visited"] is True
    assert [m for m in messages if m["type"] == "navigation"][-1]["current"] == "prefs"
    session.rerun(page=PageRequest(url_path="nope"))
    assert [m for m in messages if m["type"] == "navigation"][-1]["current"] == ""


def test_default_page_and_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        def a(): st.write("A")
        def b(): st.write("B")
        st.navigation([st.Page(a), st.Page(b, default=True)]).run()
        """
    ).run()
    assert at.markdown.values == ["B"]
    at = make_app(
        """
        import streamlit as st
        def a(): pass
        def b(): pass
        st.navigation([st.Page(a, url_path="x"), st.Page(b, url_path="x")])
        """
    ).run()
    assert "Multiple Pages specified with URL pathname x" in at.exception[0].message
    at = make_app(
        """
        import streamlit as st
        def a(): pass
        st.navigation([st.Page(a, default=True), st.Page(a, default=True, url_path="b")])
        """
    ).run()
    assert "At most one Page can be set to default" in at.exception[0].message
    at = make_app("import streamlit as st\nst.navigation([], position='left')\n").run()
    assert 'Invalid position "left"' in at.exception[0].message
    at = make_app("import streamlit as st\nst.Page('missing.py')\n").run()
    assert "The file `missing.py` could not be found" in at.exception[0].message
    at = make_app("import streamlit as st\ndef a(): pass\nst.Page(a, url_path='a/b')\n").run()
    assert "cannot contain a nested path" in at.exception[0].message


def test_page_run_only_for_the_page_navigation_returned(make_app):
    at = make_app(
        """
        import streamlit as st
        def a(): st.write("A")
        def b(): st.write("B")
        pages = [st.Page(a), st.Page(b)]
        pg = st.navigation(pages)
        pg.run()
        pages[1].run()
        """
    ).run()
    assert at.markdown.values == ["A"]
    assert "This page cannot be called directly" in at.exception[0].message


def test_page_properties():
    from wasmlit.runtime.pages import Page

    page = Page("https://example.com", title="Docs", icon=":material/book:", help="Read")
    assert page.is_external and page.external_url == "https://example.com"
    assert (page.title, page.icon, page.help, page.visibility) == (
        "Docs",
        ":material/book:",
        "Read",
        "visible",
    )

    def my_page() -> None:
        pass

    local = Page(my_page, visibility="hidden")
    assert (local.title, local.url_path, local.is_external, local.external_url) == (
        "my page",
        "my_page",
        False,
        None,
    )
    assert Page(my_page, default=True, url_path="ignored").url_path == ""


SWITCH_APP = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

def first():
    st.text_input("name", key="name")
    if st.button("go"):
        st.switch_page(second_page, query_params={"tab": "2"})
    st.write("after switch (never on a click)")

def second():
    st.write("second page")

second_page = st.Page(second)
st.navigation([st.Page(first), second_page]).run()
"""


def test_switch_page_stops_the_run_reruns_on_the_new_page_and_keeps_session_state(make_app):
    at = make_app(SWITCH_APP).run()
    at.text_input(key="name").input("Ada")
    at.button[0].click().run()
    assert not at.exception
    assert at.markdown.values == ["second page"]
    assert at.session_state.runs == 3  # the click run, stopped, then the new page's run
    assert at.query_params.to_dict() == {"tab": "2"}
    # The text input is not on the new page: its keyed state is dropped.
    assert "name" not in at.session_state


def test_switch_page_and_page_link_errors(make_app):
    at = make_app("import streamlit as st\nst.switch_page('pages/none.py')\n").run()
    message = at.exception[0].message
    assert "Could not find page: `pages/none.py`" in message
    assert "Only the entrypoint file and files in the `pages/` directory" in message
    at = make_app(
        """
        import streamlit as st
        def a(): pass
        st.navigation([st.Page(a)])
        st.page_link("other.py")
        """
    ).run()
    assert "Only pages previously defined by `st.Page`" in at.exception[0].message
    at = make_app("import streamlit as st\nst.page_link('https://x.org')\n").run()
    assert "The label param is required" in at.exception[0].message


def test_page_link_to_app_pages(tmp_path):
    at = write_app(
        tmp_path,
        {
            "app.py": "import streamlit as st\nst.page_link('pages/2_Data.py')\n"
            "st.page_link('app.py', label='Home', query_params={'a': 1})\n",
            "pages/2_Data.py": "pass\n",
        },
    ).run()
    assert not at.exception
    data, home = (n.props for n in at.get("page_link"))
    assert (data["label"], data["page"], data["url"]) == ("Data", "Data", "./Data")
    assert (home["label"], home["page"], home["query_string"]) == ("Home", "", "a=1")


def test_same_widget_on_two_pages_has_separate_state(make_app):
    at = make_app(
        """
        import streamlit as st
        def a(): st.checkbox("c")
        def b(): st.checkbox("c")
        st.navigation([st.Page(a), st.Page(b)]).run()
        """
    ).run()
    at.checkbox[0].check().run()
    assert at.checkbox[0].value is True
    from wasmlit.runtime.navigation import PageRequest

    at._page = PageRequest(url_path="b", query_string="")
    at.run()
    assert at.checkbox[0].value is False


@pytest.mark.parametrize("position", ["sidebar", "hidden"])
def test_show_sidebar_navigation_option_hides_sidebar_nav(tmp_path, position):
    write_app(tmp_path, {"app.py": "import streamlit as st\n", "pages/p.py": "pass\n"})
    messages: list[dict] = []
    session = AppSession(
        str(tmp_path / "app.py"),
        messages.append,
        options={"client.showSidebarNavigation": position == "sidebar"},
    )
    session.rerun()
    assert [m for m in messages if m["type"] == "navigation"][-1]["position"] == position


def test_expanded_becomes_visible_items_and_bad_values_raise(make_app):
    at = make_app(
        """
        import streamlit as st
        def a(): pass
        def b(): pass
        st.navigation([a, b], expanded=5)
        """
    ).run()
    nav = navigation_of(at)
    assert (nav["expanded"], nav["visible_items"]) == (False, 5)
    assert [p["title"] for p in nav["pages"]] == ["a", "b"]
    at = make_app("import streamlit as st\ndef a(): pass\nst.navigation([a], expanded=-1)\n").run()
    assert "expanded must be a non-negative integer" in at.exception[0].message


def test_switch_page_in_a_callback_shows_the_new_page_in_the_same_run(make_app):
    at = make_app(
        """
        import streamlit as st
        def a():
            st.button("go", on_click=lambda: st.switch_page(pages[1]))
        def b():
            st.write("page b")
        pages = [st.Page(a), st.Page(b)]
        st.navigation(pages).run()
        """
    ).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.markdown.values == ["page b"]
