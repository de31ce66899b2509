import { afterEach, describe, expect, it, vi } from "vitest";
import {
  componentScope,
  fileHeaders,
  filePath,
  folderUrl,
  mimeType,
  serveFolder,
  setComponentWorkerUrl,
  storeDeltaFiles,
} from "../../ui/src/components/assets";
import { ComponentHost, renderMessage, wireValue, type ComponentValue, type RenderInput } from "../../ui/src/components/protocol";
import { cacheKey } from "../../ui/src/components/sw";

const theme = { text: "#111", textMuted: "#555", bg: "#fff", bgSecondary: "#eee", border: "#ccc", borderLight: "#ddd", primary: "#f00", font: "sans-serif", dark: false };

function fakeFrame() {
  const posted: unknown[] = [];
  return { posted, win: { postMessage: (m: unknown) => posted.push(m) } as unknown as Window };
}

function setup() {
  const { posted, win } = fakeFrame();
  const values: ComponentValue[] = [];
  const heights: number[] = [];
  const host = new ComponentHost(() => win, { setValue: (v) => values.push(v), setHeight: (h) => heights.push(h) });
  const from = (source: unknown, data: unknown) => host.handle({ source, data } as MessageEvent);
  return { host, posted, win, values, heights, from };
}

const input = (args: Record<string, unknown>): RenderInput => ({ args, dfs: [], disabled: false, theme });

describe("component protocol", () => {
  it("renders after componentReady, then on changed args only", () => {
    const { host, posted, win, from } = setup();
    host.update(input({ n: 1 }));
    expect(posted).toHaveLength(0); // not ready yet
    from(win, { isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 1 });
    expect(posted).toEqual([
      { type: "streamlit:render", args: { n: 1 }, dfs: [], disabled: false, theme: expect.objectContaining({ base: "light", primaryColor: "#f00" }) },
    ]);
    host.update(input({ n: 1 }));
    expect(posted).toHaveLength(1);
    host.update(input({ n: 2 }));
    expect(posted).toHaveLength(2);
    expect((posted[1] as { args: unknown }).args).toEqual({ n: 2 });
  });

  it("turns setComponentValue into widget values and setFrameHeight into a height", () => {
    const { values, heights, win, from } = setup();
    from(win, { isStreamlitMessage: true, type: "streamlit:setComponentValue", value: { a: [1, 2] }, dataType: "json" });
    from(win, { isStreamlitMessage: true, type: "streamlit:setComponentValue", value: new Uint8Array([1, 2]), dataType: "bytes" });
    from(win, { isStreamlitMessage: true, type: "streamlit:setFrameHeight", height: 120 });
    from(win, { isStreamlitMessage: true, type: "streamlit:setFrameHeight", height: "x" });
    expect(values[0]).toEqual({ data_type: "json", value: { a: [1, 2] } });
    expect(values[1]?.data_type).toBe("bytes");
    expect([...new Uint8Array((values[1] as { value: ArrayBuffer }).value)]).toEqual([1, 2]);
    expect(heights).toEqual([120]);
  });

  it("ignores foreign windows and messages without isStreamlitMessage", () => {
    const { values, heights, posted, host, win, from } = setup();
    const other = fakeFrame().win;
    host.update(input({}));
    from(other, { isStreamlitMessage: true, type: "streamlit:componentReady" });
    from(other, { isStreamlitMessage: true, type: "streamlit:setComponentValue", value: 1 });
    from(null, { isStreamlitMessage: true, type: "streamlit:setFrameHeight", height: 5 });
    from(win, { type: "streamlit:setComponentValue", value: 1 });
    from(win, "streamlit:componentReady");
    expect([values, heights, posted]).toEqual([[], [], []]);
  });

  it("sends dataframe args as the lib's ArrowTable parts, and reads dataframe values", () => {
    const buf = (...b: number[]) => new Uint8Array(b).buffer;
    const msg = renderMessage({ ...input({}), dfs: [{ key: "df", data: buf(1), index: buf(2), columns: buf(3) }] });
    const df = (msg.dfs as { key: string; value: { data: Record<string, Uint8Array> } }[])[0];
    expect(df?.key).toBe("df");
    expect(df && [...df.value.data.data!, ...df.value.data.index!, ...df.value.data.columns!]).toEqual([1, 2, 3]);
    expect(wireValue(new Uint8Array([9]), "dataframe")?.data_type).toBe("dataframe");
    const parts = wireValue({ data: new Uint8Array([1]), index: new Uint8Array([2]), columns: null }, "dataframe");
    expect(parts?.value).toMatchObject({ columns: null });
    expect(wireValue("nope", "dataframe")).toBeUndefined();
    expect(wireValue(undefined, "json")).toBeNull();
  });
});

