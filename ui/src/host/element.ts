/**
 * The <wasmlit-app> custom element: an open shadow root, one worker, the
 * Preact app, and `data-state` / `data-run-count` for tests and pages.
 *
 *   defineWasmlitApp({ createTransport: () => workerTransport(worker), coreUrl });
 *   <wasmlit-app src="./app/" live-reload="/events"></wasmlit-app>
 */
import { h, render } from "preact";
import { AppController, type BootConfig } from "../app/controller";
import { frameBatched, nextFrame, type Schedule } from "../app/frames";
import type { AppState } from "../app/state";
import { App } from "../layout/App";
import { installStyles } from "../styles";
import type { Transport } from "../transport";

export const DEFAULT_PYODIDE_URL = "https://cdn.jsdelivr.net/pyodide/v0.27.7/full/";

export type HostOptions = {
  tagName?: string;
  createTransport: () => Transport;
  /** Absolute URL of core.zip (beside the bundle). */
  coreUrl: string;
  /** When the page shows new state: the next animation frame by default (see app/frames.ts). */
  scheduleFrame?: Schedule;
};

/** `value` resolved against the page URL, always ending in "/". */
export function folderUrl(value: string, base: string): string {
  const url = new URL(value, base).href;
  return url.endsWith("/") ? url : `${url}/`;
}

export function bootConfig(el: Element, coreUrl: string): BootConfig {
  const base = document.baseURI;
  return {
    app_url: folderUrl(el.getAttribute("src") || "./app/", base),
    pyodide_url: folderUrl(el.getAttribute("pyodide-url") || DEFAULT_PYODIDE_URL, base),
    core_url: coreUrl,
    query_string: location.search,
  };
}

/**
 * The page URL showing `queryString` (path and hash kept), or null when it
 * already does. Python sends the whole query string, without "?".
 */
export function urlWithQuery(href: string, queryString: string): string | null {
  const url = new URL(href);
  const search = queryString ? `?${queryString}` : "";
  if (url.search === search) return null;
  return `${url.pathname}${search}${url.hash}`;
}

/**
 * Several apps may share a page, but it has one URL: only the first
 * `<wasmlit-app>` in document order writes st.query_params into it (an app
 * with `url-sync="off"` never does and is skipped). The others keep their
 * query params in Python only.
 */
export function ownsPageUrl(el: Element, tagName: string): boolean {
  if (el.getAttribute("url-sync") === "off") return false;
  const first = Array.from(el.ownerDocument.querySelectorAll(tagName)).find(
    (other) => other.getAttribute("url-sync") !== "off",
  );
  return first === el;
}

export function defineWasmlitApp(options: HostOptions): void {
  const tagName = options.tagName ?? "wasmlit-app";
  if (customElements.get(tagName)) return;

  class WasmlitApp extends HTMLElement {
    private controller: AppController | null = null;
    private closeView: (() => void) | null = null;
    private events: EventSource | null = null;
    private mount: HTMLElement | null = null;
    private shownQuery: string | null = null;

    connectedCallback(): void {
      if (this.controller) return;
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      installStyles(root);
      this.mount = document.createElement("div");
      this.mount.className = "wasmlit-root";
      root.appendChild(this.mount);

      const controller = new AppController(options.createTransport());
      this.controller = controller;
      const view = frameBatched(controller, options.scheduleFrame ?? nextFrame);
      this.closeView = view.close;
      this.reflect(view.state);
      // Reflected once the DOM shows that state: a test that waits for
      // data-run-count and then reads the DOM sees that run's DOM.
      render(h(App, { controller, view, onCommit: (state: AppState) => this.reflect(state) }), this.mount);
      controller.boot(bootConfig(this, options.coreUrl));
      this.watch(controller);
    }

    disconnectedCallback(): void {
      // Moving the element re-connects it at once; only tear down if it stays out.
      queueMicrotask(() => {
        if (!this.isConnected) this.teardown();
      });
    }

    private watch(controller: AppController): void {
      const url = this.getAttribute("live-reload");
      if (!url || typeof EventSource === "undefined") return;
      this.events = new EventSource(new URL(url, document.baseURI).href);
      this.events.addEventListener("message", () => controller.reloadFiles());
    }

    private reflect(state: AppState): void {
      this.setAttribute("data-state", state.phase);
      this.setAttribute("data-run-count", String(state.runCount));
      this.syncUrl(state.queryString);
    }

    /** Show Python's st.query_params in the address bar, without a navigation. */
    private syncUrl(queryString: string | null): void {
      if (queryString === null || queryString === this.shownQuery) return;
      this.shownQuery = queryString;
      if (!ownsPageUrl(this, tagName)) return;
      const next = urlWithQuery(location.href, queryString);
      if (next !== null) history.replaceState(history.state, "", next);
    }

    private teardown(): void {
      this.events?.close();
      this.events = null;
      if (this.mount) {
        render(null, this.mount);
        this.mount.remove();
        this.mount = null;
      }
      this.closeView?.();
      this.closeView = null;
      this.controller?.close();
      this.controller = null;
    }
  }

  customElements.define(tagName, WasmlitApp);
}
