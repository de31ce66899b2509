/** `:material/name:` icons: the Material Symbols Rounded font, served by the site and loaded lazily. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const FAMILY = '16px "Material Symbols Rounded"';
const FONT_PATH = "/wasmlit/fonts/material-symbols-rounded.woff2";

describe("material icons", () => {
  let t: AppUnderTest;
  const fontRequests: string[] = [];

  before(async () => {
    t = await openApp({
      "app.py": [
        "import streamlit as st",
        "show = st.checkbox('Show icon')",
        "if show:",
        "    if st.button('Go', icon=':material/home:'):",
        "        st.write('went')",
      ].join("\n"),
    });
    t.page.on("request", (req) => {
      if (req.url().endsWith(".woff2")) fontRequests.push(new URL(req.url()).pathname);
    });
  });

  after(async () => {
    await t.close();
  });

  test("the font is not fetched while no icon has rendered", async () => {
    assert.deepEqual(fontRequests, []);
    assert.equal(await t.page.evaluate(() => [...document.fonts].length), 0);
  });

  test("an icon renders as the ligature and the font loads on document", async () => {
    await rerunAfter(t.app, () => t.app.getByText("Show icon").click());
    const icon = t.app.locator('[data-testid="stButton"] .material-icon');
    assert.equal((await icon.textContent())?.trim(), "home");
    assert.equal(await icon.getAttribute("aria-hidden"), "true");
    await t.page.waitForFunction((family) => document.fonts.check(family), FAMILY, { timeout: 15_000 });
    assert.deepEqual(fontRequests, [FONT_PATH]);
    // The glyph is drawn by the font: a square icon, not the four letters of "home".
    const box = await icon.boundingBox();
    assert.ok(box && Math.abs(box.width - box.height) < 2, `icon box ${JSON.stringify(box)}`);
    // The button keeps its label as its accessible name.
    const button = t.app.getByRole("button", { name: "Go", exact: true });
    await rerunAfter(t.app, () => button.click());
    assert.equal((await t.app.locator('[data-testid="stMarkdown"]').last().textContent())?.trim(), "went");
  });

  test("the built site serves the font", async () => {
    const res = await t.page.request.get(t.server.url + FONT_PATH);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()["content-type"], "font/woff2");
    const body = await res.body();
    assert.equal(body.subarray(0, 4).toString("latin1"), "wOF2");
  });
});
