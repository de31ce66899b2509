/**
 * Live reload under `wasmlit run` in real Chromium with real Pyodide: saving
 * the script during a long run ends that run (even inside time.sleep) and
 * starts the new code at once, as Streamlit's "rerun on save". Without cross-
 * origin isolation the save is still applied (at once where the worker has
 * JSPI control, else when the run in progress ends).
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Locator, Page } from "playwright-core";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { startDevServer, type DevServer } from "./dev-server.ts";
import { BOOT_TIMEOUT, mainText, shows, writeApp } from "./harness.ts";

/** About `seconds` s of work: one write, then a one-second sleep, per tick. */
const LONG = (seconds: number) => `import time
import streamlit as st

st.write("old version")
slot = st.empty()
for i in range(${seconds}):
    slot.write(f"old tick {i}")
    time.sleep(1)
st.write("old done")
`;

const NEW = `import streamlit as st

st.write("new version")
`;


async function open(browser: LaunchedBrowser, dev: DevServer): Promise<{ page: Page; app: Locator }> {
  const page = await browser.context.newPage();
  await page.goto(dev.url);
  return { page, app: page.locator("wasmlit-app") };
}

describe("a save during a long run (cross-origin isolated, the default of `wasmlit run`)", () => {
  let dev: DevServer;
  let browser: LaunchedBrowser;
  let appDir: string;
  before(async () => {
    appDir = writeApp({ "app.py": LONG(30) });
    dev = await startDevServer(join(appDir, "app.py"));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await dev?.stop();
  });

  test("ends the run inside time.sleep and shows the new code within seconds", async () => {
    const { page, app } = await open(browser, dev);
    await shows(app, /old tick [1-9]/, BOOT_TIMEOUT);
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    assert.equal(await app.getAttribute("data-state"), "running");

    const saved = Date.now();
    writeFileSync(join(appDir, "app.py"), NEW);
    await shows(app, /new version/, 10_000);
    const took = Date.now() - saved;
    console.log(`live reload: new code shown ${took} ms after the save (the old run had ~25 s left)`);
    assert.ok(took < 5_000, `the new code took ${took} ms`);
    // The new run finishes and replaces the old page: nothing of the old run is left.
    await app.page().waitForFunction((el) => el?.getAttribute("data-state") === "idle", await app.elementHandle(), {
      timeout: 10_000,
    });
    assert.doesNotMatch(await mainText(app), /old/);
  });
});

describe("a save during a long run without cross-origin isolation", () => {
  let dev: DevServer;
  let browser: LaunchedBrowser;
  let appDir: string;
  before(async () => {
    appDir = writeApp({ "app.py": LONG(6) });
    dev = await startDevServer(join(appDir, "app.py"), ["--cross-origin-isolation", "off"]);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await dev?.stop();
  });

  test("is never lost: the new code runs (at once through JSPI, else when the run ends)", async () => {
    const { page, app } = await open(browser, dev);
    await shows(app, /old tick [1-3]/, BOOT_TIMEOUT);
    assert.equal(await page.evaluate(() => crossOriginIsolated), false);
    writeFileSync(join(appDir, "app.py"), NEW);
    const took = await shows(app, /new version/, 20_000);
    console.log(`live reload without isolation: new code shown ${took} ms after the save`);
    await app.page().waitForFunction((el) => el?.getAttribute("data-state") === "idle", await app.elementHandle(), {
      timeout: 10_000,
    });
    assert.doesNotMatch(await mainText(app), /old/);
  });
});
