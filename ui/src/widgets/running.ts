/**
 * Whether a script run is in progress, for the few widgets that react to it
 * (chat_input with submit_mode="disable"). A context of its own so a phase
 * change re-renders only those, not every widget.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";

export const RunningContext = createContext(false);

export function useRunning(): boolean {
  return useContext(RunningContext);
}
