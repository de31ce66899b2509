import { describe, expect, it } from "vitest";
import { AppController } from "../../ui/src/app/controller";
import { RunControl, RUN_CONTROL_BYTES, canShareMemory } from "../../ui/src/app/runControl";
import { protocolValidator } from "../../ui/src/protocol/validate";
import type { BootMessage } from "../../ui/src/protocol/generated";
import { FakeTransport } from "./fixtures";

const config = { app_url: "https://x/app/", pyodide_url: "https://x/py/", core_url: "https://x/core.zip", query_string: "" };
const ready = { type: "ready", protocol_version: 1, pyodide_version: "0.27.7", python_version: "3.12.7" };

function bootOf(transport: FakeTransport): BootMessage {
  const boot = transport.sent[0];
  if (boot?.type !== "boot") throw new Error("no boot message");
  return boot;
}

function controller(control: RunControl | null) {
  const transport = new FakeTransport();
  const app = new AppController(transport, control);
  app.boot(config);
  return { app, transport };
}

describe("RunControl (the page's side of the shared run control)", () => {
  it("exists only where the page is cross-origin isolated", () => {
    expect(canShareMemory({ crossOriginIsolated: true })).toBe(true);
    expect(canShareMemory({ crossOriginIsolated: false })).toBe(false);
    expect(canShareMemory({})).toBe(false);
    expect(RunControl.create({})).toBeNull();
    expect(RunControl.create({ crossOriginIsolated: true })?.buffer.byteLength).toBe(RUN_CONTROL_BYTES);
  });

  it("counts posted reruns and writes SIGINT for Stop", () => {
    const control = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    control.rerunPosted();
    control.rerunPosted();
    expect(control.pendingReruns).toBe(2);
    expect(control.interruptRequested).toBe(false);
    control.interrupt();
    expect(control.interruptRequested).toBe(true);
    expect(new Int32Array(control.buffer)[0]).toBe(2);
  });
});

describe("AppController with a run control", () => {
  it("hands the buffer to the worker at boot, and the boot message stays valid", () => {
    const control = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    const { transport } = controller(control);
    const boot = bootOf(transport);
    expect(boot.config.run_control).toBe(control.buffer);
    expect(protocolValidator().uiMessage(boot).ok).toBe(true);
  });

  it("without one (not isolated) the boot config has no run_control", () => {
    const { transport } = controller(null);
    expect("run_control" in bootOf(transport).config).toBe(false);
  });

  it("marks every rerun it posts, including the first one after ready", () => {
    const control = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    const { app, transport } = controller(control);
    transport.emit(ready); // the UI answers with the first rerun
    expect(control.pendingReruns).toBe(1);
    app.rerun([{ id: "w", value: 1 }]);
    app.switchPage("other", null);
    expect(control.pendingReruns).toBe(3);
    expect(transport.sent.filter((m) => m.type === "rerun")).toHaveLength(3);
  });

  it("marks a live-reload save as a reload and as a rerun, so a running run ends for it", () => {
    const control = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    const { app, transport } = controller(control);
    transport.emit(ready);
    transport.emit({ type: "run_started", run_id: 1 }); // a long run, e.g. in time.sleep
    app.reloadFiles();
    expect(transport.sent.at(-1)).toEqual({ type: "reload_files" });
    expect(control.pendingReloads).toBe(1);
    expect(control.pendingReruns).toBe(2); // the first rerun, and the save
  });

  it("Stop interrupts only while a run is going, and still sends stop", () => {
    const control = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    const { app, transport } = controller(control);
    transport.emit(ready);
    transport.emit({ type: "run_started", run_id: 1 });
    app.stop();
    expect(control.interruptRequested).toBe(true);
    expect(transport.sent.at(-1)).toEqual({ type: "stop" });

    const idle = new RunControl(new SharedArrayBuffer(RUN_CONTROL_BYTES));
    const other = controller(idle);
    other.transport.emit(ready);
    other.transport.emit({ type: "run_started", run_id: 1 });
    other.transport.emit({ type: "run_finished", run_id: 1, status: "complete" });
    other.app.stop();
    expect(idle.interruptRequested).toBe(false); // a stray SIGINT would hit the next run
  });
});
