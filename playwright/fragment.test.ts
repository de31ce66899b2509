/** st.fragment in real Chromium + Pyodide: run_every ticks and widget clicks rerun only the fragment. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, waitForRuns, type AppUnderTest } from "./harness.ts";

const APP = `import time
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.setdefault("ticks", 0)
st.session_state.setdefault("clicks", 0)
st.session_state.full += 1
st.write(f"full runs: {st.session_state.full}")
st.write(f"drawn at: {time.time()}")

@st.fragment(run_every="1s")
def ticker():
    st.session_state.ticks += 1
    st.write(f"ticks: {st.session_state.ticks}")

@st.fragment
def clicker():
    st.session_state.clicks += 1
    st.button("Click")
    st.write(f"clicks: {st.session_state.clicks}")

ticker()
clicker()
st.checkbox("outside")
`;

describe("st.fragment", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const line = async (prefix: string) => {
    const all = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
    return all.map((s) => s.trim()).find((s) => s.startsWith(prefix)) ?? "";
  };
  const number = async (prefix: string) => Number((await line(prefix)).slice(prefix.length));

  test("run_every ticks the fragment while the rest of the app stays still", async () => {
    const drawnAt = await line("drawn at:");
    const full = await line("full runs:");
    // Mark the outside element's DOM node: a re-render of it would drop the mark.
    await t.app.locator('[data-testid="stMarkdown"]', { hasText: "drawn at:" }).evaluate((el) => {
      (el as HTMLElement).dataset.mark = "kept";
    });
    const ticks = await number("ticks: ");
    await eventually(async () => (await number("ticks: ")) >= ticks + 3, true, 15_000);
    assert.equal(await line("drawn at:"), drawnAt);
    assert.equal(await line("full runs:"), full);
    const marked = t.app.locator('[data-testid="stMarkdown"][data-mark="kept"]');
    assert.equal(await marked.count(), 1, "the outside element was not re-rendered");
  });

  test("a widget inside a fragment reruns only that fragment", async () => {
    const full = await line("full runs:");
    const clicks = await number("clicks: ");
    await t.app.getByRole("button", { name: "Click" }).click();
    await eventually(() => number("clicks: "), clicks + 1, 10_000);
    await t.app.getByRole("button", { name: "Click" }).click();
    await eventually(() => number("clicks: "), clicks + 2, 10_000);
    assert.equal(await line("full runs:"), full);
  });

  test("a widget outside reruns the whole app, fragments included", async () => {
    const full = await number("full runs: ");
    const clicks = await number("clicks: ");
    await t.app.getByText("outside").click();
    await eventually(() => number("full runs: "), full + 1, 10_000);
    await waitForRuns(t.app, 1);
    assert.ok((await number("clicks: ")) >= clicks + 1);
    // The ticker keeps going after a full run.
    const ticks = await number("ticks: ");
    await eventually(async () => (await number("ticks: ")) >= ticks + 2, true, 15_000);
  });
});
