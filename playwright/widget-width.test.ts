/** The shared width, icon_position and wrap parameters, measured in real Chromium with real Pyodide. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import streamlit as st

st.text_input("Stretch input", key="ti_stretch")
st.text_input("Fixed input", width=300, key="ti_fixed")
st.selectbox("Fixed select", ["a", "b"], width=250, key="sb_fixed")
st.checkbox("Content box", key="cb_content")
st.checkbox("Stretch box", width="stretch", key="cb_stretch")
st.button("Content button", key="bt_content")
st.button("Fixed button", width=300, key="bt_fixed")
st.button("Stretch button", width="stretch", key="bt_stretch")
st.button("Legacy stretch", use_container_width=True, key="bt_legacy")
if st.button("Icon right", icon="🔥", icon_position="right", key="bt_icon"):
    st.write("clicked icon right")
st.markdown("Fixed text", width=200)
`;

describe("widget width", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const box = async (sel: string) => {
    const b = await t.app.locator(sel).first().boundingBox();
    assert.ok(b, `no box for ${sel}`);
    return b;
  };
  const container = (key: string) => `.st-key-${key}`;

  test("pixel widths size the element and the control inside it", async () => {
    assert.equal(Math.round((await box(container("ti_fixed"))).width), 300);
    assert.equal(Math.round((await box(`${container("ti_fixed")} input`)).width) <= 300, true);
    assert.equal(Math.round((await box(container("sb_fixed"))).width), 250);
    assert.equal(Math.round((await box(`${container("bt_fixed")} button`)).width), 300);
  });

  test("stretch fills the main column; content fits the widget", async () => {
    const column = (await box(container("ti_stretch"))).width;
    assert.ok(column > 400, `main column is ${column}px`);
    assert.equal(Math.round((await box(`${container("bt_stretch")} button`)).width), Math.round(column));
    assert.equal(Math.round((await box(`${container("bt_legacy")} button`)).width), Math.round(column));
    const contentButton = (await box(`${container("bt_content")} button`)).width;
    assert.ok(contentButton < 200, `content button is ${contentButton}px`);
    const contentBox = (await box(container("cb_content"))).width;
    assert.ok(contentBox < 200, `content checkbox is ${contentBox}px`);
    assert.equal(Math.round((await box(container("cb_stretch"))).width), Math.round(column));
  });

  test("markdown takes a pixel width too", async () => {
    const md = t.app.locator('[data-testid="stElementContainer"]', { hasText: "Fixed text" }).last();
    const b = await md.boundingBox();
    assert.equal(Math.round(b?.width ?? 0), 200);
  });

  test("icon_position='right' puts the icon after the label, and the button still works by keyboard", async () => {
    const button = t.app.locator(`${container("bt_icon")} button`);
    const icon = await button.locator(".user-icon").boundingBox();
    const label = await button.locator(".button-label").boundingBox();
    assert.ok(icon && label && icon.x > label.x + label.width - 1, "icon is right of the label");
    await button.focus();
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.equal(await t.app.getByText("clicked icon right").count(), 1);
  });
});
