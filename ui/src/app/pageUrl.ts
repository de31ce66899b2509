/**
 * Page URLs of a multipage app: `<base>/<url_path>`, where the base is the
 * folder of the page holding the app and a URL path never contains "/"
 * (Streamlit's rule). A last segment ending in ".html" is the page file
 * itself, not an app page.
 *
 *   splitPagePath("/site/Data")        // { base: "/site/", urlPath: "Data" }
 *   splitPagePath("/site/index.html")  // { base: "/site/", urlPath: "" }
 *   pagePath("/site/", "Data")         // "/site/Data"
 *
 * A deep link (`/site/Data` loaded directly) needs the static host to serve
 * the app page for unknown paths: `wasmlit build` writes 404.html as a copy of
 * index.html, which GitHub Pages (and most static hosts) serve there.
 */
export type PagePath = { base: string; urlPath: string };

export function splitPagePath(pathname: string): PagePath {
  const slash = pathname.lastIndexOf("/");
  const base = pathname.slice(0, slash + 1);
  const last = pathname.slice(slash + 1);
  if (last === "" || last.toLowerCase().endsWith(".html")) return { base, urlPath: "" };
  let urlPath = last;
  try {
    urlPath = decodeURIComponent(last);
  } catch {
    // A malformed escape: keep the raw text, Python falls back to the default page.
  }
  return { base, urlPath };
}

/** The pathname showing page `urlPath` under `base` ("" = the default page). */
export function pagePath(base: string, urlPath: string): string {
  return `${base}${encodeURIComponent(urlPath)}`;
}

/** The href of an in-app link: relative to the base, with its query. */
export function pageHref(base: string, urlPath: string, queryString: string | null): string {
  return `${pagePath(base, urlPath)}${queryString ? `?${queryString}` : ""}`;
}
