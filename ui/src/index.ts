/**
 * The wasmlit UI bundle (wasmlit.js): defines <wasmlit-app>. worker.js and
 * core.zip sit beside it, so their URLs come from import.meta.url.
 */
import { defineWasmlitApp } from "./host/element";
import { workerTransport } from "./transport";

defineWasmlitApp({
  // Each <wasmlit-app> gets its own worker.
  createTransport: () => workerTransport(new Worker(new URL("./worker.js", import.meta.url), { type: "module" })),
  coreUrl: new URL("./core.zip", import.meta.url).href,
});

export { defineWasmlitApp } from "./host/element";
export { PROTOCOL_VERSION } from "./protocol/generated";
export type { Transport } from "./transport";
