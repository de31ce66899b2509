/**
 * component-sw.js: serves custom components' build folders from Cache
 * Storage (filled by ui/src/components/assets.ts) under its scope,
 * `<wasmlit>/component/`. Nothing else passes through it.
 */
import { CACHE_NAME } from "./assets";

type FetchEvent = Event & { request: Request; respondWith(r: Promise<Response>): void };
type ExtendableEvent = Event & { waitUntil(p: Promise<unknown>): void };
type WorkerScope = {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (event: never) => void): void;
};

const sw = self as unknown as WorkerScope;

/** The cache key of a request inside the scope: query and hash dropped, "/" → index.html. */
export function cacheKey(url: string, scope: string): string | null {
  const u = new URL(url);
  if (!u.href.startsWith(scope)) return null;
  u.search = "";
  u.hash = "";
  return u.pathname.endsWith("/") ? `${u.href}index.html` : u.href;
}

async function serve(key: string): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  const hit = await cache.match(key);
  return hit ?? new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
}

sw.addEventListener("install", () => void sw.skipWaiting());
sw.addEventListener("activate", (event: ExtendableEvent) => event.waitUntil(sw.clients.claim()));
sw.addEventListener("fetch", (event: FetchEvent) => {
  if (event.request.method !== "GET") return;
  const key = cacheKey(event.request.url, sw.registration.scope);
  if (key !== null) event.respondWith(serve(key));
});
