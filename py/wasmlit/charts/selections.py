"""Selection parameters of a Vega-Lite spec and Streamlit's ``VegaLiteState``.

With ``on_select`` on, each named selection parameter (``alt.selection_point``,
``alt.selection_interval``, or ``{"name": ..., "select": ...}`` in a spec)
becomes a key of ``event.selection``: a list of the selected points' projected
fields for a point selection (``[{"Origin": "USA"}]``), ``{field: [min, max]}``
for an interval, ``{}`` while nothing is selected.

Example::

    names = selection_params(spec)                     # ["brush", "pick"]
    modes = parse_selection_mode("pick", names)        # ["pick"]
    state = vega_lite_state(None, modes)               # {"selection": {"pick": {}}}
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.attribute_dict import AttributeDict, attribute_tree
from wasmlit.runtime.selection_widget import mode_list

_NESTED = ("layer", "concat", "hconcat", "vconcat")
# Altair numbers unnamed parameters and views with a process-wide counter, so the
# same chart gets new names on every rerun; renumbering keeps them stable.
_COUNTED = re.compile(r'"(param|view)_(\d+)"')


def selection_params(spec: Any) -> list[str]:
    """Names of the selection parameters anywhere in ``spec``, in order."""
    names: list[str] = []

    def visit(node: Any) -> None:
        if not isinstance(node, dict):
            return
        for param in node.get("params") or []:
            is_selection = isinstance(param, dict) and "select" in param and "name" in param
            if is_selection and str(param["name"]) not in names:
                names.append(str(param["name"]))
        for key in _NESTED:
            for child in node.get(key) or []:
                visit(child)
        visit(node.get("spec"))

    visit(spec)
    return names


def stable_names(spec_json: str) -> str:
    """``param_17``/``view_4`` renumbered from 1 in order of appearance."""
    seen: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        key = (match.group(1), match.group(2))
        if key not in seen:
            counters[key[0]] = counters.get(key[0], 0) + 1
            seen[key] = counters[key[0]]
        return f'"{key[0]}_{seen[key]}"'

    return _COUNTED.sub(rename, spec_json)


def parse_selection_mode(selection_mode: Any, params: list[str]) -> list[str]:
    """The selection parameters that send events (all of them for None)."""
    if not params:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any "
            "selections. Selections must be added to the chart spec."
        )
    if selection_mode is None:
        return list(params)
    modes = mode_list(selection_mode)
    for mode in modes:
        if mode not in params:
            raise StreamlitAPIException(
                f"Selection parameter '{mode}' is not defined in the chart spec. "
                f"Available selection parameters are: {params}."
            )
    return [str(m) for m in modes]


def vega_lite_state(wire: Any, params: Iterable[str]) -> AttributeDict:
    """The wire value (None before any selection) as a VegaLiteState."""
    sent = wire.get("selection") if isinstance(wire, dict) else None
    sent = sent if isinstance(sent, dict) else {}
    state = attribute_tree({"selection": {p: sent.get(p, {}) for p in params}})
    assert isinstance(state, AttributeDict)
    return state
