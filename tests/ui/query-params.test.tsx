import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { act } from "preact/test-utils";
import { initialState, receive } from "../../ui/src/app/state";
import { defineWasmlitApp, ownsPageUrl, urlWithQuery } from "../../ui/src/host/element";
import { immediately } from "../../ui/src/app/frames";
import { FakeTransport } from "./fixtures";

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
    const { state } = receive(initialState(), { type: "query_params", query_string: "a=1&b=x" });
    expect(state.queryString).toBe("a=1&b=x");
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

  it("replaces the page URL (no new history entry) when the app owns it", () => {
    history.replaceState(null, "", "/page?old=1#frag");
    const before = history.length;
    const worker = mount();
    worker.emit({ type: "query_params", query_string: "name=Ada" });
    expect(location.search).toBe("?name=Ada");
    expect(location.hash).toBe("#frag");
    expect(history.length).toBe(before);
    worker.emit({ type: "query_params", query_string: "" });
    expect(location.search).toBe("");
  });

  it("lets only the first app on the page write the URL", () => {
    const first = mount();
    const second = mount();
    second.emit({ type: "query_params", query_string: "second=1" });
    expect(location.search).toBe("");
    first.emit({ type: "query_params", query_string: "first=1" });
    expect(location.search).toBe("?first=1");
    const [one, two] = Array.from(document.querySelectorAll(TAG));
    expect(one && ownsPageUrl(one, TAG)).toBe(true);
    expect(two && ownsPageUrl(two, TAG)).toBe(false);
  });

  it("skips apps with url-sync=off", () => {
    const off = mount({ "url-sync": "off" });
    const on = mount();
    off.emit({ type: "query_params", query_string: "off=1" });
    expect(location.search).toBe("");
    on.emit({ type: "query_params", query_string: "on=1" });
    expect(location.search).toBe("?on=1");
  });
});
