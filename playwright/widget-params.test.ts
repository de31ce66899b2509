/** required, validate, live and shortcut in real Chromium + Pyodide, operated by keyboard and mouse. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, runCount, waitForRuns, type AppUnderTest } from "./harness.ts";

const APP = `import streamlit as st

code = st.text_input("Code", "abc", required=True, validate=(r"^[a-z]+$", "Lowercase letters only."), key="code")
st.write(f"code: {code}")
search = st.text_input("Search", live="100ms", key="search")
st.write(f"search: {search}")
with st.form("signup"):
    name = st.text_input("Name", required=True)
    sent = st.form_submit_button("Join")
st.write(f"signup: {name}|{sent}")
st.session_state.setdefault("hits", 0)
if st.button("Hit", shortcut="Ctrl+Shift+H"):
    st.session_state.hits += 1
st.write(f"hits: {st.session_state.hits}")
`;

describe("widget parameters", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const text = async (prefix: string) => {
    const all = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
    return all.map((s) => s.trim()).find((s) => s.startsWith(prefix));
  };
  const settle = () => t.page.waitForTimeout(400);

  test("required and validate refuse a bad commit and show the message; a good one reruns", async () => {
    const code = t.app.getByLabel("Code");
    assert.match((await t.app.locator(".st-key-code [data-testid=stWidgetLabel]").textContent()) ?? "", /\(required\)/);
    const runs = await runCount(t.app);
    await code.fill("");
    await code.press("Enter");
    const error = t.app.locator(".st-key-code [data-testid=stWidgetValidationError]");
    await error.waitFor({ state: "visible" });
    assert.equal(await error.textContent(), "This field is required");
    await code.fill("ABC");
    await code.press("Tab");
    assert.equal(await error.textContent(), "Lowercase letters only.");
    await settle();
    assert.equal(await runCount(t.app), runs, "no rerun for refused values");
    assert.equal(await text("code:"), "code: abc");
    await rerunAfter(t.app, async () => {
      await code.fill("xyz");
      await code.press("Enter");
    });
    assert.equal(await text("code:"), "code: xyz");
    assert.equal(await error.isVisible(), false);
  });

  test("a required field blocks its form's submission", async () => {
    const form = t.app.locator('[data-testid="stForm"]');
    const runs = await runCount(t.app);
    await form.getByRole("button", { name: "Join" }).click();
    await form.locator("[data-testid=stWidgetValidationError]").waitFor({ state: "visible" });
    await settle();
    assert.equal(await runCount(t.app), runs);
    await form.getByLabel("Name").fill("Ada");
    await rerunAfter(t.app, () => form.getByRole("button", { name: "Join" }).click());
    assert.equal(await text("signup:"), "signup: Ada|True");
  });

  test("a live text input reruns while typing, without Enter or blur", async () => {
    const search = t.app.getByLabel("Search");
    await search.focus();
    const runs = await runCount(t.app);
    await search.pressSequentially("app", { delay: 20 });
    await waitForRuns(t.app, runs + 1);
    // Runs may land after each pause; the last one carries the whole word.
    for (let i = 0; i < 50 && (await text("search:")) !== "search: app"; i++) await t.page.waitForTimeout(100);
    assert.equal(await text("search:"), "search: app");
    assert.equal(await search.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), true, "focus stays in the field");
  });

  test("the shortcut key presses the button", async () => {
    await t.app.locator("[data-testid=stMarkdown]").first().click(); // focus leaves the inputs
    await rerunAfter(t.app, () => t.page.keyboard.press("Control+Shift+KeyH"));
    assert.equal(await text("hits:"), "hits: 1");
    const button = t.app.getByRole("button", { name: "Hit" });
    assert.equal(await button.getAttribute("aria-keyshortcuts"), "Control+Shift+H");
  });
});
