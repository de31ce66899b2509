import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "preact/test-utils";
import { block, el, mount } from "./fixtures";
import { render } from "preact";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, putNode } from "../../ui/src/tree";

afterEach(() => {
  document.body.innerHTML = "";
  vi.useRealTimers();
});

const html = (e: Element) => e.innerHTML;

describe("element container", () => {
  it("wraps every element and adds the sanitized st-key class", () => {
    const { root } = mount(el("text", { body: "hi" }, { id: null, key: "my key/1" }));
    expect(html(root)).toMatchInlineSnapshot(`"<div data-testid="stElementContainer" class="stElementContainer element-container width-content st-key-my-key-1" data-stale="false" style="width: fit-content; max-width: 100%;"><div data-testid="stText" class="stText"><span class="text-body">hi</span></div></div>"`);
  });

  it("hides st.empty", () => {
    const { q } = mount(el("empty", {}, { id: null }));
    expect(q("[data-testid=stElementContainer]").className).toContain("empty");
    expect(q("[data-testid=stEmpty]").textContent).toBe("");
  });

  it("contains a renderer crash in its slot", () => {
    const bad = el("json", { body: "{}" });
    // An impossible value for `expanded` makes the renderer throw while other slots survive.
    (bad.props as { expanded: unknown }).expanded = { boom: true };
    Object.defineProperty(bad.props, "body", { get: () => { throw new Error("kaboom"); } });
    const { root } = mount(bad);
    expect(root.querySelector("[data-testid=stAlertContentError]")?.textContent).toContain("kaboom");
  });
});

describe("heading", () => {
  it("renders a title with an anchor slug", () => {
    const { root } = mount(el("heading", { body: "Hello *World*!" }, { id: null }));
    expect(html(root.querySelector("[data-testid=stHeading]")!)).toMatchInlineSnapshot(`"<h1 id="hello-world"><span data-testid="stHeadingWithActionElements" class="heading-content"><span data-testid="stMarkdownContainer" class="stMarkdownContainer">Hello <em>World</em>!</span><span data-testid="stHeaderActionElements" class="heading-actions"><a href="#hello-world" aria-label="Link to this heading"><svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"></path><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"></path></svg></a></span></span></h1>"`);
  });

  it("uses h2/h3, honours anchor=false and a custom anchor, draws the divider", () => {
    const h2 = mount(el("heading", { body: "A", level: "header", anchor: false, divider: "blue" }, { id: null }));
    expect(h2.q("h2").id).toBe("");
    expect(h2.root.querySelector("a")).toBeNull();
    expect(h2.q("[data-testid=stHeadingDivider]").className).toBe("heading-divider divider-blue");
    const h3 = mount(el("heading", { body: "B", level: "subheader", anchor: "custom" }, { id: null }));
    expect(h3.q("h3").id).toBe("custom");
    expect(h3.q("a").getAttribute("href")).toBe("#custom");
  });
});

