"""The Python-owned protocol: schema validation, registry consistency, generated TS freshness."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wasmlit.elements.registry import ELEMENT_MODULES, block_specs, element_specs
from wasmlit.protocol import codegen
from wasmlit.protocol.messages import PROTOCOL_VERSION, message_errors, protocol_json
from wasmlit.protocol.schema import Arr, Binary, Enum, Int, Obj, Optional, Str, Union, validate

ROOT = Path(__file__).resolve().parents[2]


def test_generated_typescript_is_fresh() -> None:
    committed = (ROOT / "ui" / "src" / "protocol" / "generated.ts").read_text()
    assert committed == codegen.render(), "run: python -m wasmlit.protocol.codegen"


def test_every_element_module_declares_its_own_type() -> None:
    assert [s.type for s in element_specs()] == list(ELEMENT_MODULES)
    for spec in element_specs():
        assert (ROOT / "py" / "wasmlit" / "elements" / f"{spec.type}.py").exists()
    assert {s.type for s in block_specs()} == set(protocol_json()["block_types"])


def test_ui_registry_has_a_renderer_file_per_kind() -> None:
    """Same word everywhere: each wire type has ui/src/elements/<type>.tsx."""
    elements_dir = ROOT / "ui" / "src" / "elements"
    if not elements_dir.exists():
        pytest.fail("ui/src/elements is missing")
    names = {p.stem for p in elements_dir.glob("*.tsx")}
    expected = set(protocol_json()["element_types"]) | set(protocol_json()["block_types"])
    assert expected <= names, f"missing renderers: {sorted(expected - names)}"


def test_widget_types_are_the_specs_with_a_value() -> None:
    proto = protocol_json()
    assert proto["widget_types"] == [s.type for s in element_specs() if s.is_widget]
    assert proto["trigger_types"] == [s.type for s in element_specs() if s.trigger]
    assert {"button", "menu_button"} <= set(proto["trigger_types"])


def test_schema_validation_reports_paths() -> None:
    schema = Obj(
        {"name": Str(), "tags": Arr(Enum("a", "b")), "n": Optional(Int())}, optional=["n"]
    ).json()
    assert validate(schema, {"name": "x", "tags": ["a"]}) == []
    errors = validate(schema, {"name": 3, "tags": ["c"], "extra": 1})
    assert errors == [
        "$.name: expected string, got 3",
        "$.tags[0]: 'c' not in ['a', 'b']",
        "$: unexpected field 'extra'",
    ]
    assert validate(Union(Int(), Binary()).json(), b"\x00") == []
    assert validate(Int().json(), True) == ["$: expected integer, got True"]


def _delta(node: dict) -> dict:
    return {"type": "delta", "run_id": 1, "path": [0, 0], "node": node}


def test_messages_validate_against_the_schema() -> None:
    divider = {
        "kind": "element",
        "type": "divider",
        "id": None,
        "key": None,
        "props": {"width": "stretch"},
    }
    assert message_errors(_delta(divider)) == []
    assert message_errors({"type": "run_finished", "run_id": 2, "status": "complete"}) == []
    bad = dict(divider, props={"colour": "red"})
    assert message_errors(_delta(bad)) != []
    assert message_errors({"type": "nope"}) == ["$.type: unknown message type 'nope'"]
    rerun = {"type": "rerun", "updates": [{"id": "w1", "value": b"bytes", "trigger": False}]}
    assert message_errors(rerun, "ui_to_worker") == []
    boot = {
        "type": "boot",
        "protocol_version": PROTOCOL_VERSION,
        "config": {
            "app_url": "http://x/app/",
            "pyodide_url": "http://x/py/",
            "core_url": "http://x/core.zip",
            "query_string": "",
        },
    }
    assert message_errors(boot, "ui_to_worker") == []


def test_generated_ts_names_every_message() -> None:
    text = codegen.render()
    for kind in list(protocol_json()["worker_to_ui"]) + list(protocol_json()["ui_to_worker"]):
        name = codegen.pascal(kind) + "Message"
        assert re.search(rf"export type {name} = ", text), name
