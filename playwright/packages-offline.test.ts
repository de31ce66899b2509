/**
 * altair, plotly, graphviz and pydeck import offline: the harness passes the derived
 * lock (.cache/pyodide/0.27.7/offline-lock.json, see scripts/offline_wheels.json)
 * as Pyodide's lockFileURL, and every wheel comes from the local server.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { OFFLINE_LOCK_URL, openApp } from "./harness.ts";

const APP = [
  "from importlib.metadata import version",
  "",
  "import altair as alt",
  "import graphviz",
  "import jsonschema",
  "import markupsafe",
  "import plotly",
  "import plotly.graph_objects as go",
  "import pydeck",
  "import streamlit as st",
  "",
  "st.text(f'altair {alt.__version__}')",
  "st.text(f'plotly {plotly.__version__}')",
  "st.text(f'graphviz {graphviz.__version__}')",
  "st.text(f\"jsonschema {version('jsonschema')}\")",
  "chart = alt.Chart(alt.Data(values=[{'a': 1, 'b': 2}])).mark_bar().encode(x='a:Q', y='b:Q')",
  "spec = chart.to_dict()",
  "st.text(f\"chart {spec['mark']['type']} {spec['encoding']['x']['field']}\")",
  "try:",
  "    alt.Chart(alt.Data(values=[])).mark_point(size='big').to_dict()",
  "    st.text('invalid chart accepted')",
  "except Exception as exc:",
  "    st.text(f'invalid chart: {type(exc).__name__}')",
  "fig = go.Figure(go.Bar(x=[1, 2], y=[3, 4]))",
  "st.text(f\"plotly json {fig.to_plotly_json()['data'][0]['type']}\")",
  "dot = graphviz.Digraph()",
  "dot.edge('a', 'b')",
  "st.text('graphviz edge ' + str('a -> b' in dot.source))",
  "st.text('markupsafe ' + str(markupsafe.escape('<b>')))",
  "deck = pydeck.Deck(layers=[pydeck.Layer('ScatterplotLayer', data=[])]).to_json()",
  "import sys",
  "st.text(f\"pydeck {pydeck.__version__} {deck[:1]} jupyter {'ipywidgets' in sys.modules}\")",
].join("\n");

/** Record every URL the page and its worker ask for. */
function recordRequests(urls: string[]): (page: Page) => Promise<void> {
  return async (page) => {
    page.on("request", (request) => urls.push(request.url()));
  };
}

describe("chart libraries load offline", () => {
  test("altair, plotly, graphviz and pydeck import, validate and build from local wheels", async () => {
    const urls: string[] = [];
    const t = await openApp({ "app.py": APP }, { beforeLoad: recordRequests(urls) });
    try {
      const texts = (await t.app.locator('[data-testid="stText"]').allTextContents()).map((s) => s.trim());
      assert.deepEqual(texts, [
        "altair 5.4.1",
        "plotly 5.24.1",
        "graphviz 0.20.3",
        "jsonschema 4.17.3",
        "chart bar a",
        "invalid chart: SchemaValidationError",
        "plotly json bar",
        "graphviz edge True",
        "markupsafe &lt;b&gt;",
        "pydeck 0.9.1 { jupyter False",
      ]);
      // Everything came from the test server: the derived lock and its wheels.
      const foreign = urls.filter((u) => !u.startsWith(t.server.url) && !u.startsWith("data:"));
      assert.deepEqual(foreign, []);
      assert.ok(urls.some((u) => u.endsWith(OFFLINE_LOCK_URL)), "offline-lock.json requested");
      for (const wheel of ["altair-5.4.1", "plotly-5.24.1", "graphviz-0.20.3", "MarkupSafe-2.1.5", "pydeck-0.9.1"]) {
        assert.ok(
          urls.some((u) => u.includes(`/pyodide/${wheel}-`)),
          `${wheel} fetched from /pyodide/`,
        );
      }
    } finally {
      await t.close();
    }
  });
});
