"""st.form and st.form_submit_button.

A form is a block; the UI keeps the values of the widgets inside it until one
of its submit buttons is clicked, then sends them together with the click in
one ``rerun`` (see :mod:`wasmlit.runtime.forms`).

Example::

    with st.form("profile", clear_on_submit=True):
        name = st.text_input("Name")
        sent = st.form_submit_button("Save")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.button import button_widget
from wasmlit.elements.spec import block
from wasmlit.elements.width import WIDTH, check_width
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Bool, Int, Optional, Str
from wasmlit.runtime.forms import FORM_DOCS_INFO, add_form, check_new_form, form_of
from wasmlit.runtime.util import check_height
from wasmlit.runtime.widgets import Callback, to_key

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = block(
    "form",
    {
        "form_id": Str(),
        "clear_on_submit": Bool(),
        "enter_to_submit": Bool(),  # Enter in a text/number input clicks the first submit button
        "border": Bool(),
        "height": Optional(Int()),  # pixels, scrolling; None sizes to content
        "width": WIDTH,
    },
    doc="A form: its widgets' changes are sent together when a submit button is clicked.",
)


def form(
    dg: DeltaGenerator,
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: Any = "stretch",
    height: Any = "content",
) -> DeltaGenerator:
    """st.form: a container whose widgets are submitted together."""
    if form_of(dg) is not None:
        raise StreamlitAPIException("Forms cannot be nested in other forms.")
    form_id = to_key(key)
    if not form_id:
        raise StreamlitAPIException("`st.form` requires a non-empty `key`.")
    props = {
        "form_id": form_id,
        "clear_on_submit": bool(clear_on_submit),
        "enter_to_submit": bool(enter_to_submit),
        "border": bool(border),
        "height": check_height(height),
        "width": check_width(width),
    }
    check_new_form(form_id)
    block_dg = dg._put_block("form", props, key=form_id)
    add_form(block_dg._path, form_id, bool(clear_on_submit))
    return block_dg


def form_submit_button(
    dg: DeltaGenerator,
    label: str = "Submit",
    help: str | None = None,
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: Any = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """st.form_submit_button: True in the run its click submits the form."""
    info = form_of(dg)
    if info is None:
        raise StreamlitAPIException(
            f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
        )
    return button_widget(
        dg,
        label,
        key=key,
        help=help,
        callback=Callback.of(on_click, args, kwargs),
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        wrap=wrap,
        command="st.form_submit_button",
        form_id=info.form_id,
        shortcut=shortcut,
    )
