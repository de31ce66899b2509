/**
 * Elements of the event root (toasts, balloons, snow) outlive the run that
 * sent them: the event layer keeps them until they say they are finished.
 * A renderer calls `useEventDone()` to get that signal; outside the layer it
 * is null and the renderer hides itself instead.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";

export const EventDoneContext = createContext<(() => void) | null>(null);

export function useEventDone(): (() => void) | null {
  return useContext(EventDoneContext);
}

/** True when the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
