/** bind="query-params": widgets start from the page URL, and changes show in it. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BOOT_TIMEOUT, openApp, rerunAfter, waitForRuns, type AppUnderTest } from "./harness.ts";

const APP = [
  "import streamlit as st",
  'name = st.text_input("Name", key="name", bind="query-params")',
  'agree = st.checkbox("Agree", key="agree", bind="query-params")',
  'st.write(f"seen: {name} / {agree}")',
].join("\n");

describe("widgets bound to query params", () => {
  let t: AppUnderTest;
  const seen = () => t.app.getByText("seen:", { exact: false }).textContent();
  const nameInput = () => t.app.locator('[data-testid="stTextInput"] input');

  before(async () => {
    t = await openApp({ "app.py": APP }, { waitForRun: false });
    await t.page.goto(`${t.server.url}/?name=Ada`);
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
  });
  after(async () => t.close());

  test("the bound widget starts with the URL's value", async () => {
    assert.equal(await nameInput().inputValue(), "Ada");
    assert.equal((await seen())?.trim(), "seen: Ada / False");
  });

  test("changing widgets updates location.search", async () => {
    await rerunAfter(t.app, async () => {
      await nameInput().fill("Bob");
      await nameInput().press("Enter");
    });
    assert.equal(await t.page.evaluate(() => location.search), "?name=Bob");
    await rerunAfter(t.app, async () => {
      await t.app.getByRole("checkbox", { name: "Agree" }).press("Space");
    });
    assert.equal(await t.page.evaluate(() => location.search), "?name=Bob&agree=true");
    assert.equal((await seen())?.trim(), "seen: Bob / True");
  });

  test("a reload keeps the values", async () => {
    await t.page.reload();
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
    assert.equal(await nameInput().inputValue(), "Bob");
    assert.equal(await t.app.getByRole("checkbox", { name: "Agree" }).isChecked(), true);
    assert.equal((await seen())?.trim(), "seen: Bob / True");
  });
});

const CONTAINERS_APP = [
  "import streamlit as st",
  'with st.expander("More", key="more", bind="query-params"):',
  '    st.write("hidden text")',
  'tabs = st.tabs(["Intro", "Data", "Notes"], key="section", bind="query-params")',
  'st.write(f"open: {[t.open for t in tabs]}")',
].join("\n");

describe("expander and tabs bound to query params", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": CONTAINERS_APP }, { waitForRun: false });
    await t.page.goto(`${t.server.url}/?section=Data&more=true`);
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
  });
  after(async () => t.close());

  test("the URL opens the expander and selects the tab; toggling updates location.search", async () => {
    const tab = (name: string) => t.app.getByRole("tab", { name });
    const open = () => t.app.getByText("open:", { exact: false }).textContent();
    assert.equal(await tab("Data").getAttribute("aria-selected"), "true");
    assert.equal(await t.app.locator('[data-testid="stExpander"] details').evaluate((d) => (d as HTMLDetailsElement).open), true);
    assert.equal(await t.app.getByText("hidden text").isVisible(), true);
    assert.equal((await open())?.trim(), "open: [False, True, False]");

    await rerunAfter(t.app, async () => {
      await tab("Data").focus();
      await t.page.keyboard.press("ArrowRight");
    });
    assert.equal(await tab("Notes").getAttribute("aria-selected"), "true");
    assert.equal(await t.page.evaluate(() => location.search), "?section=Notes&more=true");
    assert.equal((await open())?.trim(), "open: [False, False, True]");

    await rerunAfter(t.app, async () => {
      await t.app.getByText("More").click();
    });
    assert.equal(await t.page.evaluate(() => location.search), "?section=Notes");
    await rerunAfter(t.app, async () => {
      await tab("Intro").click();
    });
    assert.equal(await t.page.evaluate(() => location.search), "");
  });
});
