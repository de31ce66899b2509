/**
 * The <wasmlit-app> custom element: an open shadow root, one worker, the
 * Preact app, and `data-state` / `data-run-count` for tests and pages.
 *
 *   defineWasmlitApp({ createTransport: () => workerTransport(worker), coreUrl });
 *   <wasmlit-app src="./app/" live-reload="/events"></wasmlit-app>
 *   <wasmlit-app src="./app/" pyodide-url="./pyodide/" lock-file-url="./pyodide/offline-lock.json">
 *
 * `map-tiles` / `map-tiles-attribution` (st.map's tile URL template or "none",
 * and its credit) are read by the map chart itself (ui/src/charts/vega-map.ts).
 */
import { h, render } from "preact";
import { AppController, type BootConfig, type PageRequest } from "../app/controller";
import { pageHref, pagePath, splitPagePath } from "../app/pageUrl";
import { frameBatched, nextFrame, type Schedule } from "../app/frames";
import type { AppState } from "../app/state";
import { gatherContext } from "./browserContext";
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
  const config: BootConfig = {
    app_url: folderUrl(el.getAttribute("src") || "./app/", base),
    pyodide_url: folderUrl(el.getAttribute("pyodide-url") || DEFAULT_PYODIDE_URL, base),
    core_url: coreUrl,
    query_string: location.search,
  };
  // Pyodide's `lockFileURL`: e.g. a lock with extra offline wheels. Absent, Pyodide
  // uses the pyodide-lock.json beside pyodide.mjs.
  const lock = el.getAttribute("lock-file-url");
  if (lock) config.lock_file_url = new URL(lock, base).href;
  return config;
}

/**
 * The page URL showing `queryString` (path and hash kept), or null when it
 * already does. Python sends the whole query string, without "?". Python's
 * `history` says how: "push" (a new entry, so Back returns to the previous
 * params) after a user's action, "replace" for the first run and back/forward.
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
    /** The query_params message last written to the URL (one write per message). */
    private shownQuery: AppState["queryParams"] = null;
    /** The URL this app last wrote or saw, to tell a back/forward from an anchor jump. */
    private seenUrl = "";
    /** The folder of the page URL when this app owns it (multipage URLs), else null. */
    private pageBase: string | null = null;
    /** The app page the address bar shows; null before the first navigation message. */
    private shownPage: string | null = null;
    /** Back/forward: rerun with the URL's page and query (bound widgets follow it). */
    private readonly onPopState = () => {
      if (this.pageBase === null || !this.controller) return;
      const seen = `${location.pathname}${location.search}`;
      if (seen === this.seenUrl) return; // only the hash moved (an anchor): no rerun
      this.seenUrl = seen;
      const { urlPath } = splitPagePath(location.pathname);
      if (this.shownPage !== null) this.shownPage = urlPath;
      this.controller.switchPage(urlPath, location.search.replace(/^\?/, ""), true);
    };
    private readonly themeQuery = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
    /** A dark/light switch of the system may change the app's background: st.context.theme. */
    private readonly onThemeChange = () => this.controller?.contextChanged();

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
      let initialPage: PageRequest | null = null;
      if (ownsPageUrl(this, tagName)) {
        const { base, urlPath } = splitPagePath(location.pathname);
        this.pageBase = base;
        // A deep link: the first run shows that page; st.query_params stay from the URL.
        if (urlPath !== "") initialPage = { url_path: urlPath, query_string: null };
        this.seenUrl = `${location.pathname}${location.search}`;
        window.addEventListener("popstate", this.onPopState);
      }
      const base = this.pageBase;
      controller.setContextSource((page) => gatherContext(this, this.contextHref(page), this.pageBase !== null));
      this.themeQuery?.addEventListener("change", this.onThemeChange);
      const href = (urlPath: string, query: string | null) => (base === null ? "#" : pageHref(base, urlPath, query));
      render(
        h(App, { controller, view, onCommit: (state: AppState) => this.reflect(state), pageHref: href }),
        this.mount,
      );
      controller.boot(bootConfig(this, options.coreUrl), initialPage);
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
      this.syncPage(state.navigation?.current ?? null);
      this.syncUrl(state.queryParams);
    }

    /** st.context.url for a rerun: the page it asks for, else the address bar. */
    private contextHref(page: PageRequest | null): string {
      if (page === null || page.history || this.pageBase === null) return location.href;
      return new URL(pagePath(this.pageBase, page.url_path), location.href).href;
    }

    /**
     * The address bar follows the app page: a new history entry per page change
     * (so back/forward switch pages), a replacement for the first one (a deep
     * link to an unknown page lands on the default page without an extra entry).
     */
    private syncPage(current: string | null): void {
      if (current === null || this.pageBase === null || current === this.shownPage) return;
      const first = this.shownPage === null;
      this.shownPage = current;
      if (splitPagePath(location.pathname).urlPath === current) return;
      const next = `${pagePath(this.pageBase, current)}${location.search}${location.hash}`;
      if (first) history.replaceState(history.state, "", next);
      else history.pushState(null, "", next);
      this.seenUrl = `${location.pathname}${location.search}`;
    }

    /** Show Python's st.query_params in the address bar, without a navigation. */
    private syncUrl(message: AppState["queryParams"]): void {
      if (message === null || message === this.shownQuery) return;
      this.shownQuery = message;
      if (!ownsPageUrl(this, tagName)) return;
      const next = urlWithQuery(location.href, message.query_string);
      if (next === null) return;
      if (message.history === "push") history.pushState(null, "", next);
      else history.replaceState(history.state, "", next);
      this.seenUrl = `${location.pathname}${location.search}`;
    }

    private teardown(): void {
      window.removeEventListener("popstate", this.onPopState);
      this.themeQuery?.removeEventListener("change", this.onThemeChange);
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
