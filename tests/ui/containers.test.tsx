import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "preact/test-utils";
import { render } from "preact";
import { block, el, fire, key, mount } from "./fixtures";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, putNode, type Tree } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

/** Render a tree built by `build`; `redraw` renders a new tree into the same root. */
function mountTree(build: (t: Tree) => Tree) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const host = { send: (u: WidgetUpdate) => sent.push(u) };
  const redraw = (b: (t: Tree) => Tree) =>
    act(() =>
      render(
        <WidgetContext.Provider value={host}>
          <ChildrenView slots={b(emptyTree()).roots[0] ?? []} activeRunId={null} />
        </WidgetContext.Provider>,
        root,
      ),
    );
  redraw(build);
  const q = (sel: string) => root.querySelector<HTMLElement>(sel)!;
  const all = (sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
  return { root, sent, q, all, redraw };
}

const text = (body: string) => el("text", { body }, { id: null });

describe("expander", () => {
  const build = (props = {}, key: string | null = "ex") => (t: Tree) => {
    t = putNode(t, [0, 0], block("expander", { label: "More **info**", ...props }, key), 1);
    return putNode(t, [0, 0, 0], text("inside"), 1);
  };

  it("renders a details/summary with a Markdown label and its children", () => {
    const { q } = mountTree(build({ icon: "🔥" }));
    const ex = q("[data-testid=stExpander]");
    expect(ex.className).toBe("stExpander st-key-ex");
    expect(q("summary strong").textContent).toBe("info");
    expect(q("[data-testid=stExpanderIcon]").textContent).toBe("🔥");
    expect(q("details").hasAttribute("open")).toBe(false);
    expect(q("[data-testid=stExpanderDetails] .stText").textContent).toBe("inside");
  });

  it("toggles on summary click, keeps UI-only state and sends nothing without a widget id", () => {
    const { q, sent, redraw } = mountTree(build({ expanded: true }));
    expect(q("details").hasAttribute("open")).toBe(true);
    fire(q("summary"), new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(q("details").hasAttribute("open")).toBe(false);
    redraw(build({ expanded: true })); // a rerun with the same props keeps the user's choice
    expect(q("details").hasAttribute("open")).toBe(false);
    expect(sent).toEqual([]);
  });

  it("reports the open state when tracked", () => {
    const { q, sent } = mountTree(build({ widget_id: "$$ID-e" }));
    fire(q("summary"), new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(sent).toEqual([{ id: "$$ID-e", value: true }]);
  });
});

describe("tabs", () => {
  const build = (props = {}) => (t: Tree) => {
    t = putNode(t, [0, 0], block("tabs", { labels: ["One", "Two", "*Three*"], ...props }), 1);
    ["a", "b", "c"].forEach((body, i) => {
      t = putNode(t, [0, 0, i], block("tab", { label: body }), 1);
      t = putNode(t, [0, 0, i, 0], text(body), 1);
    });
    return t;
  };

  it("renders an accessible tablist linked to its panels", () => {
    const { all, q } = mountTree(build({ index: 1 }));
    const tabs = all("[role=tab]");
    expect(tabs.map((t) => t.textContent)).toEqual(["One", "Two", "Three"]);
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["false", "true", "false"]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    const panels = all("[role=tabpanel]");
    expect(panels.map((p) => p.hidden)).toEqual([true, false, true]);
    expect(panels[1]!.getAttribute("aria-labelledby")).toBe(tabs[1]!.id);
    expect(tabs[1]!.getAttribute("aria-controls")).toBe(panels[1]!.id);
    expect(q("[data-testid=stTabs] [role=tablist]")).not.toBeNull();
  });

  it("switches by click and by arrow keys, Home and End, without sending", () => {
    const { all, sent } = mountTree(build());
    const tabs = () => all("[role=tab]");
    const visible = () => all("[role=tabpanel]").findIndex((p) => !p.hidden);
    fire(tabs()[2]!, new MouseEvent("click", { bubbles: true }));
    expect(visible()).toBe(2);
    key(tabs()[2]!, "keydown", "ArrowRight");
    expect(visible()).toBe(0);
    expect(document.activeElement).toBe(tabs()[0]);
    key(tabs()[0]!, "keydown", "ArrowLeft");
    expect(visible()).toBe(2);
    key(tabs()[2]!, "keydown", "Home");
    expect(visible()).toBe(0);
    key(tabs()[0]!, "keydown", "End");
    expect(visible()).toBe(2);
    expect(sent).toEqual([]);
  });

  it("sends the selected index when tracked", () => {
    const { all, sent } = mountTree(build({ widget_id: "$$ID-t" }));
    fire(all("[role=tab]")[1]!, new MouseEvent("click", { bubbles: true }));
    expect(sent).toEqual([{ id: "$$ID-t", value: 1 }]);
  });
});

describe("popover", () => {
  const build = (props = {}) => (t: Tree) => {
    t = putNode(t, [0, 0], block("popover", { label: "Menu", ...props }), 1);
    return putNode(t, [0, 0, 0], text("panel"), 1);
  };

  it("opens on click, closes on Escape (focus back) and on outside pointerdown", () => {
    const { q } = mountTree(build({ help: "tip" }));
    const button = q("[data-testid=stPopover] button");
    const body = q("[data-testid=stPopoverBody]");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(body.hidden).toBe(true);
    fire(button, new MouseEvent("click", { bubbles: true }));
    expect(body.hidden).toBe(false);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(button.getAttribute("aria-controls")).toBe(body.id);
    fire(body, new Event("pointerdown", { bubbles: true, composed: true })); // inside: stays open
    expect(body.hidden).toBe(false);
    fire(document.body, new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(body.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    fire(button, new MouseEvent("click", { bubbles: true }));
    fire(document.body, new Event("pointerdown", { bubbles: true, composed: true }));
    expect(body.hidden).toBe(true);
    expect(q("[data-testid=stTooltipIcon]")).not.toBeNull();
  });

  it("a disabled popover cannot open", () => {
    const { q } = mountTree(build({ disabled: true }));
    expect((q("[data-testid=stPopover] button") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("download_button", () => {
  function spyDownloads() {
    const saved: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    return { saved, blobs };
  }

  it("saves the bytes with the file name and MIME type, then triggers a rerun", async () => {
    const { saved, blobs } = spyDownloads();
    const data = new TextEncoder().encode("hello").buffer;
    const { q, sent } = mount(el("download_button", { data, file_name: "a.txt" }, { id: "$$ID-d" }));
    expect(q("[data-testid=stDownloadButton] button").getAttribute("data-testid")).toBe("stBaseButton-secondary");
    fire(q("button"), new MouseEvent("click", { bubbles: true }));
    expect(saved).toEqual([{ name: "a.txt", href: "blob:test/1" }]);
    expect(blobs[0]!.type).toBe("text/plain");
    expect(await blobs[0]!.text()).toBe("hello");
    expect(sent).toEqual([{ id: "$$ID-d", value: true, trigger: true }]);
  });

  it("on_click=ignore saves without a rerun", () => {
    const { saved } = spyDownloads();
    const { q, sent } = mount(el("download_button", { data: new ArrayBuffer(2), on_click: "ignore" }));
    fire(q("button"), new MouseEvent("click", { bubbles: true }));
    expect(saved.length).toBe(1);
    expect(sent).toEqual([]);
  });

  it("a deferred button asks Python, then saves when the bytes arrive", () => {
    const { saved } = spyDownloads();
    const node = el("download_button", { deferred: true, data: null, file_name: "lazy.txt" }, { id: "$$ID-l" });
    const { q, sent, rerender } = mount(node);
    fire(q("button"), new MouseEvent("click", { bubbles: true }));
    expect(saved).toEqual([]);
    expect(sent).toEqual([{ id: "$$ID-l", value: true, trigger: true }]);
    rerender(el("download_button", { deferred: true, data: new ArrayBuffer(3), file_name: "lazy.txt" }, { id: "$$ID-l" }));
    expect(saved.map((s) => s.name)).toEqual(["lazy.txt"]);
    rerender(el("download_button", { deferred: true, data: new ArrayBuffer(4), file_name: "lazy.txt" }, { id: "$$ID-l" }));
    expect(saved.length).toBe(1); // only once per click
  });
});

describe("links and space", () => {
  it("link_button opens its URL in a new tab; rerun mode also triggers", () => {
    const { q, sent } = mount(el("link_button", { url: "https://example.com/x", type: "primary", on_click: "rerun" }, { id: "$$ID-k" }));
    const a = q("[data-testid=stLinkButton] a");
    expect(a.getAttribute("data-testid")).toBe("stBaseLinkButton-primary");
    expect(a.getAttribute("href")).toBe("https://example.com/x");
    expect(a.getAttribute("target")).toBe("_blank");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    a.addEventListener("click", (e) => e.preventDefault()); // jsdom cannot navigate
    fire(a, new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(sent).toEqual([{ id: "$$ID-k", value: true, trigger: true }]);
  });

  it("a disabled link has no href", () => {
    const { q } = mount(el("link_button", { disabled: true }, { id: null }));
    expect(q("a").hasAttribute("href")).toBe(false);
    expect(q("a").getAttribute("aria-disabled")).toBe("true");
  });

  it("page_link renders an external link", () => {
    const { q } = mount(el("page_link", { label: "Docs", url: "https://docs.streamlit.io/", icon: "📖" }, { id: null }));
    const a = q("[data-testid=stPageLink-NavLink]");
    expect(a.getAttribute("href")).toBe("https://docs.streamlit.io/");
    expect(a.textContent).toBe("📖Docs");
  });

  it("space has the named or pixel height", () => {
    expect(mount(el("space", { size: "medium" }, { id: null })).q("[data-testid=stSpace]").style.height).toBe("2.5rem");
    expect(mount(el("space", { size: 40 }, { id: null })).q("[data-testid=stSpace]").style.height).toBe("40px");
  });
});

describe("grid", () => {
  it("lays direct children and spanning cells on a CSS grid", () => {
    const { q } = mountTree((t) => {
      t = putNode(t, [0, 0], block("grid", { columns: 3, gap: "medium", border: true, dense: true }, "g"), 1);
      t = putNode(t, [0, 0, 0], text("one"), 1);
      t = putNode(t, [0, 0, 1], block("grid_cell", { column_span: 2, row_span: 3 }), 1);
      return putNode(t, [0, 0, 1, 0], text("wide"), 1);
    });
    const g = q("[data-testid=stGrid]");
    expect(g.className).toBe("stGrid bordered st-key-g");
    expect(g.style.gridTemplateColumns).toBe("repeat(auto-fill, minmax(max(min(192px, 100%), calc((100% - 2 * 2rem) / 3)), 1fr))");
    expect(g.style.gridAutoFlow).toBe("row dense");
    expect(Array.from(g.children).map((c) => c.getAttribute("data-testid"))).toEqual(["stElementContainer", "stGridCell"]);
    const cell = q("[data-testid=stGridCell]");
    expect([cell.style.gridColumn, cell.style.gridRow]).toEqual(["span 2", "span 3"]);
    expect(cell.textContent).toBe("wide");
  });
});

describe("width", () => {
  it("applies content and pixel widths through one helper", () => {
    const px = mountTree((t) => putNode(t, [0, 0], block("expander", { width: 240 }), 1));
    expect(px.q("[data-testid=stExpander]").style.width).toBe("240px");
    const content = mount(el("link_button", { width: "content" }, { id: null }));
    // Elements carry their width on the element container around them.
    expect(content.q("[data-testid=stElementContainer]").style.width).toBe("fit-content");
    const stretch = mount(el("download_button", { width: "stretch" }));
    expect(stretch.q("[data-testid=stDownloadButton]").className).toContain("full-width");
  });
});
