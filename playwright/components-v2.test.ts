/**
 * st.components.v2.component in real Chromium and Pyodide: the HTML and CSS
 * mounted in a shadow root in the app (no iframe), the JS module's default
 * export wired to a button that sets a state value and fires a trigger, and
 * the script showing both. The mount keeps its DOM across reruns while the
 * export is called again with the new data.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, shows, RUN_TIMEOUT, type AppUnderTest } from "./harness.ts";

const JS = `
export default function ({ parentElement, data, setStateValue, setTriggerValue }) {
  parentElement.querySelector("#shown").textContent = "data " + data.count;
  const stamp = parentElement.querySelector("#stamp");
  if (!stamp.textContent) stamp.textContent = "mount-" + Math.random().toString(36).slice(2);
  parentElement.querySelector("#inc").onclick = () => {
    setStateValue("count", data.count + 1);
    setTriggerValue("clicked", "yes");
  };
}
`;

const APP = [
  "import streamlit as st",
  "counter = st.components.v2.component(",
  '    "counter",',
  '    html=\'<button id="inc">Add</button> <span id="shown"></span> <span id="stamp"></span>\',',
  '    css="#inc { color: rgb(1, 2, 3); }",',
  '    js="counter.js",',
  ")",
  'count = st.session_state.get("c", {}).get("count", 0)',
  "r = counter(",
  '    key="c",',
  '    data={"count": count},',
  '    default={"count": 0},',
  "    on_count_change=lambda: None,",
  "    on_clicked_change=lambda: None,",
  ")",
  'st.write(f"count={r.count} clicked={r.clicked}")',
  'st.button("Again")',
].join("\n");

describe("components.v2 component", () => {
  let t: AppUnderTest;
  const host = () => t.app.locator('[data-testid="stBidiComponent"] .stBidiComponent-host');

  before(async () => {
    t = await openApp({ "app.py": APP, "counter.js": JS });
  });
  after(async () => t?.close());

  test("mounts in a shadow root and runs the module", async () => {
    await shows(t.app, /count=0 clicked=None/, RUN_TIMEOUT);
    await eventually(() => host().locator("#shown").textContent(), "data 0", RUN_TIMEOUT);
    const isolated = await host().evaluate((el) => el.shadowRoot !== null && el.shadowRoot.querySelector("#inc") !== null);
    assert.equal(isolated, true);
    const color = await host().locator("#inc").evaluate((el) => getComputedStyle(el).color);
    assert.equal(color, "rgb(1, 2, 3)");
    assert.equal(await t.app.locator("iframe").count(), 0);
  });

  test("a click sets the state and fires the trigger; the DOM stays", async () => {
    const stamp = await host().locator("#stamp").textContent();
    assert.match(stamp ?? "", /^mount-/);
    await rerunAfter(t.app, () => host().locator("#inc").click());
    await shows(t.app, /count=1 clicked=yes/, RUN_TIMEOUT);
    await eventually(() => host().locator("#shown").textContent(), "data 1", RUN_TIMEOUT);
    assert.equal(await host().locator("#stamp").textContent(), stamp);
    await rerunAfter(t.app, () => host().locator("#inc").click());
    await shows(t.app, /count=2 clicked=yes/, RUN_TIMEOUT);
    // The trigger lasted one run; the state stays.
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Again" }).click());
    await shows(t.app, /count=2 clicked=None/, RUN_TIMEOUT);
  });
});
