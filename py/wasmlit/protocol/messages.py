"""The worker <-> UI message schema, version :data:`PROTOCOL_VERSION`.

Every message is an object whose ``type`` field (snake_case) names it. Field
names are snake_case too. Binary values (schema type ``binary``) are ``bytes``
in Python and ``ArrayBuffer`` in JS; they travel in the transfer list of
``postMessage``, never as base64. ``docs/protocol.md`` explains each message.

Example::

    from wasmlit.protocol.messages import check_message
    check_message({"type": "run_started", "run_id": 1})   # passes
"""

from __future__ import annotations

from functools import cache
from typing import Any

from wasmlit.protocol.schema import (
    AnyJson,
    Arr,
    Binary,
    Bool,
    Definitions,
    Enum,
    Int,
    JsonSchema,
    Map,
    Num,
    Obj,
    Optional,
    Ref,
    SharedBuffer,
    Str,
    Union,
    validate,
)

PROTOCOL_VERSION = 1

# Top-level containers, the first index of every delta path.
ROOTS = {"main": 0, "sidebar": 1, "event": 2, "bottom": 3}

BOOT_STAGES = ("runtime", "files", "packages", "core", "session")

# Any JSON value, or binary, nested anywhere: what a widget sends back.
WIDGET_VALUE = Union(AnyJson(), Binary())

RUN_STATUS = Enum("complete", "error", "rerun", "stopped", "interrupted")


def _boot_config() -> Obj:
    return Obj(
        {
            "app_url": Str(),  # absolute URL of the app folder holding wasmlit.json, ending in "/"
            "pyodide_url": Str(),  # absolute URL of the folder holding pyodide.mjs, ending in "/"
            # absolute URL of the pyodide-lock.json to use; absent: the one beside pyodide.mjs
            "lock_file_url": Str(),
            "core_url": Str(),  # absolute URL of the wasmlit core archive (core.zip)
            "query_string": Str(),  # the page's "?a=b", for st.query_params
            # Only on cross-origin isolated pages: the run control shared with the
            # worker (Stop's interrupt buffer, pending reruns; ui/src/app/runControl.ts)
            "run_control": SharedBuffer(),
        },
        optional=["lock_file_url", "run_control"],
    )


def app_manifest() -> Obj:
    """``wasmlit.json`` in the app folder, written by ``wasmlit build`` / ``run``."""
    return Obj(
        {
            "entrypoint": Str(),  # script path relative to the app folder
            "files": Arr(Str()),  # every file of the app, relative paths, "/" separated
            "requirements": Arr(Str()),  # extra packages for micropip (requirements.txt)
            "options": Map(AnyJson()),  # config options, e.g. {"runner.magicEnabled": true}
        }
    )


def _worker_to_ui(defs: Definitions) -> dict[str, Obj]:
    from wasmlit.runtime.logo import LOGO_MESSAGE

    return {
        "boot_progress": Obj(
            {
                "type": Enum("boot_progress"),
                "stage": Enum(*BOOT_STAGES),
                "message": Str(),
                "progress": Num(),  # 0..1 over the whole boot
            }
        ),
        "boot_error": Obj(
            {
                "type": Enum("boot_error"),
                "stage": Enum(*BOOT_STAGES),
                "message": Str(),
                "detail": Str(),
            }
        ),
        "ready": Obj(
            {
                "type": Enum("ready"),
                "protocol_version": Int(),
                "pyodide_version": Str(),
                "python_version": Str(),
            }
        ),
        # fragment_id: a fragment run (st.fragment), which rewrites only that fragment.
        "run_started": Obj(
            {"type": Enum("run_started"), "run_id": Int(), "fragment_id": Str()},
            optional=["fragment_id"],
        ),
        "delta": Obj(
            {
                "type": Enum("delta"),
                "run_id": Int(),
                "path": Arr(Int()),
                "node": Ref("Node"),
            }
        ),
        # fragment_id: prune stale nodes only inside that fragment's blocks.
        "run_finished": Obj(
            {
                "type": Enum("run_finished"),
                "run_id": Int(),
                "status": RUN_STATUS,
                "fragment_id": Str(),
            },
            optional=["fragment_id"],
        ),
        "page_config": Obj(
            {
                "type": Enum("page_config"),
                "title": Optional(Str()),
                "icon": Optional(Str()),
                "layout": Enum("centered", "wide"),
                "initial_sidebar_state": Enum("auto", "expanded", "collapsed"),
            }
        ),
        # st.query_params changed during a run (bound widgets or assignments): the
        # whole query string without "?", for the page URL. "push" adds a history
        # entry (a user's action); "replace" changes the current one (the first run,
        # a back/forward run).
        "query_params": Obj(
            {
                "type": Enum("query_params"),
                "query_string": Str(),
                "history": Enum("push", "replace"),
            }
        ),
        # st.logo: the app's logo for the sidebar and the top-left corner.
        "logo": LOGO_MESSAGE,
        # The pages of a multipage app (st.navigation or the pages/ folder) and the
        # current one; sent when any of it changed. See "Pages" in docs/protocol.md.
        "navigation": _navigation(),
    }


