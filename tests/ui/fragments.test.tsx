/** Fragment runs in the tree and app state, run_every timers, and the st.dialog modal. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "preact/test-utils";
import { render } from "preact";
import { block, el, fire, key } from "./fixtures";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import { FragmentTimers } from "../../ui/src/app/fragmentTimers";
import { initialState, receive, type AppState } from "../../ui/src/app/state";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, nodeAt, pruneFragment, putNode, timedFragments, type Tree } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";

afterEach(() => {
  document.body.innerHTML = "";
  vi.useRealTimers();
});

/** Run 1 (full): text, fragment f1 [button, text], container [text, portal of f1 [text]]. */
function fullRun(): Tree {
  let t = emptyTree();
  t = putNode(t, [0, 0], el("text", { body: "outside" }), 1);
  t = putNode(t, [0, 1], block("fragment", { fragment_id: "f1", run_every: 2 }), 1);
  t = putNode(t, [0, 1, 0], el("button"), 1);
  t = putNode(t, [0, 1, 1], el("text", { body: "inside 1" }), 1);
  t = putNode(t, [0, 2], block("container"), 1);
  t = putNode(t, [0, 2, 0], el("text", { body: "before" }), 1);
  t = putNode(t, [0, 2, 1], block("fragment", { fragment_id: "f1", run_every: null }), 1);
  t = putNode(t, [0, 2, 1, 0], el("text", { body: "portal 1" }), 1);
  return t;
}

describe("tree: fragment runs", () => {
  it("prunes only inside the fragment's blocks, keeping everything else identical", () => {
    const before = fullRun();
    let t = putNode(before, [0, 1], block("fragment", { fragment_id: "f1", run_every: 2 }), 2);
    t = putNode(t, [0, 1, 0], el("text", { body: "inside 2" }), 2); // the button is gone this run
    t = putNode(t, [0, 2, 1], block("fragment", { fragment_id: "f1", run_every: null }), 2);
    const pruned = pruneFragment(t, "f1", 2);
    expect(pruned.roots[0]?.[0]).toBe(before.roots[0]?.[0]);
    expect(nodeAt(pruned, [0, 1])?.kind).toBe("block");
    const body = nodeAt(pruned, [0, 1]);
    expect(body?.kind === "block" ? body.children.length : -1).toBe(1);
    expect(nodeAt(pruned, [0, 2, 0])).toBe(nodeAt(before, [0, 2, 0]));
    const portal = nodeAt(pruned, [0, 2, 1]);
    expect(portal?.kind === "block" ? portal.children : null).toEqual([]); // not rewritten: cleared
  });

  it("another fragment's run leaves this one alone", () => {
    const t = fullRun();
    expect(pruneFragment(t, "other", 5)).toBe(t);
  });

  it("lists fragments with run_every", () => {
    expect([...timedFragments(fullRun())]).toEqual([["f1", 2]]);
  });
});

describe("app state: fragment runs", () => {
  const apply = (state: AppState, ...messages: unknown[]) =>
    messages.reduce<AppState>((s, m) => receive(s, m).state, state);

  it("outside nodes never turn stale and are not pruned", () => {
    let s: AppState = { ...initialState(), phase: "idle", tree: fullRun() };
    s = apply(s, { type: "run_started", run_id: 2, fragment_id: "f1" });
    expect(s.activeRunId).toBeNull();
    expect(s.phase).toBe("running");
    s = apply(
      s,
      { type: "delta", run_id: 2, path: [0, 1], node: block("fragment", { fragment_id: "f1", run_every: 2 }) },
      { type: "delta", run_id: 2, path: [0, 1, 0], node: el("text", { body: "inside 2" }) },
      { type: "run_finished", run_id: 2, status: "complete", fragment_id: "f1" },
    );
    expect(s.phase).toBe("idle");
    expect(s.runCount).toBe(1);
    expect(nodeAt(s.tree, [0, 0])?.runId).toBe(1);
    expect(nodeAt(s.tree, [0, 2, 0])?.runId).toBe(1);
    expect(nodeAt(s.tree, [0, 1, 1])).toBeNull();
  });
});

describe("FragmentTimers", () => {
  const stateWith = (tree: Tree, phase: AppState["phase"]): AppState => ({ ...initialState(), phase, tree });

  it("ticks while idle, waits for a running run, and stops when the fragment is gone", () => {
    vi.useFakeTimers();
    const ticks: string[] = [];
    const timers = new FragmentTimers((id) => ticks.push(id));
    const tree = fullRun();
    timers.update(stateWith(tree, "idle"));
    expect(timers.active).toEqual(["f1"]);
    vi.advanceTimersByTime(1999);
    expect(ticks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ticks).toEqual(["f1"]);
    // The tick's run is going: the next due tick waits for it.
    timers.update(stateWith(tree, "running"));
    vi.advanceTimersByTime(5000);
    expect(ticks).toEqual(["f1"]);
    timers.update(stateWith(tree, "idle"));
    expect(ticks).toEqual(["f1", "f1"]);
    // A full run without the fragment: no more ticks.
    timers.update(stateWith(emptyTree(), "idle"));
    expect(timers.active).toEqual([]);
    vi.advanceTimersByTime(10000);
    expect(ticks).toEqual(["f1", "f1"]);
  });
});

