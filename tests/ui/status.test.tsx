import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "preact/test-utils";
import { render } from "preact";
import { block, el, fire, mount } from "./fixtures";
import { EventLayer, mergeEvents } from "../../ui/src/layout/EventLayer";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, putNode, pruneStale, type Tree } from "../../ui/src/tree";
import { REDUCED_MOTION_MS } from "../../ui/src/elements/balloons";

afterEach(() => {
  document.body.innerHTML = "";
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function mountEvents(tree: Tree) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const draw = (t: Tree) => act(() => render(<EventLayer slots={t.roots[2] ?? []} />, root));
  draw(tree);
  return { root, draw, toasts: () => [...root.querySelectorAll("[data-testid=stToast]")].map((t) => t.textContent?.trim()) };
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe("alert", () => {
  it("shows the icon and the title above the body", () => {
    const { q } = mount(el("alert", { kind: "warning", body: "Body", title: "**Careful**", icon: "⚠️" }, { id: null }));
    expect(q("[data-testid=stAlertContentWarning]")).toBeTruthy();
    expect(q("[data-testid=stAlertDynamicIcon]").textContent).toBe("⚠️");
    expect(q("[data-testid=stAlertTitle] strong").textContent).toBe("Careful");
  });
});

describe("exception", () => {
  it("emphasises the app's frames and de-emphasises library frames", () => {
    const frames = [
      { filename: "/app/app.py", lineno: 3, name: "<module>", line: "go()", is_user_code: true },
      { filename: "/lib/json/__init__.py", lineno: 9, name: "loads", line: "x", is_user_code: false },
    ];
    const { root } = mount(el("exception", { type_name: "ValueError", message: "bad", frames }, { id: null }));
    const spans = root.querySelectorAll(".frame");
    expect(spans[0]!.className).toBe("frame user-frame");
    expect(spans[1]!.className).toBe("frame");
    expect(root.querySelector("[data-testid=stExceptionMessage]")!.textContent).toBe("ValueError: bad");
  });
});

describe("spinner", () => {
  it("counts the elapsed time in the browser every 100 ms", () => {
    vi.useFakeTimers();
    const { q } = mount(el("spinner", { text: "Wait", show_time: true }, { id: null }));
    expect(q("[data-testid=stSpinnerTimer]").textContent).toBe("(0.0 seconds)");
    advance(1200);
    expect(q("[data-testid=stSpinnerTimer]").textContent).toBe("(1.2 seconds)");
  });
});

describe("status", () => {
  const draw = (props: Parameters<typeof block<"status">>[1]) => {
    const root = document.createElement("div");
    document.body.appendChild(root);
    const paint = (p: typeof props) => {
      let tree = putNode(emptyTree(), [0, 0], block("status", p), 1);
      tree = putNode(tree, [0, 0, 0], el("text", { body: "inside" }, { id: null }), 1);
      act(() => render(<ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />, root));
    };
    paint(props);
    return { root, paint };
  };

  it("shows a spinner while running, then a check or an error icon", () => {
    const { root, paint } = draw({ label: "Working", state: "running" });
    expect(root.querySelector("[data-testid=stExpanderIconSpinner]")).toBeTruthy();
    expect(root.querySelector("details")!.open).toBe(false);
    paint({ label: "Done", state: "complete", expanded: null });
    expect(root.querySelector("[data-testid=stExpanderIconCheck]")).toBeTruthy();
    expect(root.querySelector("summary")!.textContent).toContain("Done");
    paint({ label: "Oops", state: "error", expanded: null });
    expect(root.querySelector("[data-testid=stExpanderIconError]")).toBeTruthy();
  });

  it("keeps the user's open state when an update leaves expanded unset", () => {
    const { root, paint } = draw({ label: "Working", state: "running", expanded: false });
    fire(root.querySelector("summary")!, new MouseEvent("click", { bubbles: true }));
    expect(root.querySelector("details")!.open).toBe(true);
    paint({ label: "Working", state: "complete", expanded: null });
    expect(root.querySelector("details")!.open).toBe(true);
    paint({ label: "Working", state: "complete", expanded: false });
    expect(root.querySelector("details")!.open).toBe(false);
  });
});

describe("toast and the event layer", () => {
  it("survives the run ending and expires after its duration", () => {
    vi.useFakeTimers();
    let tree = putNode(emptyTree(), [2, 0], el("toast", { body: "Hello", duration: 2 }, { id: null }), 1);
    const { draw, toasts } = mountEvents(tree);
    expect(toasts()).toEqual(["Hello"]);
    tree = pruneStale(putNode(tree, [0, 0], el("text", {}, { id: null }), 2), 2); // a later run prunes it
    draw(tree);
    expect(toasts()).toEqual(["Hello"]);
    advance(1900);
    expect(toasts()).toEqual(["Hello"]);
    advance(200);
    expect(toasts()).toEqual([]);
  });

  it("updates a toast in place, restarting its countdown, and stacks a later run's toast", () => {
    vi.useFakeTimers();
    let tree = putNode(emptyTree(), [2, 0], el("toast", { body: "Saving", duration: 4 }, { id: null }), 1);
    const { draw, toasts } = mountEvents(tree);
    advance(3000);
    tree = putNode(tree, [2, 0], el("toast", { body: "Saved", duration: 4 }, { id: null }), 1);
    draw(tree);
    expect(toasts()).toEqual(["Saved"]);
    tree = putNode(tree, [2, 0], el("toast", { body: "Next run", duration: null }, { id: null }), 2);
    draw(tree);
    expect(toasts()).toEqual(["Saved", "Next run"]);
    advance(3500); // past the first toast's original 4 s: the update restarted it
    expect(toasts()).toEqual(["Saved", "Next run"]);
    advance(600);
    expect(toasts()).toEqual(["Next run"]); // the infinite toast stays until closed
    advance(60_000);
    expect(toasts()).toEqual(["Next run"]);
  });

  it("closes on the close button and does not come back while the tree still holds it", () => {
    const tree = putNode(emptyTree(), [2, 0], el("toast", { body: "Bye", duration: null }, { id: null }), 1);
    const { root, draw, toasts } = mountEvents(tree);
    fire(root.querySelector("[data-testid=stToastViewButton]")!, new MouseEvent("click", { bubbles: true }));
    expect(toasts()).toEqual([]);
    draw(putNode(tree, [2, 1], el("balloons", {}, { id: null }), 1));
    expect(toasts()).toEqual([]);
  });

  it("mergeEvents keys items by run and index", () => {
    const a = el("toast", { body: "a" }, { id: null });
    const tree = putNode(putNode(emptyTree(), [2, 0], a, 3), [2, 2], el("snow", {}, { id: null }), 3);
    const items = mergeEvents([], tree.roots[2]!, new Map());
    expect(items.map((i) => i.key)).toEqual(["3:0", "3:2"]);
    expect(mergeEvents(items, tree.roots[2]!, new Map())).toBe(items);
  });
});

describe("balloons and snow", () => {
  it("draw once and remove themselves", () => {
    vi.useFakeTimers();
    const tree = putNode(putNode(emptyTree(), [2, 0], el("balloons", {}, { id: null }), 1), [2, 1], el("snow", {}, { id: null }), 1);
    const { root } = mountEvents(tree);
    expect(root.querySelectorAll("[data-testid=stBalloons] .celebration-piece").length).toBe(30);
    expect(root.querySelector("[data-testid=stSnow]")).toBeTruthy();
    advance(4100);
    expect(root.querySelector("[data-testid=stBalloons]")).toBeNull();
    advance(1000);
    expect(root.querySelector("[data-testid=stSnow]")).toBeNull();
  });

  it("honour prefers-reduced-motion with a short static row", () => {
    vi.useFakeTimers();
    vi.stubGlobal("matchMedia", (q: string) => ({ matches: q.includes("reduce"), media: q, addEventListener() {}, removeEventListener() {} }));
    const { root } = mountEvents(putNode(emptyTree(), [2, 0], el("balloons", {}, { id: null }), 1));
    const shown = root.querySelector("[data-testid=stBalloons]")!;
    expect(shown.className).toContain("reduced");
    expect(shown.querySelectorAll(".celebration-piece").length).toBe(3);
    advance(REDUCED_MOTION_MS + 10);
    expect(root.querySelector("[data-testid=stBalloons]")).toBeNull();
  });
});

describe("skeleton", () => {
  it("reserves the requested height", () => {
    const { q } = mount(el("skeleton", { height: 80 }, { id: null }));
    expect(q("[data-testid=stSkeleton]").style.height).toBe("80px");
  });
});
