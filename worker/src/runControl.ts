/**
 * The worker's side of the run control the page shares at boot (see
 * ui/src/app/runControl.ts for the layout). Python reaches it through the two
 * functions of `hooks`, installed by `wasmlit.host.pyodide_host.start`.
 *
 *   const control = new WorkerRunControl(config.run_control);
 *   control.attach(pyodide);                 // once Pyodide has loaded
 *   control.rerunReceived();                 // on every `rerun` message
 *   control.reloadReceived();                // on every `reload_files` message
 *   host.start(path, options, query, post, control.hooks);
 */
import { INTERRUPT_SLOT, RELOADS_SLOT, RERUNS_SLOT, SIGINT } from "../../ui/src/app/runControl";

/** What Python calls: at every Streamlit call, and around the script's own code. */
export interface RunControlHooks {
  readonly kind: "shared";
  rerunPending(): boolean;
  allowInterrupts(allowed: boolean): void;
  /** A Stop is waiting (consumed): polled by blocking calls such as time.sleep. */
  takeStop(): boolean;
  /** A live-reload save is on its way: polled by time.sleep, which then ends the run. */
  reloadPending(): boolean;
}

/** The part of Pyodide the control drives; `undefined` turns interrupt checks off. */
export interface InterruptTarget {
  setInterruptBuffer(buffer: Int32Array | undefined): void;
}

export class WorkerRunControl {
  private readonly slots: Int32Array;
  private readonly interruptView: Int32Array;
  /** Plain functions (not methods): Python keeps and calls them without `this`. */
  readonly hooks: RunControlHooks;
  private target: InterruptTarget | null = null;
  private interruptsAllowed = false;

  constructor(buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer);
    this.interruptView = new Int32Array(buffer, INTERRUPT_SLOT * Int32Array.BYTES_PER_ELEMENT, 1);
    this.hooks = {
      kind: "shared",
      rerunPending: () => this.rerunPending(),
      allowInterrupts: (allowed) => this.allowInterrupts(allowed),
      takeStop: () => this.takeStop(),
      reloadPending: () => this.reloadPending(),
    };
  }

  /** Pyodide has loaded: Stop can now reach Python. */
  attach(target: InterruptTarget): void {
    this.target = target;
  }

  /** One `rerun` reached the worker: it no longer needs to interrupt a run. */
  rerunReceived(): void {
    Atomics.sub(this.slots, RERUNS_SLOT, 1);
  }

  /** One `reload_files` reached the worker (the page counted it as a reload and a rerun). */
  reloadReceived(): void {
    Atomics.sub(this.slots, RELOADS_SLOT, 1);
    Atomics.sub(this.slots, RERUNS_SLOT, 1);
  }

  /** A reload is on its way; only inside the script's window, as for takeStop. */
  reloadPending(): boolean {
    return this.interruptsAllowed && Atomics.load(this.slots, RELOADS_SLOT) > 0;
  }

  /** A rerun is on its way (posted by the page, not yet read here). */
  rerunPending(): boolean {
    return Atomics.load(this.slots, RERUNS_SLOT) > 0;
  }

  /** Consume a waiting Stop (SIGINT, 2, in the interrupt slot); false when there is none. */
  takeStop(): boolean {
    if (!this.interruptsAllowed) return false; // outside the script: as for KeyboardInterrupt
    return Atomics.compareExchange(this.slots, INTERRUPT_SLOT, SIGINT, 0) === SIGINT;
  }

  /**
   * Open (true) or close (false) the window in which a Stop raises
   * KeyboardInterrupt: only the script's own run. Both clear the slot, so a
   * Stop that arrives after a run ended never hits the next one or the host.
   */
  allowInterrupts(allowed: boolean): void {
    Atomics.store(this.slots, INTERRUPT_SLOT, 0);
    this.interruptsAllowed = allowed;
    this.target?.setInterruptBuffer(allowed ? this.interruptView : undefined);
  }
}

function typeOf(data: unknown): unknown {
  return typeof data === "object" && data !== null ? (data as { type?: unknown }).type : undefined;
}

/** A `rerun` as it arrives, before validation (so counts never drift). */
export function isRerun(data: unknown): boolean {
  return typeOf(data) === "rerun";
}

/** A `reload_files` as it arrives, before validation. */
export function isReload(data: unknown): boolean {
  return typeOf(data) === "reload_files";
}
