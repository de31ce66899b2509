/** How widgets reach the app: one `send` for widget updates. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { WidgetUpdate } from "../app/controller";

export type WidgetHost = { send: (update: WidgetUpdate) => void };

export const WidgetContext = createContext<WidgetHost>({ send: () => undefined });

export function useWidgetHost(): WidgetHost {
  return useContext(WidgetContext);
}
