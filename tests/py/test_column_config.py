"""st.column_config: each column type's dict, its validation errors, and the wire resolver."""

from __future__ import annotations

import datetime

import pandas as pd
import pytest

from wasmlit.data import column_config as cc
from wasmlit.data import to_pandas, wire_table
from wasmlit.data.column_config import resolve_column_config
from wasmlit.data.grid_props import COLUMN_CONFIG
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import validate

BASE = {"label": None, "width": None, "help": None}


def test_column_is_the_shared_keys_only():
    assert cc.Column("Name", width="medium", help="h", pinned=True) == {
        **BASE, "label": "Name", "width": "medium", "help": "h",
        "disabled": None, "required": None, "pinned": True, "alignment": None,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("builder", "kwargs", "type_config"),
    [
        (cc.TextColumn, {"max_chars": 5, "validate": "^a"},
         {"type": "text", "max_chars": 5, "validate": "^a"}),
        (cc.NumberColumn, {"format": "$%d", "min_value": 0, "max_value": 9, "step": 1},
         {"type": "number", "format": "$%d", "min_value": 0, "max_value": 9, "step": 1}),
        (cc.CheckboxColumn, {}, {"type": "checkbox"}),
        (cc.ListColumn, {}, {"type": "list"}),
        (cc.ImageColumn, {}, {"type": "image"}),
        (cc.AudioColumn, {}, {"type": "audio"}),
        (cc.VideoColumn, {}, {"type": "video"}),
        (cc.JsonColumn, {}, {"type": "json"}),
        (cc.MarkdownColumn, {}, {"type": "markdown"}),
        (cc.LinkColumn, {"display_text": "Open", "max_chars": 9},
         {"type": "link", "max_chars": 9, "validate": None, "display_text": "Open"}),
        (cc.LineChartColumn, {"y_min": 0, "y_max": 5, "color": "auto"},
         {"type": "line_chart", "y_min": 0, "y_max": 5, "color": "auto"}),
        (cc.BarChartColumn, {"color": "#ff0000"},
         {"type": "bar_chart", "y_min": None, "y_max": None, "color": "#ff0000"}),
        (cc.AreaChartColumn, {"color": "rgb(1, 2, 3)"},
         {"type": "area_chart", "y_min": None, "y_max": None, "color": "rgb(1, 2, 3)"}),
        (cc.ProgressColumn, {"format": "percent", "min_value": 0, "max_value": 1, "color": "green"},
         {"type": "progress", "format": "percent", "min_value": 0, "max_value": 1, "step": None,
          "color": "green"}),
    ],
)  # fmt: skip
def test_each_type_config(builder, kwargs, type_config):
    config = builder("L", **kwargs)
    assert config["label"] == "L"
    assert config["type_config"] == type_config
    assert builder.__name__ in cc.__all__


def test_temporal_columns_send_iso_strings_and_seconds():
    dt = cc.DatetimeColumn(
        default=datetime.datetime(2024, 1, 2, 3, 4),
        min_value=datetime.datetime(2024, 1, 1),
        max_value=datetime.datetime(2025, 1, 1),
        step=datetime.timedelta(minutes=1),
        timezone="UTC",
        format="D MMM YYYY",
    )
    assert dt["default"] == "2024-01-02T03:04:00"
    assert dt["type_config"] == {
        "type": "datetime", "format": "D MMM YYYY", "min_value": "2024-01-01T00:00:00",
        "max_value": "2025-01-01T00:00:00", "step": 60.0, "timezone": "UTC",
    }  # fmt: skip
    date = cc.DateColumn(min_value=datetime.date(2024, 1, 1), step=2, format="localized")
    assert date["type_config"] == {
        "type": "date", "format": "localized", "min_value": "2024-01-01", "max_value": None,
        "step": 2,
    }  # fmt: skip
    time = cc.TimeColumn(default=datetime.time(9, 30), step=datetime.timedelta(seconds=90))
    assert time["default"] == "09:30:00" and time["type_config"]["step"] == 90.0


def test_selectbox_and_multiselect_options_with_format_func_and_colors():
    plain = cc.SelectboxColumn(options=["a", "b"], default="a")
    assert plain["type_config"] == {"type": "selectbox", "options": ["a", "b"]}
    labelled = cc.SelectboxColumn(options=[1, 2], format_func=lambda v: f"#{v}")
    assert labelled["type_config"]["options"] == [
        {"value": 1, "label": "#1"},
        {"value": 2, "label": "#2"},
    ]
    multi = cc.MultiselectColumn(
        options=["x", "y", "z"], color=["red", "blue"], format_func=str.upper,
        accept_new_options=True, default=("x",),
    )  # fmt: skip
    assert multi["default"] == ["x"]
    assert multi["type_config"] == {
        "type": "multiselect",
        "options": [
            {"value": "x", "label": "X", "color": "red"},
            {"value": "y", "label": "Y", "color": "blue"},
            {"value": "z", "label": "Z", "color": "red"},  # colors cycle
        ],
        "accept_new_options": True,
    }


