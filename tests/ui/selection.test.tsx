import { afterEach, describe, expect, it } from "vitest";
import { toggleSelection } from "../../ui/src/elements/button_group";
import { longHex } from "../../ui/src/elements/color_picker";
import { filterOptions, matches } from "../../ui/src/widgets/combobox";
import { splitIcons } from "../../ui/src/widgets/option-label";
import { el, fire, key, mount, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const click = (e: Element) => fire(e, new MouseEvent("click", { bubbles: true }));
const focus = (e: Element) => fire(e, new FocusEvent("focus"));
const buttons = (root: HTMLElement, sel = "button") => [...root.querySelectorAll<HTMLButtonElement>(sel)];

describe("button_group (pills, segmented_control)", () => {
  it("toggles in single mode and respects required", () => {
    expect(toggleSelection([1], 1, false, false)).toEqual([]);
    expect(toggleSelection([1], 1, false, true)).toEqual([1]);
    expect(toggleSelection([1], 2, false, false)).toEqual([2]);
    expect(toggleSelection([1], 2, true, false)).toEqual([1, 2]);
    expect(toggleSelection([1, 2], 1, true, false)).toEqual([2]);
    expect(toggleSelection([2], 2, true, true)).toEqual([2]);
  });

  it("renders pills with Streamlit's test ids and sends indices", () => {
    const { root, q, sent } = mount(el("button_group", { value: [1] }, { id: "bg" }));
    expect(q("[data-testid=stButtonGroup]").className).toContain("st-pills");
    expect(buttons(root).map((b) => b.getAttribute("data-testid"))).toEqual([
      "stBaseButton-pills",
      "stBaseButton-pillsActive",
      "stBaseButton-pills",
    ]);
    expect(buttons(root).map((b) => b.getAttribute("aria-pressed"))).toEqual(["false", "true", "false"]);
    // The group is named by the label, and only the selected button is a tab stop.
    const labelId = q("[role=group]").getAttribute("aria-labelledby");
    expect(root.querySelector(`[id="${labelId}"]`)?.textContent).toBe("Mode");
    expect(buttons(root).map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    click(buttons(root)[2]!);
    expect(sent).toEqual([{ id: "bg", value: [2] }]);
  });

  it("shows :material/...: icons in options", () => {
    expect(splitIcons(":material/star: Top *rated*")).toEqual([{ icon: ":material/star:" }, { text: "Top *rated*" }]);
    const { root } = mount(el("button_group", { options: [":material/home: Home", "plain"] }));
    const first = buttons(root)[0]!;
    expect(first.querySelector(".user-icon")?.getAttribute("title")).toBe("home");
    expect(first.textContent).toContain("Home");
    expect(first.textContent).not.toContain(":material");
  });

  it("moves focus with arrow keys and wraps around", () => {
    const { root } = mount(el("button_group", { style: "segmented_control", selection_mode: "multi" }));
    const [first, , third] = buttons(root);
    expect(buttons(root)[0]!.getAttribute("data-testid")).toBe("stBaseButton-segmented_control");
    first!.focus();
    key(first!, "keydown", "ArrowLeft");
    expect(document.activeElement).toBe(third);
    key(third!, "keydown", "ArrowRight");
    expect(document.activeElement).toBe(first);
  });

  it("adds and removes in multi mode", () => {
    const { root, sent } = mount(el("button_group", { selection_mode: "multi", value: [0] }, { id: "bg" }));
    click(buttons(root)[2]!);
    expect(sent.at(-1)).toEqual({ id: "bg", value: [0, 2] });
    click(buttons(root)[0]!);
    expect(sent.at(-1)).toEqual({ id: "bg", value: [2] });
  });
});

describe("feedback", () => {
  it("shows thumbs up first (value 1) and toggles the choice off", () => {
    const { root, q, sent } = mount(el("feedback", {}, { id: "fb" }));
    expect(q("[data-testid=stFeedback]")).toBeTruthy();
    expect(buttons(root).map((b) => b.getAttribute("aria-label"))).toEqual(["Thumbs up", "Thumbs down"]);
    click(buttons(root)[1]!);
    expect(sent).toEqual([{ id: "fb", value: 0 }]);
    click(buttons(root)[1]!);
    expect(sent.at(-1)).toEqual({ id: "fb", value: null });
  });

  it("lights stars up to the chosen one", () => {
    const { root } = mount(el("feedback", { sentiment: "stars", value: 2 }));
    expect(buttons(root).map((b) => b.classList.contains("lit"))).toEqual([true, true, true, false, false]);
    expect(buttons(root)[2]!.getAttribute("aria-pressed")).toBe("true");
    expect(buttons(root).map((b) => b.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
  });
});

describe("color_picker", () => {
  it("expands short hex for the native input", () => {
    expect(longHex("#abc")).toBe("#aabbcc");
    expect(longHex("#a0b1c2")).toBe("#a0b1c2");
  });

  it("opens a panel and commits a typed hex on Enter; ignores invalid text", () => {
    const { q, root, sent } = mount(el("color_picker", {}, { id: "cp" }));
    const swatch = q("[data-testid=stColorPickerBlock]");
    expect(swatch.getAttribute("aria-label")).toBe("Color: #ff0000");
    expect(q("label").getAttribute("for")).toBe(swatch.id);
    click(swatch);
    const hex = q("input.color-hex") as HTMLInputElement;
    typeInto(hex, "nope");
    key(hex, "keydown", "Enter");
    expect(sent).toEqual([]);
    typeInto(hex, "00ffaa");
    key(hex, "keydown", "Enter");
    expect(sent).toEqual([{ id: "cp", value: "#00ffaa" }]);
    expect(root.querySelector<HTMLInputElement>("input[type=color]")?.value).toBe("#00ffaa");
  });
});

describe("select_slider", () => {
  it("shows option labels and commits indices on key release", () => {
    const { q, sent } = mount(el("select_slider", {}, { id: "ss" }));
    const thumb = q("[role=slider]");
    expect(thumb.getAttribute("aria-valuetext")).toBe("S");
    expect(q("[data-testid=stSliderTickBarMax]").textContent).toBe("L");
    key(thumb, "keydown", "End");
    key(thumb, "keyup", "End");
    expect(sent).toEqual([{ id: "ss", value: [2] }]);
  });

  it("keeps range thumbs from crossing", () => {
    const { root, sent } = mount(el("select_slider", { value: [0, 1] }, { id: "ss" }));
    const [lo] = [...root.querySelectorAll("[role=slider]")];
    key(lo!, "keydown", "ArrowRight");
    key(lo!, "keydown", "ArrowRight");
    key(lo!, "keyup", "ArrowRight");
    expect(sent).toEqual([{ id: "ss", value: [1, 1] }]);
  });
});

describe("menu_button", () => {
  it("opens a menu by keyboard and sends the chosen index as a trigger", () => {
    const { q, root, sent } = mount(el("menu_button", {}, { id: "mb" }));
    const button = q("[data-testid=stMenuButton] button");
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    key(button, "keydown", "ArrowDown");
    const menu = q("[role=menu]");
    expect([...root.querySelectorAll("[role=menuitem]")].map((i) => i.textContent)).toEqual(["Open", "Save"]);
    key(menu, "keydown", "ArrowDown");
    key(menu, "keydown", "Enter");
    expect(sent).toEqual([{ id: "mb", value: 1, trigger: true }]);
    expect(root.querySelector("[role=menu]")).toBeNull();
  });

  it("chooses with the mouse", () => {
    const { q, root, sent } = mount(el("menu_button", {}, { id: "mb" }));
    click(q("[data-testid=stMenuButton] button"));
    click(root.querySelectorAll("[role=menuitem]")[0]!);
    expect(sent).toEqual([{ id: "mb", value: 0, trigger: true }]);
  });
});

describe("selectbox and multiselect: filter_mode and new options", () => {
  it("matches by filter mode", () => {
    expect(matches("Banana", "bnn")).toBe(true);
    expect(matches("Banana", "bnn", "contains")).toBe(false);
    expect(matches("Banana", "ANA", "contains")).toBe(true);
    expect(matches("Banana", "ana", "prefix")).toBe(false);
    expect(matches("Banana", "BAN", "prefix")).toBe(true);
    expect(matches("Banana", "zzz", null)).toBe(true);
  });

  it("ranks fuzzy matches: contiguous first, then fewer gaps, then earlier; other modes keep order", () => {
    const options = ["Carrot", "Apricot", "Pear", "Crab apple", "Car"].map((label) => ({ label }));
    const labels = (query: string, mode: string | null) => filterOptions(options, query, mode).map((o) => o.label);
    expect(labels("car", "fuzzy")).toEqual(["Car", "Carrot"]);
    expect(labels("cot", "fuzzy")).toEqual(["Apricot", "Carrot"]);
    expect(labels("ap", "fuzzy")).toEqual(["Apricot", "Crab apple"]);
    expect(labels("ap", "contains")).toEqual(["Apricot", "Crab apple"]);
    expect(labels("p", "prefix")).toEqual(["Pear"]);
    expect(labels("", "fuzzy")).toEqual(options.map((o) => o.label));
  });

  it("filter_mode=None turns typing off but keeps the list", () => {
    const { q } = mount(el("selectbox", { filter_mode: null }, { id: "sb" }));
    const input = q("input[role=combobox]") as HTMLInputElement;
    expect(input.readOnly).toBe(true);
    focus(input);
    expect(q("[role=listbox]").querySelectorAll("[role=option]").length).toBe(2);
  });

  it("selectbox sends typed text when accept_new_options", () => {
    const { q, sent } = mount(el("selectbox", { accept_new_options: true }, { id: "sb" }));
    const input = q("input[role=combobox]") as HTMLInputElement;
    focus(input);
    typeInto(input, "three");
    expect(q("[role=option]").textContent).toBe("Add: three");
    key(input, "keydown", "Enter");
    expect(sent).toEqual([{ id: "sb", value: "three" }]);
  });

  it("selectbox shows a new value the script holds", () => {
    const { q } = mount(el("selectbox", { index: null, new_value: "mine", accept_new_options: true }));
    expect((q("input[role=combobox]") as HTMLInputElement).value).toBe("mine");
  });

  it("multiselect adds typed text as a chip value", () => {
    const { q, root, sent } = mount(el("multiselect", { accept_new_options: true, value: [0, "zed"] }, { id: "ms" }));
    expect([...root.querySelectorAll(".chip-text")].map((c) => c.textContent)).toEqual(["a", "zed"]);
    const input = q("input") as HTMLInputElement;
    focus(input);
    typeInto(input, "new");
    key(input, "keydown", "Enter");
    expect(sent.at(-1)).toEqual({ id: "ms", value: [0, "zed", "new"] });
  });
});
