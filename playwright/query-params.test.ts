/**
 * st.query_params in the address bar with back/forward, and st.context from the
 * real browser (Playwright's locale, time zone and colour scheme).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BOOT_TIMEOUT, eventually, openApp, rerunAfter, runCount, waitForRuns, type AppUnderTest } from "./harness.ts";

const APP = [
  "import streamlit as st",
  'for color in ["red", "green"]:',
  "    if st.button(color):",
  '        st.query_params["color"] = color',
  'name = st.text_input("Name", key="name", bind="query-params")',
  "st.write(f\"color={st.query_params.get('color', 'none')} name={name or '-'}\")",
  "c = st.context",
  'st.write(f"locale={c.locale} tz={c.timezone} offset={c.timezone_offset} theme={c.theme.type}")',
  'st.write(f"url={c.url} embedded={c.is_embedded}")',
].join("\n");

describe("query params and history", () => {
  let t: AppUnderTest;
  const shown = async (prefix: string) =>
    (await t.app.getByText(prefix, { exact: false }).first().textContent())?.trim();
  const search = () => t.page.evaluate(() => location.search);
  const nameInput = () => t.app.locator('[data-testid="stTextInput"] input');

  before(async () => {
    t = await openApp(
      { "app.py": APP },
      { waitForRun: false, context: { locale: "de-DE", timezoneId: "Asia/Tokyo", colorScheme: "light" } },
    );
    await t.page.goto(`${t.server.url}/?color=blue`);
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
  });
  after(async () => t.close());

  test("opening a URL with a query shows it in the app", async () => {
    assert.equal(await shown("color="), "color=blue name=-");
  });

  test("st.context shows the browser's locale, time zone, theme and URL", async () => {
    assert.equal(await shown("locale="), "locale=de-DE tz=Asia/Tokyo offset=-540 theme=light");
    assert.equal(await shown("url="), `url=${t.server.url}/ embedded=False`);
  });

  test("widgets write the URL; back and forward rerun with the earlier params", async () => {
    const entries = await t.page.evaluate(() => history.length);
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "red" }).click());
    assert.equal(await search(), "?color=red");
    assert.equal(await shown("color="), "color=red name=-");
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "green" }).click());
    await rerunAfter(t.app, async () => {
      await nameInput().fill("Ada");
      await nameInput().press("Enter");
    });
    assert.equal(await search(), "?color=green&name=Ada");
    assert.equal(await t.page.evaluate(() => history.length), entries + 3);

    // Back: the bound widget and st.query_params follow the URL.
    await rerunAfter(t.app, () => t.page.goBack().then(() => undefined));
    assert.equal(await search(), "?color=green");
    assert.equal(await shown("color="), "color=green name=-");
    assert.equal(await nameInput().inputValue(), "");
    await rerunAfter(t.app, () => t.page.goBack().then(() => undefined));
    assert.equal(await shown("color="), "color=red name=-");
    await rerunAfter(t.app, () => t.page.goBack().then(() => undefined));
    assert.equal(await search(), "?color=blue");
    assert.equal(await shown("color="), "color=blue name=-");

    // Forward twice: the name comes back into the widget; no new entries were added.
    await rerunAfter(t.app, () => t.page.goForward().then(() => undefined));
    await rerunAfter(t.app, () => t.page.goForward().then(() => undefined));
    await rerunAfter(t.app, () => t.page.goForward().then(() => undefined));
    assert.equal(await search(), "?color=green&name=Ada");
    assert.equal(await shown("color="), "color=green name=Ada");
    assert.equal(await nameInput().inputValue(), "Ada");
    assert.equal(await t.page.evaluate(() => history.length), entries + 3);
  });

  test("an anchor jump does not rerun", async () => {
    const runs = await runCount(t.app);
    await t.page.evaluate(() => {
      location.hash = "#somewhere";
    });
    await t.page.waitForTimeout(300);
    assert.equal(await runCount(t.app), runs);
  });

  test("a system switch to dark mode that darkens the app reruns with theme=dark", async () => {
    await t.page.addStyleTag({
      content: "@media (prefers-color-scheme: dark) { wasmlit-app { --st-bg: #0e1117; --st-text: #fafafa; } }",
    });
    await rerunAfter(t.app, () => t.page.emulateMedia({ colorScheme: "dark" }));
    await eventually(() => shown("locale="), "locale=de-DE tz=Asia/Tokyo offset=-540 theme=dark");
  });
});
