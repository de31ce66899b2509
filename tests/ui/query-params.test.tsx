import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { act } from "preact/test-utils";
import { initialState, receive } from "../../ui/src/app/state";
import { defineWasmlitApp, ownsPageUrl, urlWithQuery } from "../../ui/src/host/element";
import { immediately } from "../../ui/src/app/frames";
import { FakeTransport } from "./fixtures";
import { AppController } from "../../ui/src/app/controller";
import { acceptLanguage, bareUrl, parseCookies, sameContext, type BrowserContext } from "../../ui/src/host/browserContext";
import { mergeReruns } from "../../worker/src/queue";

const TAG = "qp-wasmlit-app";
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

const qp = (query: string, mode: "push" | "replace") => ({ type: "query_params", query_string: query, history: mode });
const ready = { type: "ready", protocol_version: 1, pyodide_version: "0.27.7", python_version: "3.12.7" };
const popstate = () =>
  act(() => {
    window.dispatchEvent(new PopStateEvent("popstate"));
  });

function mount(attrs: Record<string, string> = {}): FakeTransport {
  const app = document.createElement(TAG);
  for (const [k, v] of Object.entries(attrs)) app.setAttribute(k, v);
  act(() => {
    document.body.appendChild(app);
  });
  const worker = transports.at(-1);
  if (!worker) throw new Error("not started");
  return worker;
}

describe("query_params message", () => {
  it("is kept in the app state", () => {
    const msg = { type: "query_params", query_string: "a=1&b=x", history: "push" };
    const { state } = receive(initialState(), msg);
    expect(state.queryString).toBe("a=1&b=x");
    expect(state.queryParams).toEqual(msg);
    expect(state.problems).toEqual([]);
  });

  it("rejects a malformed message visibly", () => {
    const { state } = receive(initialState(), { type: "query_params", query_string: 3 });
    expect(state.queryString).toBeNull();
    expect(state.problems[0]).toContain("query_params");
  });

  it("builds the page URL keeping path and hash", () => {
    expect(urlWithQuery("https://x.dev/app/?a=1#top", "a=2")).toBe("/app/?a=2#top");
    expect(urlWithQuery("https://x.dev/app/?a=1", "")).toBe("/app/");
    expect(urlWithQuery("https://x.dev/app/?a=1", "a=1")).toBeNull();
  });

  it("replaces the page URL (no new history entry) when Python says replace", () => {
    history.replaceState(null, "", "/page?old=1#frag");
    const before = history.length;
    const worker = mount();
    worker.emit(qp("name=Ada", "replace"));
    expect(location.search).toBe("?name=Ada");
    expect(location.hash).toBe("#frag");
    expect(history.length).toBe(before);
    worker.emit(qp("", "replace"));
    expect(location.search).toBe("");
  });

  it("pushes a history entry per change after a user's action", () => {
    history.replaceState(null, "", "/page");
    const before = history.length;
    const worker = mount();
    worker.emit(qp("n=1", "push"));
    worker.emit(qp("n=2", "push"));
    expect([location.search, history.length]).toEqual(["?n=2", before + 2]);
  });

  it("lets only the first app on the page write the URL", () => {
    const first = mount();
    const second = mount();
    second.emit(qp("second=1", "push"));
    expect(location.search).toBe("");
    first.emit(qp("first=1", "push"));
    expect(location.search).toBe("?first=1");
    const [one, two] = Array.from(document.querySelectorAll(TAG));
    expect(one && ownsPageUrl(one, TAG)).toBe(true);
    expect(two && ownsPageUrl(two, TAG)).toBe(false);
  });

  it("skips apps with url-sync=off", () => {
    const off = mount({ "url-sync": "off" });
    const on = mount();
    off.emit(qp("off=1", "push"));
    expect(location.search).toBe("");
    on.emit(qp("on=1", "push"));
    expect(location.search).toBe("?on=1");
  });
});

