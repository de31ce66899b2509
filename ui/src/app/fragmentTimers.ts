/**
 * `st.fragment(run_every=...)`: reruns of a fragment on a timer, asked by the UI.
 *
 *   const timers = new FragmentTimers((id) => controller.rerunFragment(id));
 *   timers.update(state);   // after every state change
 *
 * A fragment's timer starts when its block appears with `run_every` and stops
 * when it leaves the tree (a full run no longer calls it). A tick is sent only
 * while the app is idle, so it never overlaps a run: a tick that falls during
 * a run waits for the run to finish, and the next one is counted from when the
 * tick was sent.
 */
import { timedFragments } from "../tree";
import type { AppState } from "./state";

type Timer = { seconds: number; handle: ReturnType<typeof setTimeout> | null; due: boolean };

export class FragmentTimers {
  private readonly timers = new Map<string, Timer>();
  private idle = false;

  constructor(private readonly tick: (fragmentId: string) => void) {}

  /** Follow the app state: start, restart or stop timers; send ticks that waited. */
  update(state: AppState): void {
    this.idle = state.phase === "idle";
    const wanted = state.phase === "error" ? new Map<string, number>() : timedFragments(state.tree);
    for (const [id, timer] of this.timers) {
      if (wanted.get(id) !== timer.seconds) this.clear(id);
    }
    for (const [id, seconds] of wanted) {
      if (!this.timers.has(id)) this.schedule(id, { seconds, handle: null, due: false });
    }
    if (this.idle) {
      for (const [id, timer] of this.timers) if (timer.due) this.fire(id, timer);
    }
  }

  /** Fragment ids with a running timer (for tests). */
  get active(): string[] {
    return [...this.timers.keys()];
  }

  stop(): void {
    for (const id of [...this.timers.keys()]) this.clear(id);
  }

  private schedule(id: string, timer: Timer): void {
    timer.due = false;
    timer.handle = setTimeout(() => {
      timer.handle = null;
      timer.due = true;
      if (this.idle) this.fire(id, timer);
    }, timer.seconds * 1000);
    this.timers.set(id, timer);
  }

  private fire(id: string, timer: Timer): void {
    // Not idle until this run finishes: a second due timer waits for it.
    this.idle = false;
    this.schedule(id, timer);
    this.tick(id);
  }

  private clear(id: string): void {
    const timer = this.timers.get(id);
    if (timer?.handle != null) clearTimeout(timer.handle);
    this.timers.delete(id);
  }
}
