"""st.camera_input: a photo from the user's camera, returned as an ``UploadedFile``.

The browser takes the snapshot (a JPEG drawn at the camera's own video size),
sends it with ``upload_file`` and then sets the widget's value to the file's
reference (``FILE_REF``), or to None when the photo is cleared. ``resolution``
asks the camera for a target height; the width follows the camera's aspect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.spec import element
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol.schema import Int, Optional
from wasmlit.runtime.context import current
from wasmlit.runtime.uploads import FILE_REF, UploadedFile, ref_of, uploaded_files
from wasmlit.runtime.widgets import Callback, chrome, widget

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator

SPEC = element(
    "camera_input",
    {
        "value": Optional(FILE_REF),  # the photo the script sees; None: show the live preview
        "resolution_height": Optional(Int()),  # target capture height; None: the widget's size
    },
    chrome=True,
    widget_value=Optional(FILE_REF),
)

RESOLUTION_HEIGHTS: dict[str, int] = {"480p": 480, "720p": 720, "1080p": 1080}


def check_resolution(resolution: Any) -> int | None:
    """The target height in pixels for ``resolution``; Streamlit's error otherwise."""
    if resolution is None:
        return None
    if not isinstance(resolution, str) or resolution not in RESOLUTION_HEIGHTS:
        raise StreamlitAPIException(
            f"Invalid resolution: {resolution!r}. "
            f"Must be one of {list(RESOLUTION_HEIGHTS)}, or None."
        )
    return RESOLUTION_HEIGHTS[resolution]


def _serialize(value: Any) -> dict[str, Any] | None:
    """Python value -> wire reference (AppTest sets values through this)."""
    if value is None:
        return None
    if isinstance(value, UploadedFile):
        return ref_of(value)
    raise TypeError(f"camera_input takes an UploadedFile or None, not {type(value).__name__}")


def _deserialize(wire: Any) -> UploadedFile | None:
    """Wire reference -> the stored photo; None when absent or no longer stored."""
    if wire is None:
        return None
    # Streamlit only accepts .jpg snapshots from the camera widget.
    name = wire.get("name") if isinstance(wire, dict) else None
    if not isinstance(name, str) or not name.lower().endswith(".jpg"):
        raise ValueError(f"not a camera snapshot: {wire!r}")
    files = uploaded_files(current().uploads, [wire])
    return files[0] if files else None


def camera_input(
    dg: DeltaGenerator,
    label: str,
    key: Any = None,
    help: str | None = None,
    on_change: Any = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    resolution: str | None = None,
    width: Any = "stretch",
) -> UploadedFile | None:
    """st.camera_input: the last photo taken (an UploadedFile of type image/jpeg) or None."""
    height = check_resolution(resolution)
    base = chrome(label, help, disabled, label_visibility, width=width, allow_content=False)
    # "rerun" is the documented default of on_change: it means "no callback".
    callback = Callback.of(None if on_change == "rerun" else on_change, args, kwargs)
    value: UploadedFile | None = widget(
        dg,
        "camera_input",
        key=key,
        # With a key, the key alone is the identity (as in Streamlit).
        identity={"label": label, "help": help, "width": width, "resolution": resolution},
        default=None,
        serialize=_serialize,
        deserialize=_deserialize,
        props=lambda wire: {**base, "value": wire, "resolution_height": height},
        callback=callback,
        settable=False,  # Streamlit: camera values come from the user only
    )
    return value
