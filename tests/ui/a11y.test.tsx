/**
 * Keyboard accessibility audit of the widgets: each control is focusable by
 * Tab, has its label as accessible name (so screen readers announce it), and
 * reacts to the keyboard.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ElementType } from "../../ui/src/protocol/generated";
import { el, key, mount, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

/** The accessible name, following the parts of accname our widgets use. */
function accessibleName(control: HTMLElement): string {
  const root = control.getRootNode() as Document;
  const labelledBy = control.getAttribute("aria-labelledby");
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim();
  }
  const aria = control.getAttribute("aria-label");
  if (aria) return aria.trim();
  if (control.id) {
    const label = root.querySelector(`label[for="${control.id}"]`);
    if (label) return (label.textContent ?? "").trim();
  }
  const wrapping = control.closest("label");
  if (wrapping) return (wrapping.textContent ?? "").trim();
  // Buttons are named by their content.
  return control.tagName === "BUTTON" ? (control.textContent ?? "").trim() : "";
}

/** In the Tab order: natively focusable (and enabled) or tabindex >= 0. */
function tabbable(control: HTMLElement): boolean {
  if ((control as HTMLInputElement).disabled) return false;
  const native = /^(INPUT|BUTTON|SELECT|TEXTAREA)$/.test(control.tagName);
  return native ? control.tabIndex >= 0 : control.getAttribute("tabindex") !== null && control.tabIndex >= 0;
}

type Case = { type: ElementType; control: string; label: string; labelled: "for" | "aria" | "labelledby" | "any" };

const CASES: Case[] = [
  { type: "button", control: "button", label: "Go", labelled: "any" },
  { type: "checkbox", control: "input[type=checkbox]", label: "Agree", labelled: "any" },
  { type: "toggle", control: "input[role=switch]", label: "On", labelled: "any" },
  { type: "radio", control: "input[type=radio]", label: "x", labelled: "any" },
  // Like Streamlit's, the combobox announces its selection before the label.
  { type: "selectbox", control: "input[role=combobox]", label: "Selected one. S", labelled: "for" },
  { type: "multiselect", control: "input[role=combobox]", label: "Pick", labelled: "for" },
  { type: "slider", control: "[role=slider]", label: "Level", labelled: "aria" },
  { type: "number_input", control: "[data-testid=stNumberInputField]", label: "N", labelled: "for" },
  { type: "text_input", control: "input[type=text]", label: "Name", labelled: "for" },
  { type: "text_area", control: "textarea", label: "Notes", labelled: "for" },
];

describe("every widget is tabbable and named by its label", () => {
  for (const c of CASES) {
    it(c.type, () => {
      const { q } = mount(el(c.type, {}, { id: `w-${c.type}` }));
      const control = q(c.control);
      expect(tabbable(control)).toBe(true);
      expect(accessibleName(control)).toBe(c.label);
      if (c.labelled === "for") {
        // The visible label is a real <label for>, so clicking it focuses the control.
        expect(c.label.endsWith(q(`label[for="${control.id}"]`).textContent ?? "-")).toBe(true);
      }
    });
  }

  it("radio options are a group named by the widget label", () => {
    const { q } = mount(el("radio", { label: "Pick *one*" }, { id: "r" }));
    expect(accessibleName(q("[role=radiogroup]"))).toBe("Pick one");
  });

  it("hidden and collapsed labels still name the control", () => {
    for (const visibility of ["hidden", "collapsed"] as const) {
      const { q } = mount(el("text_input", { label: "Secret **word**", label_visibility: visibility }, { id: "t" }));
      expect(accessibleName(q("input"))).toBe("Secret word");
    }
  });

  it("disabled widgets leave the Tab order", () => {
    const { q } = mount(el("text_input", { disabled: true }, { id: "t" }));
    expect(tabbable(q("input"))).toBe(false);
  });

  it("the help icon is reachable by Tab and names itself", () => {
    const { q } = mount(el("checkbox", { help: "More **info**" }, { id: "c" }));
    const target = q("[data-testid=stTooltipHoverTarget]");
    expect(tabbable(target)).toBe(true);
    expect(accessibleName(target)).toBe("Help");
    const tip = document.getElementById(target.getAttribute("aria-describedby") ?? "");
    expect(tip?.textContent?.trim()).toBe("More info");
  });
});

describe("widgets are operable by keyboard", () => {
  it("slider: arrow keys move the value", () => {
    const { q, sent } = mount(el("slider", { value: 5, min: 0, max: 10 }, { id: "s" }));
    key(q("[role=slider]"), "keydown", "ArrowRight");
    key(q("[role=slider]"), "keyup", "ArrowRight");
    expect(sent.at(-1)).toEqual({ id: "s", value: 6 });
  });

  it("number_input: ArrowUp steps, Enter commits typed text", () => {
    const { q, sent } = mount(el("number_input", {}, { id: "n" }));
    const input = q("[data-testid=stNumberInputField]") as HTMLInputElement;
    key(input, "keydown", "ArrowUp");
    expect(sent.at(-1)).toEqual({ id: "n", value: 6 });
    typeInto(input, "9");
    key(input, "keydown", "Enter");
    expect(sent.at(-1)).toEqual({ id: "n", value: 9 });
  });

  it("text_input: Enter commits", () => {
    const { q, sent } = mount(el("text_input", {}, { id: "t" }));
    typeInto(q("input") as HTMLInputElement, "hi");
    key(q("input"), "keydown", "Enter");
    expect(sent).toEqual([{ id: "t", value: "hi" }]);
  });

  it("selectbox and multiselect: ArrowDown opens, Enter picks", () => {
    const select = mount(el("selectbox", {}, { id: "s" }));
    const combo = select.q("input[role=combobox]");
    key(combo, "keydown", "ArrowDown");
    key(combo, "keydown", "ArrowDown");
    key(combo, "keydown", "Enter");
    expect(select.sent).toEqual([{ id: "s", value: 1 }]);
    const multi = mount(el("multiselect", {}, { id: "m" }));
    const combo2 = multi.q("input[role=combobox]");
    key(combo2, "keydown", "ArrowDown");
    key(combo2, "keydown", "Enter");
    expect(multi.sent).toEqual([{ id: "m", value: [0] }]);
  });
});
