/**
 * Run control through JSPI (WebAssembly JS Promise Integration), for pages
 * that are not cross-origin isolated and so cannot share memory with the
 * worker. The script runs inside a promising call (`callPromising`); at its
 * Streamlit calls Python asks `poll()`, and every YIELD_INTERVAL_MS (100 ms) that
 * answers with a Promise that Python waits on with `pyodide.ffi.run_sync`:
 * the worker's event loop turns once, so `rerun` and `stop` posted meanwhile
 * are received (and queued: the drain loop runs them after the run ends).
 *
 *   const control = new JspiRunControl(inbox); // asks hasRerun() / hasReload()
 *   host.start(path, options, query, post, control.hooks);
 *   control.stopReceived();                   // on every `stop` message
 *   await host.handle.callPromising(message); // so run_sync may suspend
 *
 * See docs/execution-flow.md, "Interrupting runs".
 */
import type { InterruptTarget } from "./runControl";

/** How runs are reached while Python runs: shared memory > JSPI yields > not at all. */
export type RunControlKind = "shared" | "jspi" | "none";

/** What `poll()` and `status()` report to Python. */
export const STATUS_IDLE = 0;
export const STATUS_RERUN = 1;
export const STATUS_STOP = 2;

/**
 * At most one yield per this many milliseconds of script time. A yield costs
 * about 0.25 ms on an idle machine, up to tens of ms while the page renders a
 * burst of elements on a busy 2-CPU machine: 100 ms keeps that cost small and
 * the wait for a rerun or a Stop short.
 */
export const YIELD_INTERVAL_MS = 100;

/** The part of `WebAssembly` that tells whether this engine has JSPI. */
export interface WasmScope {
  Suspending?: unknown;
  promising?: unknown;
}

/** Whether the engine can suspend WebAssembly on a Promise (the standard JSPI API). */
export function jspiAvailable(wasm: WasmScope | undefined = globalThis.WebAssembly as WasmScope): boolean {
  return wasm !== undefined && typeof wasm.Suspending === "function" && typeof wasm.promising === "function";
}

/** Shared memory when the page handed us a buffer, else JSPI when the engine has it. */
export function chooseRunControl(shared: SharedArrayBuffer | undefined | null, jspi: boolean): RunControlKind {
  if (shared) return "shared";
  return jspi ? "jspi" : "none";
}

/** What Python calls (plain functions: Python keeps and calls them without `this`). */
export interface JspiHooks {
  readonly kind: "jspi";
  /** A Promise when a yield is due (Python waits on it with run_sync), else status(). */
  poll(): Promise<void> | number;
  /** STATUS_STOP (consumed) when a Stop arrived, STATUS_RERUN when a rerun waits, else STATUS_IDLE. */
  status(): number;
  /** A Stop is waiting (consumed): polled between the slices of time.sleep. */
  takeStop(): boolean;
  /** A live-reload save waits in the inbox (inside the script's window only): cuts time.sleep. */
  reloadPending(): boolean;
  /** Open (true) or close (false) the script's window; both forget a waiting Stop. */
  allowInterrupts(allowed: boolean): void;
  /** A Promise resolved after `ms` milliseconds: one slice of time.sleep. */
  sleep(ms: number): Promise<void>;
}

/** Resolve after one macrotask: a MessageChannel message is not clamped like nested timers. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface JspiClock {
  now(): number;
  macrotask(): Promise<void>;
  delay(ms: number): Promise<void>;
}

const realClock: JspiClock = {
  now: () => performance.now(),
  macrotask: nextMacrotask,
  delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The worker's inbox as the control sees it: what was received and not yet drained. */
export interface Waiting {
  /** A rerun or reload_files: the run in progress ends at its next Streamlit call. */
  hasRerun(): boolean;
  hasReload(): boolean;
}

export class JspiRunControl {
  readonly hooks: JspiHooks;
  private lastYield: number;
  private stopWaiting = false;
  private interruptsAllowed = false;

  constructor(
    private readonly waiting: Waiting,
    private readonly clock: JspiClock = realClock,
  ) {
    this.lastYield = clock.now();
    this.hooks = {
      kind: "jspi",
      poll: () => this.poll(),
      status: () => this.status(),
      takeStop: () => this.takeStop(),
      reloadPending: () => this.interruptsAllowed && this.waiting.hasReload(),
      allowInterrupts: (allowed) => this.allowInterrupts(allowed),
      sleep: (ms) => this.sleep(ms),
    };
  }

  /** No interrupt buffer without shared memory: Stop acts at polls and sleeps. */
  attach(target: InterruptTarget): void {
    void target;
  }

  /** A `stop` reached the worker: the running script ends at its next poll or sleep slice. */
  stopReceived(): void {
    if (this.interruptsAllowed) this.stopWaiting = true;
  }

  poll(): Promise<void> | number {
    const now = this.clock.now();
    if (now - this.lastYield < YIELD_INTERVAL_MS) return this.status();
    // Counted from now too: a caller that cannot wait gets one Promise per interval.
    this.lastYield = now;
    return this.clock.macrotask().then(() => this.yielded());
  }

  status(): number {
    if (this.takeStop()) return STATUS_STOP;
    return this.waiting.hasRerun() ? STATUS_RERUN : STATUS_IDLE;
  }

  takeStop(): boolean {
    const waiting = this.stopWaiting && this.interruptsAllowed;
    this.stopWaiting = false;
    return waiting;
  }

  allowInterrupts(allowed: boolean): void {
    this.stopWaiting = false;
    this.interruptsAllowed = allowed;
  }

  sleep(ms: number): Promise<void> {
    return this.clock.delay(Math.max(0, ms)).then(() => this.yielded());
  }

  /** The event loop just turned: the next yield is due an interval from now. */
  private yielded(): void {
    this.lastYield = this.clock.now();
  }
}