describe("component folders", () => {
  const sw = "https://h.test/site/wasmlit/component-sw.js";
  it("maps files to URLs under the worker's scope", () => {
    const scope = componentScope(sw);
    expect(scope).toBe("https://h.test/site/wasmlit/component/");
    expect(folderUrl(scope, "ab12", false)).toBe("https://h.test/site/wasmlit/component/ab12/");
    expect(folderUrl(scope, "../x", true)).toBe("https://h.test/site/wasmlit/component/x-coi/");
    expect(filePath("./assets/main.js")).toBe("assets/main.js");
    expect(filePath("a b/c.css")).toBe("a%20b/c.css");
    expect(filePath("../secret")).toBeNull();
  });

  it("answers relative asset URLs from the same folder (no rewriting needed)", () => {
    const scope = componentScope(sw);
    const index = `${folderUrl(scope, "ab12", false)}index.html`;
    const chunk = new URL("./assets/main.js?v=1#x", index).href;
    expect(cacheKey(chunk, scope)).toBe("https://h.test/site/wasmlit/component/ab12/assets/main.js");
    const font = new URL("../fonts/f.woff2", new URL("./assets/style.css", index)).href;
    expect(cacheKey(font, scope)).toBe("https://h.test/site/wasmlit/component/ab12/fonts/f.woff2");
    expect(cacheKey(folderUrl(scope, "ab12", false), scope)).toBe(index);
    expect(cacheKey("https://h.test/site/wasmlit/wasmlit.js", scope)).toBeNull();
  });

  it("serves types and isolation headers", () => {
    expect(mimeType("assets/main.js")).toMatch(/^text\/javascript/);
    expect(mimeType("x.woff2")).toBe("font/woff2");
    expect(mimeType("x.unknown")).toBe("application/octet-stream");
    expect(fileHeaders("index.html", true)["Cross-Origin-Embedder-Policy"]).toBe("require-corp");
    expect(fileHeaders("index.html", false)["Cross-Origin-Embedder-Policy"]).toBeUndefined();
  });
});

describe("component files arrive once per session", () => {
  const sw = "https://h.test/app/component-sw.js";
  const base = (id: string) => `https://h.test/app/component/${id}/`;
  const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

  /** Cache Storage and a service worker, as a browser's page sees them. */
  function fakeBrowser(already: string[] = []) {
    const entries = new Map<string, Response>(already.map((url) => [url, new Response("<p>old</p>")]));
    const puts: string[] = [];
    const cache = {
      match: (url: string) => Promise.resolve(entries.get(url)),
      put: (url: string, response: Response) => {
        puts.push(url);
        entries.set(url, response);
        return Promise.resolve();
      },
    };
    vi.stubGlobal("caches", { open: () => Promise.resolve(cache) });
    const register = vi.fn(() => Promise.resolve({ active: { state: "activated" } }));
    Object.defineProperty(navigator, "serviceWorker", { value: { register }, configurable: true });
    setComponentWorkerUrl(sw);
    return { entries, puts };
  }

  const delta = (filesId: string, files: { path: string; data: ArrayBuffer }[] | null) => ({
    type: "delta",
    run_id: 1,
    path: [0, 0],
    node: { kind: "element", type: "component_instance", id: "w", key: null, props: { name: "c", files_id: filesId, files } },
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, "serviceWorker");
  });

  it("stores the files when the first delta arrives; later deltas carry only the id", async () => {
    const { entries, puts } = fakeBrowser();
    storeDeltaFiles(delta("one1", [{ path: "index.html", data: bytes("<p>hi</p>") }, { path: "assets/main.js", data: bytes("1") }]));
    storeDeltaFiles(delta("one1", null)); // the second run: no files
    storeDeltaFiles(delta("one1", [{ path: "index.html", data: bytes("<p>again</p>") }])); // another app, same build
    expect(await serveFolder("one1")).toBe(`${base("one1")}index.html`);
    expect(puts).toEqual([`${base("one1")}assets/main.js`, `${base("one1")}index.html`]); // index.html last, once
    expect(await entries.get(`${base("one1")}index.html`)?.text()).toBe("<p>hi</p>");
    storeDeltaFiles({ type: "run_finished", run_id: 1, status: "complete" });
    storeDeltaFiles(null);
    expect(puts).toHaveLength(2);
  });

  it("after a page reload, uses what Cache Storage kept, and writes nothing again", async () => {
    const { puts } = fakeBrowser([`${base("kept2")}index.html`]);
    expect(await serveFolder("kept2")).toBe(`${base("kept2")}index.html`); // no files sent yet
    storeDeltaFiles(delta("kept2", [{ path: "index.html", data: bytes("<p>new</p>") }])); // the new session's first run
    expect(await serveFolder("kept2")).toBe(`${base("kept2")}index.html`);
    expect(puts).toEqual([]);
  });

  it("says so when a build's files never arrived, and retries a failed write", async () => {
    fakeBrowser();
    await expect(serveFolder("gone3")).rejects.toThrow(/never arrived/);
    vi.stubGlobal("caches", undefined);
    storeDeltaFiles(delta("fail4", [{ path: "index.html", data: bytes("x") }]));
    await expect(serveFolder("fail4")).rejects.toThrow(/service workers/);
    const { puts } = fakeBrowser();
    await Promise.resolve(); // the failed write is forgotten
    storeDeltaFiles(delta("fail4", [{ path: "index.html", data: bytes("x") }]));
    expect(await serveFolder("fail4")).toBe(`${base("fail4")}index.html`);
    expect(puts).toEqual([`${base("fail4")}index.html`]);
  });
});
