// @vitest-environment node
import { describe, expect, it } from "vitest";
import { emptyTree, isStale, nodeAt, pruneStale, putNode, TreeError, type Tree } from "../../ui/src/tree";
import { block, el } from "./fixtures";

const md = (body: string) => el("markdown", { body }, { id: null });

/** A compact picture of a tree: [type:body@run, ...] with nested children. */
function shape(tree: Tree): unknown {
  const slot = (s: ReturnType<typeof nodeAt>): unknown => {
    if (s === null) return null;
    if (s.kind === "invalid") return `invalid@${s.runId}`;
    if (s.kind === "block") return { [`${s.node.type}@${s.runId}`]: s.children.map(slot) };
    const body = "body" in s.node.props ? `:${String(s.node.props.body)}` : "";
    return `${s.node.type}${body}@${s.runId}`;
  };
  return tree.roots.map((children) => children.map(slot));
}

describe("putNode", () => {
  it("puts nodes under their root and creates missing slots as holes", () => {
    let t = putNode(emptyTree(), [0, 0], md("a"), 1);
    t = putNode(t, [1, 2], md("side"), 1);
    expect(shape(t)).toEqual([["markdown:a@1"], [null, null, "markdown:side@1"], [], []]);
  });

  it("replaces an element in place and records the writing run", () => {
    let t = putNode(emptyTree(), [0, 0], md("old"), 1);
    t = putNode(t, [0, 0], el("divider", {}, { id: null }), 2);
    expect(shape(t)).toEqual([["divider@2"], [], [], []]);
  });

  it("keeps the children of a block rewritten with the same type", () => {
    let t = putNode(emptyTree(), [0, 0], block("container"), 1);
    t = putNode(t, [0, 0, 0], md("child"), 1);
    t = putNode(t, [0, 0], block("container", { border: true }), 2);
    expect(shape(t)).toEqual([[{ "container@2": ["markdown:child@1"] }], [], [], []]);
  });

  it("starts a block empty when it replaces an element or another block type", () => {
    let t = putNode(emptyTree(), [0, 0], block("container"), 1);
    t = putNode(t, [0, 0, 0], md("child"), 1);
    t = putNode(t, [0, 0], block("columns"), 2);
    expect(shape(t)).toEqual([[{ "columns@2": [] }], [], [], []]);
    t = putNode(t, [0, 1], md("x"), 2);
    t = putNode(t, [0, 1], block("container"), 2);
    expect(shape(t)).toEqual([[{ "columns@2": [] }, { "container@2": [] }], [], [], []]);
  });

  it("nests to any depth and keeps untouched subtrees identical", () => {
    let t = putNode(emptyTree(), [0, 0], block("columns"), 1);
    t = putNode(t, [0, 0, 0], block("column"), 1);
    t = putNode(t, [0, 0, 1], block("column"), 1);
    t = putNode(t, [0, 0, 1, 0], md("deep"), 1);
    const before = nodeAt(t, [0, 0, 0]);
    const t2 = putNode(t, [0, 0, 1, 0], md("deeper"), 2);
    expect(nodeAt(t2, [0, 0, 0])).toBe(before);
    expect(t2.roots[1]).toBe(t.roots[1]);
    expect(shape(t2)).toEqual([[{ "columns@1": [{ "column@1": [] }, { "column@1": ["markdown:deeper@2"] }] }], [], [], []]);
  });

  it("rejects bad paths", () => {
    const t = putNode(emptyTree(), [0, 0], md("leaf"), 1);
    expect(() => putNode(t, [7, 0], md("x"), 1)).toThrow(TreeError);
    expect(() => putNode(t, [0], md("x"), 1)).toThrow(TreeError);
    expect(() => putNode(t, [0, -1], md("x"), 1)).toThrow(TreeError);
    expect(() => putNode(t, [0, 0, 0], md("x"), 1)).toThrow(/no container/);
    expect(() => putNode(t, [0, 5, 0], md("x"), 1)).toThrow(/no container/);
  });

  it("stores invalid nodes in their slot", () => {
    const t = putNode(emptyTree(), [0, 1], { kind: "invalid", errors: ["bad"] }, 3);
    expect(shape(t)).toEqual([[null, "invalid@3"], [], [], []]);
  });
});

describe("pruneStale", () => {
  const run1 = (): Tree => {
    let t = putNode(emptyTree(), [0, 0], md("a"), 1);
    t = putNode(t, [0, 1], block("container"), 1);
    t = putNode(t, [0, 1, 0], md("in1"), 1);
    t = putNode(t, [0, 1, 1], md("in2"), 1);
    t = putNode(t, [0, 2], md("c"), 1);
    return putNode(t, [1, 0], md("side"), 1);
  };

  it("removes every node the finished run did not write, recursively", () => {
    let t = putNode(run1(), [0, 0], md("a2"), 2);
    t = putNode(t, [0, 1], block("container"), 2);
    t = putNode(t, [0, 1, 0], md("in1b"), 2);
    expect(shape(pruneStale(t, 2))).toEqual([[ "markdown:a2@2", { "container@2": ["markdown:in1b@2"] }], [], [], []]);
  });

  it("keeps holes where a middle node was pruned so later paths stay put", () => {
    let t = putNode(run1(), [0, 0], md("a2"), 2);
    t = putNode(t, [0, 2], md("c2"), 2);
    expect(shape(pruneStale(t, 2))).toEqual([["markdown:a2@2", null, "markdown:c2@2"], [], [], []]);
  });

  it("returns the same tree when nothing is stale", () => {
    const t = run1();
    expect(pruneStale(t, 1)).toBe(t);
  });
});

describe("isStale", () => {
  it("marks nodes not yet rewritten while a run is active", () => {
    const t = putNode(emptyTree(), [0, 0], md("a"), 1);
    const slot = nodeAt(t, [0, 0]);
    if (!slot) throw new Error("missing");
    expect(isStale(slot, null)).toBe(false);
    expect(isStale(slot, 1)).toBe(false);
    expect(isStale(slot, 2)).toBe(true);
  });
});
