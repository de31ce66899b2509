/**
 * The run control: a SharedArrayBuffer one app shares with its worker, so the
 * page can reach a script while Python runs synchronously and the worker
 * cannot read messages. Only on cross-origin isolated pages (COOP same-origin +
 * COEP require-corp); elsewhere there is none and runs end on their own.
 *
 *   const control = RunControl.create();        // null when not isolated
 *   config.run_control = control?.buffer;       // handed to the worker at boot
 *   control?.rerunPosted();                     // with every `rerun` sent
 *   control?.reloadPosted();                    // with every `reload_files` sent
 *   control?.interrupt();                       // Stop while a run is going
 *
 * Three Int32 slots:
 * - INTERRUPT_SLOT is Pyodide's interrupt buffer (`setInterruptBuffer`): 2 is
 *   SIGINT, which Python raises as KeyboardInterrupt at its next bytecode check.
 * - RERUNS_SLOT counts reruns posted by the page and not yet received by the
 *   worker: the page adds one per `rerun`, the worker subtracts one per `rerun`
 *   it receives. Above zero, Python ends the run at its next Streamlit call.
 *   A counter rather than a flag: a page can never clear another rerun's mark,
 *   and a rerun posted while idle is balanced as soon as the worker reads it.
 *   A `reload_files` (a live-reload save) starts a run too, so it counts here.
 * - RELOADS_SLOT counts `reload_files` posted and not yet received: besides
 *   ending the run at its next Streamlit call, it cuts a `time.sleep` short
 *   (a widget change does not: as in Streamlit, it waits for the next call).
 */
export const INTERRUPT_SLOT = 0;
export const RERUNS_SLOT = 1;
export const RELOADS_SLOT = 2;
export const RUN_CONTROL_BYTES = 3 * Int32Array.BYTES_PER_ELEMENT;
/** What `setInterruptBuffer` reads as SIGINT. */
export const SIGINT = 2;

/** Whether this realm may share memory with a worker. */
export function canShareMemory(scope: { crossOriginIsolated?: boolean } = globalThis): boolean {
  return scope.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
}

export class RunControl {
  private readonly slots: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer);
  }

  /** A new control, or null where the page is not cross-origin isolated. */
  static create(scope: { crossOriginIsolated?: boolean } = globalThis): RunControl | null {
    return canShareMemory(scope) ? new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES)) : null;
  }

  /** Call right before posting a `rerun`, so a run in progress ends early. */
  rerunPosted(): void {
    Atomics.add(this.slots, RERUNS_SLOT, 1);
  }

  /** Call right before posting `reload_files`: the run in progress ends for the new code. */
  reloadPosted(): void {
    Atomics.add(this.slots, RELOADS_SLOT, 1);
    Atomics.add(this.slots, RERUNS_SLOT, 1);
  }

  /** Ask the running script to stop now (KeyboardInterrupt in Python). */
  interrupt(): void {
    Atomics.store(this.slots, INTERRUPT_SLOT, SIGINT);
  }

  /** Reruns posted and not yet received by the worker (for tests and diagnostics). */
  get pendingReruns(): number {
    return Atomics.load(this.slots, RERUNS_SLOT);
  }

  /** Reloads posted and not yet received by the worker. */
  get pendingReloads(): number {
    return Atomics.load(this.slots, RELOADS_SLOT);
  }

  get interruptRequested(): boolean {
    return Atomics.load(this.slots, INTERRUPT_SLOT) === SIGINT;
  }
}
