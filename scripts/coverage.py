"""Write docs/coverage.md: wasmlit's coverage of Streamlit's API checklist.

The status of each command is read from the core itself, not typed by hand:
a command is *supported* when ``st.<name>`` resolves without
``StreamlitNotSupportedError``; its signature is compared with the checklist's
parameters. Parameters the core accepts but does not act on yet are listed in
``ACCEPTED_WITHOUT_EFFECT`` below, so the table never claims more than is built.

    python scripts/coverage.py            # rewrite docs/coverage.md
    python scripts/coverage.py --check    # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "spec" / "streamlit-api.json"
OUT = ROOT / "docs" / "coverage.md"

# Parameters accepted for compatibility whose behaviour is not built yet,
# with the reason shown in the table.
ACCEPTED_WITHOUT_EFFECT: dict[str, str] = {
    "width": "width modes come with the layout issue",
    "text_alignment": "not rendered yet",
    "wrap": "not rendered yet",
    "icon": "not rendered yet on headings",
    "icon_position": "not rendered yet",
    "anchors": "not built yet",
    "filter_mode": "not built yet",
    "height": "fixed heights not built yet",
}
# A command's own parameters accepted without effect yet (command -> parameters).
INERT_FOR_COMMAND: dict[str, set[str]] = {}
# Parameters built with a documented difference from Streamlit (command -> note).
DIFFERS: dict[str, str] = {
    # One Python thread in the worker (docs/execution-flow.md, "parallel=True").
    "st.fragment": "`parallel`: Streamlit's full-run rules; runs in call order, not at once",
}
# Fully built, with a smaller difference still worth naming (command -> note; status stays yes).
NOTED: dict[str, str] = {
    # wasmlit.runtime.secrets / wasmlit.connections (README "Secrets and connections").
    "st.secrets": "from `.streamlit/secrets.toml`, which `wasmlit run` serves locally and "
    "`wasmlit build` never publishes",
    "st.connection": '`type="sql"`: SQLite files among the app\'s files (no server drivers '
    "in a browser)",
    "st.connections.SnowflakeConnection": "raises a clear error: no Snowflake connector "
    "in a browser",
    "st.connections.SnowflakeCallersRightsConnection": "raises a clear error: no Snowflake "
    "connector in a browser",
    # wasmlit.components.v2 (docs/components-v2.md).
    "st.components.v2.component": "mounted in the page, no iframe; `html`/`css`/`js` paths are "
    "read relative to the calling script (no package `asset_dir`); dataframes inside `data` "
    "are found at the top level of a dict only",
    # wasmlit.runtime.user: nobody is logged in without a server (docs/auth-and-server.md).
    "st.user": "always logged out (`is_logged_in` False, even with no `[auth]` secrets); "
    "`AppTest.user` mocks a user",
    # deck.gl in lazy chunks (docs/data.md, "Other charts").
    "st.pydeck_chart": "deck.gl's core, aggregation, geo and mesh layers and all views render; "
    "the basemap is Carto raster tiles (a Mapbox style becomes Carto's light, dark or voyager "
    "map); Draco- or Basis-compressed models fetch their decoder from a CDN",
}
# Parameters whose non-default values raise StreamlitNotSupportedError for now.
NOT_SUPPORTED_YET: dict[str, list[str]] = {}
# Commands that only show a message in the app saying what is missing (command -> note).
UNAVAILABLE_IN_BROWSER: dict[str, str] = {
    # No server to keep a client secret or set the identity cookie (docs/auth-and-server.md).
    "st.login": "no server to complete an OIDC login: raises `StreamlitAuthError` saying so",
    "st.logout": "raises `StreamlitAuthError` (nobody can be logged in); in AppTest it clears "
    "the mocked `at.user` for that run",
    # wasmlit runs the script in the browser (docs/auth-and-server.md).
    "st.App": "constructs (`script_path`, `state`) so modules import; `run()`, `lifespan()` "
    "and serving it raise, pointing at `wasmlit run` / `wasmlit build <script>`",
}
# Where a command's own parameter is fully built although named above.
BUILT_EXCEPTIONS: dict[str, set[str]] = {
    "st.text_area": {"height", "width"},
    "st.dialog": {"icon", "width"},
    # The data grid and st.table size themselves (ui/src/data/layout.ts, table-impl.tsx).
    "st.dataframe": {"height", "width"},
    "st.data_editor": {"height", "width"},
    "st.table": {"height", "width"},
    "st.container": {"height", "width", "wrap"},
    "st.form": {"height", "width"},
    "st.form_submit_button": {"icon", "icon_position", "width", "wrap"},
    "st.button": {"icon", "icon_position", "width", "wrap"},
    "st.menu_button": {"icon", "width", "wrap"},
    "st.pills": {"required", "width", "wrap"},
    "st.segmented_control": {"required", "width", "wrap"},
    "st.download_button": {"icon", "icon_position", "width", "wrap"},
    "st.columns": {"width", "wrap"},
    "st.tabs": {"width", "height"},
    "st.chat_input": {"width", "height"},
    "st.link_button": {"icon", "icon_position", "width", "wrap"},
    "st.page_link": {"icon", "icon_position", "width"},
    # Page icons show in the navigation menu (ui/src/layout/Navigation.tsx).
    "st.Page": {"icon"},
    "st.expander": {"icon", "width"},
    "st.popover": {"icon", "width", "wrap"},
    "st.grid": {"wrap", "height", "width"},
    # The shared width (and label wrap) of widgets and text elements: wasmlit.runtime.widgets.chrome
    # and wasmlit.elements.width, applied by the element container (ui/src/layout/NodeView.tsx).
    "st.checkbox": {"width", "wrap"},
    "st.toggle": {"width", "wrap"},
    "st.multiselect": {"width", "wrap", "filter_mode"},
    "st.radio": {"width"},
    "st.selectbox": {"width", "icon", "filter_mode"},
    "st.slider": {"width"},
    "st.select_slider": {"width"},
    "st.text_input": {"width", "icon"},
    "st.number_input": {"width", "icon"},
    "st.date_input": {"width"},
    "st.datetime_input": {"width"},
    "st.time_input": {"width"},
    "st.color_picker": {"width"},
    "st.file_uploader": {"width"},
    "st.audio_input": {"width"},
    "st.camera_input": {"width"},
    # text_alignment, anchors and heading icons: wasmlit.elements.text_alignment / icons,
    # rendered by ui/src/elements/markdown.tsx, heading.tsx, text.tsx.
    "st.markdown": {"width", "wrap", "text_alignment", "anchors"},
    "st.caption": {"width", "wrap", "text_alignment"},
    "st.text": {"width", "wrap", "text_alignment"},
    "st.title": {"width", "wrap", "text_alignment", "icon"},
    "st.header": {"width", "wrap", "text_alignment", "icon"},
    "st.subheader": {"width", "wrap", "text_alignment", "icon"},
    "st.badge": {"width", "icon"},
    "st.latex": {"width"},
    "st.success": {"width", "icon"},
    "st.info": {"width", "icon"},
    "st.warning": {"width", "icon"},
    "st.error": {"width", "icon"},
    "st.feedback": {"width"},
    "st.pagination": {"width"},
    "st.code": {"width", "height"},  # ui/src/elements/code.tsx
    "st.chat_message": {"width"},
    "st.metric": {"width", "height", "icon"},  # ui/src/elements/metric.tsx
    "st.html": {"width"},
    "st.iframe": {"width", "height"},  # ui/src/elements/iframe.tsx
    "st.components.v1.html": {"width", "height"},
    "st.components.v1.iframe": {"width", "height"},
    "st.divider": {"width"},
    "st.json": {"width"},
    "st.help": {"width"},  # wasmlit.elements.help, applied by the element container
    "st.progress": {"width"},
    # Status elements: wasmlit.elements.icons validates icons; widths via the element container.
    "st.exception": {"width"},
    "st.spinner": {"width"},
    "st.status": {"width"},
    "st.toast": {"icon"},
    "st.skeleton": {"height", "width"},
    "st.image": {"width"},  # wasmlit.elements.image, applied by the element container
    "st.pdf": {"height"},  # pixels or "stretch", ui/src/elements/pdf.tsx
    "st.audio": {"width"},  # wasmlit.elements.audio, applied by the element container
    "st.video": {"width"},  # wasmlit.elements.video, applied by the element container
    # Charts drawn in the browser (ui/src/charts): width by the container, height by the chart.
    "st.graphviz_chart": {"width", "height"},
    "st.mermaid_chart": {"width"},
    "st.echarts_chart": {"width", "height"},
    "st.pydeck_chart": {"width", "height"},  # ui/src/charts/deck-impl.tsx
    "st.pyplot": {"width"},  # wasmlit.elements.pyplot: an image element
    "st.plotly_chart": {"width", "height"},  # ui/src/charts/plotly-impl.tsx
    # Vega-Lite charts (ui/src/charts/vega-impl.tsx): the spec is sized to the element.
    **{
        f"st.{name}": {"width", "height"}
        for name in ("line_chart", "area_chart", "bar_chart", "scatter_chart", "map")
        + ("vega_lite_chart", "altair_chart")
    },
}


def resolve(name: str) -> tuple[bool, Any]:
    from wasmlit import st
    from wasmlit.errors import StreamlitNotSupportedError

    obj: Any = st
    try:
        for part in name.split(".")[1:]:
            obj = getattr(obj, part)
    except StreamlitNotSupportedError:
        return False, None
    except AttributeError:
        return False, None
    return True, obj


def parameter_gaps(entry: dict[str, Any], obj: Any) -> tuple[list[str], list[str]]:
    """(missing parameters, parameters accepted without effect)."""
    wanted = [p["name"] for p in entry.get("parameters", []) if not p.get("private")]
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return [], []
    params = signature.parameters
    takes_kwargs = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    missing = [n for n in wanted if n not in params and not takes_kwargs]
    built = BUILT_EXCEPTIONS.get(entry["name"], set())
    if entry["name"].startswith("st.column_config."):
        built = built | {"width"}  # a column's width: ui/src/data/layout.ts columnWidth
    inert = [n for n in wanted if n in ACCEPTED_WITHOUT_EFFECT and n in params and n not in built]
    own = INERT_FOR_COMMAND.get(entry["name"], set())
    inert += [n for n in wanted if n in own and n in params and n not in inert]
    return missing, inert


def status_row(entry: dict[str, Any]) -> tuple[str, str]:
    supported, obj = resolve(entry["name"])
    if not supported:
        return "not yet", ""
    if entry["name"] in UNAVAILABLE_IN_BROWSER:
        return "not yet", UNAVAILABLE_IN_BROWSER[entry["name"]]
    if not callable(obj) or inspect.isclass(obj) or entry.get("signature_plain") is None:
        return "yes", NOTED.get(entry["name"], "")
    missing, inert = parameter_gaps(entry, obj)
    notes = []
    if missing:
        notes.append("missing: " + ", ".join(f"`{n}`" for n in missing))
    if inert:
        notes.append("accepted, no effect yet: " + ", ".join(f"`{n}`" for n in inert))
    if entry["name"] in DIFFERS:
        notes.append(DIFFERS[entry["name"]])
    if entry["name"] in NOT_SUPPORTED_YET:
        raising = NOT_SUPPORTED_YET[entry["name"]]
        notes.append("raises not supported yet: " + ", ".join(f"`{n}`" for n in raising))
    status = "partial" if notes else "yes"
    if entry["name"] in NOTED:
        notes.append(NOTED[entry["name"]])
    return status, "; ".join(notes)


def render() -> str:
    spec = json.loads(SPEC.read_text())
    categories = {c["slug"]: c["title"] for c in spec["categories"]}
    commands = [e for e in spec["entries"] if e["level"] == "command"]
    lines = [
        "# Feature coverage against the Streamlit API checklist",
        "",
        "Generated by `python scripts/coverage.py` from `../shared/spec/streamlit-api.json`",
        f"(Streamlit {spec['streamlit_version']}) and the core itself; a test fails when it is",
        "stale. *yes*: the command resolves and takes every documented parameter. *partial*:",
        "it works, with the gaps named. *not yet*: `st.<name>` raises a clear",
        "`StreamlitNotSupportedError` in the app.",
        "",
    ]
    counts: dict[str, int] = {}
    body: list[str] = []
    for slug, title in categories.items():
        rows = [e for e in commands if e["category"] == slug]
        if not rows:
            continue
        body += [f"## {title}", "", "| command | status | notes |", "| --- | --- | --- |"]
        for entry in rows:
            status, notes = status_row(entry)
            counts[status] = counts.get(status, 0) + 1
            body.append(f"| `{entry['name']}` | {status} | {notes} |")
        body.append("")
    total = sum(counts.values())
    summary = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("yes", "partial", "not yet"))
    lines += [f"**{total} commands:** {summary}.", ""] + body
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not OUT.exists() or OUT.read_text() != text:
            print("docs/coverage.md is stale: run python scripts/coverage.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
