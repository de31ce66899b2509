import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { act } from "preact/test-utils";
import { DEFAULT_PYODIDE_URL, defineWasmlitApp, folderUrl } from "../../ui/src/host/element";
import { immediately } from "../../ui/src/app/frames";
import { el } from "./fixtures";
import { FakeTransport } from "./fixtures";

const TAG = "test-wasmlit-app";
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
  vi.unstubAllGlobals();
});

function create(attrs: Record<string, string> = {}): { app: HTMLElement; shadow: ShadowRoot; worker: FakeTransport } {
  const app = document.createElement(TAG);
  for (const [k, v] of Object.entries(attrs)) app.setAttribute(k, v);
  act(() => {
    document.body.appendChild(app);
  });
  const worker = transports.at(-1);
  if (!app.shadowRoot || !worker) throw new Error("not started");
  return { app, shadow: app.shadowRoot, worker };
}

const ready = { type: "ready", protocol_version: 1, pyodide_version: "0.27.7", python_version: "3.12.7" };
const delta = (path: number[], node: unknown, run_id = 1) => ({ type: "delta", run_id, path, node });
const finished = (run_id: number, status = "complete") => ({ type: "run_finished", run_id, status });
const state = (app: HTMLElement) => [app.getAttribute("data-state"), app.getAttribute("data-run-count")];
const byId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`);

describe("<wasmlit-app> boot flow", () => {
  it("boots, shows progress, sends the first rerun on ready and counts runs", () => {
    const { app, shadow, worker } = create({ src: "demo" });
    expect(worker.sent).toEqual([
      {
        type: "boot",
        protocol_version: 1,
        config: {
          app_url: new URL("demo/", document.baseURI).href,
          pyodide_url: DEFAULT_PYODIDE_URL,
          core_url: "https://cdn.example/wasmlit/core.zip",
          query_string: "",
        },
      },
    ]);
    expect(state(app)).toEqual(["booting", "0"]);
    expect(byId(shadow, "wasmlitBootScreen")).not.toBeNull();

    worker.emit({ type: "boot_progress", stage: "packages", message: "Installing numpy", progress: 0.4 });
    expect(byId(shadow, "wasmlitBootStage")?.textContent).toBe("Installing packages");
    expect(byId(shadow, "wasmlitBootMessage")?.textContent).toBe("Installing numpy");
    expect(shadow.querySelector(".boot-progress")?.getAttribute("aria-valuenow")).toBe("40");

    worker.emit(ready);
    expect(worker.sent.at(-1)).toMatchObject({ type: "rerun", updates: [] });
    expect(state(app)).toEqual(["running", "0"]);
    expect(byId(shadow, "wasmlitBootScreen")).toBeNull();

    worker.emit({ type: "run_started", run_id: 1 });
    worker.emit(delta([0, 0], el("markdown", { body: "Hello" }, { id: null })));
    expect(byId(shadow, "stStatusWidget")?.textContent).toContain("Running...");
    worker.emit(finished(1));
    expect(state(app)).toEqual(["idle", "1"]);
    expect(byId(shadow, "stStatusWidget")).toBeNull();
    const main = byId(shadow, "stMainBlockContainer");
    expect(main?.querySelector("[data-testid=stMarkdownContainer]")?.textContent?.trim()).toBe("Hello");
    expect(byId(shadow, "stSidebar")).toBeNull();
  });

  it("sends widget updates as reruns and prunes stale nodes after a complete run", () => {
    const { app, shadow, worker } = create();
    worker.emit(ready);
    worker.emit({ type: "run_started", run_id: 1 });
    worker.emit(delta([0, 0], el("button", { label: "Go" }, { id: "b1" })));
    worker.emit(delta([0, 1], el("text", { body: "only in run 1" }, { id: null })));
    worker.emit(finished(1));
    act(() => shadow.querySelector<HTMLButtonElement>("[data-testid=stBaseButton-secondary]")?.click());
    expect(worker.sent.at(-1)).toEqual({ type: "rerun", updates: [{ id: "b1", value: true, trigger: true }] });

    worker.emit({ type: "run_started", run_id: 2 });
    worker.emit(delta([0, 0], el("button", { label: "Go" }, { id: "b1" }), 2));
    const stale = [...shadow.querySelectorAll("[data-testid=stElementContainer]")].map((e) => e.getAttribute("data-stale"));
    expect(stale).toEqual(["false", "true"]);
    worker.emit(finished(2));
    expect(byId(shadow, "stText")).toBeNull();
    expect(state(app)).toEqual(["idle", "2"]);
  });

  it("keeps nodes after an interrupted run and stays busy after a rerun status", () => {
    const { app, shadow, worker } = create();
    worker.emit(ready);
    worker.emit({ type: "run_started", run_id: 1 });
    worker.emit(delta([0, 0], el("text", { body: "a" }, { id: null })));
    worker.emit(finished(1));
    worker.emit({ type: "run_started", run_id: 2 });
    worker.emit(finished(2, "rerun"));
    expect(state(app)).toEqual(["running", "2"]);
    worker.emit({ type: "run_started", run_id: 3 });
    worker.emit(finished(3, "stopped"));
    expect(state(app)).toEqual(["idle", "3"]);
    expect(byId(shadow, "stText")?.textContent).toBe("a");
  });

  it("shows a boot error with stage, message and detail", () => {
    const { app, shadow, worker } = create();
    worker.emit({ type: "boot_error", stage: "files", message: "app.py not found", detail: "GET app.py -> 404" });
    expect(state(app)).toEqual(["error", "0"]);
    const box = byId(shadow, "wasmlitBootError");
    expect(box?.textContent).toContain("Loading app files");
    expect(byId(shadow, "wasmlitBootErrorMessage")?.textContent).toBe("app.py not found");
    expect(box?.querySelector("pre")?.textContent).toBe("GET app.py -> 404");
    expect(byId(shadow, "wasmlitBootScreen")).toBeNull();
  });

  it("refuses a worker speaking another protocol version", () => {
    const { app, shadow, worker } = create();
    worker.emit({ ...ready, protocol_version: 2 });
    expect(state(app)).toEqual(["error", "0"]);
    expect(byId(shadow, "wasmlitBootErrorMessage")?.textContent).toContain("version 2");
    expect(worker.sent.map((m) => m.type)).toEqual(["boot"]);
  });

  it("reports a failed worker as an error", () => {
    const { app, shadow, worker } = create();
    worker.fail("worker.js 404");
    expect(state(app)).toEqual(["error", "0"]);
    expect(byId(shadow, "wasmlitBootError")?.textContent).toContain("worker.js 404");
  });

  it("shows unknown messages and malformed deltas without blanking the app", () => {
    const { shadow, worker } = create();
    worker.emit(ready);
    worker.emit({ type: "run_started", run_id: 1 });
    worker.emit(delta([0, 0], el("text", { body: "fine" }, { id: null })));
    worker.emit(delta([0, 1], { kind: "element", type: "text", id: null, key: null, props: { body: 5, help: null } }));
    worker.emit({ type: "mystery" });
    worker.emit(delta([0, 9, 9], el("text", {}, { id: null })));
    expect(byId(shadow, "stText")?.textContent).toBe("fine");
    expect(byId(shadow, "wasmlitInvalidElement")?.textContent).toContain("$.node.props.body: expected string, got 5");
    const problems = byId(shadow, "wasmlitProtocolErrors")?.textContent ?? "";
    expect(problems).toContain("Rejected message 'mystery'");
    expect(problems).toContain("no container at index 9");
  });

  it("renders the sidebar only when it has children, and collapses it", () => {
    const { shadow, worker } = create();
    worker.emit(ready);
    worker.emit({ type: "page_config", title: null, icon: null, layout: "wide", initial_sidebar_state: "expanded" });
    worker.emit(delta([1, 0], el("text", { body: "side" }, { id: null })));
    const sidebar = byId(shadow, "stSidebar");
    expect(sidebar?.getAttribute("aria-expanded")).toBe("true");
    expect(byId(shadow, "stMainBlockContainer")?.className).toContain("wide");
    act(() => byId(shadow, "stSidebarCollapseButton")?.click());
    expect(byId(shadow, "stSidebar")?.getAttribute("aria-expanded")).toBe("false");
    act(() => byId(shadow, "stExpandSidebarButton")?.click());
    expect(byId(shadow, "stSidebar")?.getAttribute("aria-expanded")).toBe("true");
  });

  it("gives each app its own worker, sends reload_files on live-reload events and closes on removal", async () => {
    const sources: { url: string; listeners: Record<string, () => void>; closed: boolean }[] = [];
    vi.stubGlobal(
      "EventSource",
      class {
        listeners: Record<string, () => void> = {};
        closed = false;
        constructor(readonly url: string) {
          sources.push(this);
        }
        addEventListener(type: string, fn: () => void) {
          this.listeners[type] = fn;
        }
        close() {
          this.closed = true;
        }
      },
    );
    const a = create({ "live-reload": "/events", "pyodide-url": "/pyodide" });
    const b = create();
    expect(a.worker).not.toBe(b.worker);
    expect(a.worker.sent[0]).toMatchObject({ config: { pyodide_url: new URL("/pyodide/", document.baseURI).href } });
    expect(sources.map((s) => s.url)).toEqual([new URL("/events", document.baseURI).href]);
    sources[0]?.listeners.message?.();
    expect(a.worker.sent.at(-1)).toEqual({ type: "reload_files" });
    a.app.remove();
    await Promise.resolve();
    expect(a.worker.closed).toBe(true);
    expect(sources[0]?.closed).toBe(true);
    expect(b.worker.closed).toBe(false);
  });

  it("resolves folder URLs with a trailing slash", () => {
    expect(folderUrl("./app", "https://x.dev/page/index.html")).toBe("https://x.dev/page/app/");
    expect(folderUrl("https://cdn/x/", "https://x.dev/")).toBe("https://cdn/x/");
  });
});
