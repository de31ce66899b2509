/**
 * Interrupting runs in real Chromium with real Pyodide: a widget change ends a
 * long run at its next Streamlit call, Stop interrupts `while True: pass`
 * (Pyodide's interrupt buffer). Pages that are not cross-origin isolated
 * (JSPI yields instead) are tested in interrupt-jspi.test.ts.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { join } from "node:path";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { startDevServer, type DevServer } from "./dev-server.ts";
import {
  BOOT_TIMEOUT,
  commitText,
  eventually,
  mainText,
  openApp,
  rerunAfter,
  shows,
  waitForRuns,
  writeApp,
  type AppUnderTest,
} from "./harness.ts";
import { CROSS_ORIGIN_ISOLATION } from "./static-server.ts";

/** About 10 s of work, writing as it goes: each write is a chance to stop. */
const LONG_RUN = (ticks: number) => `import time
import streamlit as st

word = st.text_input("word", "a")
slot = st.empty()
for i in range(${ticks}):
    time.sleep(0.05)
    slot.write(f"tick {i} for {word}")
st.write(f"done {word}")
`;

const SPIN = `import streamlit as st

st.session_state.setdefault("clicks", 0)
if st.button("Count"):
    st.session_state.clicks += 1
st.write(f"clicks {st.session_state.clicks}")
if st.checkbox("spin"):
    st.write("spinning")
    while True:
        pass
st.write("resting")
`;


describe("interrupting runs (cross-origin isolated page)", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": LONG_RUN(200) }, { headers: CROSS_ORIGIN_ISOLATION, waitForRun: false });
  });
  after(async () => t?.close());

  test("the page is isolated and shares memory with its worker", async () => {
    await shows(t.app, /tick \d+ for a/, BOOT_TIMEOUT);
    assert.equal(await t.page.evaluate(() => crossOriginIsolated), true);
  });

  test("a widget change restarts a long run with the new value well before it ends", async () => {
    // A fresh long run, whatever the previous test left running or finished.
    await commitText(t.app, "x");
    await shows(t.app, /tick [3-9]\d* for x/, 10_000);
    assert.doesNotMatch(await mainText(t.app), /done x/);
    const started = Date.now();
    await commitText(t.app, "b");
    await shows(t.app, /tick \d+ for b/, 8_000);
    const restarted = Date.now() - started;
    console.log(`interrupt: rerun started ${restarted} ms after the change (the run takes 10 s)`);
    assert.ok(restarted < 5_000, `restart took ${restarted} ms`);
    assert.doesNotMatch(await mainText(t.app), /done x/);
    // The Stop control is shown while the script runs.
    await t.app.locator('[data-testid="stStatusWidgetStopButton"]').waitFor({ state: "visible" });
  });

  test("rapid successive changes are coalesced, never dropped", async () => {
    await shows(t.app, /tick \d+ for b/, 8_000);
    for (const word of ["c", "d", "e"]) await commitText(t.app, word);
    await shows(t.app, /tick \d+ for e/, 8_000);
    const after = await mainText(t.app);
    assert.match(after, /for e/);
    // Let it finish once, with the last value.
    await shows(t.app, /done e/, 20_000);
    await waitForRuns(t.app, 1);
  });
});

describe("Stop (cross-origin isolated page)", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": SPIN }, { headers: CROSS_ORIGIN_ISOLATION });
  });
  after(async () => t?.close());

  test("Stop interrupts while True: pass and the app still responds", async () => {
    await t.app.locator('[data-testid="stCheckbox"] label').click();
    await shows(t.app, /spinning/, 10_000);
    const stop = t.app.locator('[data-testid="stStatusWidgetStopButton"]');
    await stop.waitFor({ state: "visible", timeout: 5_000 });
    assert.equal(await t.app.getAttribute("data-state"), "running");
    const started = Date.now();
    await stop.click();
    await eventually(() => t.app.getAttribute("data-state"), "idle", 20_000); // generous: CI runs test files in parallel on 2 CPUs
    console.log(`interrupt: Stop ended while True: pass in ${Date.now() - started} ms`);
    // No traceback: a stopped run just stops.
    assert.equal(await t.app.locator('[data-testid="stException"]').count(), 0);
    await stop.waitFor({ state: "detached" });
    // Still usable, state kept: uncheck, then count a click.
    await rerunAfter(t.app, () => t.app.locator('[data-testid="stCheckbox"] label').click());
    await shows(t.app, /resting/, 5_000);
    await rerunAfter(t.app, () => t.app.locator('[data-testid="stButton"] button', { hasText: "Count" }).click());
    await shows(t.app, /clicks 1/, 5_000);
  });
});

const NAP = `import time
import streamlit as st

if st.checkbox("nap"):
    st.write("napping")
    time.sleep(600)
    st.write("woke up")
st.write("awake")
`;

describe("Stop during time.sleep (cross-origin isolated page)", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": NAP }, { headers: CROSS_ORIGIN_ISOLATION });
  });
  after(async () => t?.close());

  test("Stop cuts a long time.sleep short, and the rest of the script does not run", async () => {
    await t.app.locator('[data-testid="stCheckbox"] label').click();
    await shows(t.app, /napping/, 10_000);
    const started = Date.now();
    await t.app.locator('[data-testid="stStatusWidgetStopButton"]').click();
    // The sleep would last ten minutes: idle within seconds means it was cut short.
    await eventually(() => t.app.getAttribute("data-state"), "idle", 10_000);
    console.log(`interrupt: Stop ended time.sleep(600) in ${Date.now() - started} ms`);
    assert.doesNotMatch(await mainText(t.app), /woke up/);
    assert.equal(await t.app.locator('[data-testid="stException"]').count(), 0);
    await rerunAfter(t.app, () => t.app.locator('[data-testid="stCheckbox"] label').click());
    await shows(t.app, /awake/, 5_000);
  });
});

// Pages without cross-origin isolation: playwright/interrupt-jspi.test.ts (JSPI yields).

describe("`wasmlit run` serves the headers itself", () => {
  let dev: DevServer;
  let browser: LaunchedBrowser;
  before(async () => {
    dev = await startDevServer(join(writeApp({ "app.py": SPIN }), "app.py"));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await dev?.stop();
  });

  test("the page is isolated, everything loads under COEP, and Stop works", async () => {
    const page = await browser.context.newPage();
    await page.goto(dev.url);
    const app = page.locator("wasmlit-app");
    await waitForRuns(app, 1, BOOT_TIMEOUT);
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    await app.locator('[data-testid="stCheckbox"] label').click();
    await shows(app, /spinning/, 10_000);
    await app.locator('[data-testid="stStatusWidgetStopButton"]').click();
    await eventually(() => app.getAttribute("data-state"), "idle", 20_000);
    await rerunAfter(app, () => app.locator('[data-testid="stCheckbox"] label').click());
    await rerunAfter(app, () => app.locator('[data-testid="stButton"] button', { hasText: "Count" }).click());
    await shows(app, /clicks 1/, 5_000);
  });
});