describe("markdown", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const body = "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~gone~~ **bold**\n\n```py\nx = 1\n```";
    const { q } = mount(el("markdown", { body }, { id: null }));
    const c = q("[data-testid=stMarkdown] > [data-testid=stMarkdownContainer]");
    expect(c.querySelector("table td")?.textContent).toBe("1");
    expect(c.querySelector("input[type=checkbox]")?.hasAttribute("checked")).toBe(true);
    expect(c.querySelector("del")?.textContent).toBe("gone");
    expect(c.querySelector("pre code.language-py")?.textContent).toBe("x = 1\n");
  });

  it("shows raw HTML as text unless unsafe_allow_html", () => {
    const safe = mount(el("markdown", { body: "a <b>bold</b>\n\n<div class='x'>block</div>" }, { id: null }));
    const c = safe.q("[data-testid=stMarkdownContainer]");
    expect(c.querySelector("b")).toBeNull();
    expect(c.querySelector("div.x")).toBeNull();
    expect(c.textContent).toContain("<b>bold</b>");
    expect(c.textContent).toContain("<div class='x'>block</div>");

    const unsafe = mount(el("markdown", { body: "a <b>bold</b>", unsafe_allow_html: true }, { id: null }));
    expect(unsafe.q("[data-testid=stMarkdownContainer] b").textContent).toBe("bold");
  });

  it("never lets scripts, handlers or javascript: URLs through, even with unsafe_allow_html", () => {
    const body =
      '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>' +
      '<div onclick="alert(4)">d</div>\n\n[link](javascript:alert(5))';
    for (const unsafe of [false, true]) {
      const { q } = mount(el("markdown", { body, unsafe_allow_html: unsafe }, { id: null }));
      const c = q("[data-testid=stMarkdownContainer]");
      expect(c.querySelector("script")).toBeNull();
      expect(c.querySelector("[onerror], [onclick]")).toBeNull();
      for (const a of c.querySelectorAll("a")) expect(a.getAttribute("href") ?? "").not.toMatch(/javascript:/i);
    }
  });

  it("keeps a <style> block with unsafe_allow_html (scoped by the shadow root)", () => {
    const { q } = mount(el("markdown", { body: "<style>.x{color:red}</style>", unsafe_allow_html: true }, { id: null }));
    expect(q("[data-testid=stMarkdownContainer] style").textContent).toBe(".x{color:red}");
  });

  it("opens links in a new tab and supports :color[text]", () => {
    const { q } = mount(el("markdown", { body: "[s](https://streamlit.io) :red[warm] :blue-background[cool]" }, { id: null }));
    expect(q("a").getAttribute("target")).toBe("_blank");
    expect(q("a").getAttribute("rel")).toBe("noopener noreferrer");
    expect(q(".st-fg-red").textContent).toBe("warm");
    expect(q(".st-bg-blue").textContent).toBe("cool");
  });

  it("renders captions small with their own test id", () => {
    const { root } = mount(el("markdown", { body: "small", variant: "caption" }, { id: null }));
    expect(html(root.querySelector("[data-testid=stCaption]")!)).toMatchInlineSnapshot(`
      "<div data-testid="stCaptionContainer" class="stMarkdownContainer"><p>small</p>
      </div>"
    `);
  });
});

