import { describe, expect, it } from "vitest";
import { withProp, type Memory } from "../../ui/src/widgets/useWidgetValue";

const memory = (over: Partial<Memory<string>>): Memory<string> => ({
  prop: "a",
  local: "a",
  committed: "a",
  sent: [],
  ...over,
});

describe("a widget's value when Python sends a new one (withProp)", () => {
  it("a value Python chose wins over an in-flight edit", () => {
    const m = memory({ local: "typing", committed: "a" });
    expect(withProp(m, "set by a callback")).toEqual({
      prop: "set by a callback",
      local: "set by a callback",
      committed: "set by a callback",
      sent: [],
    });
  });

  it("the echo of an older commit does not undo a newer one (a run cut short by it)", () => {
    const m = memory({ local: "d", committed: "d", sent: ["c", "d"] });
    expect(withProp(m, "c")).toEqual({ prop: "c", local: "d", committed: "d", sent: ["d"] });
  });

  it("the echo of the latest commit settles it, keeping text typed since", () => {
    expect(withProp(memory({ local: "d", committed: "d", sent: ["c", "d"] }), "d")).toEqual({
      prop: "d",
      local: "d",
      committed: "d",
      sent: [],
    });
    expect(withProp(memory({ local: "de", committed: "d", sent: ["d"] }), "d")).toEqual({
      prop: "d",
      local: "de",
      committed: "d",
      sent: [],
    });
  });

  it("an echo skipping older commits (merged by the worker) clears them all", () => {
    const m = memory({ local: "e", committed: "e", sent: ["c", "d", "e"] });
    expect(withProp(m, "e").sent).toEqual([]);
  });
});
