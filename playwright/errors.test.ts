/** Script errors show as exception elements; bad input shows a clear message, never a blank page. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { startDevServer, type DevServer } from "./dev-server.ts";
import {
  BOOT_TIMEOUT,
  buildSite,
  openApp,
  openSite,
  rerunAfter,
  waitForRuns,
  writeApp,
} from "./harness.ts";

const BROKEN = `import streamlit as st

st.header("Before the error")
st.button("Still clickable")
value = 1 / 0
st.write("never shown")
`;

const FIXED = `import streamlit as st

st.header("Before the error")
st.button("Still clickable")
st.write("fixed and running")
`;

describe("an exception, then a fix under `wasmlit run`", () => {
  let dev: DevServer;
  let browser: LaunchedBrowser;
  let appDir: string;
  before(async () => {
    appDir = writeApp({ "app.py": BROKEN });
    dev = await startDevServer(join(appDir, "app.py"));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await dev?.stop();
  });

  test("shows the traceback, keeps the app usable, and recovers on save", async () => {
    const page = await browser.context.newPage();
    await page.goto(dev.url);
    const app = page.locator("wasmlit-app");
    await waitForRuns(app, 1, BOOT_TIMEOUT);

    const exception = app.locator('[data-testid="stException"]');
    const text = (await exception.textContent()) ?? "";
    assert.match(text, /ZeroDivisionError/);
    assert.match(text, /division by zero/);
    assert.match(text, /line 5/);
    assert.equal((await app.locator('[data-testid="stHeading"]').textContent())?.trim(), "Before the error");

    // The rest of the app stays usable: a click reruns and shows the same error again.
    await rerunAfter(app, () => app.locator('[data-testid="stButton"] button').click());
    assert.equal(await exception.count(), 1);

    // Saving a fixed script reloads the app's code in the running page.
    const before = Number(await app.getAttribute("data-run-count"));
    writeFileSync(join(appDir, "app.py"), FIXED);
    await waitForRuns(app, before + 1);
    await page.waitForFunction(
      () => !document.querySelector("wasmlit-app")?.shadowRoot?.querySelector('[data-testid="stException"]'),
    );
    const markdown = app.locator('[data-testid="stMarkdown"]');
    assert.equal((await markdown.textContent())?.trim(), "fixed and running");
  });
});

describe("a syntax error", () => {
  test("is shown as an exception element naming the line", async () => {
    const t = await openApp({ "app.py": "import streamlit as st\nst.write('ok')\nif True\n    pass\n" });
    try {
      const text = (await t.app.locator('[data-testid="stException"]').textContent()) ?? "";
      assert.match(text, /SyntaxError/);
      assert.match(text, /line 3/);
    } finally {
      await t.close();
    }
  });
});

async function bootErrorText(site: string): Promise<string> {
  const t = await openSite(site, { waitForRun: false });
  try {
    await t.page.waitForFunction(
      () => document.querySelector("wasmlit-app")?.getAttribute("data-state") === "error",
      undefined,
      { timeout: BOOT_TIMEOUT },
    );
    return (await t.app.evaluate((el) => el.shadowRoot?.textContent ?? "")).replace(/\s+/g, " ");
  } finally {
    await t.close();
  }
}

describe("boot errors are visible", () => {
  test("a missing entrypoint names the file", async () => {
    const dir = writeApp({ "app.py": "import streamlit as st\n" });
    const site = buildSite(join(dir, "app.py"));
    // Simulate a deployment that lost the script.
    writeFileSync(
      join(site, "app", "wasmlit.json"),
      JSON.stringify({ entrypoint: "missing_app.py", files: [], requirements: [], options: {} }),
    );
    assert.match(await bootErrorText(site), /missing_app\.py/);
  });

  test("a requirement that cannot be installed is named", async () => {
    const dir = writeApp({
      "app.py": "import streamlit as st\nst.write('hi')\n",
      "requirements.txt": "definitely-not-a-real-package-wasmlit==9.9\n",
    });
    const text = await bootErrorText(buildSite(join(dir, "app.py")));
    assert.match(text, /definitely-not-a-real-package-wasmlit/);
  });

  test("Pyodide failing to load says so", async () => {
    const dir = writeApp({ "app.py": "import streamlit as st\n" });
    const text = await bootErrorText(buildSite(join(dir, "app.py"), "/no-pyodide-here/"));
    assert.match(text, /pyodide/i);
  });
});
