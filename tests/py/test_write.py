"""st.write: every dispatch branch, in Streamlit's order.

Third-party kinds the test venv lacks (matplotlib, SymPy, Altair ...) are
stood in for by classes carrying the library's module and class name, which is
exactly what the dispatch looks at.
"""

from __future__ import annotations

import json


def test_consecutive_strings_and_inline_values_join_into_one_markdown(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write("a", "*b*", 5, 2.5, None, (1, 2), "end")
        st.write("<b>x</b>", unsafe_allow_html=True)
        class Multi:
            def __str__(self):
                return "line 1\\nline ```2```"
        st.write("before", Multi())
        """
    ).run()
    assert at.markdown.values == [
        "a *b* `5` `2.5` `None` `(1, 2)` end",
        "<b>x</b>",
        "before ````\nline 1\nline ```2```\n````",
    ]
    assert [m.allow_html for m in at.markdown] == [False, True, False]


def test_text_is_flushed_around_elements_of_other_kinds(make_app):
    at = make_app(
        """
        import streamlit as st
        st.write("one", "two", {"k": 1}, "three", ValueError("bad"), "four")
        """
    ).run()
    kinds = [(n.type, n.value) for n in list(at.main)[1:]]  # [0] is the main block
    assert kinds[0] == ("markdown", "one two")
    assert kinds[1][0] == "json" and json.loads(kinds[1][1]) == {"k": 1}
    assert kinds[2] == ("markdown", "three")
    assert kinds[3][0] == "exception" and at.exception[0].value == "bad"
    assert kinds[4] == ("markdown", "four")


def test_collections_become_json(make_app):
    at = make_app(
        """
        import types
        from collections import ChainMap, namedtuple, UserDict
        import streamlit as st
        Point = namedtuple("Point", "x y")
        st.session_state.a = 1
        st.write(
            [1, None], {"k": "v"}, Point(1, 2), map(str, [1, 2]), enumerate("ab"),
            {"a": 1}.keys(), types.MappingProxyType({"m": 1}), UserDict(u=1),
            ChainMap({"c": 1}), st.session_state,
        )
        """
    ).run()
    assert [json.loads(j.value) for j in at.json] == [
        [1, None],
        {"k": "v"},
        {"x": 1, "y": 2},
        ["1", "2"],
        [[0, "a"], [1, "b"]],
        ["a"],
        {"m": 1},
        {"u": 1},
        {"c": 1},
        {"a": 1},
    ]
    assert not at.markdown


def test_functions_modules_classes_dataclasses_and_bare_reprs_get_help(make_app):
    at = make_app(
        """
        import math
        from dataclasses import dataclass
        import streamlit as st
        def documented():
            '''Does a thing.'''
        @dataclass
        class Point:
            x: int = 1
        class Opaque:
            pass
        st.write(documented)
        st.write(math)
        st.write(Point)
        st.write(Point())
        st.write(Opaque())
        st.write(st.container())
        """
    ).run()
    helps = at.help
    assert [h.props["type"] for h in helps] == [
        "function",
        "module",
        "class",
        "Point",
        "Opaque",
        "DeltaGenerator",
    ]
    assert helps[0].doc_string == "Does a thing."
    assert helps[0].name == "documented"
    assert helps[3].value == "Point(x=1)"
    assert not at.markdown


def test_streams_are_written_with_write_stream(make_app):
    at = make_app(
        """
        import asyncio
        import streamlit as st
        def words():
            yield "hello "
            yield "world"
        async def more():
            yield "async "
            await asyncio.sleep(0)
            yield "text"
        st.write(words())
        st.write(words)
        st.write(more())
        st.write(more)
        """
    ).run()
    assert at.markdown.values == ["hello world", "hello world", "async text", "async text"]


def test_stringio_pil_image_and_repr_html(make_app):
    at = make_app(
        """
        from io import StringIO
        from PIL import Image
        import streamlit as st
        class Rich:
            def _repr_html_(self):
                return "<i>rich</i>"
            def __str__(self):
                return "plain rich"
        st.write(StringIO("**from io**"))
        st.write(Image.new("RGB", (4, 3)))
        st.write(Rich())
        st.write(Rich(), unsafe_allow_html=True)
        """
    ).run()
    assert at.markdown.values == ["**from io**", "`plain rich`"]
    assert len(at.image) == 1
    assert [h.value for h in at.html] == ["<i>rich</i>"]


def test_data_objects_are_written_with_st_dataframe(make_app):
    at = make_app(
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        class Convertible:
            def to_pandas(self):
                return df
        st.write("table:", df, np.arange(3), Convertible())
        """
    ).run()
    assert at.markdown.values == ["table:"]
    frame, array, converted = (d.value for d in at.dataframe)
    assert frame.to_dict("list") == {"a": [1, 2], "b": [3, 4]}
    assert array.iloc[:, 0].tolist() == [0, 1, 2]
    assert converted.equals(frame)  # the to_pandas object is shown as data too


def test_charts_not_supported_yet_get_a_message_naming_the_library(make_app):
    at = make_app(
        """
        import streamlit as st
        def fake(module, name):
            return type(name, (), {"__module__": module})()
        st.write(fake("graphviz.graphs", "Digraph"))
        st.write(fake("bokeh.plotting._figure", "figure"))
        """
    ).run()
    messages = [w.value for w in at.warning]
    for label in ("Graphviz graphs", "Bokeh"):
        assert any(m.startswith(label) and "not supported yet" in m for m in messages), label


def test_matplotlib_figure_is_rendered_to_png(make_app):
    at = make_app(
        """
        from PIL import Image
        import streamlit as st
        class Figure:
            def savefig(self, target, format, **kwargs):
                Image.new("RGB", (5, 4), "red").save(target, format=format)
        Figure.__module__ = "matplotlib.figure"
        st.write(Figure())
        """
    ).run()
    assert not at.exception
    assert len(at.image) == 1


def test_sympy_expression_becomes_latex(make_app):
    at = make_app(
        """
        import sys, types
        import streamlit as st
        fake_sympy = types.ModuleType("sympy")
        fake_sympy.latex = lambda expr: "x^{2}"
        sys.modules["sympy"] = fake_sympy
        try:
            class Basic:
                pass
            Basic.__module__ = "sympy.core.basic"
            class Pow(Basic):
                pass
            st.write(Pow())
        finally:
            del sys.modules["sympy"]
        """
    ).run()
    assert at.latex.values == ["$$\nx^{2}\n$$"]


def test_multiple_arguments_cannot_replace_one_slot(make_app):
    at = make_app(
        """
        import streamlit as st
        slot = st.empty()
        slot.write("single is fine")
        slot.write("a", "b")
        """
    ).run()
    assert "Cannot replace a single element with multiple elements" in at.exception[0].value


def test_write_returns_none(make_app):
    at = make_app("import streamlit as st\nst.text(repr(st.write('x')))").run()
    assert at.text.values == ["None"]
