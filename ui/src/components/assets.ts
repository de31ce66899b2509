/**
 * Serving a `path=` component's build folder with no server.
 *
 * Python sends the folder's files once per session, with the first element
 * that shows that build (`files_id`, a content hash); later elements carry
 * only the id. The page stores them, as the message arrives, in
 * Cache Storage under `<wasmlit>/component/<files_id>/<path>` and a service
 * worker (component-sw.js, scoped to `<wasmlit>/component/`) answers the
 * frame's requests from that cache. The frame then loads a real,
 * hierarchical URL: relative URLs in index.html, JS chunks, dynamic imports,
 * CSS url() and fonts resolve as on any static host, with no rewriting.
 * `files_id` is a content hash, so a folder is stored once and never stale.
 * Needs a secure context (https or localhost) with service workers.
 */

export const CACHE_NAME = "wasmlit-components-v1";

export type ComponentFile = { path: string; data: ArrayBuffer };

const MIME: Record<string, string> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  map: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  wasm: "application/wasm",
  txt: "text/plain; charset=utf-8",
};

export function mimeType(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
  return MIME[ext] ?? "application/octet-stream";
}

let workerUrl: string | null = null;

/** Set once by index.ts: component-sw.js beside wasmlit.js. */
export function setComponentWorkerUrl(url: string): void {
  workerUrl = url;
}

/** The scope the service worker serves: `component/` beside it. */
export function componentScope(swUrl: string): string {
  return new URL("./component/", swUrl).href;
}

/**
 * The folder URL of one build: a cross-origin isolated page gets its own copy
 * whose documents carry COEP, as nested documents there must.
 */
export function folderUrl(scope: string, filesId: string, isolated: boolean): string {
  const safe = filesId.replace(/[^a-zA-Z0-9_-]/g, "");
  return `${scope}${safe}${isolated ? "-coi" : ""}/`;
}

/** The normalised relative path of a file, or null if it would leave its folder. */
export function filePath(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return null;
    parts.push(part);
  }
  return parts.length === 0 ? null : parts.map(encodeURIComponent).join("/");
}

export function fileHeaders(path: string, isolated: boolean): Record<string, string> {
  const headers: Record<string, string> = { "Content-Type": mimeType(path), "Cache-Control": "no-cache" };
  if (isolated) {
    headers["Cross-Origin-Embedder-Policy"] = "require-corp";
    headers["Cross-Origin-Resource-Policy"] = "same-origin";
  }
  return headers;
}

let registration: Promise<void> | null = null;
/** files_id → the write of its files (they arrive once per app session). */
const stored = new Map<string, Promise<void>>();

/** The worker's URL, its scope and whether this page is cross-origin isolated; throws where unsupported. */
function serving(): { swUrl: string; scope: string; isolated: boolean } {
  if (workerUrl === null) throw new Error("component-sw.js URL is not set");
  if (!("serviceWorker" in navigator) || typeof caches === "undefined") {
    throw new Error("components with path= need service workers (an https or localhost page)");
  }
  return { swUrl: workerUrl, scope: componentScope(workerUrl), isolated: globalThis.crossOriginIsolated === true };
}

async function activeWorker(swUrl: string, scope: string): Promise<void> {
  const reg = await navigator.serviceWorker.register(swUrl, { scope });
  const worker = reg.active ?? reg.waiting ?? reg.installing;
  if (worker === null) throw new Error("the component service worker did not install");
  if (worker.state === "activated") return;
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (worker.state === "activated") resolve();
      else if (worker.state === "redundant") reject(new Error("the component service worker failed"));
    };
    worker.addEventListener("statechange", check);
    check();
  });
}

async function writeFolder(filesId: string, files: ComponentFile[]): Promise<void> {
  const { scope, isolated } = serving();
  const base = folderUrl(scope, filesId, isolated);
  const cache = await caches.open(CACHE_NAME);
  // Still there from an earlier page session: the same hash, the same files.
  if ((await cache.match(`${base}index.html`)) !== undefined) return;
  // index.html last: its presence marks a complete folder.
  const ordered = [...files].sort((a, b) => Number(a.path === "index.html") - Number(b.path === "index.html"));
  for (const file of ordered) {
    const path = filePath(file.path);
    if (path === null) continue;
    await cache.put(`${base}${path}`, new Response(file.data.slice(0), { headers: fileHeaders(path, isolated) }));
  }
}

/**
 * Store a folder's files in Cache Storage. Python sends them only with the
 * first element of a session that shows this files_id, so this runs when the
 * message arrives (storeDeltaFiles), not when a frame renders: a node replaced
 * before it is drawn must not lose them. The same id again is a no-op.
 */
export function storeFolder(filesId: string, files: ComponentFile[]): Promise<void> {
  let pending = stored.get(filesId);
  if (pending === undefined) {
    pending = writeFolder(filesId, files);
    stored.set(filesId, pending);
    // A failed write may be retried by the next app session that sends them;
    // the error reaches the frames waiting on this promise (serveFolder).
    pending.catch(() => stored.delete(filesId));
  }
  return pending;
}

function isFile(value: unknown): value is ComponentFile {
  const file = value as Partial<ComponentFile> | null;
  // Not instanceof: a buffer from another realm (a test's, a frame's) is as good.
  return typeof file?.path === "string" && Object.prototype.toString.call(file.data) === "[object ArrayBuffer]";
}

/** Called for every worker message: stores the files a component_instance delta carries. */
export function storeDeltaFiles(message: unknown): void {
  const delta = message as { type?: unknown; node?: { type?: unknown; props?: Record<string, unknown> } } | null;
  if (delta?.type !== "delta" || delta.node?.type !== "component_instance") return;
  const props = delta.node.props ?? {};
  const { files_id: filesId, files } = props;
  if (typeof filesId === "string" && Array.isArray(files)) void storeFolder(filesId, files.filter(isFile));
}

/**
 * The URL of a folder's index.html, once its files are stored and the
 * service worker runs. Elements carry only `files_id` after the first time,
 * so the files come from this page's earlier delta (storeDeltaFiles) or, if
 * none arrived, from what Cache Storage still holds.
 */
export async function serveFolder(filesId: string): Promise<string> {
  const { swUrl, scope, isolated } = serving();
  registration ??= activeWorker(swUrl, scope).catch((err: unknown) => {
    registration = null;
    throw err;
  });
  const base = folderUrl(scope, filesId, isolated);
  const pending = stored.get(filesId);
  if (pending !== undefined) await pending;
  else if ((await (await caches.open(CACHE_NAME)).match(`${base}index.html`)) === undefined) {
    throw new Error(`the files of build ${filesId} never arrived`);
  }
  await registration;
  return `${base}index.html`;
}
