/**
 * Typed stubs of what the worker uses from Pyodide and from the Python entry
 * points in `wasmlit.host.pyodide_host`. The worker calls Python only through
 * these named functions: no Python source travels in strings.
 *
 *   const host = pyodide.pyimport("wasmlit.host.pyodide_host") as HostModule;
 *   host.start("/home/pyodide/app/app.py", options, "?a=1", post);
 */
import type { JsonValue, UiMessage } from "../../ui/src/protocol/generated";
import type { JspiHooks } from "./jspiControl";
import type { RunControlHooks } from "./runControl";

/** The subset of the Emscripten file system the worker needs. */
export interface PyodideFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array | string): void;
  unlink(path: string): void;
  analyzePath(path: string): { exists: boolean };
}

/** A Python object seen from JS; must be destroyed when no longer needed. */
export interface PyProxy {
  destroy(): void;
}

export interface LoadPackageOptions {
  messageCallback?: (message: string) => void;
  errorCallback?: (message: string) => void;
}

/** The subset of the Pyodide API used by the boot stages (same in 0.27 and 314). */
export interface Pyodide {
  readonly version: string;
  readonly FS: PyodideFS;
  loadPackage(names: string | string[], options?: LoadPackageOptions): Promise<unknown>;
  loadPackagesFromImports(code: string, options?: LoadPackageOptions): Promise<unknown>;
  unpackArchive(buffer: ArrayBuffer, format: string, options?: { extractDir?: string }): void;
  pyimport(name: string): unknown;
  /** Where Python reads SIGINT (2) from; `undefined` stops checking. */
  setInterruptBuffer(buffer: Int32Array | undefined): void;
}

/** The `pyodide.mjs` ES module, loaded at run time from the configured URL. */
export interface PyodideModule {
  loadPyodide(options: { indexURL: string; lockFileURL?: string }): Promise<Pyodide>;
}

/** Called by Python with one message object and the ArrayBuffers to transfer. */
export type PostFn = (message: unknown, transfer: ArrayBuffer[]) => void;

/** A Python function seen from JS; `callPromising` lets it suspend with run_sync (JSPI). */
export interface PyCallable<A extends unknown[], R> extends PyProxy {
  (...args: A): R;
  callPromising(...args: A): Promise<R>;
}

/** `wasmlit.host.pyodide_host`: the Python entry points the worker calls. */
export interface HostModule extends PyProxy {
  /**
   * Create the session for the app script; the first run waits for `rerun`.
   * `control` lets Python end runs early: shared memory on cross-origin
   * isolated pages, else JSPI yields where the engine has them.
   */
  start(
    entrypointPath: string,
    options: Record<string, JsonValue>,
    queryString: string,
    post: PostFn,
    control?: RunControlHooks | JspiHooks,
  ): void;
  /** Apply one UI message (rerun, stop, reload_files, upload_file) to the session. */
  readonly handle: PyCallable<[UiMessage], void>;
  /** Install requirements with micropip; rejects naming the failing ones. */
  install_requirements(requirements: string[]): Promise<void>;
  /** `sys.version` of the interpreter, e.g. "3.12.7". */
  python_version(): string;
  /** persist="disk" caches: entries loaded from IndexedDB, and where changes go (cacheStore.ts). */
  attach_cache_store(
    entries: [string, Uint8Array][],
    write: (op: string, key: string, data?: ArrayBuffer) => void,
  ): void;
}

/** `sys`, for putting the unpacked core on the import path. */
export interface SysModule extends PyProxy {
  readonly path: PyProxy & { insert(index: number, item: string): void };
}
