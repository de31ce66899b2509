"""``st.column_config``: one builder per column type, each returning a plain dict.

The dicts have Streamlit's documented shape (``label``, ``width``, ``help``,
``disabled``, ``required``, ``pinned``, ``alignment``, ``default`` and a
``type_config`` with the per-type settings), so scripts that inspect or merge
them keep working. :func:`resolve_column_config` turns a script's
``column_config`` mapping into the wire form keyed by field (``_index``,
``c0``, ...), see :mod:`wasmlit.data.column_wire`.

Example::

    st.dataframe(df, column_config={
        "price": st.column_config.NumberColumn("Price", format="$%.2f", min_value=0),
        "internal": None,          # hidden
        0: "First column",         # a label, by position
    })
"""
# Streamlit's public names are CamelCase functions.
# ruff: noqa: N802

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import StreamlitAPIException

ColumnConfig = dict[str, Any]

__all__ = [
    "AreaChartColumn",
    "AudioColumn",
    "BarChartColumn",
    "ButtonColumn",
    "ButtonColumnResult",
    "CheckboxColumn",
    "Column",
    "ColumnConfig",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MarkdownColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
    "VideoColumn",
]

_WIDTHS = ("small", "medium", "large")
_ALIGNMENTS = ("left", "center", "right")
_THEME_COLORS = ("red", "blue", "green", "yellow", "violet", "orange", "gray", "grey", "primary")
_CHART_COLORS = ("auto", "auto-inverse", *_THEME_COLORS)
_BUTTON_TYPES = ("primary", "secondary", "tertiary")


def _check_width(width: Any) -> None:
    if width is None or width in _WIDTHS:
        return
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return
    raise StreamlitAPIException(
        f"Invalid column width: {width!r}. The width must be 'small', 'medium', 'large', "
        "a positive integer (pixels) or None."
    )


def _check_alignment(alignment: Any) -> None:
    if alignment is not None and alignment not in _ALIGNMENTS:
        raise StreamlitAPIException(
            f"Invalid `alignment` value: {alignment!r}. Supported values: 'left', 'center', "
            "'right' or None."
        )


def is_css_color_like(value: str) -> bool:
    """A hex, rgb()/rgba() or hsl()/hsla() color, as Streamlit's check accepts."""
    text = value.strip().lower()
    if text.startswith("#"):
        return len(text) in (4, 5, 7, 9) and all(c in "0123456789abcdef" for c in text[1:])
    return text.startswith(("rgb(", "rgba(", "hsl(", "hsla(")) and text.endswith(")")


def _check_chart_color(color: Any) -> None:
    if color is None:
        return
    if isinstance(color, str) and (color in _CHART_COLORS or is_css_color_like(color)):
        return
    supported = ", ".join(f"`{c}`" for c in _CHART_COLORS)
    raise StreamlitAPIException(
        f"Invalid `color` value: {color!r}. Supported values: {supported}, "
        "a valid hex color, an rgb() or rgba() color."
    )


def _config(
    label: Any,
    width: Any,
    help: Any,
    type_config: dict[str, Any] | None,
    **options: Any,
) -> ColumnConfig:
    """The dict every builder returns: the shared keys, then ``type_config``."""
    _check_width(width)
    _check_alignment(options.get("alignment"))
    config: ColumnConfig = {"label": label, "width": width, "help": help, **options}
    if type_config is not None:
        config["type_config"] = type_config
    return config


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, datetime.timedelta) else step


