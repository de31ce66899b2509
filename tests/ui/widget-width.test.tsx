import { afterEach, describe, expect, it } from "vitest";
import { el, mount } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const container = (m: { q: (s: string) => HTMLElement }) => m.q('[data-testid="stElementContainer"]');

describe("the shared width prop on the element container", () => {
  it("pixels fix the container width, capped by its parent", () => {
    const m = mount(el("text_input", { width: 300 }));
    expect(container(m).style.width).toBe("300px");
    expect(container(m).style.maxWidth).toBe("100%");
    expect(container(m).classList.contains("width-fixed")).toBe(true);
  });

  it("content shrinks the container to fit; stretch leaves it full width", () => {
    const c = mount(el("checkbox", { width: "content" }));
    expect(container(c).style.width).toBe("fit-content");
    document.body.innerHTML = "";
    const s = mount(el("selectbox", { width: "stretch" }));
    expect(container(s).style.width).toBe("");
    expect(container(s).classList.contains("width-stretch")).toBe(true);
  });

  it("applies to text elements too", () => {
    const m = mount(el("markdown", { width: 200 }));
    expect(container(m).style.width).toBe("200px");
  });

  it("elements without a width prop get no width style", () => {
    const m = mount(el("empty"));
    expect(container(m).getAttribute("style")).toBeNull();
  });
});

describe("buttons: width, icon_position and wrap", () => {
  it("content buttons keep their size; stretch and pixel buttons fill the container", () => {
    expect(mount(el("button", { width: "content" })).q('[data-testid="stButton"]').classList.contains("full-width")).toBe(false);
    document.body.innerHTML = "";
    expect(mount(el("button", { width: "stretch" })).q('[data-testid="stButton"]').classList.contains("full-width")).toBe(true);
    document.body.innerHTML = "";
    expect(mount(el("download_button", { width: 250 })).q('[data-testid="stDownloadButton"]').classList.contains("full-width")).toBe(true);
  });

  it("puts the icon after the label when icon_position is right", () => {
    const m = mount(el("button", { icon: "🔥", icon_position: "right" }));
    const kids = Array.from(m.q("button").children);
    expect(kids[kids.length - 1]?.textContent).toBe("🔥");
    expect(kids[0]?.classList.contains("button-label")).toBe(true);
  });

  it("puts the icon before the label by default, on link buttons and page links too", () => {
    for (const type of ["link_button", "page_link"] as const) {
      document.body.innerHTML = "";
      const m = mount(el(type, { icon: "🔥" }));
      const kids = Array.from(m.q("a").children);
      expect(kids[0]?.textContent).toBe("🔥");
    }
  });

  it("wrap=False keeps a button label on one line", () => {
    const m = mount(el("button", { wrap: false }));
    expect(m.q(".button-label").classList.contains("nowrap")).toBe(true);
  });

  it("wrap=False keeps a widget label on one line", () => {
    const m = mount(el("text_input", { wrap: false }));
    expect(m.q('[data-testid="stWidgetLabel"]').classList.contains("nowrap")).toBe(true);
    document.body.innerHTML = "";
    const n = mount(el("text_input", { wrap: null }));
    expect(n.q('[data-testid="stWidgetLabel"]').classList.contains("nowrap")).toBe(false);
  });
});

describe("wrap on text elements", () => {
  it("wrap=False marks markdown, text and headings as not wrapping", () => {
    expect(mount(el("markdown", { wrap: false })).q('[data-testid="stMarkdown"]').classList.contains("no-wrap")).toBe(true);
    document.body.innerHTML = "";
    expect(mount(el("text", { wrap: false })).q('[data-testid="stText"]').classList.contains("no-wrap")).toBe(true);
    document.body.innerHTML = "";
    expect(mount(el("heading", { wrap: false })).q('[data-testid="stHeading"]').classList.contains("no-wrap")).toBe(true);
    document.body.innerHTML = "";
    expect(mount(el("markdown")).q('[data-testid="stMarkdown"]').classList.contains("no-wrap")).toBe(false);
  });

  it("alerts, headings, feedback and pagination carry their width on the container", () => {
    for (const [type, width] of [["alert", 320], ["heading", 280], ["feedback", "stretch"], ["pagination", 400]] as const) {
      document.body.innerHTML = "";
      const m = mount(el(type, { width }));
      expect(m.q('[data-testid="stElementContainer"]').className).toContain(typeof width === "number" ? "width-fixed" : `width-${width}`);
    }
  });
});

describe("icon inside the selectbox", () => {
  it("renders the icon before the input, and none by default", () => {
    const m = mount(el("selectbox", { icon: "🔍" }));
    expect(m.q('[data-testid="stSelectboxIcon"]').textContent).toBe("🔍");
    document.body.innerHTML = "";
    const n = mount(el("selectbox"));
    expect(n.root.querySelector('[data-testid="stSelectboxIcon"]')).toBeNull();
  });
});
