"""st.help (name, type, value, docstring, members) and st.echo (code above/below)."""

from __future__ import annotations

from wasmlit.runtime.help_info import expression_from_line

DOG_APP = '''
import streamlit as st

class Dog:
    """A typical dog."""

    kind = "mammal"

    def __init__(self, breed):
        self.breed = breed

    @property
    def loud(self):
        """Whether it barks a lot."""
        return True

    def bark(self):
        """Say woof.

        Loudly."""
        return "Woof!"

fido = Dog("poodle")
st.help(fido)
st.help(Dog)
fido
'''


def test_help_of_an_instance_shows_members_values_then_methods(make_app):
    at = make_app(DOG_APP).run()
    assert not at.exception
    inst = at.help[0]
    assert inst.name == "fido"
    assert inst.props["type"] == "Dog"
    assert inst.value == "__main__.Dog(breed)"  # the repr is only an address
    assert inst.doc_string == "A typical dog."  # borrowed from the class
    assert inst.members == [
        {"name": "breed", "type": "str", "value": "'poodle'", "doc_string": None},
        {"name": "kind", "type": "str", "value": "'mammal'", "doc_string": None},
        {
            "name": "loud",
            "type": "property",
            "value": None,
            "doc_string": "Whether it barks a lot.",
        },
        {"name": "bark", "type": "method", "value": None, "doc_string": "Say woof."},
    ]


def test_help_of_a_class_and_via_magic(make_app):
    at = make_app(DOG_APP).run()
    cls, magic = at.help[1], at.help[2]
    assert (cls.name, cls.props["type"], cls.value) == ("Dog", "class", "__main__.Dog(breed)")
    assert magic.name == "fido"  # magic writes an opaque instance with st.help


def test_help_defaults_to_streamlit_and_shows_readable_values(make_app):
    at = make_app(
        """
        import streamlit as st
        st.help()
        st.help(42)
        st.help(x := [1, 2])
        """
    ).run()
    api, number, walrus = at.help
    assert (api.name, api.props["type"], api.value) == (None, "module", "streamlit")
    names = [m["name"] for m in api.members]
    assert "write" in names and "help" in names and "current" not in names
    assert (number.name, number.props["type"], number.value) == (None, "int", "42")
    assert number.doc_string.startswith("int(")  # an instance borrows its type's docs
    assert (walrus.name, walrus.value) == ("x", "[1, 2]")


def test_expression_from_line():
    assert expression_from_line("st.help(df.columns)") == "df.columns"
    assert expression_from_line("st.write(a, b)") == "a"
    assert expression_from_line("st.help('text')") is None
    assert expression_from_line("st.help()") is None
    assert expression_from_line("my_value,") == "my_value"
    assert expression_from_line("st.help(") is None  # a call spread over lines


ECHO_APP = """
import streamlit as st

def main():
    with st.echo():
        # a comment stays
        x = 1

        st.write("above", x)
    st.write("between")
    with st.echo(code_location="below"):
        st.write("below")

main()
"""


def test_echo_shows_the_dedented_block_above_or_below_its_output(make_app):
    at = make_app(ECHO_APP).run()
    assert not at.exception
    order = [(n.type, n.value) for n in list(at.main)[1:]]
    assert order == [
        ("code", '# a comment stays\nx = 1\n\nst.write("above", x)'),
        ("markdown", "above `1`"),
        ("markdown", "between"),
        ("markdown", "below"),
        ("code", 'st.write("below")'),
    ]
    assert at.code[0].language == "python"


def test_echo_follows_script_edits_between_runs(make_app, tmp_path):
    at = make_app("import streamlit as st\nwith st.echo():\n    pass\n").run()
    assert at.code.values == ["pass"]
    (tmp_path / "app.py").write_text("import streamlit as st\nwith st.echo():\n    y = 2  # new\n")
    at.run()
    assert at.code.values == ["y = 2  # new"]