def Column(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A generic column; its type follows the data."""
    return _config(
        label, width, help, None,
        disabled=disabled, required=required, pinned=pinned, alignment=alignment,
    )  # fmt: skip


def TextColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """A text column; ``validate`` is a JS regular expression edited values must match."""
    return _config(
        label, width, help,
        {"type": "text", "max_chars": max_chars, "validate": validate},
        disabled=disabled, required=required, pinned=pinned, alignment=alignment, default=default,
    )  # fmt: skip


def NumberColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    """A number column; ``format`` is printf-style or a preset ("dollar", "percent", ...)."""
    type_config = {
        "type": "number", "format": format, "min_value": min_value, "max_value": max_value,
        "step": step,
    }  # fmt: skip
    return _config(
        label, width, help, type_config,
        disabled=disabled, required=required, pinned=pinned, alignment=alignment, default=default,
    )  # fmt: skip


def CheckboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    """A checkbox column (the default for booleans)."""
    return _config(
        label, width, help, {"type": "checkbox"},
        disabled=disabled, required=required, pinned=pinned, alignment=alignment, default=default,
    )  # fmt: skip


def _labelled(options: Iterable[Any], format_func: Callable[[Any], Any] | None) -> list[Any]:
    if format_func is None:
        return list(options)
    return [{"value": o, "label": str(format_func(o))} for o in options]


def SelectboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], Any] | None = None,
) -> ColumnConfig:
    """A selectbox column; ``format_func`` only changes the option labels."""
    processed = None if options is None else _labelled(options, format_func)
    return _config(
        label, width, help, {"type": "selectbox", "options": processed},
        disabled=disabled, required=required, pinned=pinned, default=default,
    )  # fmt: skip


def MultiselectColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Callable[[Any], Any] | None = None,
) -> ColumnConfig:
    """A multiselect column: colored tags; ``color`` is one color or one per option (cycled)."""
    processed: list[dict[str, Any]] | None = None
    if options is not None:
        colors = None
        if color is not None:
            colors = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        processed = []
        for option in options:
            entry: dict[str, Any] = {"value": option}
            if format_func is not None:
                entry["label"] = str(format_func(option))
            if colors is not None:
                entry["color"] = next(colors, None)
            processed.append(entry)
    type_config = {
        "type": "multiselect", "options": processed, "accept_new_options": accept_new_options,
    }  # fmt: skip
    return _config(
        label, width, help, type_config,
        disabled=disabled, required=required, pinned=pinned,
        default=None if default is None else list(default),
    )  # fmt: skip


def ListColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[Any] | None = None,
) -> ColumnConfig:
    """A list column (cells hold lists)."""
    return _config(
        label, width, help, {"type": "list"},
        pinned=pinned, disabled=disabled, required=required,
        default=None if default is None else list(default),
    )  # fmt: skip


def DatetimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.datetime | None = None,
    format: str | None = None,
    min_value: datetime.datetime | None = None,
    max_value: datetime.datetime | None = None,
    step: int | float | datetime.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """A datetime column; bounds and default travel as ISO strings, ``step`` in seconds."""
    type_config = {
        "type": "datetime", "format": format, "min_value": _iso(min_value),
        "max_value": _iso(max_value), "step": _seconds(step), "timezone": timezone,
    }  # fmt: skip
    return _config(
        label, width, help, type_config,
        disabled=disabled, required=required, pinned=pinned, alignment=alignment,
        default=_iso(default),
    )  # fmt: skip


def DateColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.date | None = None,
    format: str | None = None,
    min_value: datetime.date | None = None,
    max_value: datetime.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    """A date column; ``step`` is in days."""
    type_config = {
        "type": "date", "format": format, "min_value": _iso(min_value),
        "max_value": _iso(max_value), "step": step,
    }  # fmt: skip
    return _config(
        label, width, help, type_config,
        disabled=disabled, required=required, pinned=pinned, alignment=alignment,
        default=_iso(default),
    )  # fmt: skip


def TimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.time | None = None,
    format: str | None = None,
    min_value: datetime.time | None = None,
    max_value: datetime.time | None = None,
    step: int | float | datetime.timedelta | None = None,
) -> ColumnConfig:
    """A time column; ``step`` is in seconds."""
    type_config = {
        "type": "time", "format": format, "min_value": _iso(min_value),
        "max_value": _iso(max_value), "step": _seconds(step),
    }  # fmt: skip
    return _config(
        label, width, help, type_config,
        disabled=disabled, required=required, pinned=pinned, alignment=alignment,
        default=_iso(default),
    )  # fmt: skip


def LinkColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """A link column; ``display_text`` is fixed text, a Material icon or a capture-group regex."""
    if display_text and display_text.startswith(":material/"):
        from wasmlit.elements.icons import check_icon

        display_text = check_icon(display_text)
    type_config = {
        "type": "link", "max_chars": max_chars, "validate": validate,
        "display_text": display_text,
    }  # fmt: skip
    return _config(
        label, width, help, type_config,
        disabled=disabled, required=required, pinned=pinned, alignment=alignment, default=default,
    )  # fmt: skip


def _display_only(kind: str) -> Callable[..., ColumnConfig]:
    """Image, audio, video and JSON columns: read-only, with only the shared options."""

    def build(
        label: str | None = None,
        *,
        width: Any = None,
        help: str | None = None,
        pinned: bool | None = None,
        alignment: str | None = None,
    ) -> ColumnConfig:
        return _config(label, width, help, {"type": kind}, pinned=pinned, alignment=alignment)

    build.__doc__ = f"A read-only {kind} column."
    return build


ImageColumn = _display_only("image")
AudioColumn = _display_only("audio")
VideoColumn = _display_only("video")
JsonColumn = _display_only("json")
for _name, _builder in (
    ("ImageColumn", ImageColumn),
    ("AudioColumn", AudioColumn),
    ("VideoColumn", VideoColumn),
    ("JsonColumn", JsonColumn),
):
    _builder.__name__ = _builder.__qualname__ = _name


def MarkdownColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
) -> ColumnConfig:
    """A column whose cells render as Markdown (edited as text)."""
    return _config(
        label, width, help, {"type": "markdown"},
        disabled=disabled, required=required, pinned=pinned, alignment=alignment, default=default,
    )  # fmt: skip


def _chart(kind: str) -> Callable[..., ColumnConfig]:
    """Line, bar and area chart columns: cells hold lists of numbers."""

    def build(
        label: str | None = None,
        *,
        width: Any = None,
        help: str | None = None,
        pinned: bool | None = None,
        y_min: int | float | None = None,
        y_max: int | float | None = None,
        color: str | None = None,
    ) -> ColumnConfig:
        _check_chart_color(color)
        type_config = {"type": kind, "y_min": y_min, "y_max": y_max, "color": color}
        return _config(label, width, help, type_config, pinned=pinned)

    build.__doc__ = f"A {kind.replace('_', ' ')} column; cells hold lists of numbers."
    return build


LineChartColumn = _chart("line_chart")
BarChartColumn = _chart("bar_chart")
AreaChartColumn = _chart("area_chart")
for _name, _builder in (
    ("LineChartColumn", LineChartColumn),
    ("BarChartColumn", BarChartColumn),
    ("AreaChartColumn", AreaChartColumn),
):
    _builder.__name__ = _builder.__qualname__ = _name


def ProgressColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A read-only progress bar column."""
    _check_chart_color(color)
    type_config = {
        "type": "progress", "format": format, "min_value": min_value, "max_value": max_value,
        "step": step, "color": color,
    }  # fmt: skip
    return _config(label, width, help, type_config, pinned=pinned)


@dataclass(frozen=True)
class ButtonColumnResult:
    """A ButtonColumn with a ``key``: its config plus the click callback (not JSON)."""

    config: ColumnConfig
    on_click: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    key: str | None = None

    def __getitem__(self, name: str) -> Any:  # reads like the plain config dict
        return self.config[name]


def ButtonColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    type: str = "secondary",
    on_click: Callable[..., Any] | None = None,
    args: Any = None,
    kwargs: Any = None,
    key: str | None = None,
) -> ColumnConfig | ButtonColumnResult:
    """A read-only column of buttons labelled by the cell values.

    With ``key`` it returns a :class:`ButtonColumnResult` carrying ``on_click``;
    a callback without a key is an error, as in Streamlit.
    """
    if type not in _BUTTON_TYPES:
        raise StreamlitAPIException(
            f"Invalid `type` value: {type!r}. Supported values: 'primary', 'secondary', 'tertiary'."
        )
    config = _config(
        label, width, help, {"type": "button", "button_type": type},
        pinned=pinned, alignment=alignment, disabled=True,
    )  # fmt: skip
    if key is not None:
        return ButtonColumnResult(config, on_click, args, kwargs, str(key))
    if on_click is not None or args is not None or kwargs is not None:
        raise StreamlitAPIException(
            "The `key` parameter is required when using `on_click`, `args`, or `kwargs` "
            "with `ButtonColumn`."
        )
    return config


def resolve_column_config(user_config: Any, frame: Any, columns: list[dict[str, Any]]) -> Any:
    """``column_config`` as the script wrote it -> {field: wire config} (Contract C)."""
    from wasmlit.data.column_wire import resolve

    return resolve(user_config, frame, columns)
