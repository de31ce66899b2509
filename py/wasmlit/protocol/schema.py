"""A tiny schema language for the worker <-> UI protocol.

Python owns the protocol: every message and every element's props are
described with these helpers, rendered to a JSON-Schema subset
(:func:`to_json`), validated here (:func:`validate`) and in TypeScript by an
interpreter of the same JSON, and turned into TypeScript types by
``wasmlit.protocol.codegen``.

Example::

    point = Obj({"x": Num(), "label": Str()}, optional=["label"])
    validate(to_json(point), {"x": 1})   # -> [] (no errors)

The JSON subset, which both validators understand:

* ``{"type": "string" | "number" | "integer" | "boolean" | "null"}``
* ``{"type": "binary"}``: bytes in Python, an ``ArrayBuffer`` in JS
* ``{"type": "shared_buffer"}``: a ``SharedArrayBuffer`` (JS only: the UI hands
  it to its worker; Python never receives one)
* ``{"enum": [...]}``, ``{"const": value}``
* ``{"type": "array", "items": S}``
* ``{"type": "object", "properties": {...}, "required": [...],
  "additionalProperties": false | S}``
* ``{"anyOf": [S, ...]}``, ``{"$ref": "#/definitions/Name"}``, ``{}`` (any JSON)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

JsonSchema = dict[str, Any]


class Schema:
    """Base class of schema nodes."""

    def json(self) -> JsonSchema:
        raise NotImplementedError


@dataclass(frozen=True)
class Prim(Schema):
    kind: str  # string | number | integer | boolean | null | binary | shared_buffer

    def json(self) -> JsonSchema:
        return {"type": self.kind}


def Str() -> Prim:  # noqa: N802 - schema constructors read like types
    return Prim("string")


def Num() -> Prim:  # noqa: N802
    return Prim("number")


def Int() -> Prim:  # noqa: N802
    return Prim("integer")


def Bool() -> Prim:  # noqa: N802
    return Prim("boolean")


def Null() -> Prim:  # noqa: N802
    return Prim("null")


def Binary() -> Prim:  # noqa: N802
    return Prim("binary")


def SharedBuffer() -> Prim:  # noqa: N802
    return Prim("shared_buffer")


@dataclass(frozen=True)
class AnyJson(Schema):
    def json(self) -> JsonSchema:
        return {}


@dataclass(frozen=True)
class Enum(Schema):
    values: tuple[Any, ...]

    def __init__(self, *values: Any) -> None:
        object.__setattr__(self, "values", tuple(values))

    def json(self) -> JsonSchema:
        if len(self.values) == 1:
            return {"const": self.values[0]}
        return {"enum": list(self.values)}


@dataclass(frozen=True)
class Arr(Schema):
    items: Schema

    def json(self) -> JsonSchema:
        return {"type": "array", "items": self.items.json()}


@dataclass(frozen=True)
class Obj(Schema):
    properties: Mapping[str, Schema]
    optional: Sequence[str] = ()
    extra: Schema | None = None  # schema of additional properties (a map); None forbids them

    def json(self) -> JsonSchema:
        out: JsonSchema = {
            "type": "object",
            "properties": {k: v.json() for k, v in self.properties.items()},
            "required": [k for k in self.properties if k not in self.optional],
            "additionalProperties": False if self.extra is None else self.extra.json(),
        }
        return out


def Map(values: Schema) -> Obj:  # noqa: N802
    """An object with arbitrary string keys."""
    return Obj({}, extra=values)


@dataclass(frozen=True)
class Union(Schema):
    options: tuple[Schema, ...]

    def __init__(self, *options: Schema) -> None:
        object.__setattr__(self, "options", tuple(options))

    def json(self) -> JsonSchema:
        return {"anyOf": [o.json() for o in self.options]}


def Optional(inner: Schema) -> Union:  # noqa: N802
    """``inner`` or null."""
    return Union(inner, Null())


@dataclass(frozen=True)
class Ref(Schema):
    name: str

    def json(self) -> JsonSchema:
        return {"$ref": f"#/definitions/{self.name}"}


@dataclass
class Definitions:
    """Named schemas, referenced with :class:`Ref`."""

    items: dict[str, Schema] = field(default_factory=dict)

    def json(self) -> dict[str, JsonSchema]:
        return {name: s.json() for name, s in self.items.items()}


def validate(
    schema: JsonSchema,
    value: Any,
    definitions: Mapping[str, JsonSchema] | None = None,
    path: str = "$",
) -> list[str]:
    """Return a list of human-readable errors (empty when ``value`` conforms)."""
    defs = definitions or {}
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return validate(defs[name], value, defs, path)
    if "anyOf" in schema:
        for option in schema["anyOf"]:
            if not validate(option, value, defs, path):
                return []
        return [f"{path}: {_short(value)} matches none of the allowed forms"]
    if "const" in schema:
        return [] if value == schema["const"] else [f"{path}: expected {schema['const']!r}"]
    if "enum" in schema:
        return [] if value in schema["enum"] else [f"{path}: {value!r} not in {schema['enum']}"]
    kind = schema.get("type")
    if kind is None:
        return []
    checker = _PRIMITIVE_CHECKS.get(kind)
    if checker is not None:
        return [] if checker(value) else [f"{path}: expected {kind}, got {_short(value)}"]
    if kind == "array":
        if not isinstance(value, list | tuple):
            return [f"{path}: expected array, got {_short(value)}"]
        errors: list[str] = []
        for i, item in enumerate(value):
            errors += validate(schema["items"], item, defs, f"{path}[{i}]")
        return errors
    if kind == "object":
        return _validate_object(schema, value, defs, path)
    return [f"{path}: unknown schema type {kind!r}"]


def _validate_object(
    schema: JsonSchema, value: Any, defs: Mapping[str, JsonSchema], path: str
) -> list[str]:
    if not isinstance(value, dict):
        return [f"{path}: expected object, got {_short(value)}"]
    errors: list[str] = []
    props: dict[str, JsonSchema] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            errors.append(f"{path}: missing field {name!r}")
    extra = schema.get("additionalProperties", False)
    for name, item in value.items():
        if name in props:
            errors += validate(props[name], item, defs, f"{path}.{name}")
        elif extra is False:
            errors.append(f"{path}: unexpected field {name!r}")
        else:
            errors += validate(extra, item, defs, f"{path}.{name}")
    return errors


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


_PRIMITIVE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "number": _is_number,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "binary": lambda v: isinstance(v, bytes | bytearray | memoryview),
    # Memory shared between the page and its worker; never sent to Python.
    "shared_buffer": lambda v: False,
}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
