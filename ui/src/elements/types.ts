/** Renderer types: one function of its node per element and block type. */
import type { ComponentChildren, FunctionComponent } from "preact";
import type { BlockNode, BlockType, ElementNode, ElementType } from "../protocol/generated";

export type ElementOf<T extends ElementType> = Extract<ElementNode, { type: T }>;
export type BlockOf<T extends BlockType> = Extract<BlockNode, { type: T }>;

export type ElementRenderer<T extends ElementType = ElementType> = FunctionComponent<{ node: ElementOf<T> }>;
export type BlockRenderer<T extends BlockType = BlockType> = FunctionComponent<{
  node: BlockOf<T>;
  children: ComponentChildren;
}>;

/** `Record<ElementType, ...>` with each entry typed by its own node. */
export type ElementRegistry = { [T in ElementType]: ElementRenderer<T> };
export type BlockRegistry = { [T in BlockType]: BlockRenderer<T> };

/** Streamlit's `st-key-<key>` class; characters invalid in a class become "-". */
export function keyClass(key: string | null): string {
  return key === null ? "" : `st-key-${key.trim().replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

export type Gap = "xxsmall" | "xsmall" | "small" | "medium" | "large" | "xlarge" | "xxlarge" | null;

const GAPS: Record<Exclude<Gap, null>, string> = {
  xxsmall: "0.25rem",
  xsmall: "0.5rem",
  small: "1rem",
  medium: "2rem",
  large: "4rem",
  xlarge: "6rem",
  xxlarge: "8rem",
};

export function gapSize(gap: Gap): string {
  return gap === null ? "0" : GAPS[gap];
}
