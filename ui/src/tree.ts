/**
 * The element tree as plain immutable data, updated by pure functions.
 *
 *   let tree = emptyTree();
 *   tree = putNode(tree, [0, 0], node, 1);     // a delta of run 1
 *   tree = pruneStale(tree, 1);                // run 1 finished "complete"
 *
 * Unchanged subtrees keep their identity so Preact rerenders cheaply.
 */
import type { BlockNode, ElementNode } from "./protocol/generated";

/** A slot whose delta failed validation: rendered as an error box in place. */
export type InvalidNode = { kind: "invalid"; errors: readonly string[] };

export type TreeElement = { kind: "element"; node: ElementNode; runId: number };
export type TreeInvalid = { kind: "invalid"; node: InvalidNode; runId: number };
export type TreeBlock = {
  kind: "block";
  node: BlockNode;
  runId: number;
  children: Children;
};
export type TreeNode = TreeElement | TreeBlock | TreeInvalid;
/** A hole (null) is a slot nothing has written yet, or one pruned mid-row. */
export type Slot = TreeNode | null;
export type Children = readonly Slot[];

export const ROOT_COUNT = 4; // main, sidebar, event, bottom

export type Tree = { readonly roots: readonly Children[] };

export class TreeError extends Error {}

export function emptyTree(): Tree {
  return { roots: Array.from({ length: ROOT_COUNT }, () => []) };
}

/** Put `node` at `path` ([root, i, j, ...]) as written by run `runId`. */
export function putNode(
  tree: Tree,
  path: readonly number[],
  node: ElementNode | BlockNode | InvalidNode,
  runId: number,
): Tree {
  const [root, ...rest] = path;
  if (root === undefined || !Number.isInteger(root) || root < 0 || root >= ROOT_COUNT) {
    throw new TreeError(`delta path ${JSON.stringify(path)}: unknown root`);
  }
  if (rest.length === 0) throw new TreeError(`delta path ${JSON.stringify(path)} names a root`);
  if (rest.some((i) => !Number.isInteger(i) || i < 0)) {
    throw new TreeError(`delta path ${JSON.stringify(path)} has a negative index`);
  }
  const roots = tree.roots.slice();
  roots[root] = putIn(tree.roots[root] ?? [], rest, node, runId, path);
  return { roots };
}

function putIn(
  children: Children,
  rest: readonly number[],
  node: ElementNode | BlockNode | InvalidNode,
  runId: number,
  fullPath: readonly number[],
): Children {
  const [index, ...deeper] = rest as [number, ...number[]];
  const out = children.slice();
  while (out.length < index) out.push(null);
  const old = out[index] ?? null;
  if (deeper.length === 0) {
    out[index] = replace(old, node, runId);
    return out;
  }
  if (old === null || old.kind !== "block") {
    throw new TreeError(`delta path ${JSON.stringify(fullPath)}: no container at index ${index}`);
  }
  out[index] = { ...old, children: putIn(old.children, deeper, node, runId, fullPath) };
  return out;
}

function replace(old: Slot, node: ElementNode | BlockNode | InvalidNode, runId: number): TreeNode {
  if (node.kind === "invalid") return { kind: "invalid", node, runId };
  if (node.kind === "element") return { kind: "element", node, runId };
  // A block over a block of the same type keeps its children: they stay
  // (stale) until this run rewrites or prunes them, as in Streamlit.
  const children = old?.kind === "block" && old.node.type === node.type ? old.children : [];
  return { kind: "block", node, runId, children };
}

/** Remove every node run `runId` did not write (after `complete`/`error`). */
export function pruneStale(tree: Tree, runId: number): Tree {
  let changed = false;
  const roots = tree.roots.map((children) => {
    const next = pruneChildren(children, runId);
    if (next !== children) changed = true;
    return next;
  });
  return changed ? { roots } : tree;
}

function pruneChildren(children: Children, runId: number): Children {
  let changed = false;
  const out: Slot[] = children.map((slot) => {
    const next = pruneSlot(slot, runId);
    if (next !== slot) changed = true;
    return next;
  });
  // Holes keep later siblings at their paths; trailing holes can go.
  while (out.length > 0 && out[out.length - 1] === null) {
    out.pop();
    changed = true;
  }
  return changed ? out : children;
}

function pruneSlot(slot: Slot, runId: number): Slot {
  if (slot === null) return null;
  if (slot.runId !== runId) return null;
  if (slot.kind !== "block") return slot;
  const children = pruneChildren(slot.children, runId);
  return children === slot.children ? slot : { ...slot, children };
}

/**
 * After a fragment run (`run_finished` with `fragment_id`): remove what run
 * `runId` did not write, but only inside the blocks of that fragment (its body
 * and its portals in outside containers). Everything else keeps its identity.
 */
export function pruneFragment(tree: Tree, fragmentId: string, runId: number): Tree {
  let changed = false;
  const roots = tree.roots.map((children) => {
    const next = pruneFragmentIn(children, fragmentId, runId);
    if (next !== children) changed = true;
    return next;
  });
  return changed ? { roots } : tree;
}

function pruneFragmentIn(children: Children, fragmentId: string, runId: number): Children {
  let changed = false;
  const out = children.map((slot) => {
    if (slot === null || slot.kind !== "block") return slot;
    const inner =
      isFragmentBlock(slot.node, fragmentId)
        ? pruneChildren(slot.children, runId)
        : pruneFragmentIn(slot.children, fragmentId, runId);
    if (inner === slot.children) return slot;
    changed = true;
    return { ...slot, children: inner };
  });
  return changed ? out : children;
}

function isFragmentBlock(node: BlockNode, fragmentId: string): boolean {
  return node.type === "fragment" && node.props.fragment_id === fragmentId;
}

/** Every fragment with `run_every` in the tree: fragment id -> seconds. */
export function timedFragments(tree: Tree): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (children: Children) => {
    for (const slot of children) {
      if (slot === null || slot.kind !== "block") continue;
      const { node } = slot;
      if (node.type === "fragment" && node.props.run_every !== null) {
        found.set(node.props.fragment_id, node.props.run_every);
      }
      visit(slot.children);
    }
  };
  for (const children of tree.roots) visit(children);
  return found;
}

/** A node is stale while a run is in progress that has not rewritten it yet. */
export function isStale(slot: TreeNode, activeRunId: number | null): boolean {
  return activeRunId !== null && slot.runId !== activeRunId;
}

/** The node at `path`, or null. */
export function nodeAt(tree: Tree, path: readonly number[]): Slot {
  const [root, ...rest] = path;
  let children: Children | undefined = root === undefined ? undefined : tree.roots[root];
  let slot: Slot = null;
  for (const index of rest) {
    if (!children) return null;
    slot = children[index] ?? null;
    children = slot?.kind === "block" ? slot.children : undefined;
  }
  return slot;
}
