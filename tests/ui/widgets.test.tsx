import { afterEach, describe, expect, it } from "vitest";
import { el, fire, key, mount, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const click = (e: Element) => fire(e, new MouseEvent("click", { bubbles: true }));
const mouseDown = (e: Element) => fire(e, new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
const blur = (e: Element) => fire(e, new FocusEvent("blur"));
const focus = (e: Element) => fire(e, new FocusEvent("focus"));

describe("widget chrome", () => {
  it("renders the label as inline Markdown with a help tooltip", () => {
    const { q } = mount(el("text_input", { label: "Your *name*", help: "Used for **greetings**" }));
    expect(q("[data-testid=stWidgetLabel]").innerHTML).toContain("Your <em>name</em>");
    expect(q("[data-testid=stTooltipIcon] [role=tooltip]").innerHTML).toContain("<strong>greetings</strong>");
    expect(q("input").getAttribute("aria-label")).toBe("Your name");
  });

  it("hides or collapses the label and marks disabled widgets", () => {
    const hidden = mount(el("text_input", { label_visibility: "hidden", disabled: true }));
    expect(hidden.q("[data-testid=stWidgetLabel]").className).toBe("stWidgetLabel label-hidden disabled");
    expect(hidden.q("[data-testid=stTextInput]").getAttribute("data-disabled")).toBe("true");
    expect((hidden.q("input") as HTMLInputElement).disabled).toBe(true);
    const collapsed = mount(el("slider", { label_visibility: "collapsed" }));
    expect(collapsed.q("[data-testid=stWidgetLabel]").className).toBe("stWidgetLabel label-collapsed");
  });
});

describe("button", () => {
  it("sends a trigger on click", () => {
    const { q, sent, root } = mount(el("button", { label: "Go", type: "primary" }, { id: "btn" }));
    expect(root.querySelector("[data-testid=stButton]")?.innerHTML).toMatchInlineSnapshot(`"<button type="button" data-testid="stBaseButton-primary" kind="primary" class="st-button st-button-primary"><span class="button-label"><span data-testid="stMarkdownContainer" class="stMarkdownContainer">Go</span></span></button>"`);
    click(q("button"));
    expect(sent).toEqual([{ id: "btn", value: true, trigger: true }]);
  });

  it("does nothing when disabled", () => {
    const { q, sent } = mount(el("button", { disabled: true }, { id: "btn" }));
    click(q("button"));
    expect(sent).toEqual([]);
  });
});

describe("checkbox and toggle", () => {
  it("checkbox sends its new value", () => {
    const { q, sent } = mount(el("checkbox", {}, { id: "cb" }));
    click(q("input[type=checkbox]"));
    expect(sent).toEqual([{ id: "cb", value: true }]);
    expect((q("input") as HTMLInputElement).checked).toBe(true);
    expect(q("[data-testid=stCheckbox] [data-testid=stWidgetLabel]").textContent).toBe("Agree");
  });

  it("toggle is a switch inside stCheckbox", () => {
    const { q, sent } = mount(el("toggle", { value: true }, { id: "tg" }));
    expect(q("[data-testid=stCheckbox]").className).toContain("stToggle");
    click(q("input[role=switch]"));
    expect(sent).toEqual([{ id: "tg", value: false }]);
  });
});

describe("radio", () => {
  it("sends the chosen index and shows captions", () => {
    const { q, root, sent } = mount(el("radio", { captions: ["first", "second"], horizontal: true }, { id: "r" }));
    expect(q("[role=radiogroup]").className).toBe("radio-group horizontal");
    expect([...root.querySelectorAll(".radio-caption")].map((c) => c.textContent)).toEqual(["first", "second"]);
    click(root.querySelectorAll("input[type=radio]")[1]!);
    expect(sent).toEqual([{ id: "r", value: 1 }]);
  });
});

describe("selectbox", () => {
  it("opens a listbox and sends the picked index", () => {
    const { q, root, sent } = mount(el("selectbox", {}, { id: "sb" }));
    const input = q("input[role=combobox]") as HTMLInputElement;
    expect(input.value).toBe("one");
    focus(input);
    const options = [...root.querySelectorAll("[role=option]")];
    expect(options.map((o) => o.textContent)).toEqual(["one", "two"]);
    mouseDown(options[1]!);
    expect(sent).toEqual([{ id: "sb", value: 1 }]);
    expect(root.querySelector("[role=listbox]")).toBeNull();
    expect(input.value).toBe("two");
  });

  it("filters by typing and picks with the keyboard", () => {
    const { q, sent } = mount(el("selectbox", { options: ["apple", "banana", "cherry"] }, { id: "sb" }));
    const input = q("input[role=combobox]") as HTMLInputElement;
    focus(input);
    typeInto(input, "an");
    expect(q("[role=listbox]").textContent).toBe("banana");
    key(input, "keydown", "Enter");
    expect(sent).toEqual([{ id: "sb", value: 1 }]);
  });

  it("shows the placeholder when index is null", () => {
    const { q } = mount(el("selectbox", { index: null }));
    const input = q("input[role=combobox]") as HTMLInputElement;
    expect(input.value).toBe("");
    expect(input.placeholder).toBe("Choose an option");
  });
});

describe("multiselect", () => {
  it("adds chips in selection order and removes them", () => {
    const { q, root, sent } = mount(el("multiselect", { value: [2] }, { id: "ms" }));
    expect([...root.querySelectorAll("[data-baseweb=tag] .chip-text")].map((c) => c.textContent)).toEqual(["c"]);
    focus(q("input"));
    expect([...root.querySelectorAll("[role=option]")].map((o) => o.textContent)).toEqual(["a", "b"]);
    mouseDown(root.querySelectorAll("[role=option]")[0]!);
    expect(sent.at(-1)).toEqual({ id: "ms", value: [2, 0] });
    mouseDown(q("[aria-label='Delete c']"));
    expect(sent.at(-1)).toEqual({ id: "ms", value: [0] });
    mouseDown(q("[aria-label='Clear all']"));
    expect(sent.at(-1)).toEqual({ id: "ms", value: [] });
  });

  it("stops offering options at max_selections", () => {
    const { q, root } = mount(el("multiselect", { value: [0], max_selections: 1 }, { id: "ms" }));
    focus(q("input"));
    expect(root.querySelector("[role=option]")).toBeNull();
    expect(q("[role=listbox]").textContent).toBe("You can only select up to 1 option. Remove an option first.");
  });
});

describe("slider", () => {
  it("shows the formatted value and commits on key release, not per step", () => {
    const { q, sent } = mount(el("slider", { value: 5, min: 0, max: 10, step: 0.5, format: "%0.2f", data_type: "float" }, { id: "sl" }));
    const thumb = q("[role=slider]");
    expect(q("[data-testid=stSliderThumbValue]").textContent).toBe("5.00");
    expect(q("[data-testid=stSliderTickBarMin]").textContent).toBe("0.00");
    key(thumb, "keydown", "ArrowRight");
    key(thumb, "keydown", "ArrowRight");
    expect(sent).toEqual([]);
    expect(q("[data-testid=stSliderThumbValue]").textContent).toBe("6.00");
    key(thumb, "keyup", "ArrowRight");
    expect(sent).toEqual([{ id: "sl", value: 6 }]);
  });

  it("moves range thumbs without crossing and sends [lo, hi]", () => {
    const { root, sent } = mount(el("slider", { value: [20, 21] }, { id: "rg" }));
    const [lo, hi] = [...root.querySelectorAll("[role=slider]")];
    key(lo!, "keydown", "End");
    key(lo!, "keyup", "End");
    expect(sent).toEqual([{ id: "rg", value: [21, 21] }]);
    key(hi!, "keydown", "PageUp");
    key(hi!, "keyup", "PageUp");
    expect(sent.at(-1)).toEqual({ id: "rg", value: [21, 31] });
  });

  it("keeps the user's value until Python sends a different one", () => {
    const m = mount(el("slider", { value: 50 }, { id: "sl" }));
    key(m.q("[role=slider]"), "keydown", "ArrowUp");
    key(m.q("[role=slider]"), "keyup", "ArrowUp");
    m.rerender(el("slider", { value: 50 }, { id: "sl" }));
    expect(m.q("[role=slider]").getAttribute("aria-valuenow")).toBe("51");
    m.rerender(el("slider", { value: 10 }, { id: "sl" }));
    expect(m.q("[role=slider]").getAttribute("aria-valuenow")).toBe("10");
  });
});

describe("number_input", () => {
  it("commits typed numbers on Enter and clamps them", () => {
    const { q, sent } = mount(el("number_input", {}, { id: "n" }));
    const input = q("[data-testid=stNumberInputField]") as HTMLInputElement;
    expect(input.value).toBe("5");
    typeInto(input, "7");
    expect(sent).toEqual([]);
    key(input, "keydown", "Enter");
    expect(sent).toEqual([{ id: "n", value: 7 }]);
    typeInto(input, "99");
    blur(input);
    expect(sent.at(-1)).toEqual({ id: "n", value: 10 });
  });

  it("steps with the +/- buttons and formats floats", () => {
    const { q, sent } = mount(
      el("number_input", { value: 0.5, step: 0.25, format: "%0.2f", data_type: "float", min: null, max: null }, { id: "n" }),
    );
    expect((q("input") as HTMLInputElement).value).toBe("0.50");
    click(q("[data-testid=stNumberInputStepUp]"));
    expect(sent).toEqual([{ id: "n", value: 0.75 }]);
    expect((q("input") as HTMLInputElement).value).toBe("0.75");
    click(q("[data-testid=stNumberInputStepDown]"));
    expect(sent.at(-1)).toEqual({ id: "n", value: 0.5 });
  });

  it("shows the placeholder for a null value and reverts junk", () => {
    const { q, sent } = mount(el("number_input", { value: null, placeholder: "Type a number" }, { id: "n" }));
    const input = q("input") as HTMLInputElement;
    expect(input.value).toBe("");
    expect(input.placeholder).toBe("Type a number");
    typeInto(input, "abc");
    key(input, "keydown", "Enter");
    expect(sent).toEqual([]);
    expect(input.value).toBe("");
  });
});

describe("text_input and text_area", () => {
  it("text_input commits on Enter, once", () => {
    const { q, sent } = mount(el("text_input", { type: "password", max_chars: 5 }, { id: "t" }));
    const input = q("input") as HTMLInputElement;
    expect(input.type).toBe("password");
    expect(input.maxLength).toBe(5);
    focus(input);
    typeInto(input, "abc");
    expect(q("[data-testid=InputInstructions]").textContent).toBe("Press Enter to apply3/5");
    expect(sent).toEqual([]);
    key(input, "keydown", "Enter");
    blur(input);
    expect(sent).toEqual([{ id: "t", value: "abc" }]);
  });

  it("text_input commits on blur", () => {
    const { q, sent } = mount(el("text_input", { value: "x" }, { id: "t" }));
    typeInto(q("input") as HTMLInputElement, "xy");
    blur(q("input"));
    expect(sent).toEqual([{ id: "t", value: "xy" }]);
  });

  it("keeps the in-flight edit across a rerender with the same value", () => {
    const m = mount(el("text_input", { value: "a" }, { id: "t" }));
    typeInto(m.q("input") as HTMLInputElement, "ab");
    m.rerender(el("text_input", { value: "a" }, { id: "t" }));
    expect((m.q("input") as HTMLInputElement).value).toBe("ab");
    m.rerender(el("text_input", { value: "zzz" }, { id: "t" }));
    expect((m.q("input") as HTMLInputElement).value).toBe("zzz");
  });

  it("text_area commits on Ctrl+Enter, not plain Enter", () => {
    const { q, sent } = mount(el("text_area", { height: 300 }, { id: "ta" }));
    const area = q("textarea") as HTMLTextAreaElement;
    expect(area.style.height).toBe("300px");
    typeInto(area, "line");
    key(area, "keydown", "Enter");
    expect(sent).toEqual([]);
    key(area, "keydown", "Enter", { ctrlKey: true });
    expect(sent).toEqual([{ id: "ta", value: "line" }]);
  });

  it("a null value stays null until the user types", () => {
    const { q, sent } = mount(el("text_input", { value: null }, { id: "t" }));
    focus(q("input"));
    blur(q("input"));
    expect(sent).toEqual([]);
  });
});

describe("slot identity", () => {
  it("a different widget in the same slot does not inherit the local edit", () => {
    const m = mount(el("text_input", { value: "a" }, { id: "first" }));
    typeInto(m.q("input") as HTMLInputElement, "typed");
    m.rerender(el("text_input", { value: "a" }, { id: "second" }));
    expect((m.q("input") as HTMLInputElement).value).toBe("a");
  });
});
