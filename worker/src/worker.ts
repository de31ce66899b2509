/**
 * The wasmlit module worker: boots Pyodide and the app in stages on `boot`,
 * posts `ready`, then feeds `rerun` / `stop` / `reload_files` / `upload_file`
 * to Python.
 *
 *   new Worker(new URL("./worker.js", import.meta.url), { type: "module" })
 *     .postMessage({ type: "boot", protocol_version: 1, config });
 */
import {
  PROTOCOL_VERSION,
  type BootMessage,
  type BootStage,
  type WorkerMessage,
} from "../../ui/src/protocol/generated";
import { protocolValidator } from "../../ui/src/protocol/validate";
import { BootError, asBootError, describe, summary } from "./errors";
import { attachCacheStore, openCacheStore } from "./cacheStore";
import { fetchAppFiles, fetchManifest, importScanSource, writeAppFiles } from "./files";
import type { PostFn } from "./python";
import { Inbox, type SessionMessage } from "./queue";
import { JspiRunControl, chooseRunControl, jspiAvailable } from "./jspiControl";
import { WorkerRunControl, isReload, isRerun } from "./runControl";
import { boot, folderUrl, type Booted } from "./stages";

declare const self: DedicatedWorkerGlobalScope;

const validator = protocolValidator();
const inbox = new Inbox();
let state: "new" | "booting" | "ready" | "failed" = "new";
let booted: Booted | null = null;
let appUrl = "";
let draining = false;
/** Shared with the page when it is cross-origin isolated: lets runs end early. */
let control: WorkerRunControl | null = null;
/** Else, where the engine has JSPI: runs yield to this worker at Streamlit calls. */
let jspi: JspiRunControl | null = null;
/** `host.handle`, fetched once: each attribute read would make a new PyProxy. */
let handleProxy: Booted["host"]["handle"] | null = null;

function send(message: WorkerMessage): void {
  self.postMessage(message);
}

/** Python posts its messages (with ArrayBuffers to transfer) through this. */
const post: PostFn = (message, transfer) => self.postMessage(message, transfer);

function fail(err: BootError): void {
  state = "failed";
  console.error(`wasmlit: boot failed in stage ${err.stage}: ${err.message}\n${err.detail}`);
  send({ type: "boot_error", stage: err.stage, message: err.message, detail: err.detail });
}

async function startBoot(message: BootMessage): Promise<void> {
  if (state !== "new") {
    console.warn("wasmlit: ignoring a second boot message");
    return;
  }
  state = "booting";
  if (message.protocol_version !== PROTOCOL_VERSION) {
    fail(
      new BootError(
        "runtime",
        `protocol mismatch: the page speaks v${message.protocol_version}, this worker v${PROTOCOL_VERSION}`,
      ),
    );
    return;
  }
  appUrl = folderUrl(message.config.app_url, self.location.href);
  const shared = message.config.run_control;
  const kind = chooseRunControl(shared, jspiAvailable());
  if (kind === "shared" && shared) control = new WorkerRunControl(shared);
  if (kind === "jspi") jspi = new JspiRunControl(inbox);
  const cacheStore = openCacheStore(appUrl); // persist="disk" entries, read while Pyodide boots
  const report = (stage: BootStage, text: string, progress: number) =>
    send({ type: "boot_progress", stage, message: text, progress });
  try {
    booted = await boot(message.config, report, post, control ?? jspi);
  } catch (err) {
    fail(asBootError("runtime", err));
    return;
  }
  await attachCacheStore(booted.host, cacheStore); // before the first run; never throws
  state = "ready";
  send({
    type: "ready",
    protocol_version: PROTOCOL_VERSION,
    pyodide_version: booted.pyodide.version,
    python_version: booted.pythonVersion,
  });
  scheduleDrain();
}

/** Re-fetch the manifest and files (bypassing caches) and write what changed. */
async function reloadFiles(app: Booted): Promise<void> {
  const manifest = await fetchManifest(appUrl, "no-store");
  const files = await fetchAppFiles(appUrl, manifest, "no-store");
  const stale = app.files.map((f) => f.path).filter((p) => !manifest.files.includes(p));
  writeAppFiles(app.pyodide.FS, files, stale);
  // A newly added import of a Pyodide package must load before the rerun.
  await app.pyodide.loadPackagesFromImports(importScanSource(files), {
    messageCallback: () => undefined, // "already loaded" chatter on every save
    errorCallback: (m) => console.error(`wasmlit: ${m}`),
  });
  if (manifest.requirements.join("\n") !== app.manifest.requirements.join("\n")) {
    console.warn("wasmlit: requirements changed; reload the page to install them");
  }
  app.manifest = manifest;
  app.files = files;
}

async function handle(app: Booted, message: SessionMessage): Promise<void> {
  if (message.type === "reload_files") {
    try {
      await reloadFiles(app);
    } catch (err) {
      // Keep the running app: a half-saved file must not take it down.
      console.error(`wasmlit: reloading the app's files failed: ${describe(err)}`);
      // The reruns merged into it are the user's input: they still run (old code).
      if (!message.rerun) return;
      message = message.rerun;
    }
  }
  try {
    // Under JSPI the run is entered through a promising call so Python can
    // suspend (run_sync) and let this worker receive messages meanwhile; they
    // only queue up: `draining` keeps a second run from starting.
    if (jspi) await (handleProxy ??= app.host.handle).callPromising(message);
    else app.host.handle(message);
  } catch (err) {
    const detail = describe(err);
    console.error(`wasmlit: Python failed handling ${message.type}: ${detail}`);
    send({ type: "boot_error", stage: "session", message: `internal error: ${summary(err)}`, detail });
  }
}

/**
 * Process queued messages after the current task, so that everything that
 * arrived while Python was busy is coalesced into one batch first.
 */
function scheduleDrain(): void {
  if (draining || state !== "ready") return;
  draining = true;
  setTimeout(() => void drain(), 0);
}

async function drain(): Promise<void> {
  try {
    const app = booted;
    while (app && inbox.size > 0) {
      for (const message of inbox.drain()) await handle(app, message);
      // Let messages posted during that run arrive before the next batch.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    draining = false;
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  // Counted before validation, so the page's count and ours always match.
  if (isRerun(event.data)) control?.rerunReceived();
  if (isReload(event.data)) control?.reloadReceived();
  const checked = validator.uiMessage(event.data);
  if (!checked.ok) {
    console.error(`wasmlit: invalid message from the page: ${checked.errors.join("; ")}`);
    return;
  }
  const message = checked.message;
  switch (message.type) {
    case "boot":
      void startBoot(message);
      return;
    case "stop":
      // A Stop reaches a JSPI run at its next yield (shared memory carries it itself).
      jspi?.stopReceived();
      inbox.push(message);
      scheduleDrain();
      return;
    case "rerun":
    case "reload_files":
    case "upload_file":
      inbox.push(message); // buffered until ready
      scheduleDrain();
      return;
    default: {
      const unreachable: never = message;
      console.error("wasmlit: unhandled message", unreachable);
    }
  }
};
