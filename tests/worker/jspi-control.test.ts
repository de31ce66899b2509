import { describe, expect, it } from "vitest";
import {
  JspiRunControl,
  STATUS_IDLE,
  STATUS_RERUN,
  STATUS_STOP,
  YIELD_INTERVAL_MS,
  chooseRunControl,
  jspiAvailable,
  nextMacrotask,
  type JspiClock,
} from "../../worker/src/jspiControl";
import { Inbox } from "../../worker/src/queue";

/** A clock the test moves by hand; macrotasks and delays resolve at once. */
function fakeClock(): JspiClock & { t: number; delays: number[] } {
  const clock = {
    t: 1000,
    delays: [] as number[],
    now: () => clock.t,
    macrotask: () => Promise.resolve(),
    delay: (ms: number) => {
      clock.delays.push(ms);
      clock.t += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

function setup() {
  const inbox = new Inbox();
  const clock = fakeClock();
  const control = new JspiRunControl(inbox, clock);
  return { inbox, clock, control, hooks: control.hooks };
}

describe("which run control the worker uses", () => {
  const buffer = new SharedArrayBuffer(12);

  it("prefers shared memory, then JSPI, else none", () => {
    expect(chooseRunControl(buffer, true)).toBe("shared");
    expect(chooseRunControl(buffer, false)).toBe("shared");
    expect(chooseRunControl(undefined, true)).toBe("jspi");
    expect(chooseRunControl(null, false)).toBe("none");
  });

  it("detects JSPI by WebAssembly.Suspending and WebAssembly.promising", () => {
    const fn = () => undefined;
    expect(jspiAvailable({ Suspending: fn, promising: fn })).toBe(true);
    expect(jspiAvailable({ promising: fn })).toBe(false); // the old, removed API is not used
    expect(jspiAvailable({})).toBe(false);
    expect(jspiAvailable(undefined)).toBe(false);
  });
});

describe("JspiRunControl (yields at Streamlit calls)", () => {
  it("yields at most once per interval and reports the status otherwise", async () => {
    const { clock, hooks } = setup();
    expect(hooks.kind).toBe("jspi");
    expect(hooks.poll()).toBe(STATUS_IDLE); // just created: not due yet
    clock.t += YIELD_INTERVAL_MS - 1;
    expect(hooks.poll()).toBe(STATUS_IDLE);
    clock.t += 1;
    const due = hooks.poll();
    expect(due).toBeInstanceOf(Promise);
    await due;
    // The interval counts from the yield's end: the next few polls are cheap.
    expect(hooks.poll()).toBe(STATUS_IDLE);
    clock.t += YIELD_INTERVAL_MS / 2;
    expect(hooks.poll()).toBe(STATUS_IDLE);
    clock.t += YIELD_INTERVAL_MS / 2;
    expect(hooks.poll()).toBeInstanceOf(Promise);
  });

  it("a caller that cannot wait (no promising stack) still gets one Promise per interval", () => {
    const { clock, hooks } = setup();
    clock.t += YIELD_INTERVAL_MS;
    expect(hooks.poll()).toBeInstanceOf(Promise); // never awaited
    expect(hooks.poll()).toBe(STATUS_IDLE);
    clock.t += YIELD_INTERVAL_MS;
    expect(hooks.poll()).toBeInstanceOf(Promise);
  });

  it("a rerun received during the run (still in the inbox) is pending until drained", () => {
    const { inbox, hooks } = setup();
    expect(hooks.status()).toBe(STATUS_IDLE);
    inbox.push({ type: "rerun", updates: [] });
    expect(hooks.status()).toBe(STATUS_RERUN);
    expect(hooks.status()).toBe(STATUS_RERUN); // not consumed: the drain loop takes it
    inbox.drain();
    expect(hooks.status()).toBe(STATUS_IDLE);
  });

  it("a reload counts as a rerun and, inside the script, cuts time.sleep", () => {
    const { inbox, hooks } = setup();
    inbox.push({ type: "reload_files" });
    expect(hooks.status()).toBe(STATUS_RERUN);
    expect(hooks.reloadPending()).toBe(false); // outside the script's window
    hooks.allowInterrupts(true);
    expect(hooks.reloadPending()).toBe(true);
  });

  it("a Stop ends the script once, and only inside its window", () => {
    const { control, inbox, hooks } = setup();
    control.stopReceived(); // between runs: the queued stop message handles it
    hooks.allowInterrupts(true);
    expect(hooks.status()).toBe(STATUS_IDLE);
    inbox.push({ type: "rerun", updates: [] });
    control.stopReceived();
    expect(hooks.status()).toBe(STATUS_STOP); // Stop wins over a waiting rerun
    expect(hooks.status()).toBe(STATUS_RERUN); // consumed
    control.stopReceived();
    expect(hooks.takeStop()).toBe(true); // time.sleep's poll
    expect(hooks.takeStop()).toBe(false);
    control.stopReceived();
    hooks.allowInterrupts(false); // the run ended first: forgotten
    hooks.allowInterrupts(true);
    expect(hooks.takeStop()).toBe(false);
  });

  it("a sleep slice waits on the timer and counts as a yield", async () => {
    const { clock, hooks } = setup();
    clock.t += YIELD_INTERVAL_MS * 3;
    await hooks.sleep(40);
    expect(clock.delays).toEqual([40]);
    expect(hooks.poll()).toBe(STATUS_IDLE); // the sleep let messages in already
    await hooks.sleep(-5);
    expect(clock.delays).toEqual([40, 0]);
  });
});

describe("nextMacrotask", () => {
  it("resolves in a later task, not in the current one's microtasks", async () => {
    const order: string[] = [];
    const yielded = nextMacrotask().then(() => order.push("yield"));
    let chain = Promise.resolve();
    for (let i = 0; i < 20; i++) chain = chain.then(() => void order.push("microtask"));
    await yielded;
    expect(order.indexOf("yield")).toBe(20);
  });
});
