/** Launches Debian's Chromium through playwright-core with the flags this machine needs. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const MEDIA_FLAGS = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"];

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** What a test may set on the browser context: the user's locale, time zone and colour scheme. */
export type BrowserContextOptions = {
  locale?: string;
  timezoneId?: string;
  colorScheme?: "light" | "dark";
};

/** A fresh persistent context in an empty profile, closed and deleted by close(). */
export async function launchBrowser(
  extraFlags: string[] = [],
  contextOptions: BrowserContextOptions = {},
): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "wasmlit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
    ...contextOptions,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
