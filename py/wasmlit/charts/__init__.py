"""Vega-Lite specs for Streamlit's chart commands, built in pure Python.

``st.line_chart``, ``st.area_chart``, ``st.bar_chart``, ``st.scatter_chart``
and ``st.map`` become a Vega-Lite spec plus one Arrow dataset and are drawn
by the ``vega_lite_chart`` element, as ``st.vega_lite_chart`` and
``st.altair_chart`` are. Altair is never needed for the built-in charts.

Modules: :mod:`.builtin` (the four x/y charts), :mod:`.map` (``st.map``),
:mod:`.colors` (colour arguments), :mod:`.datasets` (named Arrow datasets of a
spec), :mod:`.selections` (selection parameters and ``VegaLiteState``).
"""
