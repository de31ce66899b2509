"""Magic: bare expressions and strings are written with st.write."""

from __future__ import annotations

MAGIC_APP = '''
"""Module docstring: not written."""
import streamlit as st

"# A heading string"
x = 10
x
"x", x
len("abc")          # a call: not written
print("nothing")    # a call: not written

def f():
    """Function docstring: not written."""
    "inside a function"
    return 1

class C:
    """Class docstring: not written."""

f()
if x > 5:
    "in an if"
for i in range(2):
    i
with st.container():
    "in a with"
try:
    "in a try"
except Exception:
    pass
'''


def test_magic_writes_expressions_but_not_docstrings_or_calls(make_app):
    at = make_app(MAGIC_APP).run()
    assert not at.exception
    assert at.markdown.values == [
        "# A heading string",
        "`10`",
        "x `10`",
        "inside a function",
        "in an if",
        "`0`",
        "`1`",
        "in a with",
        "in a try",
    ]
    assert at.container[0].markdown.values == ["in a with"]


def test_root_docstring_shown_when_configured(session_for):
    session, rec = session_for('"""Doc"""\n', options={"magic.displayRootDocString": True})
    session.rerun()
    assert [d["node"]["props"]["body"] for d in rec.deltas()] == ["Doc"]


def test_last_expression_call_written_when_configured(session_for):
    source = "def f():\n    return 'last'\nf()\n"
    session, rec = session_for(source, options={"magic.displayLastExprIfNoSemicolon": True})
    session.rerun()
    assert [d["node"]["props"]["body"] for d in rec.deltas()] == ["last"]
    session, rec = session_for(
        source.rstrip() + ";\n", options={"magic.displayLastExprIfNoSemicolon": True}
    )
    session.rerun()
    assert rec.deltas() == []


def test_magic_disabled(session_for):
    session, rec = session_for('"hidden"\n', options={"runner.magicEnabled": False})
    session.rerun()
    assert rec.deltas() == []


def test_magic_in_methods_but_not_in_class_bodies(make_app):
    at = make_app(
        '''
        import streamlit as st

        class Greeter:
            """Class docstring: not written."""
            "class body: not written"

            def greet(self):
                """Method docstring: not written."""
                "from a method"

        Greeter().greet()
        '''
    ).run()
    assert at.markdown.values == ["from a method"]


def test_magic_dispatches_like_st_write(make_app):
    at = make_app(
        """
        import math
        import streamlit as st

        def words():
            yield "streamed "
            yield "text"

        stream = words()
        {"a": 1}
        math.sqrt
        stream
        words()  # a call: not written
        error = ValueError("shown")
        error
        """
    ).run()
    assert at.json[0].value == '{"a": 1}'
    assert at.help[0].name == "math.sqrt"
    assert at.markdown.values == ["streamed text"]
    assert at.exception[0].value == "shown"


def test_changing_a_magic_option_recompiles(session_for):
    session, rec = session_for('"""Doc"""\n"body"\n')
    session.rerun()
    assert [d["node"]["props"]["body"] for d in rec.deltas()] == ["body"]
    session.options["magic.displayRootDocString"] = True
    rec.clear()
    session.rerun()
    assert [d["node"]["props"]["body"] for d in rec.deltas()] == ["Doc", "body"]
