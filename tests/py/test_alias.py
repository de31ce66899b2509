"""The streamlit alias and start-up cost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import types

from wasmlit.alias import streamlit_alias


def test_alias_maps_streamlit_and_submodules_then_restores():
    sentinel = types.ModuleType("streamlit")
    sys.modules["streamlit"] = sentinel
    try:
        with streamlit_alias():
            import streamlit
            import streamlit.errors
            from streamlit.testing.v1 import AppTest

            import wasmlit.errors
            import wasmlit.st
            from wasmlit.testing.v1 import AppTest as CoreAppTest

            assert streamlit is wasmlit.st
            assert streamlit.errors is wasmlit.errors
            assert AppTest is CoreAppTest
        assert sys.modules["streamlit"] is sentinel
        assert "streamlit.errors" not in sys.modules
    finally:
        del sys.modules["streamlit"]


def test_alias_is_inactive_outside_the_context():
    code = textwrap.dedent(
        """
        import importlib.util, sys
        import wasmlit.alias, wasmlit.st
        assert importlib.util.find_spec("streamlit") is None or "wasmlit" not in str(
            importlib.util.find_spec("streamlit").origin)
        assert "streamlit" not in sys.modules
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_scripts_can_import_streamlit_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        try:
            st.progress(500)
        except StreamlitAPIException as e:
            st.write("caught")
        """
    ).run()
    assert at.markdown.values == ["caught"]


def test_start_up_does_not_import_heavy_libraries(tmp_path):
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\nst.title('Hi')\nx = st.slider('x', 0, 10)\nst.write('x', x)\n"
        "st.columns(2)[0].selectbox('s', ['a'])\n"
    )
    code = textwrap.dedent(
        f"""
        import sys
        import wasmlit.st
        from wasmlit.runtime.session import AppSession
        from wasmlit.protocol.messages import check_message
        messages = []
        AppSession({str(app)!r}, messages.append).rerun()
        assert messages[-1]["status"] == "complete", messages[-2:]
        heavy = sorted(m for m in ("numpy", "pandas", "pyarrow", "PIL") if m in sys.modules)
        print(",".join(heavy))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == ""


def test_importing_wasmlit_st_stays_light():
    code = (
        "import sys; import wasmlit.st; "
        "print(','.join(sorted(m for m in sys.modules if m.startswith('wasmlit.elements.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == ""  # element modules load on first use
