"""``streamlit.testing.v1``: the AppTest-compatible headless testing API.

Example::

    from wasmlit.testing.v1 import AppTest   # or: from streamlit.testing.v1 import AppTest
    at = AppTest.from_string("import streamlit as st\\nst.title('Hi')").run()
    assert at.title[0].value == "Hi"
"""

from wasmlit.testing.v1.app_test import AppTest

__all__ = ["AppTest"]
