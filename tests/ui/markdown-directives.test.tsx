/** Streamlit's Markdown directives, emoji, LaTeX and text element parameters in the UI. */
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { extrasSettled } from "../../ui/src/markdown/extras";
import { renderMarkdown, slugify } from "../../ui/src/markdown/render";
import { el, mount } from "./fixtures";

/** Let lazily loaded KaTeX / gemoji arrive and the waiting Markdown re-render. */
async function settle(): Promise<void> {
  await extrasSettled();
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function dom(body: string, options: { inline?: boolean; allowHtml?: boolean; anchors?: boolean } = {}): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = renderMarkdown(body, options);
  return div;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("colour, background, badge and small directives", () => {
  it("maps every documented colour to its class (grey is gray)", () => {
    const colors = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];
    const d = dom(colors.map((c) => `:${c}[${c}]`).join(" "));
    for (const c of colors) expect(d.querySelector(`.st-fg-${c === "grey" ? "gray" : c}`)).not.toBeNull();
    expect(d.querySelectorAll(".st-fg-gray")).toHaveLength(2);
  });

  it("renders backgrounds, badges (with icons) and small text", () => {
    const d = dom(":blue-background[bg] :green-badge[:material/check: Done] :small[fine print]");
    expect(d.querySelector(".st-bg-blue")?.textContent).toBe("bg");
    const badge = d.querySelector("[data-testid=stMarkdownBadge]");
    expect(badge?.className).toBe("st-badge st-badge-green");
    expect(badge?.querySelector(".material-icon")?.textContent).toBe("check");
    expect(badge?.textContent).toContain("Done");
    expect(d.querySelector("small.st-small")?.textContent).toBe("fine print");
  });

  it("nests Markdown and brackets inside directives", () => {
    const d = dom(":red[**bold** and [link](https://x.org)] :blue[a :green[b]]");
    expect(d.querySelector(".st-fg-red strong")?.textContent).toBe("bold");
    expect(d.querySelector(".st-fg-red a")?.getAttribute("href")).toBe("https://x.org");
    expect(d.querySelector(".st-fg-blue .st-fg-green")?.textContent).toBe("b");
  });

  it("leaves unknown colours and rainbow badges as text", () => {
    expect(dom(":pink[x] :rainbow-badge[y]").textContent?.trim()).toBe(":pink[x] :rainbow-badge[y]");
  });

  it("accepts custom CSS colours but never other CSS", () => {
    const ok = dom(':color[warn]{foreground="#d50000" background="rgb(0,100,200)"}');
    const span = ok.querySelector<HTMLElement>(".st-custom-color");
    expect(span?.style.color).toBe("rgb(213, 0, 0)");
    expect(span?.style.backgroundColor).toBe("rgb(0, 100, 200)");
    const bad = dom(':color[x]{foreground="red; position: fixed"}');
    expect(bad.querySelector(".st-custom-color")).toBeNull();
  });

  it("keeps directives in inline (label) Markdown", () => {
    const d = dom(":red[hot] :orange-badge[b] :small[s] :material/home:", { inline: true });
    expect(d.querySelector(".st-fg-red")).not.toBeNull();
    expect(d.querySelector(".st-badge-orange")).not.toBeNull();
    expect(d.querySelector("small")).not.toBeNull();
    expect(d.querySelector(".material-icon")?.textContent).toBe("home");
  });

  it("turns Streamlit's typographic shortcuts into symbols, but not in code", () => {
    expect(dom("a -> b <- c <-> d -- e >= f <= g ~= h").textContent?.trim()).toBe("a → b ← c ↔ d — e ≥ f ≤ g ≈ h");
    expect(dom("`a -> b`").querySelector("code")?.textContent).toBe("a -> b");
  });
});

describe("escaping", () => {
  it("escapes HTML inside directives unless unsafe_allow_html", () => {
    const d = dom(":red[<b>x</b>]");
    expect(d.querySelector(".st-fg-red b")).toBeNull();
    expect(d.querySelector(".st-fg-red")?.textContent).toBe("<b>x</b>");
    expect(dom(":red[<b>x</b>]", { allowHtml: true }).querySelector(".st-fg-red b")?.textContent).toBe("x");
  });

  it("keeps LaTeX source from injecting HTML", async () => {
    const first = dom("$<img src=x onerror=alert(1)>$");
    expect(first.querySelector("img")).toBeNull();
    await extrasSettled();
    const d = dom("$<img src=x onerror=alert(1)>$ $\\href{javascript:alert(1)}{x}$");
    expect(d.querySelector("img, [onerror]")).toBeNull();
    for (const a of d.querySelectorAll("a")) expect(a.getAttribute("href") ?? "").not.toMatch(/javascript:/);
  });
});

