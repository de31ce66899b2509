import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { act } from "preact/test-utils";
import { defineWasmlitApp } from "../../ui/src/host/element";
import { immediately } from "../../ui/src/app/frames";
import { pageHref, splitPagePath } from "../../ui/src/app/pageUrl";
import { collapsedPages } from "../../ui/src/layout/Navigation";
import type { NavigationMessage } from "../../ui/src/protocol/generated";
import { FakeTransport, el } from "./fixtures";

const TAG = "nav-wasmlit-app";
let transports: FakeTransport[] = [];

beforeAll(() => {
  defineWasmlitApp({
    scheduleFrame: immediately,
    tagName: TAG,
    createTransport: () => {
      const t = new FakeTransport();
      transports.push(t);
      return t;
    },
    coreUrl: "https://cdn.example/wasmlit/core.zip",
  });
});

afterEach(() => {
  document.body.innerHTML = "";
  transports = [];
  history.replaceState(null, "", "/");
});

function mount(): { shadow: ShadowRoot; worker: FakeTransport } {
  const app = document.createElement(TAG);
  act(() => {
    document.body.appendChild(app);
  });
  const worker = transports.at(-1);
  if (!worker || !app.shadowRoot) throw new Error("not started");
  return { shadow: app.shadowRoot, worker };
}

const ready = { type: "ready", protocol_version: 1, pyodide_version: "0.27.7", python_version: "3.12.7" };
type Page = NavigationMessage["pages"][number];
const page = (title: string, url_path: string, extra: Partial<Page> = {}): Page => ({
  title,
  icon: null,
  url_path,
  section: "",
  visibility: "visible",
  external_url: null,
  help: null,
  ...extra,
});
const nav = (pages: Page[], extra: Partial<NavigationMessage> = {}): NavigationMessage => ({
  type: "navigation",
  pages,
  current: "",
  position: "sidebar",
  expanded: false,
  visible_items: null,
  ...extra,
});
const links = (root: ParentNode, id = "stSidebarNavLink") =>
  Array.from(root.querySelectorAll<HTMLAnchorElement>(`[data-testid=${id}]`));

describe("page URLs", () => {
  it("split the page path into the app's base folder and the page", () => {
    expect(splitPagePath("/site/Data")).toEqual({ base: "/site/", urlPath: "Data" });
    expect(splitPagePath("/site/")).toEqual({ base: "/site/", urlPath: "" });
    expect(splitPagePath("/site/index.html")).toEqual({ base: "/site/", urlPath: "" });
    expect(splitPagePath("/My%20page")).toEqual({ base: "/", urlPath: "My page" });
    expect(pageHref("/site/", "Data", "a=1")).toBe("/site/Data?a=1");
    expect(pageHref("/site/", "", null)).toBe("/site/");
  });
});

describe("collapsed sidebar list", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => page(`P${i}`, `p${i}`));
  it("shows 10 of more than 12 pages; up to 12 are all shown", () => {
    expect(collapsedPages(nav(many(12))).hidden).toBe(0);
    const { shown, hidden } = collapsedPages(nav(many(13)));
    expect([shown.length, hidden]).toEqual([10, 3]);
  });
  it("follows expanded=True and expanded=<int>, and skips hidden pages", () => {
    expect(collapsedPages(nav(many(30), { expanded: true })).hidden).toBe(0);
    expect(collapsedPages(nav(many(8), { visible_items: 5 })).hidden).toBe(3);
    expect(collapsedPages(nav(many(7), { visible_items: 5 })).hidden).toBe(0);
    const pages = [...many(12), page("secret", "secret", { visibility: "hidden" })];
    expect(collapsedPages(nav(pages)).shown.map((p) => p.title)).not.toContain("secret");
  });
});

