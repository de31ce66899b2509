/** How widgets reach the app: `send` for one widget update, `sendAll` for a form's batch. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { FileRef, WidgetUpdate } from "../app/controller";

export type WidgetHost = {
  send: (update: WidgetUpdate) => void;
  /** Several updates in ONE rerun (a form submission); defaults to one `send` each. */
  sendAll?: (updates: WidgetUpdate[]) => void;
  /** Inside a form with enter_to_submit: Enter in a text or number input submits it. */
  submitForm?: () => void;
  /** Inside a form: a check run on submit (false aborts it); returns the unregister. */
  registerGate?: (gate: () => boolean) => () => void;
  /**
   * Send a file (picked, captured or recorded) to the worker; resolves with the
   * reference to put in the widget's value. Forms pass it through unchanged:
   * files go at once, only the widget value waits for submit.
   */
  upload?: (file: Blob, name: string) => Promise<FileRef>;
  /** Multipage apps: show another app page (st.page_link, navigation links). */
  switchPage?: (urlPath: string, queryString: string | null) => void;
  /** The href of an app page, for links that also work when opened in a new tab. */
  pageHref?: (urlPath: string, queryString: string | null) => string;
};

export const WidgetContext = createContext<WidgetHost>({ send: () => undefined });

export function useWidgetHost(): WidgetHost {
  return useContext(WidgetContext);
}
