/** Selection widgets in real Chromium + Pyodide: operated by mouse and keyboard. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import streamlit as st

def show(name, value):
    st.text(f"{name}={value!r}")

show("cp", st.color_picker("Pick a color", "#ff0000", key="cp"))
show("fb", st.feedback("thumbs", key="fb"))
show("stars", st.feedback("stars", key="stars"))
show("pl", st.pills("Tags", ["a", "b", "c"], selection_mode="multi", key="pl"))
show("sg", st.segmented_control("Mode", ["Day", "Week", "Month"], default="Day", key="sg"))
show("ss", st.select_slider("Size", ["S", "M", "L", "XL"], value="M", key="ss"))
show("rg", st.select_slider("Range", list("abcde"), value=("b", "d"), key="rg"))
show("mb", st.menu_button("File", ["Open", "Save"], key="mb"))
show("sb", st.selectbox("Fruit", ["apple", "pear"], accept_new_options=True, key="sb"))
show("ms", st.multiselect("Letters", ["x", "y"], accept_new_options=True, key="ms"))
`;

describe("selection widgets", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const value = async (name: string): Promise<string> => {
    const texts = await t.app.locator('[data-testid="stText"]').allTextContents();
    const line = texts.map((s) => s.trim()).find((s) => s.startsWith(`${name}=`));
    assert.ok(line, `no text for ${name} in ${texts.join(" | ")}`);
    return line.slice(name.length + 1);
  };
  const widget = (key: string) => t.app.locator(`.st-key-${key}`);

  test("first run shows every default", async () => {
    assert.equal(await value("cp"), "'#ff0000'");
    assert.equal(await value("fb"), "None");
    assert.equal(await value("pl"), "[]");
    assert.equal(await value("sg"), "'Day'");
    assert.equal(await value("ss"), "'M'");
    assert.equal(await value("rg"), "('b', 'd')");
    assert.equal(await value("mb"), "None");
    assert.equal(await value("sb"), "'apple'");
    assert.equal(await value("ms"), "[]");
  });

  test("color_picker: a typed hex value, with the keyboard", async () => {
    const swatch = widget("cp").getByTestId("stColorPickerBlock");
    await swatch.focus();
    await swatch.press("Enter");
    const hex = widget("cp").getByLabel("Hex");
    await hex.fill("#00ffaa");
    await rerunAfter(t.app, () => hex.press("Enter"));
    assert.equal(await value("cp"), "'#00ffaa'");
  });

  test("feedback: mouse and keyboard, toggling off", async () => {
    const group = widget("fb").getByTestId("stFeedback");
    await rerunAfter(t.app, () => group.getByRole("button", { name: "Thumbs down" }).click());
    assert.equal(await value("fb"), "0");
    const down = group.getByRole("button", { name: "Thumbs down" });
    await down.focus();
    await down.press("ArrowLeft");
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.equal(await value("fb"), "1");
    await rerunAfter(t.app, () => t.page.keyboard.press("Space"));
    assert.equal(await value("fb"), "None");
    await rerunAfter(t.app, () => widget("stars").getByRole("button", { name: "4 stars" }).click());
    assert.equal(await value("stars"), "3");
  });

  test("pills (multi): click and arrow keys + Space", async () => {
    const group = widget("pl").getByTestId("stButtonGroup");
    await rerunAfter(t.app, () => group.getByRole("button", { name: "b" }).click());
    assert.equal(await value("pl"), "['b']");
    await group.getByRole("button", { name: "b" }).focus();
    await t.page.keyboard.press("ArrowRight");
    await rerunAfter(t.app, () => t.page.keyboard.press("Space"));
    assert.equal(await value("pl"), "['b', 'c']");
    const active = await group.locator('[data-testid="stBaseButton-pillsActive"]').allTextContents();
    assert.deepEqual(active, ["b", "c"]);
  });

  test("segmented_control (single): click and keyboard", async () => {
    const group = widget("sg").getByTestId("stButtonGroup");
    await rerunAfter(t.app, () => group.getByRole("button", { name: "Month" }).click());
    assert.equal(await value("sg"), "'Month'");
    await group.getByRole("button", { name: "Month" }).focus();
    await t.page.keyboard.press("ArrowLeft");
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.equal(await value("sg"), "'Week'");
  });

  test("select_slider: keys on one thumb, a click on the track, a range", async () => {
    const thumb = widget("ss").getByRole("slider");
    await thumb.focus();
    await rerunAfter(t.app, () => thumb.press("ArrowRight"));
    assert.equal(await value("ss"), "'L'");
    const track = widget("ss").locator(".slider-track");
    const box = await track.boundingBox();
    assert.ok(box);
    await rerunAfter(t.app, () => t.page.mouse.click(box.x + 2, box.y + box.height / 2));
    assert.equal(await value("ss"), "'S'");
    const low = widget("rg").getByRole("slider").first();
    await low.focus();
    await rerunAfter(t.app, () => low.press("Home"));
    assert.equal(await value("rg"), "('a', 'd')");
  });

  test("menu_button: a choice lasts one run", async () => {
    const button = widget("mb").getByRole("button", { name: "File" });
    await button.click();
    await rerunAfter(t.app, () => widget("mb").getByRole("menuitem", { name: "Save" }).click());
    assert.equal(await value("mb"), "'Save'");
    await t.page.mouse.move(0, 0); // a pointer resting over the menu would highlight its item
    await button.focus();
    await button.press("ArrowDown");
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.equal(await value("mb"), "'Open'");
    // Any other rerun: the menu choice is gone.
    await rerunAfter(t.app, () => widget("fb").getByRole("button", { name: "Thumbs up" }).click());
    assert.equal(await value("mb"), "None");
  });

  test("selectbox and multiselect accept typed new options", async () => {
    const input = widget("sb").getByRole("combobox");
    await input.click();
    await input.fill("kiwi");
    await rerunAfter(t.app, () => input.press("Enter"));
    assert.equal(await value("sb"), "'kiwi'");
    assert.equal(await input.inputValue(), "kiwi");
    const ms = widget("ms").getByRole("combobox");
    await ms.click();
    // Typing narrows the list to one match, so "Select all" is not offered.
    await ms.fill("x");
    await rerunAfter(t.app, () => ms.press("Enter"));
    assert.equal(await value("ms"), "['x']");
    await ms.fill("zed");
    await rerunAfter(t.app, () => ms.press("Enter"));
    assert.equal(await value("ms"), "['x', 'zed']");
  });
});
