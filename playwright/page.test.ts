/** The page around the app: the loading screen, and several apps on one page. */
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { BOOT_TIMEOUT, buildSite, openSite, rerunAfter, waitForRuns, writeApp } from "./harness.ts";

describe("booting", () => {
  test("a loading screen names the stages until the app is ready", async () => {
    const dir = writeApp({ "app.py": "import streamlit as st\nst.title('Booted')\n" });
    const t = await openSite(buildSite(join(dir, "app.py")), { waitForRun: false });
    try {
      // Record the stage names shown, as the page sees them, until the first run ends.
      const stages = await t.page.evaluate(async (timeout) => {
        const host = document.querySelector("wasmlit-app") as HTMLElement;
        const seen: string[] = [];
        const deadline = Date.now() + timeout;
        while (Date.now() < deadline && host.getAttribute("data-run-count") !== "1") {
          const stage = host.shadowRoot?.querySelector('[data-testid="wasmlitBootStage"]');
          const text = stage?.textContent?.trim();
          if (text && seen[seen.length - 1] !== text) seen.push(text);
          await new Promise((r) => requestAnimationFrame(r));
        }
        return seen;
      }, BOOT_TIMEOUT);
      assert.ok(stages.length >= 2, `stages seen: ${JSON.stringify(stages)}`);
      // "Starting" shows until the worker reports its first stage.
      assert.equal(stages.filter((s) => s !== "Starting")[0], "Loading Python");
      assert.ok(stages.includes("Starting the app"), JSON.stringify(stages));
      await waitForRuns(t.app, 1);
      assert.equal(await t.app.locator('[data-testid="wasmlitBootScreen"]').count(), 0);
      assert.equal((await t.app.locator("h1").textContent())?.trim(), "Booted");
    } finally {
      await t.close();
    }
  });
});

describe("two apps on one page", () => {
  test("each has its own worker and state", async () => {
    const counter = (name: string) =>
      [
        "import streamlit as st",
        `st.session_state.setdefault('n', 0)`,
        `if st.button('${name} +1'):`,
        "    st.session_state.n += 1",
        `st.write(f'${name}: {st.session_state.n}')`,
      ].join("\n");
    const first = buildSite(join(writeApp({ "app.py": counter("first") }), "app.py"));
    const second = buildSite(join(writeApp({ "app.py": counter("second") }), "app.py"));
    cpSync(join(second, "app"), join(first, "app2"), { recursive: true });
    const html = readFileSync(join(first, "index.html"), "utf8");
    writeFileSync(
      join(first, "index.html"),
      html.replace(/(<wasmlit-app[^>]*src=")\.\/app\/("[^>]*>\s*<\/wasmlit-app>)/, "$1./app/$2\n$1./app2/$2"),
    );
    const t = await openSite(first, { waitForRun: false });
    try {
      const apps = t.page.locator("wasmlit-app");
      assert.equal(await apps.count(), 2);
      await waitForRuns(apps.nth(0), 1, BOOT_TIMEOUT);
      await waitForRuns(apps.nth(1), 1, BOOT_TIMEOUT);
      await rerunAfter(apps.nth(0), () => apps.nth(0).locator('[data-testid="stButton"] button').click());
      await rerunAfter(apps.nth(0), () => apps.nth(0).locator('[data-testid="stButton"] button').click());
      await rerunAfter(apps.nth(1), () => apps.nth(1).locator('[data-testid="stButton"] button').click());
      const text = async (i: number) =>
        (await apps.nth(i).locator('[data-testid="stMarkdown"]').textContent())?.trim();
      assert.equal(await text(0), "first: 2");
      assert.equal(await text(1), "second: 1");
    } finally {
      await t.close();
    }
  });
});
