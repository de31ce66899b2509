"""Categoricals of datetimes: the UI gets ISO options and labels as a datetime column shows
them, and an edit that sends a chosen option's ISO value gives back that category."""

from __future__ import annotations

import pandas as pd

from wasmlit.data import to_pandas, wire_table
from wasmlit.data.column_config import resolve_column_config
from wasmlit.data.edit_state import EditRules, apply_edits, parse_state

INSTANTS = ["2025-03-04 20:00:00", "2025-07-01 08:30:15"]


def frame(tz: str | None) -> pd.DataFrame:
    times = pd.to_datetime(INSTANTS)
    return pd.DataFrame({"when": pd.Categorical(times.tz_localize(tz) if tz else times)})


def resolved(f: pd.DataFrame) -> dict:
    return resolve_column_config({}, f, wire_table(to_pandas(f)).columns)


def test_naive_categories_are_iso_options_with_datetime_labels():
    config = resolved(frame(None))["c0"]["type_config"]
    assert config["options"] == ["2025-03-04T20:00:00", "2025-07-01T08:30:15"]
    assert config["option_labels"] == INSTANTS


def test_tz_aware_categories_keep_their_offset():
    config = resolved(frame("Europe/Berlin"))["c0"]["type_config"]
    assert config["options"] == ["2025-03-04T20:00:00+01:00", "2025-07-01T08:30:15+02:00"]
    assert config["option_labels"] == ["2025-03-04 20:00:00+01:00", "2025-07-01 08:30:15+02:00"]


def test_an_edit_with_an_iso_option_gives_back_the_category():
    f = frame("Europe/Berlin")
    columns = wire_table(to_pandas(f)).columns
    rules = EditRules(resolved(f), False, "dynamic")
    state = {"edited_rows": {"0": {"when": "2025-07-01T08:30:15+02:00"}}}
    out = apply_edits(f, parse_state(state), columns, rules)
    assert isinstance(out["when"].dtype, pd.CategoricalDtype)
    assert out["when"][0] == pd.Timestamp("2025-07-01 08:30:15", tz="Europe/Berlin")
