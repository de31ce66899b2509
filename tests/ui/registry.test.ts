// @vitest-environment node
import { describe, expect, it } from "vitest";
import { BLOCK_RENDERERS, ELEMENT_RENDERERS } from "../../ui/src/elements";
import { BLOCK_TYPES, ELEMENT_TYPES, PROTOCOL_SCHEMA } from "../../ui/src/protocol/generated";

describe("renderer registry", () => {
  it("names exactly the element types Python declares", () => {
    expect(Object.keys(ELEMENT_RENDERERS).sort()).toEqual([...ELEMENT_TYPES].sort());
    expect([...ELEMENT_TYPES]).toEqual(PROTOCOL_SCHEMA.element_types);
  });

  it("names exactly the block types Python declares", () => {
    expect(Object.keys(BLOCK_RENDERERS).sort()).toEqual([...BLOCK_TYPES].sort());
  });

  it("holds a function for every type", () => {
    for (const r of [...Object.values(ELEMENT_RENDERERS), ...Object.values(BLOCK_RENDERERS)]) {
      expect(typeof r).toBe("function");
    }
  });
});
