"""Headless testing of apps (``streamlit.testing`` under the alias)."""
