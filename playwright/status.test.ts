/** Status elements in real Chromium with real Pyodide: spinner timer, status, toast, balloons, progress. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, runCount, waitForRuns, type AppUnderTest } from "./harness.ts";

const APP = `import time
import streamlit as st

bar = st.progress(0, text="Starting")
bar.progress(0.6, text="**Sixty** percent")

if st.button("Crunch"):
    with st.spinner("Crunching", show_time=True):
        time.sleep(1.5)
    st.write("crunched")

with st.status("Downloading data") as status:
    st.write("step one")
    status.update(label="Download complete", state="complete")

if st.button("Toast"):
    st.toast("Hello toast", duration=2)

if st.button("Party"):
    st.balloons()

st.button("Other")
`;

describe("status elements", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const button = (label: string) => t.app.locator('[data-testid="stButton"] button', { hasText: label });

  test("progress shows its value and Markdown text", async () => {
    const bar = t.app.locator('[data-testid="stProgress"]');
    await eventually(() => bar.locator('[role="progressbar"]').getAttribute("aria-valuenow"), "60");
    await eventually(() => bar.locator("strong").textContent(), "Sixty");
  });

  test("status.update changes the label and shows the complete icon", async () => {
    const status = t.app.locator('[data-testid="stExpander"]', { hasText: "Download complete" });
    await eventually(() => status.locator('[data-testid="stExpanderIconCheck"]').count(), 1);
    await eventually(() => status.locator('[data-testid="stExpanderIconSpinner"]').count(), 0);
    await status.locator("summary").click();
    await eventually(() => status.locator('[data-testid="stExpanderDetails"]').isVisible(), true);
    await eventually(async () => (await status.locator('[data-testid="stExpanderDetails"]').textContent())?.trim(), "step one");
  });

  test("spinner counts elapsed time while Python sleeps, then disappears", async () => {
    const before = await runCount(t.app);
    await button("Crunch").click();
    const timer = t.app.locator('[data-testid="stSpinner"] [data-testid="stSpinnerTimer"]');
    await timer.waitFor({ state: "visible", timeout: 10_000 });
    const seconds = async () => Number(/\(([\d.]+) seconds\)/.exec((await timer.textContent()) ?? "")?.[1] ?? "NaN");
    const first = await seconds();
    assert.ok(first >= 0 && first < 1.5, `first reading ${first}`);
    // The browser advances the count on its own while the worker is blocked in time.sleep.
    await eventually(async () => (await seconds()) >= first + 0.3, true, 3_000);
    await waitForRuns(t.app, before + 1);
    await eventually(() => t.app.locator('[data-testid="stSpinner"]').count(), 0);
    await eventually(async () => (await t.app.locator('[data-testid="stMarkdownContainer"]', { hasText: "crunched" }).count()) > 0, true);
  });

  test("a toast survives the end of its run and disappears after its duration", async () => {
    await rerunAfter(t.app, () => button("Toast").click());
    const toast = t.app.locator('[data-testid="stToast"]');
    await eventually(async () => (await toast.textContent())?.trim(), "Hello toast");
    // Another run that does not call st.toast prunes the node; the toast stays for its 2 s.
    await rerunAfter(t.app, () => button("Other").click());
    assert.equal(await toast.count(), 1);
    await eventually(() => toast.count(), 0, 4_000);
  });

  test("balloons appear once per call", async () => {
    await rerunAfter(t.app, () => button("Party").click());
    await eventually(() => t.app.locator('[data-testid="stBalloons"]').count(), 1);
    await eventually(() => t.app.locator('[data-testid="stBalloons"]').count(), 0, 6_000);
  });
});
