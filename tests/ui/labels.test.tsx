import { afterEach, describe, expect, it } from "vitest";
import { el, mount } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const labelHtml = (label: string) => mount(el("text_input", { label }, { id: "t" })).q("[data-testid=stWidgetLabel] .stMarkdownContainer").innerHTML;

describe("widget labels: the inline Markdown subset", () => {
  it("renders bold, italics, strikethrough, inline code, links and colored text", () => {
    expect(labelHtml("**b** *i* ~~s~~ `c` [l](https://x.org) :red[r]")).toBe(
      '<strong>b</strong> <em>i</em> <del>s</del> <code>c</code> <a href="https://x.org" target="_blank" rel="noopener noreferrer">l</a> <span class="st-fg-red">r</span>',
    );
  });

  it("shows block-level Markdown as literal text", () => {
    expect(labelHtml("# Title")).toBe("# Title");
    expect(labelHtml("1. item")).toBe("1. item");
    expect(labelHtml("> quote")).toBe("&gt; quote");
  });

  it("escapes HTML and drops scripts", () => {
    expect(labelHtml('<img src=x onerror="alert(1)">hi')).toBe("&lt;img src=x onerror=\"alert(1)\"&gt;hi");
    expect(labelHtml("[x](javascript:alert(1))")).not.toContain("javascript:");
  });

  it("draws :material/name: icons as font ligatures titled with their name", () => {
    expect(labelHtml("Done :material/check:")).toBe(
      'Done <span class="material-icon" title="check" aria-hidden="true" translate="no">check</span>',
    );
    expect(labelHtml(":material/zzz_unknown:")).toContain('title="zzz_unknown"');
    // The accessible name leaves the icon out.
    expect(mount(el("text_input", { label: "Go :material/send:" }, { id: "t" })).q("input").getAttribute("aria-label")).toBe("Go");
  });

  it("shows images like icons", () => {
    expect(labelHtml("![logo](https://x.org/a.png) Brand")).toBe('<img src="https://x.org/a.png" alt="logo"> Brand');
  });
});

describe("button icons", () => {
  it("renders emoji and material icons before the label", () => {
    const emoji = mount(el("button", { icon: "🔥", label: "Hot" }, { id: "b" }));
    expect(emoji.q(".user-icon").textContent).toBe("🔥");
    const material = mount(el("button", { icon: ":material/rocket_launch:", label: "Go" }, { id: "b2" }));
    const icon = material.q(".material-icon");
    expect([icon.textContent, icon.getAttribute("title"), icon.getAttribute("aria-hidden")]).toEqual(["rocket_launch", "rocket_launch", "true"]);
  });
});
