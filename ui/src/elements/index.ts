/**
 * The one UI registry: a renderer for every element and block type Python
 * declares. The mapped types make tsc fail when a type has no renderer.
 */
import { alert } from "./alert";
import { button } from "./button";
import { checkbox } from "./checkbox";
import { code } from "./code";
import { column } from "./column";
import { columns } from "./columns";
import { container } from "./container";
import { divider } from "./divider";
import { empty } from "./empty";
import { exception } from "./exception";
import { heading } from "./heading";
import { json } from "./json";
import { markdown } from "./markdown";
import { multiselect } from "./multiselect";
import { number_input } from "./number_input";
import { progress } from "./progress";
import { radio } from "./radio";
import { selectbox } from "./selectbox";
import { slider } from "./slider";
import { spinner } from "./spinner";
import { text } from "./text";
import { text_area } from "./text_area";
import { text_input } from "./text_input";
import { toggle } from "./toggle";
import type { ComponentChildren, FunctionComponent } from "preact";
import type { BlockNode, ElementNode } from "../protocol/generated";
import type { BlockRegistry, ElementRegistry } from "./types";

export const ELEMENT_RENDERERS: ElementRegistry = {
  alert,
  button,
  checkbox,
  code,
  divider,
  empty,
  exception,
  heading,
  json,
  markdown,
  multiselect,
  number_input,
  progress,
  radio,
  selectbox,
  slider,
  spinner,
  text,
  text_area,
  text_input,
  toggle,
};

export const BLOCK_RENDERERS: BlockRegistry = { column, columns, container };

type AnyElementRenderer = FunctionComponent<{ node: ElementNode }>;
type AnyBlockRenderer = FunctionComponent<{ node: BlockNode; children: ComponentChildren }>;

/** The renderer of a node; the registry's types guarantee it exists. */
export function elementRenderer(node: ElementNode): AnyElementRenderer {
  return ELEMENT_RENDERERS[node.type] as AnyElementRenderer;
}

export function blockRenderer(node: BlockNode): AnyBlockRenderer {
  return BLOCK_RENDERERS[node.type] as AnyBlockRenderer;
}
