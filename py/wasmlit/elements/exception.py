"""st.exception, and uncaught script errors."""

from wasmlit.elements.spec import element
from wasmlit.protocol.schema import Arr, Bool, Int, Obj, Optional, Str

FRAME = Obj(
    {
        "filename": Str(),
        "lineno": Int(),
        "name": Str(),
        "line": Optional(Str()),
        "is_user_code": Bool(),  # frames of the app itself, emphasised by the UI
    }
)

SPEC = element(
    "exception",
    {
        "type_name": Str(),  # e.g. "ZeroDivisionError"
        "message": Str(),
        "frames": Arr(FRAME),
        "traceback": Str(),  # the formatted traceback text, as Python prints it
        "is_warning": Bool(),  # deprecation-style warnings use a yellow box
    },
    doc="An exception with its traceback.",
)
