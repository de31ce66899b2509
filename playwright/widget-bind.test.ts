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
