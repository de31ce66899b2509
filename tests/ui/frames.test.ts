import { describe, expect, it } from "vitest";
import { frameBatched, type StateSource } from "../../ui/src/app/frames";
import { initialState, type AppState } from "../../ui/src/app/state";

/** A source whose state the test sets, like the controller after each message. */
function source(): StateSource & { set(state: AppState): void } {
  let state = initialState();
  const listeners = new Set<(s: AppState) => void>();
  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = next;
      for (const l of listeners) l(next);
    },
  };
}

describe("frameBatched", () => {
  it("shows many changes within a frame as one, the newest", () => {
    const frames: (() => void)[] = [];
    const src = source();
    const view = frameBatched(src, (cb) => frames.push(cb));
    const seen: number[] = [];
    view.subscribe((s) => seen.push(s.runCount));
    for (let n = 1; n <= 100; n++) src.set({ ...src.state, runCount: n });
    expect(frames).toHaveLength(1); // one frame asked for, however many messages
    expect(view.state.runCount).toBe(0); // nothing shown before the frame
    frames.shift()!();
    expect(seen).toEqual([100]);
    expect(view.state.runCount).toBe(100);
    src.set({ ...src.state, runCount: 101 });
    frames.shift()!();
    expect(seen).toEqual([100, 101]);
  });

  it("stops listening when closed", () => {
    const frames: (() => void)[] = [];
    const src = source();
    const view = frameBatched(src, (cb) => frames.push(cb));
    view.close();
    src.set({ ...src.state, runCount: 1 });
    expect(frames).toHaveLength(0);
  });
});