describe("display elements", () => {
  it("text is plain, never Markdown", () => {
    const { q } = mount(el("text", { body: "**not bold** <i>x</i>" }, { id: null }));
    expect(q("[data-testid=stText]").textContent).toBe("**not bold** <i>x</i>");
  });

  it("code shows a language class and a copy button", async () => {
    const { root } = mount(el("code", { body: "x = 1\n" }, { id: null }));
    expect(html(root.querySelector("[data-testid=stCode]")!)).toMatchInlineSnapshot(`"<pre><code class="language-python">x = 1</code></pre><button type="button" data-testid="stCodeCopyButton" class="code-copy" title="Copy to clipboard"><svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><rect x="8" y="8" width="12" height="12" rx="2"></rect><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"></path></svg></button>"`);
    // Then the lazily loaded grammar highlights it (see tests/ui/code.test.tsx).
    await vi.waitFor(() => expect(root.querySelector("code.hljs .hljs-number")?.textContent).toBe("1"));
  });

  it("code can number lines", () => {
    const { root } = mount(el("code", { body: "a\nb", line_numbers: true, language: null }, { id: null }));
    expect([...root.querySelectorAll(".line-number")].map((n) => n.textContent)).toEqual(["1", "2"]);
    expect(root.querySelector("code")?.className).toBe("");
  });

  it("divider is Markdown's rule", () => {
    const { q } = mount(el("divider", {}, { id: null }));
    expect(q("[data-testid=stMarkdown] hr[data-testid=stDivider]")).toBeTruthy();
  });

  it("json expands to a depth", () => {
    const body = JSON.stringify({ a: { b: { c: 1 } }, list: [true, null, "s"] });
    const all = mount(el("json", { body, expanded: true }, { id: null }));
    expect([...all.root.querySelectorAll("details")].map((d) => d.open)).toEqual([true, true, true, true]);
    const one = mount(el("json", { body, expanded: 1 }, { id: null }));
    expect([...one.root.querySelectorAll("details")].map((d) => d.open)).toEqual([true, false, false, false]);
    const none = mount(el("json", { body, expanded: false }, { id: null }));
    expect(none.root.querySelector("details")?.open).toBe(false);
    expect(all.q(".json-string").textContent).toBe('"s"');
  });

  it("alert has its kind's content test id and icon", () => {
    const { root } = mount(el("alert", { kind: "success", body: "Done **now**", icon: "✅" }, { id: null }));
    expect(html(root.querySelector("[data-testid=stAlert]")!)).toMatchInlineSnapshot(`
      "<div role="alert" data-testid="stAlertContainer" class="stAlertContainer alert-success"><div data-testid="stAlertContentSuccess" class="alert-content"><span data-testid="stAlertDynamicIcon" class="user-icon" aria-hidden="true">✅</span><div data-testid="stMarkdownContainer" class="stMarkdownContainer"><p>Done <strong>now</strong></p>
      </div></div></div>"
    `);
  });

  it("exception emphasises user frames", () => {
    const frames = [
      { filename: "/lib/x.py", lineno: 3, name: "f", line: "raise X", is_user_code: false },
      { filename: "app.py", lineno: 9, name: "<module>", line: "1/0", is_user_code: true },
    ];
    const { q, root } = mount(el("exception", { type_name: "ZeroDivisionError", message: "division by zero", frames }, { id: null }));
    expect(q("[data-testid=stExceptionMessage]").textContent).toBe("ZeroDivisionError: division by zero");
    expect(q(".user-frame").textContent).toBe('  File "app.py", line 9, in <module>\n    1/0\n');
    expect(root.querySelectorAll("[data-testid=stExceptionTraceback] .frame")).toHaveLength(2);
  });

  it("progress is a 0-100 bar", () => {
    const { q } = mount(el("progress", { value: 130, text: "Loading" }, { id: null }));
    expect(q("[role=progressbar]").getAttribute("aria-valuenow")).toBe("100");
    expect(q(".progress-fill").style.width).toBe("100%");
    expect(q("[data-testid=stProgress]").textContent?.trim()).toBe("Loading");
  });

  it("spinner counts elapsed time itself", () => {
    vi.useFakeTimers();
    const { q } = mount(el("spinner", { text: "Wait", show_time: true }, { id: null }));
    expect(q("[data-testid=stSpinnerTimer]").textContent).toBe("(0.0 seconds)");
    act(() => {
      vi.advanceTimersByTime(2500);
    });
    expect(q("[data-testid=stSpinnerTimer]").textContent).toBe("(2.5 seconds)");
  });
});

