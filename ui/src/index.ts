/**
 * The wasmlit UI bundle (wasmlit.js): defines <wasmlit-app>. worker.js and
 * core.zip (and fonts/) sit beside it, so their URLs come from import.meta.url.
 */
import { setComponentWorkerUrl } from "./components/assets";
import { defineWasmlitApp } from "./host/element";
import { MATERIAL_FONT_PATH, setMaterialFontUrl } from "./material";
import { workerTransport } from "./transport";

// The icon font sits beside this bundle too; it is fetched only when an icon renders.
setMaterialFontUrl(new URL(MATERIAL_FONT_PATH, import.meta.url).href);
// Custom components' build folders are served by this worker (docs/components.md).
setComponentWorkerUrl(new URL("./component-sw.js", import.meta.url).href);

defineWasmlitApp({
  // Each <wasmlit-app> gets its own worker.
  createTransport: () => workerTransport(new Worker(new URL("./worker.js", import.meta.url), { type: "module" })),
  coreUrl: new URL("./core.zip", import.meta.url).href,
});

export { defineWasmlitApp } from "./host/element";
export { PROTOCOL_VERSION } from "./protocol/generated";
export type { Transport } from "./transport";
