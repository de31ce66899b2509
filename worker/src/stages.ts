/**
 * The staged bootstrap: runtime -> files -> packages -> core -> session.
 * Each stage reports `boot_progress` when it starts and throws a `BootError`
 * naming itself when it fails. Network work (app files, core.zip) starts at
 * once, in parallel with loading Pyodide, and is awaited by its stage.
 *
 *   const booted = await boot(config, report, post);   // then post `ready`
 */
import type { AppManifest, BootMessage, BootStage } from "../../ui/src/protocol/generated";
import { BootError, asBootError, summary } from "./errors";
import {
  APP_DIR,
  fetchAppFiles,
  fetchManifest,
  importScanSource,
  writeAppFiles,
  type AppFile,
} from "./files";
import type { HostModule, PostFn, Pyodide, PyodideModule, SysModule } from "./python";
import type { JspiHooks } from "./jspiControl";
import type { InterruptTarget, RunControlHooks } from "./runControl";

/** The run control the worker chose (WorkerRunControl or JspiRunControl). */
export interface BootRunControl {
  attach(target: InterruptTarget): void;
  readonly hooks: RunControlHooks | JspiHooks;
}

export type BootConfig = BootMessage["config"];
export type Report = (stage: BootStage, message: string, progress: number) => void;

/** Where core.zip is unpacked; this folder goes first on sys.path. */
export const CORE_DIR = "/home/pyodide/.wasmlit/core";
const HOST_MODULE = "wasmlit.host.pyodide_host";

/** Progress (0..1 over the whole boot) at which each stage starts. */
export const STAGE_START: Record<BootStage, number> = {
  runtime: 0,
  files: 0.5,
  packages: 0.6,
  core: 0.85,
  session: 0.92,
};

/** Everything the worker keeps after a successful boot. */
export interface Booted {
  pyodide: Pyodide;
  host: HostModule;
  manifest: AppManifest;
  files: AppFile[];
  pythonVersion: string;
}

/** Make `url` absolute (relative to the worker) and end it with "/". */
export function folderUrl(url: string, base: string): string {
  const absolute = new URL(url, base).href;
  return absolute.endsWith("/") ? absolute : `${absolute}/`;
}

/** Start a promise now, but let its stage decide what a rejection means. */
function early<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined); // awaited later; avoid an "unhandled rejection" meanwhile
  return promise;
}

/**
 * loadPyodide's options. Without `lockFileURL` Pyodide reads the pyodide-lock.json
 * beside pyodide.mjs; with it (e.g. a lock listing extra offline wheels), package
 * file names in that lock still resolve against `indexURL`.
 */
export function runtimeOptions(
  pyodideUrl: string,
  lockFileUrl?: string,
): { indexURL: string; lockFileURL?: string } {
  return lockFileUrl ? { indexURL: pyodideUrl, lockFileURL: lockFileUrl } : { indexURL: pyodideUrl };
}

async function loadRuntime(pyodideUrl: string, lockFileUrl: string | undefined): Promise<Pyodide> {
  const moduleUrl = `${pyodideUrl}pyodide.mjs`;
  let mod: PyodideModule;
  try {
    mod = (await import(/* @vite-ignore */ moduleUrl)) as PyodideModule;
  } catch (err) {
    throw new BootError("runtime", `could not load Pyodide from ${moduleUrl}`, String(err));
  }
  try {
    return await mod.loadPyodide(runtimeOptions(pyodideUrl, lockFileUrl));
  } catch (err) {
    throw asBootError("runtime", err, `Pyodide failed to start from ${pyodideUrl}: ${summary(err)}`);
  }
}

async function fetchCore(coreUrl: string): Promise<ArrayBuffer> {
  const response = await fetch(coreUrl, { cache: "no-cache" }).catch((err: unknown) => {
    throw new BootError("core", `could not fetch the wasmlit core ${coreUrl}`, String(err));
  });
  if (!response.ok) {
    throw new BootError("core", `could not fetch the wasmlit core: HTTP ${response.status}`, coreUrl);
  }
  return response.arrayBuffer();
}

