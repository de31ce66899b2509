/** st.dialog in real Chromium + Pyodide: open, a widget inside, st.rerun() closes, Escape, dismissible=False. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, runCount, type AppUnderTest } from "./harness.ts";

const APP = `import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.full += 1
st.write(f"full runs: {st.session_state.full}")

@st.dialog("Cast your vote")
def vote():
    name = st.text_input("Name")
    st.write(f"hello {name}")
    if st.button("Submit"):
        st.session_state.voted = name
        st.rerun()

@st.dialog("Locked", dismissible=False)
def locked():
    st.write("locked body")
    if st.button("Done"):
        st.rerun()

if st.button("Vote"):
    vote()
if st.button("Lock"):
    locked()
st.write(f"voted: {st.session_state.get('voted')}")
`;

describe("st.dialog", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const dialog = () => t.app.getByRole("dialog");
  const line = async (prefix: string) => {
    const all = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
    return all.map((s) => s.trim()).find((s) => s.startsWith(prefix)) ?? "";
  };

  test("opens from a button; a widget inside reruns only the dialog; st.rerun() closes it", async () => {
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Vote" }).click());
    assert.equal(await dialog().count(), 1);
    assert.equal(await dialog().getAttribute("aria-modal"), "true");
    assert.equal(await t.app.locator('[data-testid="stDialog"]').getAttribute("aria-labelledby") !== null, true);
    // Focus moved into the dialog, onto its first field.
    await eventually(() => dialog().getByLabel("Name").evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), true);
    const full = await line("full runs:");
    await rerunAfter(t.app, async () => {
      await dialog().getByLabel("Name").fill("Ada");
      await dialog().getByLabel("Name").press("Enter");
    });
    await eventually(() => dialog().getByText("hello Ada").count(), 1);
    assert.equal(await line("full runs:"), full, "the widget reran only the dialog");
    assert.equal(await dialog().count(), 1, "still open");
    await t.app.getByRole("button", { name: "Submit" }).click();
    await eventually(() => line("voted:"), "voted: Ada", 10_000);
    assert.equal(await dialog().count(), 0);
  });

  test("Escape dismisses a dismissible dialog without a rerun", async () => {
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Vote" }).click());
    assert.equal(await dialog().count(), 1);
    const runs = await runCount(t.app);
    await t.page.keyboard.press("Escape");
    await eventually(() => dialog().count(), 0);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await runCount(t.app), runs, 'on_dismiss="ignore" sends nothing');
  });

  test("dismissible=False: no close button, Escape is ignored; st.rerun() closes it", async () => {
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Lock" }).click());
    assert.equal(await dialog().count(), 1);
    assert.equal(await dialog().getByRole("button", { name: "Close" }).count(), 0);
    await t.page.keyboard.press("Escape");
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await dialog().count(), 1);
    // Tab stays inside the dialog (its only control is Done).
    await t.page.keyboard.press("Tab");
    await t.page.keyboard.press("Tab");
    const inside = await dialog().evaluate((el) => el.contains((el.getRootNode() as ShadowRoot).activeElement));
    assert.equal(inside, true);
    await rerunAfter(t.app, () => dialog().getByRole("button", { name: "Done" }).click());
    await eventually(() => dialog().count(), 0, 10_000);
  });
});