describe("st.dialog", () => {
  function mountDialog(props: Parameters<typeof block<"dialog">>[1]) {
    const root = document.createElement("div");
    document.body.appendChild(root);
    const sent: WidgetUpdate[] = [];
    const host = { send: (u: WidgetUpdate) => sent.push(u) };
    const draw = (instance: number) => {
      let t = putNode(emptyTree(), [0, 0], el("button", { label: "Outside" }), instance);
      t = putNode(t, [0, 1], block("dialog", { ...props, instance }), instance);
      t = putNode(t, [0, 1, 0], block("fragment"), instance);
      t = putNode(t, [0, 1, 0, 0], el("text_input", { label: "Name", value: "" }, { id: "name" }), instance);
      t = putNode(t, [0, 1, 0, 1], el("button", { label: "Submit" }, { id: "submit" }), instance);
      act(() =>
        render(
          <WidgetContext.Provider value={host}>
            <ChildrenView slots={t.roots[0] ?? []} activeRunId={null} />
          </WidgetContext.Provider>,
          root,
        ),
      );
    };
    draw(1);
    const dialog = () => root.querySelector<HTMLElement>("[data-testid=stDialog]");
    return { root, sent, draw, dialog };
  }

  it("is a modal dialog that takes the focus", () => {
    const { dialog } = mountDialog({ title: "Cast **your** vote" });
    const d = dialog();
    expect(d?.getAttribute("role")).toBe("dialog");
    expect(d?.getAttribute("aria-modal")).toBe("true");
    const title = document.getElementById(d?.getAttribute("aria-labelledby") ?? "");
    expect(title?.textContent).toBe("Cast your vote");
    expect(document.activeElement?.tagName).toBe("INPUT");
  });

  it("focuses the first field even when the body arrives after the dialog", async () => {
    const root = document.createElement("div");
    document.body.appendChild(root);
    const host = { send: () => undefined };
    const show = (withBody: boolean) => {
      let t = putNode(emptyTree(), [0, 0], block("dialog", { title: "Late", instance: 1 }), 1);
      t = putNode(t, [0, 0, 0], block("fragment"), 1);
      if (withBody) t = putNode(t, [0, 0, 0, 0], el("text_input", { label: "Name", value: "" }, { id: "late" }), 1);
      act(() =>
        render(
          <WidgetContext.Provider value={host}>
            <ChildrenView slots={t.roots[0] ?? []} activeRunId={null} />
          </WidgetContext.Provider>,
          root,
        ),
      );
    };
    show(false);
    expect(document.activeElement?.getAttribute("data-testid")).toBe("stDialog");
    show(true);
    await new Promise((resolve) => setTimeout(resolve, 0)); // MutationObserver callbacks are microtasks
    expect(document.activeElement?.tagName).toBe("INPUT");
  });

  it("traps Tab and Shift+Tab inside", () => {
    const { dialog } = mountDialog({});
    const d = dialog() as HTMLElement;
    const submit = [...d.querySelectorAll("button")].find((b) => b.textContent === "Submit") as HTMLElement;
    const close = d.querySelector<HTMLElement>("[aria-label=Close]") as HTMLElement;
    submit.focus();
    key(submit, "keydown", "Tab");
    expect(document.activeElement).toBe(close); // close is first in document order
    key(close, "keydown", "Tab", { shiftKey: true });
    expect(document.activeElement).toBe(submit);
  });

  it("Escape dismisses it; a later run opening it again shows it again", () => {
    const { dialog, sent, draw } = mountDialog({});
    key(dialog() as HTMLElement, "keydown", "Escape");
    expect(dialog()).toBeNull();
    expect(sent).toEqual([]); // on_dismiss="ignore": Python is not told
    draw(1);
    expect(dialog()).toBeNull();
    draw(2);
    expect(dialog()).not.toBeNull();
  });

  it("on_dismiss=rerun sends a trigger from the close button", () => {
    const { dialog, sent } = mountDialog({ on_dismiss: "rerun", widget_id: "dlg" });
    fire(dialog()?.querySelector("[aria-label=Close]") as HTMLElement, new MouseEvent("click", { bubbles: true }));
    expect(dialog()).toBeNull();
    expect(sent).toEqual([{ id: "dlg", value: true, trigger: true }]);
  });

  it("dismissible=False has no close button and ignores Escape and the backdrop", () => {
    const { dialog, root } = mountDialog({ dismissible: false });
    expect(dialog()?.querySelector("[aria-label=Close]")).toBeNull();
    key(dialog() as HTMLElement, "keydown", "Escape");
    const backdrop = root.querySelector("[data-testid=stDialogBackdrop]") as HTMLElement;
    fire(backdrop, new Event("pointerdown", { bubbles: true }));
    expect(dialog()).not.toBeNull();
  });

  it("a click on the backdrop dismisses a dismissible dialog", () => {
    const { dialog, root } = mountDialog({});
    const backdrop = root.querySelector("[data-testid=stDialogBackdrop]") as HTMLElement;
    fire(backdrop, new Event("pointerdown", { bubbles: true }));
    expect(dialog()).toBeNull();
  });
});