def _navigation() -> Obj:
    page = Obj(
        {
            "title": Str(),
            "icon": Optional(Str()),  # an emoji or ":material/name:"
            "url_path": Str(),  # "" for the default page (the app's root URL)
            "section": Str(),  # "" outside sections
            "visibility": Enum("visible", "hidden"),
            "external_url": Optional(Str()),  # an external page opens in a new tab
            "help": Optional(Str()),
        }
    )
    return Obj(
        {
            "type": Enum("navigation"),
            "pages": Arr(page),
            "current": Str(),  # url_path of the page this run shows
            "position": Enum("sidebar", "top", "hidden"),
            "expanded": Bool(),  # expanded=True: never collapse the list
            "visible_items": Optional(Int()),  # expanded=<int>: items shown while collapsed
        }
    )


def _ui_to_worker() -> dict[str, Obj]:
    from wasmlit.runtime.browser_context import BROWSER_CONTEXT

    widget_update = Obj(
        {
            "id": Str(),
            "value": WIDGET_VALUE,
            # A trigger (button click) is true for exactly one run.
            "trigger": Bool(),
        },
        optional=["trigger"],
    )
    return {
        "boot": Obj({"type": Enum("boot"), "protocol_version": Int(), "config": _boot_config()}),
        "rerun": Obj(
            {
                "type": Enum("rerun"),
                "updates": Arr(widget_update),
                # Show another page: a navigation click, a page link, the URL at boot or
                # on back/forward. query_string null keeps st.query_params as they are;
                # history: true (back/forward) makes bound widgets follow the URL.
                "page": Obj(
                    {"url_path": Str(), "query_string": Optional(Str()), "history": Bool()},
                    optional=["history"],
                ),
                # st.context, sent with the first rerun and whenever it changed.
                "context": BROWSER_CONTEXT,
                # Rerun only this fragment (a run_every tick). Widget updates that all
                # belong to one fragment rerun only it without this field.
                "fragment_id": Str(),
            },
            optional=["page", "fragment_id", "context"],
        ),
        "stop": Obj({"type": Enum("stop")}),
        "reload_files": Obj({"type": Enum("reload_files")}),
        # One file the user picked, captured or recorded, sent before the widget
        # update that refers to it by file_id (see wasmlit.runtime.uploads).
        "upload_file": Obj(
            {
                "type": Enum("upload_file"),
                "file_id": Str(),
                "name": Str(),
                "mime_type": Str(),
                "data": Binary(),
            }
        ),
    }


@cache
def protocol_json() -> dict[str, Any]:
    """The whole protocol as JSON: what codegen writes for TypeScript."""
    from wasmlit.elements.registry import block_specs, element_specs

    defs = Definitions()
    element_nodes = []
    for spec in element_specs():
        element_nodes.append(
            Obj(
                {
                    "kind": Enum("element"),
                    "type": Enum(spec.type),
                    "id": Optional(Str()),  # widget id, null for plain elements
                    "key": Optional(Str()),  # the user's key=, for the st-key-<key> class
                    "props": spec.props,
                }
            )
        )
    block_nodes = [
        Obj(
            {
                "kind": Enum("block"),
                "type": Enum(spec.type),
                "key": Optional(Str()),
                "props": spec.props,
            }
        )
        for spec in block_specs()
    ]
    defs.items["Node"] = Union(*element_nodes, *block_nodes)
    worker_msgs = _worker_to_ui(defs)
    ui_msgs = _ui_to_worker()
    return {
        "version": PROTOCOL_VERSION,
        "roots": ROOTS,
        "boot_stages": list(BOOT_STAGES),
        "app_manifest": app_manifest().json(),
        "definitions": defs.json(),
        "worker_to_ui": {k: v.json() for k, v in worker_msgs.items()},
        "ui_to_worker": {k: v.json() for k, v in ui_msgs.items()},
        "element_types": [s.type for s in element_specs()],
        "block_types": [s.type for s in block_specs()],
        "widget_types": [s.type for s in element_specs() if s.is_widget],
        "trigger_types": [s.type for s in element_specs() if s.trigger],
    }


def check_message(message: dict[str, Any], direction: str = "worker_to_ui") -> None:
    """Raise ``ValueError`` if ``message`` does not follow the schema."""
    errors = message_errors(message, direction)
    if errors:
        raise ValueError("; ".join(errors))


def message_errors(message: dict[str, Any], direction: str = "worker_to_ui") -> list[str]:
    proto = protocol_json()
    kinds: dict[str, JsonSchema] = proto[direction]
    kind = message.get("type") if isinstance(message, dict) else None
    if kind not in kinds:
        return [f"$.type: unknown message type {kind!r}"]
    return validate(kinds[kind], message, proto["definitions"])