def test_button_column_plain_and_keyed():
    plain = cc.ButtonColumn("Go", type="primary")
    assert plain["disabled"] is True
    assert plain["type_config"] == {"type": "button", "button_type": "primary"}
    keyed = cc.ButtonColumn(on_click=print, args=(1,), key="k")
    assert isinstance(keyed, cc.ButtonColumnResult)
    assert keyed.key == "k" and keyed.on_click is print and keyed["label"] is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: cc.Column(width="huge"), "Invalid column width"),
        (lambda: cc.Column(width=0), "Invalid column width"),
        (lambda: cc.NumberColumn(alignment="top"), "Invalid `alignment` value"),
        (lambda: cc.LineChartColumn(color="not-a-color"), "Invalid `color` value"),
        (lambda: cc.ProgressColumn(color="#12"), "Invalid `color` value"),
        (lambda: cc.ButtonColumn(type="danger"), "Invalid `type` value"),
        (lambda: cc.ButtonColumn(on_click=print), "The `key` parameter is required"),
        (lambda: cc.LinkColumn(display_text=":material/not a name:"), "not a valid Material"),
    ],
)
def test_validation_errors(call, message):
    with pytest.raises(StreamlitAPIException, match=message):
        call()


def test_link_column_normalises_a_material_icon():
    assert cc.LinkColumn(display_text=":material/open_in_new:")["type_config"]["display_text"] == (
        ":material/open_in_new:"
    )


def _columns(frame):
    return wire_table(to_pandas(frame)).columns


def test_resolve_by_name_position_index_label_and_none():
    frame = pd.DataFrame({"a": [1], "b": ["x"], "c": [True]}, index=pd.Index(["r"], name="id"))
    resolved = resolve_column_config(
        {
            "a": cc.NumberColumn("A", format="%d"),
            1: "Bee",
            "c": None,
            "_index": cc.Column(width="small"),
            "missing": "ignored",
        },
        frame,
        _columns(frame),
    )
    assert resolved == {
        "c0": {"label": "A", "type_config": {"type": "number", "format": "%d"}},
        "c1": {"label": "Bee"},
        "c2": {"hidden": True},
        "_index": {"width": "small"},
    }
    for config in resolved.values():  # every entry passes the wire schema
        assert validate(COLUMN_CONFIG.json(), config) == []


def test_resolve_merges_keys_naming_one_column_and_named_index():
    frame = pd.DataFrame({"a": [1]}, index=pd.Index([5], name="key"))
    resolved = resolve_column_config(
        {"a": cc.TextColumn(help="h"), 0: "Label", "key": "Key"}, frame, _columns(frame)
    )
    assert resolved["c0"] == {"help": "h", "label": "Label", "type_config": {"type": "text"}}
    assert resolved["_index"] == {"label": "Key"}


def test_resolve_option_labels_colors_and_json_values():
    import numpy as np

    frame = pd.DataFrame({"s": ["a"], "m": [["x"]], "d": [datetime.date(2024, 1, 1)]})
    resolved = resolve_column_config(
        {
            "s": cc.SelectboxColumn(options=[np.int64(1), 2], format_func=lambda v: f"n{v}"),
            "m": cc.MultiselectColumn(options=["x", "y"], color="primary"),
            "d": {"default": datetime.date(2024, 5, 6), "type_config": "date"},
        },
        frame,
        _columns(frame),
    )
    assert resolved["c0"]["type_config"] == {
        "type": "selectbox", "options": [1, 2], "option_labels": ["n1", "n2"],
    }  # fmt: skip
    assert resolved["c1"]["type_config"] == {
        "type": "multiselect", "options": ["x", "y"], "option_labels": ["x", "y"],
        "option_colors": ["primary", "primary"],
    }  # fmt: skip
    assert resolved["c2"] == {"default": "2024-05-06", "type_config": {"type": "date"}}


def test_resolve_keyed_button_column_and_bad_values():
    frame = pd.DataFrame({"act": ["Go"]})
    resolved = resolve_column_config(
        {"act": cc.ButtonColumn(key="k", on_click=print)}, frame, _columns(frame)
    )
    assert resolved["c0"]["type_config"] == {"type": "button", "button_type": "secondary"}
    with pytest.raises(StreamlitAPIException, match="Invalid column config for column `act`"):
        resolve_column_config({"act": 3}, frame, _columns(frame))
    with pytest.raises(StreamlitAPIException, match="must be a dict"):
        resolve_column_config(["act"], frame, _columns(frame))


def test_namespace_is_reachable_from_streamlit(make_app):
    at = make_app(
        """
        import pandas as pd
        import streamlit as st
        from streamlit.column_config import TextColumn
        st.dataframe(pd.DataFrame({"a": [1.5]}), column_config={
            "a": st.column_config.NumberColumn("Price", format="dollar"),
        })
        st.text(TextColumn("t")["type_config"]["type"])
        """
    ).run()
    assert not at.exception
    assert at.text[0].value == "text"
    config = at.dataframe[0].props["column_config"]
    assert config == {
        "c0": {"label": "Price", "type_config": {"type": "number", "format": "dollar"}}
    }
