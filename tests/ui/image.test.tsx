import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppController } from "../../ui/src/app/controller";
import { initialState, receive } from "../../ui/src/app/state";
import { App } from "../../ui/src/layout/App";
import { safeHref } from "../../ui/src/media/sourceImage";
import type { LogoMessage } from "../../ui/src/protocol/generated";
import { el, FakeTransport, mount } from "./fixtures";

// jsdom has no object URLs; give the spies something to wrap.
if (!("createObjectURL" in URL)) {
  Object.assign(URL, { createObjectURL: () => "", revokeObjectURL: () => undefined });
}

let created: Blob[] = [];
let revoked: string[] = [];
beforeEach(() => {
  created = [];
  revoked = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    created.push(blob as Blob);
    return `blob:test/${created.length}`;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation((url) => void revoked.push(url));
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

const bytes = (n: number) => new Uint8Array(n).buffer;
const item = (over: Partial<{ data: ArrayBuffer | null; url: string | null; mime_type: string; caption: string | null; alt: string | null }> = {}) => ({
  data: null,
  url: null,
  mime_type: "image/png",
  caption: null,
  alt: null,
  ...over,
});

describe("st.image", () => {
  it("shows bytes through an object URL of their MIME type and URLs as given", () => {
    const { root } = mount(
      el("image", { images: [item({ data: bytes(4) }), item({ url: "https://example.com/a.jpg" })] }, { id: null }),
    );
    const imgs = [...root.querySelectorAll<HTMLImageElement>("[data-testid=stImage] img")];
    expect(imgs.map((i) => i.getAttribute("src"))).toEqual(["blob:test/1", "https://example.com/a.jpg"]);
    expect(created[0]?.type).toBe("image/png");
    expect(root.querySelector("[data-testid=stImageContainer]")?.className).toContain("list");
  });

  it("renders SVG bytes as an image/svg+xml Blob in an <img>, never as markup", () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const { root } = mount(el("image", { images: [item({ data: svg.buffer as ArrayBuffer, mime_type: "image/svg+xml" })] }, { id: null }));
    expect(created[0]?.type).toBe("image/svg+xml");
    expect(root.querySelector("svg")).toBeNull();
    expect(root.querySelector("script")).toBeNull();
    expect(root.querySelector("img")?.getAttribute("src")).toBe("blob:test/1");
  });

  it("revokes the object URL when the element is removed or its bytes change", () => {
    const { root, rerender } = mount(el("image", { images: [item({ data: bytes(2) })] }, { id: null }));
    expect(root.querySelector("img")?.getAttribute("src")).toBe("blob:test/1");
    rerender(el("image", { images: [item({ data: bytes(3) })] }, { id: null }));
    expect(revoked).toEqual(["blob:test/1"]);
    expect(root.querySelector("img")?.getAttribute("src")).toBe("blob:test/2");
    act(() => render(null, root));
    expect(revoked).toEqual(["blob:test/1", "blob:test/2"]);
  });

  it("sanitizes Markdown captions and uses their text as the default alt", () => {
    const caption = "**Sunrise** <img src=x onerror=alert(1)> [link](javascript:alert(2))";
    const { root } = mount(el("image", { images: [item({ url: "https://e.com/s.png", caption })] }, { id: null }));
    const cap = root.querySelector("[data-testid=stImageCaption]")!;
    expect(cap.querySelector("strong")?.textContent).toBe("Sunrise");
    // Raw HTML stays visible text; no element gets the handler or the script URL.
    expect(cap.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(cap.querySelector("img, [onerror]")).toBeNull();
    expect(cap.querySelector("a")?.getAttribute("href") ?? null).toBeNull();
    expect(root.querySelector("img")?.getAttribute("alt")).toContain("Sunrise");
  });

  it("prefers alt over the caption and has no caption box without one", () => {
    const { root } = mount(el("image", { images: [item({ url: "https://e.com/s.png", alt: "A red dot" })] }, { id: null }));
    expect(root.querySelector("img")?.getAttribute("alt")).toBe("A red dot");
    expect(root.querySelector("[data-testid=stImageCaption]")).toBeNull();
  });

  it("wraps each image in a link opening in a new tab, refusing script URLs", () => {
    const { root, rerender } = mount(
      el("image", { images: [item({ url: "https://e.com/a.png" })], link: "https://streamlit.io/" }, { id: null }),
    );
    const a = root.querySelector<HTMLAnchorElement>("[data-testid=stImageLink]")!;
    expect(a.getAttribute("href")).toBe("https://streamlit.io/");
    expect(a.target).toBe("_blank");
    expect(a.rel).toBe("noopener noreferrer");
    expect(a.querySelector("img")).not.toBeNull();
    rerender(el("image", { images: [item({ url: "https://e.com/a.png" })], link: "javascript:alert(1)" }, { id: null }));
    expect(root.querySelector("[data-testid=stImageLink]")).toBeNull();
  });

  it.each([
    ["content", "width-content", "width: fit-content; max-width: 100%;", false],
    ["stretch", "width-stretch", "", true],
    [150, "width-fixed", "width: 150px; max-width: 100%;", true],
  ] as const)("applies width %s on the element container", (width, cls, style, fill) => {
    const { q } = mount(el("image", { images: [item({ url: "https://e.com/a.png" })], width }, { id: null }));
    const box = q("[data-testid=stElementContainer]");
    expect(box.className).toContain(cls);
    expect(box.getAttribute("style") ?? "").toBe(style);
    expect(q("img").classList.contains("fill")).toBe(fill);
  });
});

describe("st.pdf", () => {
  it("shows the bytes in an iframe on an application/pdf object URL with a fallback link", () => {
    const { q, root } = mount(el("pdf", { data: bytes(8), url: null, height: 420, alt: "Report" }, { id: null }));
    const frame = q("[data-testid=stPdfViewer]") as HTMLIFrameElement;
    expect(frame.tagName).toBe("IFRAME");
    expect(frame.getAttribute("src")).toBe("blob:test/1");
    expect(created[0]?.type).toBe("application/pdf");
    expect(frame.style.height).toBe("420px");
    expect(frame.title).toBe("Report");
    expect(q("[data-testid=stPdfLink]").getAttribute("href")).toBe("blob:test/1");
    act(() => render(null, root));
    expect(revoked).toEqual(["blob:test/1"]);
  });

  it("uses a URL as given and stretches without a fixed height", () => {
    const { q } = mount(el("pdf", { url: "https://e.com/a.pdf", height: "stretch" }, { id: null }));
    expect(q("iframe").getAttribute("src")).toBe("https://e.com/a.pdf");
    expect(q("iframe").style.height).toBe("");
    expect(q("[data-testid=stPdf]").className).toContain("stretch");
  });
});

describe("safeHref", () => {
  it.each([
    ["https://a.b/", "https://a.b/"],
    ["http://a.b/", "http://a.b/"],
    ["mailto:x@y.z", "mailto:x@y.z"],
    ["/page", "/page"],
    ["JavaScript:alert(1)", undefined],
    [" data:text/html,x", undefined],
    ["", undefined],
  ])("%s", (link, expected) => expect(safeHref(link)).toBe(expected));
});

describe("st.logo", () => {
  const logo = (over: Partial<LogoMessage> = {}): LogoMessage => ({
    type: "logo",
    run_id: 1,
    image: { data: bytes(5), url: null, mime_type: "image/png" },
    icon_image: null,
    link: null,
    size: "medium",
    ...over,
  });

  it("is kept by the run that sent it and dropped by a later completed run without one", () => {
    let state = initialState();
    state = receive(state, logo({ run_id: 2 })).state;
    expect(state.logo?.run_id).toBe(2);
    state = receive(state, { type: "run_finished", run_id: 2, status: "complete" }).state;
    expect(state.logo).not.toBeNull();
    state = receive(state, { type: "run_finished", run_id: 3, status: "rerun" }).state;
    expect(state.logo).not.toBeNull();
    state = receive(state, { type: "run_finished", run_id: 4, status: "complete" }).state;
    expect(state.logo).toBeNull();
  });

  function mountApp(): { transport: FakeTransport; root: HTMLElement } {
    const transport = new FakeTransport();
    const controller = new AppController(transport);
    const root = document.createElement("div");
    document.body.appendChild(root);
    act(() => render(<App controller={controller} />, root));
    transport.emit({ type: "ready", protocol_version: 1, pyodide_version: "0.27.7", python_version: "3.12" });
    transport.emit({ type: "run_started", run_id: 1 });
    return { transport, root };
  }

  it("shows the logo in the sidebar and the icon in the corner when the sidebar is collapsed", () => {
    const { transport, root } = mountApp();
    transport.emit({ type: "delta", run_id: 1, path: [1, 0], node: el("text", { body: "side" }, { id: null }) });
    transport.emit(
      logo({ icon_image: { data: null, url: "https://e.com/icon.png", mime_type: "image/png" }, link: "https://e.com/", size: "large" }),
    );
    const sidebarLogo = root.querySelector("[data-testid=stSidebarLogo] [data-testid=stLogo]")!;
    expect(sidebarLogo.getAttribute("src")).toMatch(/^blob:test\//);
    expect(sidebarLogo.className).toContain("size-large");
    expect(root.querySelector("[data-testid=stSidebarLogo] [data-testid=stLogoLink]")?.getAttribute("href")).toBe("https://e.com/");
    act(() => (root.querySelector("[data-testid=stSidebarCollapseButton]") as HTMLButtonElement).click());
    const corner = root.querySelector("[data-testid=stSidebarCollapsedControl] [data-testid=stLogo]")!;
    expect(corner.getAttribute("src")).toBe("https://e.com/icon.png");
  });

  it("shows the image in the corner when there is no sidebar, and removes it with the run", () => {
    const { transport, root } = mountApp();
    transport.emit(logo());
    const corner = root.querySelector("[data-testid=stHeaderLogo] [data-testid=stLogo]")!;
    expect(corner.getAttribute("src")).toBe("blob:test/1");
    expect(root.querySelector("[data-testid=stExpandSidebarButton]")).toBeNull();
    transport.emit({ type: "run_finished", run_id: 1, status: "complete" });
    transport.emit({ type: "run_started", run_id: 2 });
    transport.emit({ type: "run_finished", run_id: 2, status: "complete" });
    expect(root.querySelector("[data-testid=stLogo]")).toBeNull();
    expect(revoked).toContain("blob:test/1");
  });
});
