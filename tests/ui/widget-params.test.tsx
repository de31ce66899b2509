import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ariaShortcut, matchesShortcut, parseShortcut } from "../../ui/src/widgets/shortcut";
import { REQUIRED_MESSAGE, textProblem } from "../../ui/src/widgets/validation";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import type { ElementNode } from "../../ui/src/protocol/generated";
import { emptyTree, putNode, type Tree } from "../../ui/src/tree";
import { block, el, fire, mount, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
  vi.useRealTimers();
});

const blur = (e: Element) => fire(e, new FocusEvent("blur"));
const errorText = (root: HTMLElement) => root.querySelector("[data-testid=stWidgetValidationError]")?.textContent ?? "";

describe("textProblem", () => {
  it("checks emptiness first, then the pattern; empty skips validate", () => {
    expect(textProblem("", true)).toBe(REQUIRED_MESSAGE);
    expect(textProblem("   ", true)).toBe(REQUIRED_MESSAGE);
    expect(textProblem(null, false, "^a")).toBeNull();
    expect(textProblem("b", false, "^a", "Starts with a.")).toBe("Starts with a.");
    expect(textProblem("abc", true, "^a")).toBeNull();
  });
});

describe("required and validate on text_input", () => {
  it("marks the label and refuses an empty commit without a rerun", () => {
    const { root, sent, q } = mount(el("text_input", { required: true, value: "x" }, { id: "t" }));
    expect(q("[data-testid=stWidgetLabel]").textContent).toContain("(required)");
    const input = q("input") as HTMLInputElement;
    expect(input.getAttribute("aria-required")).toBe("true");
    typeInto(input, "");
    blur(input);
    expect(sent).toEqual([]);
    expect(errorText(root)).toBe(REQUIRED_MESSAGE);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    typeInto(input, "ok");
    blur(input);
    expect(sent).toEqual([{ id: "t", value: "ok" }]);
    expect(errorText(root)).toBe("");
  });

  it("shows the validate message and sends only matching values", () => {
    const { root, sent, q } = mount(el("text_input", { validate_regex: "^\\d+$", validate_message: "Digits only." }, { id: "t" }));
    const input = q("input") as HTMLInputElement;
    typeInto(input, "12a");
    blur(input);
    expect(sent).toEqual([]);
    expect(errorText(root)).toBe("Digits only.");
    typeInto(input, "12");
    blur(input);
    expect(sent).toEqual([{ id: "t", value: "12" }]);
  });

  it("live commits after the pause while typing", () => {
    vi.useFakeTimers();
    const { sent, q } = mount(el("text_input", { live_ms: 300 }, { id: "t" }));
    const input = q("input") as HTMLInputElement;
    typeInto(input, "a");
    typeInto(input, "ab");
    act(() => void vi.advanceTimersByTime(299));
    expect(sent).toEqual([]);
    act(() => void vi.advanceTimersByTime(1));
    expect(sent).toEqual([{ id: "t", value: "ab" }]);
  });
});

describe("required on selection widgets", () => {
  it("selectbox carries the marker", () => {
    const { q } = mount(el("selectbox", { required: true, index: null }, { id: "s" }));
    expect(q("[data-testid=stWidgetLabel]").textContent).toContain("(required)");
  });
});

describe("select_all on multiselect", () => {
  const open = (root: HTMLElement) => fire(root.querySelector("input")!, new FocusEvent("focus"));
  const entries = (root: HTMLElement) => [...root.querySelectorAll("[role=option]")].map((o) => o.textContent);

  it("offers Select all up to the threshold and picks every option", () => {
    const { root, sent } = mount(el("multiselect", { options: ["a", "b", "c"], select_all: 1000 }, { id: "m" }));
    open(root);
    expect(entries(root)[0]).toBe("Select all");
    fire(root.querySelector("[role=option]")!, new MouseEvent("mousedown", { bubbles: true }));
    expect(sent).toEqual([{ id: "m", value: [0, 1, 2] }]);
  });

  it("hides it above the threshold, with 0, and caps it by max_selections", () => {
    const few = mount(el("multiselect", { options: ["a", "b", "c"], select_all: 2 }, { id: "m" }));
    open(few.root);
    expect(entries(few.root)).toEqual(["a", "b", "c"]);
    document.body.innerHTML = "";
    const never = mount(el("multiselect", { options: ["a", "b"], select_all: 0 }, { id: "m" }));
    open(never.root);
    expect(entries(never.root)).toEqual(["a", "b"]);
    document.body.innerHTML = "";
    const capped = mount(el("multiselect", { options: ["a", "b", "c"], select_all: null, max_selections: 2 }, { id: "m" }));
    open(capped.root);
    fire(capped.root.querySelector("[role=option]")!, new MouseEvent("mousedown", { bubbles: true }));
    expect(capped.sent).toEqual([{ id: "m", value: [0, 1] }]);
  });
});

