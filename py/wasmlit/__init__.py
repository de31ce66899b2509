"""wasmlit: run unchanged Streamlit apps in the browser.

The package root stays empty on purpose: importing ``wasmlit`` must be cheap
because import time is start-up time in Pyodide. Scripts see the API as
``import streamlit as st`` (see :mod:`wasmlit.alias`), which is ``wasmlit.st``.
"""

__version__ = "0.1.0"