describe("navigation menu", () => {
  it("renders sidebar links with sections, the current page, and sends a page switch", () => {
    const { shadow, worker } = mount();
    worker.emit(ready);
    worker.emit(
      nav(
        [
          page("Home", "", { icon: "🏠", section: "Main" }),
          page("Data", "Data", { section: "Main" }),
          page("Hidden", "hidden", { section: "Main", visibility: "hidden" }),
          page("Report", "report", { section: "More" }),
        ],
        { current: "Data" },
      ),
    );
    const shown = links(shadow);
    expect(shown.map((a) => a.textContent)).toEqual(["🏠Home", "Data", "Report"]);
    expect(Array.from(shadow.querySelectorAll("[data-testid=stNavSectionHeader]")).map((h) => h.textContent)).toEqual([
      "Main",
      "More",
    ]);
    expect(shown[1]?.getAttribute("aria-current")).toBe("page");
    expect(document.title).toBe("Data"); // the current page's title, without set_page_config
    expect(shown[2]?.getAttribute("href")).toBe("/report");
    act(() => shown[2]?.click());
    expect(worker.sent.at(-1)).toMatchObject({ type: "rerun", updates: [], page: { url_path: "report", query_string: "" } });
  });

  it("shows 'View N more' and expands on click", () => {
    const { shadow, worker } = mount();
    worker.emit(ready);
    worker.emit(nav(Array.from({ length: 14 }, (_, i) => page(`P${i}`, `p${i}`))));
    expect(links(shadow)).toHaveLength(10);
    const button = shadow.querySelector<HTMLButtonElement>("[data-testid=stSidebarNavViewButton]");
    expect(button?.textContent).toBe("View 4 more");
    act(() => button?.click());
    expect(links(shadow)).toHaveLength(14);
    expect(button?.textContent).toBe("View less");
  });

  it("renders top navigation in the header, and nothing for hidden or a single page", () => {
    const { shadow, worker } = mount();
    worker.emit(ready);
    worker.emit(nav([page("A", ""), page("B", "b")], { position: "top" }));
    expect(links(shadow, "stTopNavLink").map((a) => a.textContent)).toEqual(["A", "B"]);
    expect(shadow.querySelector("[data-testid=stHeader] [data-testid=stTopNav]")).not.toBeNull();
    expect(shadow.querySelector("[data-testid=stSidebarNav]")).toBeNull();
    worker.emit(nav([page("A", ""), page("B", "b")], { position: "hidden" }));
    expect(shadow.querySelector("[data-testid=stTopNav], [data-testid=stSidebarNav]")).toBeNull();
    worker.emit(nav([page("A", "")]));
    expect(shadow.querySelector("[data-testid=stSidebarNav]")).toBeNull();
    expect(shadow.querySelector("[data-testid=stSidebar]")).toBeNull();
  });

  it("opens external pages in a new tab without a rerun", () => {
    const { shadow, worker } = mount();
    worker.emit(ready);
    worker.emit(nav([page("A", ""), page("Docs", "Docs", { external_url: "https://docs.example/" })]));
    const docs = links(shadow)[1];
    expect([docs?.getAttribute("href"), docs?.getAttribute("target")]).toEqual(["https://docs.example/", "_blank"]);
  });
});

describe("page URL sync", () => {
  it("sends the deep-linked page with the first rerun and keeps the query", () => {
    history.replaceState(null, "", "/Data?x=1");
    const { worker } = mount();
    worker.emit(ready);
    expect(worker.sent.at(-1)).toMatchObject({ type: "rerun", updates: [], page: { url_path: "Data", query_string: null } });
  });

  it("replaces the URL for the first page, pushes later page changes, and follows back/forward", () => {
    history.replaceState(null, "", "/nope");
    const { worker } = mount();
    worker.emit(ready);
    const before = history.length;
    const pages = [page("Home", ""), page("Data", "Data")];
    worker.emit(nav(pages, { current: "" }));
    expect([location.pathname, history.length]).toEqual(["/", before]);
    worker.emit(nav(pages, { current: "Data" }));
    expect([location.pathname, history.length]).toEqual(["/Data", before + 1]);
    history.replaceState(null, "", "/?q=2");
    act(() => {
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(worker.sent.at(-1)).toMatchObject({
      type: "rerun",
      updates: [],
      page: { url_path: "", query_string: "q=2", history: true },
    });
  });

  it("page_link to an app page switches page in place with its query", () => {
    const { shadow, worker } = mount();
    worker.emit(ready);
    const link = el("page_link", { label: "Data", url: "./Data", page: "Data", query_string: "a=1" });
    worker.emit({ type: "delta", run_id: 1, path: [0, 0], node: link });
    const anchor = shadow.querySelector<HTMLAnchorElement>("[data-testid=stPageLink-NavLink]");
    expect([anchor?.getAttribute("href"), anchor?.getAttribute("target")]).toEqual(["/Data?a=1", null]);
    act(() => anchor?.click());
    expect(worker.sent.at(-1)).toMatchObject({ type: "rerun", updates: [], page: { url_path: "Data", query_string: "a=1" } });
  });
});