/** Load lock-listed packages, collecting Pyodide's error messages instead of losing them. */
export async function loadPackages(
  pyodide: Pyodide,
  load: (pyodide: Pyodide, errors: string[]) => Promise<unknown>,
  what: string,
): Promise<void> {
  const errors: string[] = [];
  try {
    await load(pyodide, errors);
  } catch (err) {
    throw asBootError("packages", err, `could not load ${what}: ${summary(err)}`);
  }
  if (errors.length) {
    const text = errors.join(" ").replace(/\s+/g, " ").trim();
    throw new BootError("packages", `could not load ${what}: ${text}`, errors.join("\n"));
  }
}

/** Unpacks core.zip once and imports the host module; shared by two stages. */
class Core {
  private host: HostModule | null = null;
  constructor(private readonly archive: Promise<ArrayBuffer>) {}

  async ensure(pyodide: Pyodide): Promise<HostModule> {
    if (this.host) return this.host;
    const buffer = await this.archive;
    try {
      pyodide.unpackArchive(buffer, "zip", { extractDir: CORE_DIR });
      const sys = pyodide.pyimport("sys") as SysModule;
      const path = sys.path;
      path.insert(0, CORE_DIR);
      path.destroy();
      sys.destroy();
      this.host = pyodide.pyimport(HOST_MODULE) as HostModule;
    } catch (err) {
      throw asBootError("core", err, `could not load the wasmlit core: ${summary(err)}`);
    }
    return this.host;
  }
}

/**
 * Run every stage in order; resolves once the session exists. `control` is
 * the run control (shared memory or JSPI; null when neither is available).
 */
export async function boot(
  config: BootConfig,
  report: Report,
  post: PostFn,
  control: BootRunControl | null = null,
): Promise<Booted> {
  const base = self.location.href;
  const pyodideUrl = folderUrl(config.pyodide_url, base);
  const appUrl = folderUrl(config.app_url, base);
  const coreUrl = new URL(config.core_url, base).href;
  const lockFileUrl = config.lock_file_url ? new URL(config.lock_file_url, base).href : undefined;
  let stage: BootStage = "runtime";
  try {
    const lockNote = lockFileUrl ? ` (lock ${lockFileUrl})` : "";
    report("runtime", `loading Pyodide from ${pyodideUrl}${lockNote}`, STAGE_START.runtime);
    const runtime = early(loadRuntime(pyodideUrl, lockFileUrl));
    const manifestP = early(fetchManifest(appUrl, "no-cache"));
    const filesP = early(manifestP.then((m) => fetchAppFiles(appUrl, m, "no-cache")));
    const core = new Core(early(fetchCore(coreUrl)));
    const pyodide = await runtime;
    control?.attach(pyodide);

    stage = "files";
    report("files", "fetching the app's files", STAGE_START.files);
    const manifest = await manifestP;
    const files = await filesP;
    writeAppFiles(pyodide.FS, files);

    stage = "packages";
    report("packages", "loading the packages the app imports", STAGE_START.packages);
    const sources = importScanSource(files);
    await loadPackages(
      pyodide,
      (py, errors) =>
        py.loadPackagesFromImports(sources, {
          // "Loading numpy, pandas": worth showing while it takes seconds.
          messageCallback: (m) => report("packages", m, STAGE_START.packages),
          errorCallback: (m) => errors.push(m),
        }),
      "the packages the app imports",
    );
    if (manifest.requirements.length) {
      report("packages", `installing ${manifest.requirements.join(", ")}`, STAGE_START.packages + 0.1);
      await loadPackages(
        pyodide,
        (py, errors) => py.loadPackage("micropip", { errorCallback: (m) => errors.push(m) }),
        "micropip",
      );
      const host = await core.ensure(pyodide);
      try {
        await host.install_requirements(manifest.requirements);
      } catch (err) {
        throw new BootError("packages", summary(err), String(err));
      }
    }

    stage = "core";
    report("core", "loading the wasmlit core", STAGE_START.core);
    const host = await core.ensure(pyodide);

    stage = "session";
    report("session", `starting ${manifest.entrypoint}`, STAGE_START.session);
    const entrypoint = `${APP_DIR}/${manifest.entrypoint}`;
    host.start(entrypoint, manifest.options, config.query_string, post, control?.hooks);
    const pythonVersion = host.python_version();
    return { pyodide, host, manifest, files, pythonVersion };
  } catch (err) {
    throw asBootError(stage, err);
  }
}
