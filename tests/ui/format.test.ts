import { describe, expect, it } from "vitest";
import { decimalsOf, sprintf } from "../../ui/src/format";
import { markdownToText, renderMarkdown } from "../../ui/src/markdown/render";
import { slugify } from "../../ui/src/elements/heading";
import { keyClass } from "../../ui/src/elements/types";
import { moveThumb, nearestThumb, snap } from "../../ui/src/widgets/slider-math";
import { clampNumber, parseNumber, stepNumber } from "../../ui/src/widgets/number";

describe("sprintf", () => {
  it.each([
    ["%d", 42.9, "42"],
    ["%i", -3.2, "-3"],
    ["%0.2f", 3.14159, "3.14"],
    ["%.1f%%", 12.345, "12.3%"],
    ["$%,d", 1234567, "$1,234,567"],
    ["%05d", 42, "00042"],
    ["%+d", 5, "+5"],
    ["%e", 12345.678, "1.234568e+04"],
    ["%g", 0.0001234, "0.0001234"],
    ["%s years", 3, "3 years"],
    ["no spec", 7, "no spec"],
    ["", 7, "7"],
  ])("%s of %s is %s", (fmt, value, out) => {
    expect(sprintf(fmt, value)).toBe(out);
  });

  it("counts decimals of a step", () => {
    expect([decimalsOf(1), decimalsOf(0.25), decimalsOf(1e-7)]).toEqual([0, 2, 7]);
  });
});

describe("slider and number math", () => {
  it("snaps to steps without binary noise and clamps", () => {
    expect(snap(0.30000000004, { min: 0, max: 1, step: 0.1 })).toBe(0.3);
    expect(snap(7.4, { min: 0, max: 10, step: 5 })).toBe(5);
    expect(snap(12, { min: 0, max: 10, step: 1 })).toBe(10);
  });

  it("keeps range thumbs ordered and finds the nearest", () => {
    expect(moveThumb([2, 5], 0, 9, { min: 0, max: 10, step: 1 })).toEqual([5, 5]);
    expect(nearestThumb([2, 5], 4)).toBe(1);
    expect(nearestThumb([2, 5], 1)).toBe(0);
  });

  it("parses, clamps and steps numbers", () => {
    expect(parseNumber(" 1.5 ", "float")).toBe(1.5);
    expect(parseNumber("1.5", "int")).toBe(2);
    expect(parseNumber("1,5", "float")).toBeNull();
    expect(parseNumber("", "float")).toBeNull();
    expect(clampNumber(12, { min: 0, max: 10 })).toBe(10);
    expect(clampNumber(-1, { min: null, max: 10 })).toBe(-1);
    expect(stepNumber(0.1, 2, 0.1)).toBe(0.3);
  });
});

describe("names", () => {
  it("slugs headings like Streamlit's anchors", () => {
    expect(slugify("Hello World!")).toBe("hello-world");
    expect(slugify(markdownToText("My **bold** [link](http://x) title"))).toBe("my-bold-link-title");
    expect(slugify("Ünïcode  —  data")).toBe("unicode-data");
  });

  it("makes key classes safe", () => {
    expect(keyClass("a b.c")).toBe("st-key-a-b-c");
    expect(keyClass("ok_key-1")).toBe("st-key-ok_key-1");
    expect(keyClass(null)).toBe("");
  });
});

describe("renderMarkdown", () => {
  it("renders inline Markdown without a paragraph", () => {
    expect(renderMarkdown("**a** `b`", { inline: true })).toBe("<strong>a</strong> <code>b</code>");
  });

  it("escapes inline and block HTML when not allowed", () => {
    expect(renderMarkdown("x <img src=x onerror=alert(1)>", { inline: true })).toBe(
      "x &lt;img src=x onerror=alert(1)&gt;",
    );
  });

  it("sanitizes allowed HTML", () => {
    expect(renderMarkdown('<img src="x" onerror="alert(1)"><b>ok</b>', { inline: true, allowHtml: true })).toBe(
      '<img src="x"><b>ok</b>',
    );
  });
});