describe("shortcut on buttons", () => {
  const press = (init: KeyboardEventInit, target: EventTarget = document) =>
    fire(target as Element, new KeyboardEvent("keydown", { bubbles: true, composed: true, ...init }));

  it("parses and matches combinations, Cmd standing for Ctrl on macOS", () => {
    const s = parseShortcut("ctrl+shift+k");
    expect(s).toEqual({ ctrl: true, cmd: false, alt: false, shift: true, key: "k" });
    const ev = (init: KeyboardEventInit) => new KeyboardEvent("keydown", init);
    expect(matchesShortcut(s, ev({ key: "K", code: "KeyK", ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut(s, ev({ key: "K", code: "KeyK", metaKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut(s, ev({ key: "K", code: "KeyK", metaKey: true, shiftKey: true }), true)).toBe(true);
    expect(matchesShortcut(s, ev({ key: "k", code: "KeyK", ctrlKey: true }), false)).toBe(false);
    expect(matchesShortcut(parseShortcut("enter"), ev({ key: "Enter" }), false)).toBe(true);
    expect(ariaShortcut("ctrl+shift+k")).toBe("Control+Shift+K");
  });

  it("clicks the button, but a plain key does not fire while typing in a field", () => {
    const { sent, q } = mount(el("button", { label: "Go", shortcut: "g" }, { id: "b" }));
    expect(q("button").getAttribute("aria-keyshortcuts")).toBe("G");
    press({ key: "g", code: "KeyG" });
    expect(sent).toEqual([{ id: "b", value: true, trigger: true }]);
    const input = document.createElement("input");
    document.body.appendChild(input);
    press({ key: "g", code: "KeyG" }, input);
    expect(sent.length).toBe(1);
  });

  it("does nothing when the button is disabled", () => {
    const { sent } = mount(el("button", { label: "Go", shortcut: "ctrl+g", disabled: true }, { id: "b" }));
    press({ key: "g", code: "KeyG", ctrlKey: true });
    expect(sent).toEqual([]);
  });
});

describe("container autoscroll, tabs height, expander type", () => {
  const draw = (root: HTMLElement, nodes: [number[], Parameters<typeof putNode>[2]][]) => {
    let tree: Tree = emptyTree();
    nodes.forEach(([path, node]) => (tree = putNode(tree, path, node, 1)));
    act(() => render(<ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />, root));
  };
  const fresh = () => document.body.appendChild(document.createElement("div"));

  it("a fixed-height container with autoscroll keeps the view at the bottom", () => {
    const root = fresh();
    const wrapper = () => root.querySelector<HTMLElement>("[data-testid=stVerticalBlockBorderWrapper]")!;
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => [[0, 0, i], el("text", { body: `line ${i}` }, { id: null })] as [number[], ElementNode]);
    draw(root, [[[0, 0], block("container", { height: 100, autoscroll: true })], ...lines(3)]);
    expect(wrapper().getAttribute("data-test-scroll-behavior")).toBe("scroll-to-bottom");
    // jsdom has no layout: fake a tall content to see where the view goes.
    Object.defineProperty(wrapper(), "scrollHeight", { configurable: true, value: 900 });
    draw(root, [[[0, 0], block("container", { height: 100, autoscroll: true })], ...lines(4)]);
    expect(wrapper().scrollTop).toBe(900);
    draw(root, [[[0, 0], block("container", { height: 100, autoscroll: false })], ...lines(5)]);
    expect(wrapper().getAttribute("data-test-scroll-behavior")).toBe("normal");
  });

  it("tabs with a height scroll their panels; a compact expander is marked", () => {
    const root = fresh();
    draw(root, [
      [[0, 0], block("tabs", { labels: ["A"], height: 250 })],
      [[0, 0, 0], block("tab", { label: "A" })],
      [[0, 1], block("expander", { label: "Thoughts", type: "compact" })],
    ]);
    const panels = root.querySelector<HTMLElement>(".tab-panels")!;
    expect(panels.className).toContain("scrolling");
    expect(panels.style.height).toBe("250px");
    expect(root.querySelector("[data-testid=stExpander]")!.className).toContain("compact");
  });
});