describe("blocks", () => {
  function mountTree(build: (t: ReturnType<typeof emptyTree>) => ReturnType<typeof emptyTree>, activeRunId: number | null = null) {
    const root = document.createElement("div");
    document.body.appendChild(root);
    act(() => render(<ChildrenView slots={build(emptyTree()).roots[0] ?? []} activeRunId={activeRunId} />, root));
    return root;
  }

  it("columns render a row of weighted columns with vertical blocks", () => {
    const root = mountTree((t) => {
      t = putNode(t, [0, 0], block("columns", { gap: "medium" }), 1);
      t = putNode(t, [0, 0, 0], block("column", { weight: 2 }), 1);
      t = putNode(t, [0, 0, 1], block("column", { weight: 1, vertical_alignment: "center" }), 1);
      return putNode(t, [0, 0, 1, 0], el("text", { body: "x" }, { id: null }), 1);
    });
    expect(root.innerHTML).toMatchInlineSnapshot(`"<div data-testid="stHorizontalBlock" class="stHorizontalBlock columns" style="gap: 2rem; align-items: stretch;"><div data-testid="stColumn" class="stColumn" style="flex: 2 1 0%; justify-content: flex-start;"><div data-testid="stVerticalBlock" class="stVerticalBlock"></div></div><div data-testid="stColumn" class="stColumn" style="flex: 1 1 0%; justify-content: center;"><div data-testid="stVerticalBlock" class="stVerticalBlock"><div data-testid="stElementContainer" class="stElementContainer element-container width-content" data-stale="false" style="width: fit-content; max-width: 100%;"><div data-testid="stText" class="stText"><span class="text-body">x</span></div></div></div></div></div>"`);
  });

  it("a container with a height scrolls inside a border; key adds its class", () => {
    const root = mountTree((t) => putNode(t, [0, 0], block("container", { height: 200 }, "box"), 1));
    expect(root.innerHTML).toMatchInlineSnapshot(`"<div data-test-scroll-behavior="auto" data-testid="stVerticalBlockBorderWrapper" class="stVerticalBlockBorderWrapper bordered scrolling" style="height: 200px;"><div data-testid="stVerticalBlock" class="stVerticalBlock st-key-box" style="gap: 1rem; justify-content: flex-start; align-items: stretch;"></div></div>"`);
  });

  it("a horizontal container is a stHorizontalBlock", () => {
    const root = mountTree((t) => putNode(t, [0, 0], block("container", { horizontal: true, horizontal_alignment: "distribute" }), 1));
    const row = root.querySelector<HTMLElement>("[data-testid=stHorizontalBlock]");
    expect(row?.style.justifyContent).toBe("space-between");
  });

  it("wrap=false keeps a horizontal container on one line and columns side by side", () => {
    const root = mountTree((t) => {
      t = putNode(t, [0, 0], block("container", { horizontal: true, wrap: false }), 1);
      t = putNode(t, [0, 1], block("container", { horizontal: true }), 1);
      t = putNode(t, [0, 2], block("columns", { wrap: false }), 1);
      return putNode(t, [0, 3], block("columns", {}), 1);
    });
    const rows = [...root.querySelectorAll<HTMLElement>("[data-testid=stHorizontalBlock]")];
    expect(rows.map((r) => r.style.flexWrap)).toEqual(["nowrap", "", "", ""]);
    expect(rows.map((r) => r.classList.contains("nowrap"))).toEqual([false, false, true, false]);
  });

  it("a form takes the shared width", () => {
    const root = mountTree((t) => {
      t = putNode(t, [0, 0], block("form", { form_id: "a", width: 320 }), 1);
      return putNode(t, [0, 1], block("form", { form_id: "b", width: "content" }), 1);
    });
    const forms = [...root.querySelectorAll<HTMLElement>("[data-testid=stForm]")];
    expect(forms.map((f) => f.style.width)).toEqual(["320px", "fit-content"]);
    expect(forms[0]?.style.maxWidth).toBe("100%");
  });

  it("marks elements stale while a newer run is active", () => {
    const root = mountTree((t) => {
      t = putNode(t, [0, 0], el("text", { body: "old" }, { id: null }), 1);
      return putNode(t, [0, 1], el("text", { body: "new" }, { id: null }), 2);
    }, 2);
    const states = [...root.querySelectorAll("[data-testid=stElementContainer]")].map((e) => e.getAttribute("data-stale"));
    expect(states).toEqual(["true", "false"]);
  });

  it("renders an invalid node as an error in its own slot", () => {
    const root = mountTree((t) => {
      t = putNode(t, [0, 0], el("text", { body: "fine" }, { id: null }), 1);
      return putNode(t, [0, 1], { kind: "invalid", errors: ["$.node.props.body: expected string, got 1"] }, 1);
    });
    expect(root.querySelector("[data-testid=stText]")?.textContent).toBe("fine");
    expect(root.querySelector("[data-testid=wasmlitInvalidElement]")?.textContent).toContain("expected string, got 1");
  });
});
