"""st.pills and st.segmented_control: one button group element, two styles.

Options go to the UI formatted; the UI answers with the selected indices
(at most one in "single" mode).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Arr, Bool, Enum, Int, Str
from wasmlit.runtime.choices import check_selection_mode, indices_of, labels_of, wire_indices
from wasmlit.runtime.options import to_list
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "button_group",
    {
        "options": Arr(Str()),  # format_func applied; may hold :material/icon: Markdown
        "value": Arr(Int()),  # selected indices
        "selection_mode": Enum("single", "multi"),
        "style": Enum("pills", "segmented_control"),
        "required": Bool(),  # the last selected option cannot be unselected
    },
    chrome=True,
    widget_value=Arr(Int()),
)


def _button_group(
    dg: DeltaGenerator,
    style: str,
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
) -> Any:
    check_selection_mode(selection_mode)
    multi = selection_mode == "multi"
    opts = to_list(options)
    if not opts:
        raise StreamlitAPIException(f"`st.{style}` needs at least one option.")
    labels = labels_of(opts, format_func)
    default_indices = indices_of(opts, default)
    if not multi and len(default_indices) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when "
            "`selection_mode='single'`."
        )
    if required and not default_indices:
        default_indices = [0]  # a required selection always holds at least one option

    def serialize(value: Any) -> list[int]:
        if multi:
            return indices_of(opts, value)
        return [] if value is None else indices_of(opts, [value])

    def deserialize(wire: Any) -> Any:
        indices = wire_indices(wire, len(opts))
        if multi:
            return [opts[i] for i in indices]
        if len(indices) > 1:
            raise ValueError(f"one option expected, got {wire!r}")
        return opts[indices[0]] if indices else None

    default_value: Any = [opts[i] for i in default_indices]
    if not multi:
        default_value = default_value[0] if default_value else None
    base = chrome(label, help, disabled, label_visibility, width=width, wrap=wrap)
    value = widget(
        dg,
        "button_group",
        key=key,
        identity={
            "style": style,
            "label": label,
            "options": labels,
            "default": default_indices,
            "selection_mode": selection_mode,
            "required": required,
            "help": help,
        },
        key_identity=("options", "selection_mode"),
        default=default_value,
        serialize=serialize,
        deserialize=deserialize,
        props=lambda wire: {
            **base,
            "options": labels,
            "value": list(wire),
            "selection_mode": selection_mode,
            "style": style,
            "required": bool(required),
        },
        callback=Callback.of(on_change, args, kwargs),
        info={"options": opts, "labels": labels, "multi": multi},
    )
    return list(value) if multi else value


def pills(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
) -> Any:
    """st.pills: returns the selected option (single) or list of options (multi)."""
    return _button_group(dg, "pills", label, options, **_params(locals()))


def segmented_control(
    dg: DeltaGenerator,
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: Any = "content",
    wrap: bool | None = None,
) -> Any:
    """st.segmented_control: like st.pills, drawn as joined segments."""
    return _button_group(dg, "segmented_control", label, options, **_params(locals()))


def _params(given: dict[str, Any]) -> dict[str, Any]:
    """The keyword parameters of pills/segmented_control, passed on unchanged."""
    return {k: v for k, v in given.items() if k not in ("dg", "label", "options")}
