/**
 * components.v1.declare_component(path=...) in real Chromium and Pyodide: a
 * hand-written build folder (index.html, assets/main.js, a dynamically
 * imported chunk, assets/style.css) served by the component service worker,
 * talking the component protocol with plain postMessage. The files come
 * once per session: reruns carry only files_id, and after a page reload the
 * frame loads with Cache Storage kept or cleared.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, shows, waitForRuns, BOOT_TIMEOUT, RUN_TIMEOUT, type AppUnderTest } from "./harness.ts";

const APP = [
  "import pandas as pd",
  "import pyarrow  # reads dataframe values sent back by the component",
  "import streamlit as st",
  "import streamlit.components.v1 as components",
  'demo = components.declare_component("demo", path="frontend")',
  'name = st.text_input("Name", "Ada")',
  'df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})',
  'value = demo(name=name, table=df, default="none")',
  "if isinstance(value, pd.DataFrame):",
  '    st.write(f"frame={value.to_dict(\'list\')}")',
  "else:",
  '    st.write(f"value={value!r}")',
].join("\n");

const INDEX = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="./assets/style.css">
<script type="module" src="./assets/main.js"></script></head>
<body><p id="greeting">waiting</p><p id="table">no table</p><p id="load"></p><p id="chunk"></p>
<button id="click">Click</button><button id="echo">Echo</button></body></html>`;

const MAIN = `
const send = (type, extra) => window.parent.postMessage({ isStreamlitMessage: true, type, ...extra }, "*");
document.getElementById("load").textContent = "load-" + Math.random().toString(36).slice(2);
import("./chunk.js").then((m) => { document.getElementById("chunk").textContent = m.word; });
let clicks = 0;
let table = null;
window.addEventListener("message", (event) => {
  if (event.data?.type !== "streamlit:render") return;
  document.getElementById("greeting").textContent = "Hello " + event.data.args.name;
  table = event.data.dfs.find((d) => d.key === "table")?.value.data ?? null;
  // An Arrow IPC stream starts with the continuation marker 0xFFFFFFFF.
  const ipc = table && table.data instanceof Uint8Array && table.data[0] === 255 && table.data[3] === 255;
  document.getElementById("table").textContent = ipc ? "arrow table" : "no table";
  send("streamlit:setFrameHeight", { height: 240 });
});
document.getElementById("click").onclick = () => {
  clicks += 1;
  send("streamlit:setComponentValue", { value: { clicks }, dataType: "json" });
};
document.getElementById("echo").onclick = () =>
  send("streamlit:setComponentValue", { value: table, dataType: "dataframe" });
send("streamlit:componentReady", { apiVersion: 1 });
`;

describe("declare_component with a build folder", () => {
  let t: AppUnderTest;
  const frame = () => t.app.frameLocator('iframe[data-testid="stCustomComponentV1"]');
  const text = (id: string) => frame().locator(`#${id}`).textContent();

  before(async () => {
    t = await openApp({
      "app.py": APP,
      "frontend/index.html": INDEX,
      "frontend/assets/main.js": MAIN,
      "frontend/assets/chunk.js": 'export const word = "chunk loaded";\n',
      "frontend/assets/style.css": "#greeting { color: rgb(1, 2, 3); }\n",
    });
  });
  after(async () => t?.close());

  test("the frame loads its relative assets and renders the args", async () => {
    await eventually(() => text("greeting"), "Hello Ada", RUN_TIMEOUT);
    assert.equal(await text("chunk"), "chunk loaded");
    const color = await frame().locator("#greeting").evaluate((el) => getComputedStyle(el).color);
    assert.equal(color, "rgb(1, 2, 3)");
    const height = await t.app.locator('iframe[data-testid="stCustomComponentV1"]').evaluate((el) => el.getBoundingClientRect().height);
    assert.equal(height, 240);
    await shows(t.app, /value='none'/, RUN_TIMEOUT);
  });

  test("a dataframe arg arrives as an Arrow table and comes back as a DataFrame", async () => {
    assert.equal(await text("table"), "arrow table");
    await rerunAfter(t.app, () => frame().locator("#echo").click());
    await shows(t.app, /frame=\{'a': \[1, 2\], 'b': \['x', 'y'\]\}/, RUN_TIMEOUT);
  });

  test("a value sent on click reaches the script", async () => {
    await rerunAfter(t.app, () => frame().locator("#click").click());
    await shows(t.app, /value=\{'clicks': 1\}/, RUN_TIMEOUT);
    await rerunAfter(t.app, () => frame().locator("#click").click());
    await shows(t.app, /value=\{'clicks': 2\}/, RUN_TIMEOUT);
  });

  test("new args are posted to the same frame, without a reload", async () => {
    const load = await text("load");
    const input = t.app.locator('[data-testid="stTextInput"] input');
    await rerunAfter(t.app, async () => {
      await input.fill("Grace");
      await input.press("Enter");
    });
    await eventually(() => text("greeting"), "Hello Grace", RUN_TIMEOUT);
    assert.equal(await text("load"), load);
  });

  test("after a page reload the component loads, with Cache Storage kept or cleared", async () => {
    const cached = () =>
      t.page.evaluate(async () => (await (await caches.open("wasmlit-components-v1")).keys()).length);
    assert.equal(await cached(), 4); // index.html, main.js, chunk.js, style.css, stored once
    for (const clear of [false, true]) {
      if (clear) await t.page.evaluate(() => caches.delete("wasmlit-components-v1"));
      await t.page.reload();
      await waitForRuns(t.app, 1, BOOT_TIMEOUT);
      await eventually(() => text("greeting"), "Hello Ada", RUN_TIMEOUT);
      assert.equal(await text("chunk"), "chunk loaded");
      await rerunAfter(t.app, () => frame().locator("#click").click());
      await shows(t.app, /value=\{'clicks': 1\}/, RUN_TIMEOUT);
      assert.equal(await cached(), 4);
    }
  });
});