describe("back and forward", () => {
  it("rerun a one-page app with the URL's query, marked as history", () => {
    history.replaceState(null, "", "/app/?n=1");
    const worker = mount();
    worker.emit(ready);
    worker.emit(qp("n=2", "push"));
    expect(location.search).toBe("?n=2");
    history.replaceState(null, "", "/app/?n=1"); // what history.back() shows
    popstate();
    expect(worker.sent.at(-1)).toMatchObject({
      type: "rerun",
      updates: [],
      page: { url_path: "", query_string: "n=1", history: true },
    });
  });

  it("an anchor jump (same path and query) does not rerun", () => {
    history.replaceState(null, "", "/app/?n=1");
    const worker = mount();
    worker.emit(ready);
    const sent = worker.sent.length;
    history.replaceState(null, "", "/app/?n=1#section");
    popstate();
    expect(worker.sent.length).toBe(sent);
  });

  it("a second app on the page ignores back/forward", () => {
    mount();
    const second = mount();
    second.emit(ready);
    const sent = second.sent.length;
    history.replaceState(null, "", "/?x=9");
    popstate();
    expect(second.sent.length).toBe(sent);
  });

  it("a stale query_params message is not written again after back", () => {
    history.replaceState(null, "", "/app/");
    const worker = mount();
    worker.emit(ready);
    worker.emit(qp("n=2", "push"));
    history.replaceState(null, "", "/app/?n=1");
    popstate();
    worker.emit({ type: "run_started", run_id: 2 });
    expect(location.search).toBe("?n=1");
  });
});

describe("st.context", () => {
  it("goes with the first rerun, gathered from the page", () => {
    history.replaceState(null, "", "/app/?a=1#top");
    document.cookie = "flavour=mint";
    const worker = mount();
    worker.emit(ready);
    const first = worker.sent.at(-1);
    const context = first?.type === "rerun" ? first.context : undefined;
    expect(context).toMatchObject({
      locale: navigator.language,
      url: `${location.origin}/app/`,
      theme: "light",
      timezone_offset: new Date().getTimezoneOffset(),
      cookies: { flavour: "mint" },
      headers: { Host: location.host, "User-Agent": navigator.userAgent },
    });
    expect(typeof context?.timezone).toBe("string");
    document.cookie = "flavour=; expires=Thu, 01 Jan 1970 00:00:00 GMT";
  });

  it("is sent again only when it changed; a change alone (theme) reruns", () => {
    const transport = new FakeTransport();
    const controller = new AppController(transport, null);
    let theme: "light" | "dark" = "light";
    controller.setContextSource(() => ({ ...BASE, theme }));
    controller.boot({ app_url: "a/", pyodide_url: "p/", core_url: "c", query_string: "" });
    transport.emit(ready);
    expect(transport.sent.at(-1)).toMatchObject({ type: "rerun", context: { theme: "light" } });
    controller.rerun([{ id: "w", value: 1 }]);
    expect(transport.sent.at(-1)).toEqual({ type: "rerun", updates: [{ id: "w", value: 1 }] });
    controller.contextChanged(); // nothing changed: no rerun
    expect(transport.sent).toHaveLength(3);
    theme = "dark";
    controller.contextChanged();
    expect(transport.sent.at(-1)).toEqual({ type: "rerun", updates: [], context: { ...BASE, theme: "dark" } });
  });

  it("survives the worker merging queued reruns", () => {
    const first = { type: "rerun" as const, updates: [], context: BASE };
    const second = { type: "rerun" as const, updates: [{ id: "w", value: 2 }] };
    expect(mergeReruns(first, second).context).toEqual(BASE);
  });

  it("pure helpers: cookies, Accept-Language, bare URL, comparison", () => {
    expect(parseCookies("a=1; b = two=2 ;  ; c=")).toEqual({ a: "1", b: "two=2", c: "" });
    expect(acceptLanguage(["de-DE", "de", "en"])).toBe("de-DE,de;q=0.9,en;q=0.8");
    expect(bareUrl("https://x.dev/app/Data?a=1#top")).toBe("https://x.dev/app/Data");
    const reordered = { ...BASE, headers: { B: "2", A: "1" } };
    expect(sameContext({ ...BASE, headers: { A: "1", B: "2" } }, reordered)).toBe(true);
    expect(sameContext(null, BASE)).toBe(false);
    expect(sameContext(BASE, { ...BASE, url: "https://x.dev/other" })).toBe(false);
  });
});

const BASE: BrowserContext = {
  locale: "en-US",
  timezone: "Europe/Berlin",
  timezone_offset: -60,
  url: "https://x.dev/app/",
  theme: "light",
  cookies: {},
  headers: {},
};
