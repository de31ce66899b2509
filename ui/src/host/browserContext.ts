/**
 * st.context as the page knows it: locale, time zone, URL, theme, readable
 * cookies and the few request headers a page can see. Gathered on the main
 * thread (the worker has no document) and sent with reruns when it changed.
 *
 *   const ctx = gatherContext(appElement, location.href);
 *   controller.setContextSource(() => gatherContext(appElement, location.href));
 */
import { readHostTheme } from "../charts/host-theme";
import type { RerunMessage } from "../protocol/generated";

export type BrowserContext = NonNullable<RerunMessage["context"]>;

/** `document.cookie` as name -> raw value (HttpOnly cookies are invisible to pages). */
export function parseCookies(text: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? "" : part.slice(0, eq)).trim();
    if (name) cookies[name] = part.slice(eq + 1).trim();
  }
  return cookies;
}

/** A URL without its query and hash, as Streamlit's st.context.url. */
export function bareUrl(href: string): string {
  const url = new URL(href);
  url.search = "";
  url.hash = "";
  return url.href;
}

/** Accept-Language as browsers build it from the preferred languages ("de-DE,de;q=0.9,en;q=0.8"). */
export function acceptLanguage(languages: readonly string[]): string {
  return languages
    .map((lang, i) => (i === 0 ? lang : `${lang};q=${Math.max(0.1, 1 - i / 10).toFixed(1)}`))
    .join(",");
}

function timeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * Everything st.context reads; `href` is the page URL the run belongs to.
 * `pageUrls` false: this app does not own the address bar (url-sync="off"), so
 * Python must not move st.context.url to another page's URL on st.switch_page.
 */
export function gatherContext(el: Element, href: string, pageUrls = true): BrowserContext {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const headers: Record<string, string> = { Host: location.host, "User-Agent": navigator.userAgent };
  if (languages.length > 0 && languages[0]) headers["Accept-Language"] = acceptLanguage(languages);
  const context: BrowserContext = {
    locale: navigator.language || null,
    timezone: timeZone(),
    timezone_offset: new Date().getTimezoneOffset(),
    url: bareUrl(href),
    theme: readHostTheme(el).dark ? "dark" : "light",
    cookies: parseCookies(document.cookie),
    headers,
  };
  if (!pageUrls) context.page_urls = false;
  return context;
}

/** The same facts (key order aside): no rerun needed. */
export function sameContext(a: BrowserContext | null, b: BrowserContext): boolean {
  return a !== null && canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
