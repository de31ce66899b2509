/** Multipage apps in a real browser: navigation links, st.switch_page, st.page_link, the page URL. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BOOT_TIMEOUT, eventually, openApp, rerunAfter, waitForRuns, type AppUnderTest } from "./harness.ts";

const APP = {
  "app.py": `
import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1

pg = st.navigation(
    {
        "Main": [st.Page("home.py", title="Home", icon="🏠"), st.Page("data.py", title="Data")],
        "Admin": [st.Page("admin/settings_page.py", title="settings", url_path="settings")],
    }
)
pg.run()
`,
  "home.py": `
import streamlit as st
st.title("Home page")
st.write(f"visits: {st.session_state.visits}")
if st.button("Open settings"):
    st.switch_page("admin/settings_page.py")
`,
  "data.py": `
import streamlit as st
st.title("Data page")
"magic on the data page"
rows = 6 * 7
rows
st.page_link("home.py", label="Go home")
`,
  "admin/settings_page.py": `
import streamlit as st
st.title("Settings page")
st.write(f"context url: {st.context.url}")
if st.button("Back home"):
    st.switch_page("home.py")
`,
};

describe("multipage app", () => {
  let t: AppUnderTest;
  const title = () => t.app.locator("h1").first().textContent();
  const path = () => t.page.evaluate(() => location.pathname);

  before(async () => {
    t = await openApp(APP);
  });
  after(async () => {
    await t?.close();
  });

  test("the sidebar lists the pages by section with the current one marked", async () => {
    const links = t.app.locator('[data-testid="stSidebarNavLink"]');
    assert.deepEqual(await links.allTextContents(), ["🏠Home", "Data", "settings"]);
    assert.deepEqual(await t.app.locator('[data-testid="stNavSectionHeader"]').allTextContents(), ["Main", "Admin"]);
    assert.equal(await links.first().getAttribute("aria-current"), "page");
    assert.equal((await title())?.trim(), "Home page");
  });

  test("a sidebar link switches page, runs magic there and changes the URL path", async () => {
    await rerunAfter(t.app, () => t.app.locator('[data-testid="stSidebarNavLink"]', { hasText: "Data" }).click());
    await eventually(async () => (await title())?.trim(), "Data page");
    assert.equal(await path(), "/data");
    const texts = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
    assert.ok(texts.some((s) => s.includes("magic on the data page")), JSON.stringify(texts));
    assert.ok(texts.some((s) => s.includes("42")), JSON.stringify(texts));
  });

  test("st.page_link switches page in place; session_state survives", async () => {
    await rerunAfter(t.app, () => t.app.locator('[data-testid="stPageLink-NavLink"]').click());
    await eventually(async () => (await title())?.trim(), "Home page");
    assert.equal(await path(), "/");
    await eventually(async () => (await t.app.locator("p", { hasText: "visits:" }).textContent())?.trim(), "visits: 3");
  });

  test("st.switch_page from a button, then back and forward", async () => {
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Open settings" }).click());
    await eventually(async () => (await title())?.trim(), "Settings page");
    assert.equal(await path(), "/settings");
    // st.context.url in the new page's own run is already the new page's URL.
    const shown = (await t.app.locator("p", { hasText: "context url:" }).textContent())?.trim();
    assert.equal(shown, `context url: ${new URL("/settings", t.page.url()).href}`);
    await t.page.goBack();
    await eventually(async () => (await title())?.trim(), "Home page");
    assert.equal(await path(), "/");
    await t.page.goForward();
    await eventually(async () => (await title())?.trim(), "Settings page");
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Back home" }).click());
    await eventually(async () => (await title())?.trim(), "Home page");
  });

  test("a deep link opens its page at boot", async () => {
    await t.page.goto(`${t.server.url}/data`);
    await waitForRuns(t.page.locator("wasmlit-app").first(), 1, BOOT_TIMEOUT);
    await eventually(async () => (await t.page.locator("wasmlit-app h1").first().textContent())?.trim(), "Data page");
    assert.equal(await path(), "/data");
  });
});

describe("pages/ folder (no st.navigation)", () => {
  test("pages are listed in file order and a page script runs with magic", async () => {
    const t = await openApp({
      "app.py": "import streamlit as st\nst.title('Main app')\n",
      "pages/2_Second.py": "import streamlit as st\nst.title('Second')\n",
      // The first statement would be the module docstring, which magic skips.
      "pages/1_📈_First_page.py": "import streamlit as st\n'first page magic'\n",
    });
    try {
      const links = t.app.locator('[data-testid="stSidebarNavLink"]');
      assert.deepEqual(await links.allTextContents(), ["app", "📈First page", "Second"]);
      await rerunAfter(t.app, () => links.nth(1).click());
      await eventually(async () => (await t.app.locator('[data-testid="stMarkdown"]').first().textContent())?.trim(), "first page magic");
      assert.equal(await t.page.evaluate(() => location.pathname), "/First_page");
    } finally {
      await t.close();
    }
  });
});
