"""Form bookkeeping for one run: which form a cursor writes into, and form rules.

A form is a ``form`` block; every widget written below its path belongs to it.
The UI holds those widgets' changes until a submit button of the form is
clicked, then sends them all in one ``rerun``. Python checks Streamlit's rules
(no nested forms, no ``st.button`` inside a form, no ``on_change`` on widgets
inside a form) and, at the end of a run, shows Streamlit's "Missing Submit
Button" error in any form that has no submit button.

Example::

    info = form_of(dg)   # the FormInfo of the innermost form, or None
    check_widget_in_form(dg, "button", has_callback=False, form_submitter=False)  # raises
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidFormCallbackError
from wasmlit.runtime.context import Path, RunContext, current

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

FORM_DOCS = "https://docs.streamlit.io/develop/api-reference/execution-flow/st.form"
FORM_DOCS_INFO = f"\n\nFor more information, refer to the [documentation for forms]({FORM_DOCS})."

MISSING_SUBMIT_BUTTON = (
    "**Missing Submit Button**\n\n"
    "This form has no submit button, which means that user interactions will never be "
    "sent to your Streamlit app.\n\n"
    "To create a submit button, use the `st.form_submit_button()` function.\n\n"
    f"For more information, refer to the [documentation for forms]({FORM_DOCS})."
)

CALLBACK_IN_FORM = (
    "With forms, callbacks can only be defined on the `st.form_submit_button`. "
    "Defining callbacks on other widgets inside a form is not allowed."
)

# Widgets that cannot live inside a form: element type -> Streamlit's message.
NOT_IN_FORMS = {
    "button": f"`st.button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}",
    "download_button": f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}",
    "menu_button": f"`st.menu_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}",
    "chat_input": "`st.chat_input()` can't be used in a `st.form()`.",
}


@dataclass
class FormInfo:
    """One form of the current run."""

    form_id: str
    path: Path
    clear_on_submit: bool
    has_submit_button: bool = False


def form_of(dg: DeltaGenerator) -> FormInfo | None:
    """The innermost form enclosing ``dg``'s position, or None."""
    forms = current().forms
    if not forms:
        return None
    path: Path = dg._path
    while path:
        info = forms.get(path)
        if info is not None:
            return info
        path = path[:-1]
    return None


def check_new_form(form_id: str) -> None:
    """A second form with the same key in one run is Streamlit's error."""
    if any(info.form_id == form_id for info in current().forms.values()):
        raise StreamlitAPIException(
            f"There are multiple identical forms with `key='{form_id}'`.\n\n"
            "To fix this, please make sure that the `key` argument is unique for "
            "each `st.form` you create."
        )


def add_form(path: Path, form_id: str, clear_on_submit: bool) -> FormInfo:
    """Record the form whose block is at ``path``."""
    info = FormInfo(form_id, path, clear_on_submit)
    current().forms[path] = info
    return info


def check_widget_in_form(
    dg: DeltaGenerator, element_type: str, *, has_callback: bool, form_submitter: bool
) -> FormInfo | None:
    """Streamlit's form rules for a widget about to be created; returns its form."""
    info = form_of(dg)
    if form_submitter:
        if info is None:
            raise StreamlitAPIException(
                f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
            )
        info.has_submit_button = True
        return info
    if info is None:
        return None
    message = NOT_IN_FORMS.get(element_type)
    if message is not None:
        raise StreamlitAPIException(message)
    if has_callback:
        raise StreamlitInvalidFormCallbackError(CALLBACK_IN_FORM)
    return info


def show_missing_submit_buttons(ctx: RunContext) -> None:
    """After a completed run: Streamlit's error inside every form without a submit button."""
    for info in ctx.forms.values():
        if info.has_submit_button:
            continue
        node = {
            "kind": "element",
            "type": "alert",
            "id": None,
            "key": None,
            "props": {
                "kind": "error",
                "body": MISSING_SUBMIT_BUTTON,
                "icon": None,
                "width": "stretch",
            },
        }
        ctx.put((*info.path, ctx.next_index(info.path)), node)
