/** Layouts and containers, download and link buttons, in real Chromium with real Pyodide. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { Download } from "playwright-core";
import { openApp, rerunAfter, type AppUnderTest, eventually } from "./harness.ts";

const APP = `import streamlit as st

first, second = st.tabs(["First", "Second"])
first.write("tab one")
with second:
    st.write("tab two")

with st.expander("Details"):
    st.write("expander text")

with st.popover("Open menu"):
    st.write("popover text")

outer = st.container(border=True, key="outer")
with outer:
    left, right = st.columns(2)
    right.write("right")
    left.write("left")
outer.write("after columns")

st.session_state.setdefault("saves", 0)
def saved():
    st.session_state.saves += 1

st.download_button("Save CSV", "a,b\\n1,2\\n", file_name="data.csv", mime="text/csv", on_click=saved)
st.download_button("Lazy", lambda: bytes([0, 1, 2, 255]), file_name="lazy.bin")
st.write(f"saves={st.session_state.saves}")
st.link_button("Docs", "https://docs.streamlit.io/", icon="📖")

with st.container(key="stacked"):
    st.columns(2)[1].write("s2")
with st.container(key="sidebyside"):
    st.columns(2, wrap=False)[1].write("n2")
with st.form("sized", width=300):
    st.form_submit_button("Go")
`;

describe("layout", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const text = (sel: string) => t.app.locator(sel).first().textContent().then((s) => s?.trim());

  test("tabs switch by click and by keyboard", async () => {
    const tabs = t.app.locator('[data-testid="stTabs"] [role="tab"]');
    const panels = t.app.locator('[data-testid="stTabs"] [role="tabpanel"]');
    await eventually(() => tabs.nth(0).getAttribute("aria-selected"), "true");
    await eventually(() => panels.nth(0).isVisible(), true);
    await eventually(() => panels.nth(1).isVisible(), false);
    await tabs.nth(1).click();
    await eventually(() => tabs.nth(1).getAttribute("aria-selected"), "true");
    assert.equal((await panels.nth(1).textContent())?.trim(), "tab two");
    await eventually(() => panels.nth(1).isVisible(), true);
    await t.page.keyboard.press("ArrowLeft");
    await eventually(() => tabs.nth(0).getAttribute("aria-selected"), "true");
    await eventually(() => t.app.evaluate((el) => el.shadowRoot?.activeElement?.textContent), "First");
    await eventually(() => panels.nth(0).isVisible(), true);
    await t.page.keyboard.press("End");
    await eventually(() => panels.nth(1).isVisible(), true);
  });

  test("expander toggles by mouse and keyboard", async () => {
    const summary = t.app.locator('[data-testid="stExpander"] summary');
    const content = t.app.getByText("expander text");
    await eventually(() => content.isVisible(), false);
    await summary.click();
    await eventually(() => content.isVisible(), true);
    await summary.focus();
    await t.page.keyboard.press("Enter");
    await eventually(() => content.isVisible(), false);
  });

  test("popover opens, closes on Escape and on an outside click", async () => {
    const button = t.app.locator('[data-testid="stPopover"] button');
    const body = t.app.locator('[data-testid="stPopoverBody"]');
    // Rendering follows input asynchronously: wait for each state, never sample it once.
    await body.waitFor({ state: "hidden" });
    await button.click();
    await body.waitFor({ state: "visible" });
    assert.equal((await body.textContent())?.trim(), "popover text");
    await t.page.keyboard.press("Escape");
    await body.waitFor({ state: "hidden" });
    await button.click();
    await body.waitFor({ state: "visible" });
    await t.page.mouse.click(5, 5);
    await body.waitFor({ state: "hidden" });
  });

  test("nested containers render in script order", async () => {
    const outer = t.app.locator(".st-key-outer");
    const texts = (await outer.locator('[data-testid="stMarkdown"]').allTextContents()).map((s) => s.trim());
    assert.deepEqual(texts, ["left", "right", "after columns"]);
    assert.equal(await outer.locator('[data-testid="stColumn"]').count(), 2);
  });

  test("download button saves the real bytes and runs its callback", async () => {
    const button = t.app.locator('[data-testid="stDownloadButton"] button').filter({ hasText: "Save CSV" });
    let download: Download | undefined;
    await rerunAfter(t.app, async () => {
      [download] = await Promise.all([t.page.waitForEvent("download"), button.click()]);
    });
    assert.ok(download);
    assert.equal(download.suggestedFilename(), "data.csv");
    assert.equal(readFileSync(await download.path()).toString("utf8"), "a,b\n1,2\n");
    assert.equal(await text('[data-testid="stMarkdown"] >> text=/saves=/'), "saves=1");
  });

  test("a lazy download calls its function on click and saves the result", async () => {
    const button = t.app.locator('[data-testid="stDownloadButton"] button').filter({ hasText: "Lazy" });
    const [download] = await Promise.all([t.page.waitForEvent("download"), button.click()]);
    assert.equal(download.suggestedFilename(), "lazy.bin");
    assert.deepEqual([...readFileSync(await download.path())], [0, 1, 2, 255]);
  });

  test("columns stack on a narrow screen unless wrap=False; a form takes its width", async () => {
    const form = await t.app.locator('[data-testid="stForm"]').boundingBox();
    assert.equal(Math.round(form?.width ?? 0), 300);
    await t.page.setViewportSize({ width: 500, height: 800 });
    const tops = (key: string) =>
      t.app.locator(`.st-key-${key} [data-testid="stColumn"]`).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    await eventually(async () => { const [a, b] = await tops("stacked"); return b! > a!; }, true);
    await eventually(async () => { const [a, b] = await tops("sidebyside"); return a === b; }, true);
  });

  test("link button points at its URL in a new tab", async () => {
    const link = t.app.locator('[data-testid="stLinkButton"] a');
    assert.equal(await link.getAttribute("href"), "https://docs.streamlit.io/");
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal((await link.textContent())?.trim(), "📖Docs");
  });
});
