/** A plain static file server for built sites: any static host must be enough for wasmlit. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".py": "text/x-python",
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".css": "text/css",
  ".map": "application/json",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Extra response headers on every file, e.g. COOP/COEP for cross-origin isolation. */
export const CROSS_ORIGIN_ISOLATION = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
} as const;

/** Serve `mounts` (URL prefix -> folder) on 127.0.0.1 at a free port. */
export async function serveStatic(
  mounts: Record<string, string>,
  options: { headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (prefix === undefined) {
      res.writeHead(404).end();
      return;
    }
    const root = mounts[prefix] as string;
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      // Like GitHub Pages: a site's 404.html answers unknown paths (deep links to app pages).
      const notFound = join(root, "404.html");
      if (!existsSync(notFound)) {
        res.writeHead(404).end();
        return;
      }
      file = notFound;
      status = 404;
    }
    res.writeHead(status, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...options.headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
