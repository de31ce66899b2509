/**
 * The app's state as the page shows it: it changes at most once per animation
 * frame. A run may post hundreds of deltas, each its own message task;
 * rendering after every one of them costs far more than the deltas. Batching
 * by frame renders what arrived during a frame once, and still shows progress
 * of a long run every frame.
 *
 *   const view = frameBatched(controller, nextFrame);
 *   view.subscribe((state) => render(state));
 */
import type { AppState } from "./state";

export type StateSource = {
  readonly state: AppState;
  subscribe(listener: (state: AppState) => void): () => void;
};

export type Schedule = (callback: () => void) => void;

/** The next animation frame; a timer where there are no frames (workers, old jsdom). */
export const nextFrame: Schedule = (callback) => {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => callback());
  else setTimeout(callback, 16);
};

/** Run at once: for tests that check the DOM right after a message. */
export const immediately: Schedule = (callback) => callback();

export function frameBatched(source: StateSource, schedule: Schedule): StateSource & { close(): void } {
  let shown = source.state;
  let pending = false;
  const listeners = new Set<(state: AppState) => void>();
  const flush = () => {
    pending = false;
    if (shown === source.state) return;
    shown = source.state;
    for (const listener of listeners) listener(shown);
  };
  const close = source.subscribe(() => {
    if (pending) return;
    pending = true;
    schedule(flush);
  });
  return {
    get state() {
      return shown;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close,
  };
}