describe("emoji shortcodes", () => {
  it("become emoji once the table has loaded; unknown names stay text", async () => {
    const { q } = mount(el("markdown", { body: "Hi :smile: :+1: :not_an_emoji: 10:30:45" }, { id: null }));
    await settle();
    expect(q("[data-testid=stMarkdownContainer]").textContent?.trim()).toBe("Hi 😄 👍 :not_an_emoji: 10:30:45");
  });

  it("work in headings", async () => {
    const { q } = mount(el("heading", { body: "Party :tada:", level: "header" }, { id: null }));
    await settle();
    expect(q("h2").textContent).toContain("Party 🎉");
    expect(q("h2").id).toBe("party");
  });
});

describe("LaTeX", () => {
  it("renders inline and display math with KaTeX", async () => {
    const { root } = mount(el("markdown", { body: "Inline $a^2+b^2$ here.\n\n$$\n\\int_0^1 x\\,dx\n$$" }, { id: null }));
    await settle();
    const c = root.querySelector("[data-testid=stMarkdownContainer]")!;
    expect(c.querySelectorAll(".katex")).toHaveLength(2);
    expect(c.querySelector("p .katex .katex-html")).not.toBeNull();
    expect(c.querySelector(".st-math-block .katex-display .katex-html")).not.toBeNull();
    expect(c.querySelector("annotation")?.textContent).toBe("a^2+b^2");
  });

  it("an escaped dollar is text; a lone dollar is text", async () => {
    await extrasSettled();
    expect(dom("costs \\$5 and \\$10").querySelector(".katex")).toBeNull();
    expect(dom("costs \\$5 and \\$10").textContent?.trim()).toBe("costs $5 and $10");
    expect(dom("just $5").querySelector(".katex")).toBeNull();
  });

  it("st.latex is a display block marked stLatex", async () => {
    const { q } = mount(el("markdown", { body: "$$\ne^{i\\pi}+1=0\n$$", variant: "latex" }, { id: null }));
    await settle();
    expect(q("[data-testid=stMarkdown].stLatex .katex-display")).toBeTruthy();
  });

  it("math inside labels (inline Markdown) renders too", async () => {
    await extrasSettled();
    expect(dom("Speed $v^2$", { inline: true }).querySelector(".katex")).not.toBeNull();
  });
});

describe("headings inside Markdown", () => {
  it("get ids and link icons; anchors=false drops the icons", () => {
    const withLinks = mount(el("markdown", { body: "## My Heading" }, { id: null }));
    expect(withLinks.q("h2").id).toBe("my-heading");
    expect(withLinks.q("h2 a").getAttribute("href")).toBe("#my-heading");
    const without = mount(el("markdown", { body: "## My Heading", anchors: false }, { id: null }));
    expect(without.q("h2").id).toBe("my-heading");
    expect(without.root.querySelector("h2 a")).toBeNull();
  });

  it("slugs like Streamlit's: accents dropped, & as and, camelCase split, hash when empty", () => {
    expect(slugify("Hello World!")).toBe("hello-world");
    expect(slugify("Crème brûlée & Co")).toBe("creme-brulee-and-co");
    expect(slugify("camelCase title")).toBe("camel-case-title");
    expect(slugify("---")).toMatch(/^[0-9a-f]+$/);
  });
});

describe("text element parameters", () => {
  it("heading: icon before the text, text_alignment, divider colour", () => {
    const { q } = mount(
      el("heading", { body: "Sales", level: "header", icon: ":material/bar_chart:", text_alignment: "center", divider: "rainbow" }, { id: null }),
    );
    expect(q("[data-testid=stHeadingIcon]").textContent).toBe("bar_chart");
    expect(q("[data-testid=stHeading]").style.textAlign).toBe("center");
    expect(q("[data-testid=stHeadingDivider]").className).toContain("divider-rainbow");
    const emoji = mount(el("heading", { body: "Hi", level: "title", icon: "🎈" }, { id: null }));
    expect(emoji.q("[data-testid=stHeadingIcon]").textContent).toBe("🎈");
  });

  it("markdown, caption and text take text_alignment; text shows help", () => {
    const md = mount(el("markdown", { body: "x", text_alignment: "right" }, { id: null }));
    expect(md.q("[data-testid=stMarkdown]").style.textAlign).toBe("right");
    const cap = mount(el("markdown", { body: "x", variant: "caption", text_alignment: "justify" }, { id: null }));
    expect(cap.q("[data-testid=stCaption]").style.textAlign).toBe("justify");
    const text = mount(el("text", { body: "x", text_alignment: "center", help: "Tip" }, { id: null }));
    expect(text.q("[data-testid=stText]").style.textAlign).toBe("center");
    expect(text.q("[data-testid=stText] [data-testid=stTooltipIcon]")).toBeTruthy();
    const left = mount(el("text", { body: "x" }, { id: null }));
    expect(left.q("[data-testid=stText]").getAttribute("style")).toBeNull();
  });
});
