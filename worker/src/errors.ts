/**
 * Boot failures carry the stage they belong to, so the UI can say where boot
 * stopped. Every stage throws `BootError`; nothing is swallowed.
 *
 *   throw new BootError("files", "app.py not found", "HTTP 404 at https://...");
 */
import type { BootStage } from "../../ui/src/protocol/generated";

export class BootError extends Error {
  constructor(
    readonly stage: BootStage,
    message: string,
    readonly detail: string = "",
  ) {
    super(message);
    this.name = "BootError";
  }
}

/** Text for any thrown value, including Python exceptions (PythonError). */
export function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/** The last line of a Python traceback, or the message of a JS error. */
export function summary(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const lines = text.trim().split("\n");
  return lines[lines.length - 1] ?? text;
}

/** Wrap anything thrown into a BootError of `stage` unless it already is one. */
export function asBootError(stage: BootStage, err: unknown, message?: string): BootError {
  if (err instanceof BootError) return err;
  const what = message ?? summary(err);
  return new BootError(stage, what, describe(err));
}
