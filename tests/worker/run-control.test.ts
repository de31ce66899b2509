import { describe, expect, it } from "vitest";
import { RUN_CONTROL_BYTES, RunControl } from "../../ui/src/app/runControl";
import { WorkerRunControl, isReload, isRerun } from "../../worker/src/runControl";

function pair() {
  const page = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
  const worker = new WorkerRunControl(page.buffer);
  const buffers: (Int32Array | undefined)[] = [];
  worker.attach({ setInterruptBuffer: (b) => buffers.push(b) });
  return { page, worker, buffers };
}

describe("WorkerRunControl (the worker's side)", () => {
  it("a rerun is pending from the page's post until the worker receives it", () => {
    const { page, worker } = pair();
    expect(worker.hooks.rerunPending()).toBe(false);
    page.rerunPosted(); // posted while Python runs: the run must end early
    expect(worker.hooks.rerunPending()).toBe(true);
    page.rerunPosted();
    worker.rerunReceived();
    expect(worker.hooks.rerunPending()).toBe(true); // the second is still on its way
    worker.rerunReceived();
    expect(worker.hooks.rerunPending()).toBe(false);
  });

  it("a rerun posted while idle is balanced once received, so the next run is not cut", () => {
    const { page, worker } = pair();
    page.rerunPosted();
    worker.rerunReceived();
    expect(worker.hooks.rerunPending()).toBe(false);
  });

  it("a save ends the run like a rerun and is seen by sleeps only inside the script", () => {
    const { page, worker } = pair();
    page.reloadPosted();
    expect(worker.hooks.rerunPending()).toBe(true); // the next Streamlit call ends the run
    expect(worker.hooks.reloadPending()).toBe(false); // outside the script's window
    worker.hooks.allowInterrupts(true);
    expect(worker.hooks.reloadPending()).toBe(true); // time.sleep ends the run too
    worker.reloadReceived();
    expect(worker.hooks.reloadPending()).toBe(false);
    expect(worker.hooks.rerunPending()).toBe(false);
    expect(page.pendingReruns).toBe(0);
  });

  it("a widget rerun does not cut sleeps: only a save does", () => {
    const { page, worker } = pair();
    worker.hooks.allowInterrupts(true);
    page.rerunPosted();
    expect(worker.hooks.rerunPending()).toBe(true);
    expect(worker.hooks.reloadPending()).toBe(false);
    page.reloadPosted();
    worker.rerunReceived(); // the widget's rerun arrives first: the save is still pending
    expect(worker.hooks.rerunPending()).toBe(true);
    expect(worker.hooks.reloadPending()).toBe(true);
  });

  it("opens Pyodide's interrupt buffer only around the script, clearing stale Stops", () => {
    const { page, worker, buffers } = pair();
    page.interrupt(); // Stop clicked just as the previous run ended
    worker.hooks.allowInterrupts(true);
    expect(page.interruptRequested).toBe(false);
    const view = buffers[0];
    expect(view?.length).toBe(1);
    expect(view?.buffer).toBe(page.buffer);
    page.interrupt(); // Stop during the run: Pyodide reads slot 0 of this view
    expect(view?.[0]).toBe(2);
    worker.hooks.allowInterrupts(false);
    expect(buffers[1]).toBeUndefined();
    expect(page.interruptRequested).toBe(false);
  });

  it("takeStop consumes a Stop once, and only inside the script's window", () => {
    const { page, worker } = pair();
    page.interrupt();
    expect(worker.hooks.takeStop()).toBe(false); // outside the window: never consumed here
    worker.hooks.allowInterrupts(true);
    expect(worker.hooks.takeStop()).toBe(false);
    page.interrupt();
    expect(worker.hooks.takeStop()).toBe(true);
    expect(page.interruptRequested).toBe(false); // consumed: Pyodide will not raise it again
    expect(worker.hooks.takeStop()).toBe(false);
  });

  it("before Pyodide is attached, opening the window is harmless", () => {
    const page = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    const worker = new WorkerRunControl(page.buffer);
    expect(() => worker.hooks.allowInterrupts(true)).not.toThrow();
  });

  it("recognises reruns before validation", () => {
    expect(isRerun({ type: "rerun", updates: [] })).toBe(true);
    expect(isRerun({ type: "rerun" })).toBe(true); // invalid, but the page counted it
    expect(isRerun({ type: "stop" })).toBe(false);
    expect(isRerun(null)).toBe(false);
    expect(isReload({ type: "reload_files" })).toBe(true);
    expect(isReload({ type: "rerun", updates: [] })).toBe(false);
    expect(isReload(undefined)).toBe(false);
  });
});
