import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import type { BlockOf } from "../../ui/src/elements/types";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import type { ElementNode } from "../../ui/src/protocol/generated";
import { emptyTree, putNode, type Tree } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";
import { block, el, fire, key, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const click = (e: Element) => fire(e, new MouseEvent("click", { bubbles: true }));
const blur = (e: Element) => fire(e, new FocusEvent("blur"));

type FormProps = Partial<BlockOf<"form">["props"]>;

/** A form at [0, 0] holding `children`; records every rerun (one array per message). */
function mountForm(children: ElementNode[], props: FormProps = {}) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const reruns: WidgetUpdate[][] = [];
  const host = { send: (u: WidgetUpdate) => reruns.push([u]), sendAll: (us: WidgetUpdate[]) => reruns.push(us) };
  const draw = (kids: ElementNode[], runId: number) => {
    let tree: Tree = putNode(emptyTree(), [0, 0], block("form", props, "f"), runId);
    kids.forEach((child, i) => (tree = putNode(tree, [0, 0, i], child, runId)));
    act(() => {
      render(
        <WidgetContext.Provider value={host}>
          <ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />
        </WidgetContext.Provider>,
        root,
      );
    });
  };
  draw(children, 1);
  const q = <T extends HTMLElement = HTMLElement>(sel: string) => {
    const found = root.querySelector<T>(sel);
    if (!found) throw new Error(`no ${sel} in ${root.innerHTML}`);
    return found;
  };
  return { root, reruns, q, draw };
}

const submit = (label = "Save", extra: object = {}) =>
  el("button", { label, form_id: "f", ...extra }, { id: `submit-${label}` });

describe("st.form", () => {
  it("renders Streamlit's test ids, border and key class", () => {
    const { q } = mountForm([submit()]);
    expect(q("[data-testid=stForm]").className).toBe("stForm st-key-f bordered");
    expect(q("[data-testid=stFormSubmitButton] button").getAttribute("data-testid")).toBe("stBaseButton-secondaryFormSubmit");
    const plain = mountForm([submit()], { border: false });
    expect(plain.root.querySelector("[data-testid=stForm]")?.className).toBe("stForm st-key-f");
  });

  it("holds widget changes and sends them with the submit click in one rerun", () => {
    const { q, reruns } = mountForm([
      el("text_input", {}, { id: "name" }),
      el("checkbox", {}, { id: "agree" }),
      submit(),
    ]);
    const input = q<HTMLInputElement>("input[type=text]");
    typeInto(input, "Ada");
    blur(input);
    click(q("input[type=checkbox]"));
    expect(reruns).toEqual([]);
    // The pending values are shown while they wait.
    expect(input.value).toBe("Ada");
    expect(q<HTMLInputElement>("input[type=checkbox]").checked).toBe(true);
    click(q("[data-testid=stFormSubmitButton] button"));
    expect(reruns).toEqual([
      [
        { id: "name", value: "Ada" },
        { id: "agree", value: true },
        { id: "submit-Save", value: true, trigger: true },
      ],
    ]);
    click(q("[data-testid=stFormSubmitButton] button"));
    expect(reruns[1]).toEqual([{ id: "submit-Save", value: true, trigger: true }]);
  });

  it("submits on Enter in a text or number input with enter_to_submit", () => {
    const { q, reruns } = mountForm([
      el("text_input", {}, { id: "name" }),
      el("number_input", {}, { id: "n" }),
      submit("First"),
      submit("Second"),
    ]);
    const input = q<HTMLInputElement>("input[type=text]");
    typeInto(input, "Bo");
    key(input, "keydown", "Enter");
    expect(reruns).toEqual([
      [
        { id: "name", value: "Bo" },
        { id: "submit-First", value: true, trigger: true },
      ],
    ]);
    const number = q<HTMLInputElement>("[data-testid=stNumberInputField]");
    typeInto(number, "7");
    key(number, "keydown", "Enter");
    expect(reruns[1]).toEqual([
      { id: "n", value: 7 },
      { id: "submit-First", value: true, trigger: true },
    ]);
  });

  it("does not submit on Enter when enter_to_submit is off or the first button is disabled", () => {
    const off = mountForm([el("text_input", {}, { id: "name" }), submit()], { enter_to_submit: false });
    typeInto(off.q<HTMLInputElement>("input"), "x");
    key(off.q("input"), "keydown", "Enter");
    expect(off.reruns).toEqual([]);
    const disabled = mountForm([el("text_input", {}, { id: "name" }), submit("Save", { disabled: true })]);
    typeInto(disabled.q<HTMLInputElement>("input"), "x");
    key(disabled.q("input"), "keydown", "Enter");
    expect(disabled.reruns).toEqual([]);
  });

  it("clear_on_submit drops local edits even when Python's default is unchanged", () => {
    const kids = [el("text_input", { value: "" }, { id: "name" }), submit()];
    const { q, draw } = mountForm(kids, { clear_on_submit: true });
    typeInto(q<HTMLInputElement>("input"), "Ada");
    blur(q("input"));
    click(q("[data-testid=stFormSubmitButton] button"));
    draw(kids, 2); // the submit run sends the default again
    expect(q<HTMLInputElement>("input").value).toBe("");
  });
});

describe("st.form with required fields", () => {
  it("does not submit while a required field is empty and shows the message", () => {
    const { q, reruns, root } = mountForm([el("text_input", { required: true }, { id: "name" }), submit()]);
    click(q("[data-testid=stFormSubmitButton] button"));
    expect(reruns).toEqual([]);
    expect(root.querySelector("[data-testid=stWidgetValidationError]")?.textContent).toBe("This field is required");
    const input = q<HTMLInputElement>("input[type=text]");
    typeInto(input, "Ada");
    blur(input);
    click(q("[data-testid=stFormSubmitButton] button"));
    expect(reruns).toEqual([[{ id: "name", value: "Ada" }, { id: "submit-Save", value: true, trigger: true }]]);
  });

  it("gates selection and date widgets the same way", () => {
    const { q, reruns, root } = mountForm([
      el("selectbox", { required: true, index: null }, { id: "s" }),
      el("time_input", { required: true, value: null }, { id: "t" }),
      submit(),
    ]);
    click(q("[data-testid=stFormSubmitButton] button"));
    expect(reruns).toEqual([]);
    const errors = [...root.querySelectorAll("[data-testid=stWidgetValidationError]")].map((e) => e.textContent);
    expect(errors).toEqual(["This field is required", "This field is required"]);
  });
});
