/**
 * End-to-end harness: build a real site with the wasmlit CLI, serve it with a
 * plain static server next to the local Pyodide distribution, and drive it in
 * real Chromium. Nothing is mocked: real worker, real Pyodide, real core.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { launchBrowser, type BrowserContextOptions, type LaunchedBrowser } from "./browser.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PYODIDE_DIRS = {
  "0.27.7": join(ROOT, ".cache", "pyodide", "0.27.7"),
  "314.0.7": join(ROOT, ".cache", "pyodide", "314.0.7"),
} as const;
export const WASMLIT = join(ROOT, ".venv", "bin", "wasmlit");

/** Generous: the first boot of Pyodide and its packages takes seconds on a 2-core machine. */
export const BOOT_TIMEOUT = 90_000;
export const RUN_TIMEOUT = 30_000;

/** Write `files` (relative path -> text) into a fresh temporary app folder. */
export function writeApp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "wasmlit-app-"));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

/**
 * The lock scripts/provision_pyodide.py writes beside 0.27.7's pyodide-lock.json:
 * the official one plus pinned pure wheels (altair, plotly, graphviz and their
 * dependencies), so those load offline.
 */
export const OFFLINE_LOCK_URL = "/pyodide/offline-lock.json";

/**
 * Run `wasmlit build` for an entrypoint; Pyodide is referenced at /pyodide/ on the same server.
 * With the default Pyodide URL the page uses OFFLINE_LOCK_URL (0.27.7 only); pass
 * `lockFileUrl: null` for Pyodide's own lock.
 */
export function buildSite(
  entrypoint: string,
  pyodideUrl = "/pyodide/",
  lockFileUrl: string | null = pyodideUrl === "/pyodide/" ? OFFLINE_LOCK_URL : null,
): string {
  const out = mkdtempSync(join(tmpdir(), "wasmlit-site-"));
  const args = ["build", entrypoint, "--out", out, "--pyodide-url", pyodideUrl];
  if (lockFileUrl) args.push("--lock-file-url", lockFileUrl);
  execFileSync(WASMLIT, args, { stdio: "pipe" });
  return out;
}

export interface AppUnderTest {
  page: Page;
  server: StaticServer;
  browser: LaunchedBrowser;
  /** The <wasmlit-app> host element. */
  app: Locator;
  close(): Promise<void>;
}

export interface OpenOptions {
  pyodide?: keyof typeof PYODIDE_DIRS;
  /** Wait for the first run to finish (default true). */
  waitForRun?: boolean;
  extraMounts?: Record<string, string>;
  /** Extra Chromium flags, e.g. MEDIA_FLAGS from browser.ts for a fake camera and microphone. */
  browserFlags?: string[];
  /** Runs on the new page before it loads, e.g. `page.addInitScript(...)`. */
  beforeLoad?: (page: Page) => Promise<void>;
  /** Browser context options, e.g. `{ locale: "de-DE", timezoneId: "Asia/Tokyo" }` (st.context). */
  context?: BrowserContextOptions;
  /** Response headers on every file, e.g. CROSS_ORIGIN_ISOLATION from static-server.ts. */
  headers?: Record<string, string>;
}

/** Build, serve and open an app; resolves once its first run has finished. */
export async function openSite(site: string, options: OpenOptions = {}): Promise<AppUnderTest> {
  const pyodideDir = PYODIDE_DIRS[options.pyodide ?? "0.27.7"];
  if (!existsSync(join(pyodideDir, "pyodide.mjs"))) {
    throw new Error(`Pyodide distribution missing at ${pyodideDir}: run scripts/setup`);
  }
  const mounts = { "/pyodide/": pyodideDir, ...options.extraMounts, "/": site };
  const server = await serveStatic(mounts, { headers: options.headers });
  const browser = await launchBrowser(options.browserFlags, options.context);
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  await options.beforeLoad?.(page);
  await page.goto(server.url + "/");
  const app = page.locator("wasmlit-app").first();
  if (options.waitForRun ?? true) await waitForRuns(app, 1, BOOT_TIMEOUT);
  return {
    page,
    server,
    browser,
    app,
    async close() {
      await browser.close();
      await server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/** Convenience: write an app, build it, open it. */
export async function openApp(files: Record<string, string>, options: OpenOptions = {}) {
  const dir = writeApp(files);
  // Only the 0.27.7 distribution has the offline lock.
  const lock = (options.pyodide ?? "0.27.7") === "0.27.7" ? OFFLINE_LOCK_URL : null;
  const site = buildSite(join(dir, "app.py"), "/pyodide/", lock);
  const opened = await openSite(site, options);
  return { ...opened, appDir: dir };
}

export async function runCount(app: Locator): Promise<number> {
  return Number((await app.getAttribute("data-run-count")) ?? "0");
}

/** Wait until at least `count` runs have finished and the app is idle. */
export async function waitForRuns(app: Locator, count: number, timeout = RUN_TIMEOUT): Promise<void> {
  await app.page().waitForFunction(
    ({ el, n }) =>
      el !== null &&
      el.getAttribute("data-state") === "idle" &&
      Number(el.getAttribute("data-run-count") ?? "0") >= n,
    { el: await app.elementHandle(), n: count },
    { timeout },
  );
}

/** Perform `action` and wait for the rerun it causes to finish. */
export async function rerunAfter(app: Locator, action: () => Promise<void>): Promise<void> {
  const before = await runCount(app);
  await action();
  await waitForRuns(app, before + 1);
}

/**
 * Poll `read` until it returns `expected` (deep-equal), then return; fail with the
 * last value seen after `timeout`. The UI renders after input asynchronously, so a
 * single sample right after a click or key press is a race.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 5_000): Promise<void> {
  const { isDeepStrictEqual } = await import("node:util");
  const deadline = Date.now() + timeout;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    last = await read();
  }
  if (!isDeepStrictEqual(last, expected)) {
    throw new Error(`expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeout} ms`);
  }
}

/** The app's main area text, "" before it exists (never waits: boot may be slow on a loaded machine). */
export const mainText = (app: Locator): Promise<string> =>
  app.evaluate((el) => el.shadowRoot?.querySelector('[data-testid="stMain"]')?.textContent ?? "");

/** Wait until the app's main area shows `pattern`; returns the milliseconds it took. */
export async function shows(app: Locator, pattern: RegExp, timeout: number): Promise<number> {
  const start = Date.now();
  try {
    await eventually(async () => pattern.test(await mainText(app)), true, timeout);
  } catch {
    const state = await app.getAttribute("data-state");
    throw new Error(`${pattern} not shown after ${timeout} ms (${state}): ${JSON.stringify(await mainText(app))}`);
  }
  return Date.now() - start;
}

/** Type `value` into the app's text input and press Enter (one rerun). */
export async function commitText(app: Locator, value: string): Promise<void> {
  const input = app.locator('[data-testid="stTextInput"] input');
  await input.fill(value);
  await input.press("Enter");
}
