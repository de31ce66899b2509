"""st.markdown/caption/text/title/header/subheader parameters, st.latex and st.badge."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest


def test_markdown_text_alignment_and_anchors_props(make_app):
    at = make_app(
        """
        import streamlit as st
        st.markdown("# Hi", text_alignment="center", anchors=False)
        st.markdown("plain")
        st.caption("cap", text_alignment="justify")
        st.text("t", text_alignment="right", help="tip")
        """
    ).run()
    first, plain = at.markdown
    assert first.props["text_alignment"] == "center" and first.props["anchors"] is False
    assert plain.props["text_alignment"] == "left" and plain.props["anchors"] is True
    assert at.caption[0].props["text_alignment"] == "justify"
    assert at.text[0].props["text_alignment"] == "right" and at.text[0].props["help"] == "tip"


@pytest.mark.parametrize("command", ["markdown", "caption", "text", "title", "header", "subheader"])
def test_bad_text_alignment_raises_streamlits_error(make_app, command):
    at = make_app(f"import streamlit as st\nst.{command}('x', text_alignment='start')").run()
    exc = at.exception[0]
    assert exc.type_name == "StreamlitInvalidTextAlignmentError"
    assert exc.value == (
        'Invalid text_alignment value: "start". '
        'Valid values are: "left", "center", "right", "justify".'
    )


def test_heading_icon_alignment_anchor_and_help(make_app):
    at = make_app(
        """
        import streamlit as st
        st.title("Sales", icon=":material/bar_chart:", text_alignment="center")
        st.header("Plain", anchor=False, help="more")
        st.subheader("Party", icon=" 🎈 ", anchor="custom")
        """
    ).run()
    title = at.title[0]
    assert title.props["icon"] == ":material/bar_chart:"
    assert title.props["text_alignment"] == "center"
    assert title.props["anchor"] is None  # the UI derives the slug from the text
    assert at.header[0].anchor is False and at.header[0].help == "more"
    assert at.subheader[0].props["icon"] == "🎈" and at.subheader[0].anchor == "custom"
    assert at.header[0].props["icon"] is None


@pytest.mark.parametrize(
    ("icon", "message"),
    [
        (":material/Bad Name:", "is not a valid Material icon"),
        (":smile:", "Emoji shortcodes are not supported"),
    ],
)
def test_heading_bad_icon(make_app, icon, message):
    at = make_app(f"import streamlit as st\nst.header('x', icon={icon!r})").run()
    assert message in at.exception[0].value


def test_heading_bad_anchor_messages(make_app):
    at = make_app("import streamlit as st\nst.header('x', anchor=True)").run()
    assert at.exception[0].value == (
        "Anchor parameter has invalid value: True. Supported values: None, any string or False"
    )
    at = make_app("import streamlit as st\nst.header('x', anchor=3)").run()
    assert "Anchor parameter has invalid type: int" in at.exception[0].value


def test_divider_colours_cycle_and_every_named_colour_is_accepted(make_app):
    colours = ["blue", "green", "orange", "red", "violet", "yellow", "gray", "grey", "rainbow"]
    at = make_app(
        "import streamlit as st\n"
        + "".join(f"st.subheader('{c}', divider='{c}')\n" for c in colours)
        + "st.header('auto1', divider=True)\nst.subheader('auto2', divider=True)\n"
        + "st.header('none', divider=False)\n"
    ).run()
    assert [s.divider for s in at.subheader][: len(colours)] == colours
    assert at.header[0].divider == "blue" and at.subheader[-1].divider == "green"
    assert at.header[1].divider is False


def test_latex_wraps_body_in_a_display_block(make_app):
    at = make_app(
        """
        import streamlit as st
        st.latex(r'''
            a + b = c
        ''', help="Pythagoras-ish", width=300)
        """
    ).run()
    assert len(at.latex) == 1 and len(at.markdown) == 0
    latex = at.latex[0]
    assert latex.value == "$$\na + b = c\n$$"
    assert latex.help == "Pythagoras-ish"
    assert latex.props["variant"] == "latex" and latex.props["width"] == 300


@pytest.fixture
def fake_sympy() -> Iterator[type]:
    """A stand-in ``sympy`` (not installed here): st.latex must call sympy.latex on its objects."""
    module = types.ModuleType("sympy")
    module.latex = lambda expr: f"\\frac{{{expr.num}}}{{{expr.den}}}"  # type: ignore[attr-defined]

    class Rational:
        def __init__(self, num: int, den: int) -> None:
            self.num, self.den = num, den

    Rational.__module__ = "sympy.core.numbers"
    sys.modules["sympy"] = module
    module.Rational = Rational  # type: ignore[attr-defined]
    yield Rational
    del sys.modules["sympy"]


def test_latex_converts_sympy_expressions(make_app, fake_sympy):
    at = make_app("import streamlit as st\nimport sympy\nst.latex(sympy.Rational(1, 2))").run()
    assert at.latex[0].value == "$$\n\\frac{1}{2}\n$$"


def test_latex_does_not_import_sympy_for_strings(make_app):
    sys.modules.pop("sympy", None)
    make_app("import streamlit as st\nst.latex('x')").run()
    assert "sympy" not in sys.modules


def test_badge_is_the_badge_directive(make_app):
    at = make_app(
        """
        import streamlit as st
        st.badge("New")
        st.badge("Done [x]", icon=":material/check:", color="green", help="tip", width="stretch")
        st.badge("Hot", icon="🔥", color="red")
        """
    ).run()
    assert at.markdown.values == [
        ":blue-badge[New]",
        ":green-badge[:material/check: Done \\[x\\]]",
        ":red-badge[🔥 Hot]",
    ]
    assert at.markdown[0].props["width"] == "content"
    assert at.markdown[1].props["width"] == "stretch" and at.markdown[1].help == "tip"


def test_badge_bad_icon_and_width(make_app):
    at = make_app("import streamlit as st\nst.badge('x', icon=':fire:')").run()
    assert "Emoji shortcodes are not supported" in at.exception[0].value
    at = make_app("import streamlit as st\nst.badge('x', width=0)").run()
    assert at.exception[0].type_name == "StreamlitInvalidWidthError"


def test_divider_width(make_app):
    at = make_app("import streamlit as st\nst.divider(width=200)\nst.divider()").run()
    assert [d.props["width"] for d in at.divider] == [200, "stretch"]
    at = make_app("import streamlit as st\nst.divider(width='content')").run()
    assert at.exception[0].type_name == "StreamlitInvalidWidthError"
