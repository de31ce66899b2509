/**
 * The block of one st.fragment (its body, or a portal in an outside
 * container). It adds no box of its own (`display: contents`), so the
 * fragment's elements lay out as children of the surrounding container; it
 * only gives fragment runs a subtree to replace (tree.ts `pruneFragment`).
 */
import type { BlockRenderer } from "./types";

export const fragment: BlockRenderer<"fragment"> = ({ node, children }) => (
  <div data-testid="stFragment" class="stFragment" data-fragment-id={node.props.fragment_id}>
    {children}
  </div>
);
