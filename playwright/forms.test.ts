/** st.form in real Chromium + Pyodide: batching until submit, Enter to submit, clear_on_submit; Tab reaches every widget. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, runCount, waitForRuns, type AppUnderTest } from "./harness.ts";

const FORMS = `import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"runs: {st.session_state.runs}")

with st.form("profile"):
    name = st.text_input("Name")
    age = st.number_input("Age", 0, 120, 30)
    agree = st.checkbox("Agree")
    color = st.selectbox("Color", ["red", "green", "blue"])
    sent = st.form_submit_button("Save")
st.write(f"profile: {name}|{age}|{agree}|{color}|{sent}")

with st.form("note", clear_on_submit=True):
    note = st.text_input("Note")
    done = st.form_submit_button("Post")
st.write(f"note: {note}|{done}")
`;

describe("forms", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": FORMS });
  });
  after(async () => t?.close());

  const text = async (prefix: string) => {
    const all = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
    return all.map((s) => s.trim()).find((s) => s.startsWith(prefix));
  };
  const profile = () => t.app.locator('[data-testid="stForm"].st-key-profile');

  test("changes inside a form do not rerun until submit, then arrive together", async () => {
    const form = profile();
    const runs = await runCount(t.app);
    await form.getByLabel("Name").fill("Ada");
    await form.getByLabel("Name").press("Tab");
    const age = form.getByLabel("Age");
    await age.fill("36");
    await age.press("Tab");
    await form.getByText("Agree").click();
    const color = form.getByRole("combobox", { name: "Color" });
    await color.focus(); // focus opens the list on the current option
    await color.press("ArrowDown");
    await color.press("Enter");
    // Every widget shows its pending value and nothing ran.
    assert.equal(await form.getByLabel("Name").inputValue(), "Ada");
    assert.equal(await color.inputValue(), "green");
    assert.equal(await runCount(t.app), runs);
    assert.equal(await text("profile:"), "profile: |30|False|red|False");

    await rerunAfter(t.app, () => form.getByRole("button", { name: "Save" }).click());
    assert.equal(await runCount(t.app), runs + 1, "one rerun carries the whole form");
    assert.equal(await text("profile:"), "profile: Ada|36|True|green|True");
  });

  test("Enter in a text input submits the form", async () => {
    const form = profile();
    const runs = await runCount(t.app);
    const name = form.getByLabel("Name");
    await name.fill("Grace");
    await name.press("Enter");
    await waitForRuns(t.app, runs + 1);
    assert.equal(await text("profile:"), "profile: Grace|36|True|green|True");
  });

  test("clear_on_submit: the script sees the value, the widget shows its default again", async () => {
    const form = t.app.locator('[data-testid="stForm"].st-key-note');
    const note = form.getByLabel("Note");
    await note.fill("hello");
    await rerunAfter(t.app, () => form.getByRole("button", { name: "Post" }).click());
    assert.equal(await text("note:"), "note: hello|True");
    assert.equal(await note.inputValue(), "");
    // The next run (from the other form) sees the default.
    await rerunAfter(t.app, () => profile().getByRole("button", { name: "Save" }).click());
    assert.equal(await text("note:"), "note: |False");
  });
});

const WIDGETS = `import streamlit as st

st.button("Press")
st.checkbox("Check")
st.toggle("Switch")
st.radio("Pick one", ["a", "b"])
st.selectbox("Choose", ["x", "y"])
st.multiselect("Several", ["p", "q"])
st.slider("Level", 0, 10, 5)
st.number_input("Count", 0, 10, 1)
st.text_input("Words")
st.text_area("Essay")
`;

describe("keyboard: Tab reaches every widget", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": WIDGETS });
  });
  after(async () => t?.close());

  test("tabbing from the top focuses each widget in order", async () => {
    await t.app.locator('[data-testid="stButton"] button').focus();
    const seen: string[] = [];
    for (let i = 0; i < 30 && !seen.includes("stTextArea"); i++) {
      const owner = await t.app.evaluate((host) => {
        const active = host.shadowRoot?.activeElement;
        const widget = active?.closest(".stWidget, [data-testid=stButton]");
        if (!widget) return null;
        // checkbox and toggle share Streamlit's stCheckbox test id.
        return widget.classList.contains("stToggle") ? "stToggle" : widget.getAttribute("data-testid");
      });
      if (owner && seen.at(-1) !== owner) seen.push(owner);
      await t.page.keyboard.press("Tab");
    }
    const expected = [
      "stButton",
      "stCheckbox",
      "stToggle",
      "stRadio",
      "stSelectbox",
      "stMultiSelect",
      "stSlider",
      "stNumberInput",
      "stTextInput",
      "stTextArea",
    ];
    assert.deepEqual(seen, expected);
  });
});
