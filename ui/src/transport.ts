/**
 * The channel between one <wasmlit-app> and its worker. Tests inject a fake.
 *
 *   const t = workerTransport(new Worker(new URL("./worker.js", import.meta.url), { type: "module" }));
 *   t.onMessage((data) => console.log(data));
 *   t.send({ type: "stop" });
 */
import type { UiMessage } from "./protocol/generated";

export interface Transport {
  send(message: UiMessage, transfer?: Transferable[]): void;
  /** `data` is unchecked: the app validates it against the schema. */
  onMessage(handler: (data: unknown) => void): void;
  /** The channel itself failed (e.g. worker.js did not load). */
  onFailure(handler: (message: string) => void): void;
  close(): void;
}

export function workerTransport(worker: Worker): Transport {
  return {
    send: (message, transfer = []) => worker.postMessage(message, transfer),
    onMessage: (handler) => worker.addEventListener("message", (e) => handler(e.data)),
    onFailure: (handler) => {
      worker.addEventListener("error", (e) => {
        e.preventDefault();
        handler(e.message || "could not start the worker (is worker.js beside wasmlit.js?)");
      });
      worker.addEventListener("messageerror", () => handler("a worker message could not be decoded"));
    },
    close: () => worker.terminate(),
  };
}

/** Binary widget values and uploaded files travel in the transfer list, never copied. */
export function transferablesOf(message: UiMessage): ArrayBuffer[] {
  if (message.type === "upload_file") return [message.data];
  if (message.type !== "rerun") return [];
  return message.updates.flatMap((u) => (u.value instanceof ArrayBuffer ? [u.value] : []));
}
