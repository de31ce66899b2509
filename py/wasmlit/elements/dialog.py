"""The block behind ``st.dialog``: a modal holding the dialog function's body.

The body is a fragment block inside it. ``instance`` is the run that opened
the dialog, so the UI can tell a dialog the user dismissed from one the app
opens again in a later run. ``widget_id`` is set when dismissing must reach
Python (``on_dismiss`` "rerun" or a callable): the UI then sends a trigger.
"""

from __future__ import annotations

from wasmlit.elements.spec import block
from wasmlit.protocol.schema import Bool, Enum, Int, Optional, Str, Union

SPEC = block(
    "dialog",
    {
        "title": Str(),  # inline Markdown
        "width": Union(Enum("small", "medium", "large"), Int()),  # int: pixels
        "position": Enum("center", "left", "right"),  # left/right: a full-height drawer
        "dismissible": Bool(),  # False: no close button, Escape and outside clicks ignored
        "icon": Optional(Str()),  # an emoji or ":material/name:"
        "on_dismiss": Enum("ignore", "rerun"),  # a callable is "rerun" on the wire
        "widget_id": Optional(Str()),  # the dismiss trigger's widget id, or None
        "instance": Int(),  # the run_id of the run that opened it
    },
    doc="A modal dialog (st.dialog); its body is a fragment block.",
)
