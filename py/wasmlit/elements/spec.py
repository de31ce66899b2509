"""Declarations of element and block kinds: the props schema each one sends.

Each element module (``wasmlit/elements/<type>.py``) defines ``SPEC`` with
:func:`element` and a builder function; ``registry.py`` lists the modules.
The schema entry is what ``codegen`` turns into TypeScript and what both sides
validate against.

Example::

    SPEC = element("divider", props={})
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wasmlit.elements.width import WIDTH
from wasmlit.protocol.schema import Bool, Enum, Obj, Optional, Schema, Str


@dataclass(frozen=True)
class ElementSpec:
    """One element kind: its wire ``type`` and the schema of its props."""

    type: str
    props: Obj
    # The JSON form of the value the UI sends back, for widgets; None otherwise.
    widget_value: Schema | None = None
    # True for widgets whose UI event is a one-run trigger (buttons).
    trigger: bool = False
    doc: str = ""

    @property
    def is_widget(self) -> bool:
        return self.widget_value is not None


@dataclass(frozen=True)
class BlockSpec:
    """One container kind, e.g. ``container`` or ``column``."""

    type: str
    props: Obj
    doc: str = ""
    children: Sequence[str] = field(default_factory=tuple)  # allowed child block types, if fixed


# Props shared by every labelled widget. Kept in one place so every widget's
# schema, builder and renderer agree on the chrome (label, help, visibility).
WIDGET_CHROME: Mapping[str, Schema] = {
    "label": Str(),
    "help": Optional(Str()),
    "disabled": Bool(),
    "label_visibility": Enum("visible", "hidden", "collapsed"),
    # Layout shared by every widget: the element container applies the width
    # (ui/src/layout/NodeView.tsx); wrap is None (default), True or False.
    "width": WIDTH,
    "wrap": Optional(Bool()),
}


def element(
    type: str,
    props: Mapping[str, Schema],
    *,
    optional: Sequence[str] = (),
    widget_value: Schema | None = None,
    trigger: bool = False,
    chrome: bool = False,
    doc: str = "",
) -> ElementSpec:
    """Declare an element kind. ``chrome=True`` adds the shared widget props."""
    all_props = {**WIDGET_CHROME, **props} if chrome else dict(props)
    return ElementSpec(
        type=type,
        props=Obj(all_props, optional=optional),
        widget_value=widget_value,
        trigger=trigger,
        doc=doc,
    )


def block(type: str, props: Mapping[str, Schema], *, doc: str = "") -> BlockSpec:
    """Declare a container kind."""
    return BlockSpec(type=type, props=Obj(props), doc=doc)
