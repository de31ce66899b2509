"""The edit state the UI builds (tests/ui/fixtures/data-editor-state.json, asserted
by tests/ui/data-editor.test.tsx) is what Python's edit_state reads and applies."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from wasmlit.data import to_pandas, wire_table
from wasmlit.data.edit_state import EditRules, apply_edits, parse_state, state_to_wire

FIXTURE = Path(__file__).parents[1] / "ui" / "fixtures" / "data-editor-state.json"


def test_python_applies_the_state_the_ui_builds():
    fixture = json.loads(FIXTURE.read_text())
    frame = pd.DataFrame(fixture["frame"])
    state = parse_state(fixture["state"])
    assert state_to_wire(state) == fixture["state"]  # the wire shape round-trips unchanged
    columns = wire_table(to_pandas(frame)).columns
    edited = apply_edits(frame, state, columns, EditRules({}, False, "dynamic"))
    assert edited.to_dict("list") == {
        "name": ["a", "b", "new"],
        "price": [9.5, 2.0, 4.25],
        "qty": [1, 7, 1],
        "ok": [False, True, None],
    }
    assert list(edited.index) == [0, 1, 3]
