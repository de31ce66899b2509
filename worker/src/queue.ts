/**
 * The worker's inbox. While Python runs synchronously the worker cannot read
 * messages, so several may be waiting when it returns; queued `rerun`s are
 * coalesced into one so the app runs once with the newest state.
 *
 *   const q = new Inbox();
 *   q.push(rerunA); q.push(rerunB);
 *   q.drain(); // -> [one rerun with A's and B's updates merged]
 */
import type {
  ReloadFilesMessage,
  RerunMessage,
  StopMessage,
  UploadFileMessage,
} from "../../ui/src/protocol/generated";

/**
 * A `reload_files` as the worker hands it to Python: `rerun` is the merged
 * request of the reruns queued next to it, run once with the new code (a
 * worker-internal field, never sent by the page).
 */
export type ReloadMessage = ReloadFilesMessage & { rerun?: RerunMessage };

/** Messages handled after `ready` (boot is handled by the boot stages). */
export type SessionMessage = RerunMessage | StopMessage | ReloadMessage | UploadFileMessage;
export type WidgetUpdate = RerunMessage["updates"][number];

/**
 * Merge widget updates in arrival order: the latest value per widget id wins,
 * except that a trigger (a click) is never replaced by a later non-trigger
 * update of the same widget, so no click is lost.
 */
export function mergeUpdates(batches: readonly (readonly WidgetUpdate[])[]): WidgetUpdate[] {
  const merged = new Map<string, WidgetUpdate>();
  for (const batch of batches) {
    for (const update of batch) {
      const previous = merged.get(update.id);
      if (previous?.trigger === true && update.trigger !== true) continue;
      // Delete first so the id moves to the end: order follows the latest change.
      merged.delete(update.id);
      merged.set(update.id, update);
    }
  }
  return [...merged.values()];
}

/**
 * Two queued reruns as one: updates merged, and a page request (or an
 * st.context) is never dropped: the latest one wins (a rerun without `page`
 * stays on the page an earlier queued rerun asked for).
 */
export function mergeReruns(first: RerunMessage, second: RerunMessage): RerunMessage {
  const merged: RerunMessage = { type: "rerun", updates: mergeUpdates([first.updates, second.updates]) };
  const page = second.page ?? first.page;
  // st.context is sent only when it changed: the latest one must survive the merge.
  const context = second.context ?? first.context;
  if (context !== undefined) merged.context = context;
  // Two ticks of the same fragment stay a fragment run; any other mix is a full
  // run (Python still narrows it to a fragment when every update is inside one).
  if (first.fragment_id !== undefined && first.fragment_id === second.fragment_id) {
    merged.fragment_id = first.fragment_id;
  }
  return page === undefined ? merged : { ...merged, page };
}

/** A reload with a rerun folded into it: the rerun runs after the files are rewritten. */
function reloadWith(reload: ReloadMessage, rerun: RerunMessage): ReloadMessage {
  const merged = reload.rerun ? mergeReruns(reload.rerun, rerun) : rerun;
  // New code always runs the whole app: a fragment tick's scope does not survive.
  const { fragment_id: _scope, ...full } = merged;
  return { type: "reload_files", rerun: full };
}

/**
 * Coalesce adjacent messages: adjacent reruns merge their updates (and keep the
 * latest page request), adjacent stops collapse to one, and a reload_files
 * absorbs the reruns and reloads next to it, before or after: the files are
 * rewritten once and the merged rerun runs once, with the new code (a rerun
 * queued before a save would otherwise run the old code to its end first).
 * Every upload_file is kept, and a stop or an upload still separates what is
 * before it from what is after it.
 */
export function coalesce(messages: readonly SessionMessage[]): SessionMessage[] {
  const out: SessionMessage[] = [];
  for (const message of messages) {
    const last = out[out.length - 1];
    if (last?.type === "rerun" && message.type === "rerun") {
      out[out.length - 1] = mergeReruns(last, message);
    } else if (last?.type === "reload_files" && message.type === "rerun") {
      out[out.length - 1] = reloadWith(last, message);
    } else if (last?.type === "rerun" && message.type === "reload_files") {
      // (A page's reload_files never has `rerun`: the validator forbids extra fields.)
      out[out.length - 1] = reloadWith({ type: "reload_files" }, last);
    } else if (last?.type === "reload_files" && message.type === "reload_files") {
      continue; // one rewrite reads the newest files
    } else if (message.type === "upload_file" || last?.type !== message.type) {
      out.push(message);
    }
  }
  return out;
}

/** FIFO of session messages, drained in coalesced form. */
export class Inbox {
  private items: SessionMessage[] = [];

  push(message: SessionMessage): void {
    this.items.push(message);
  }

  get size(): number {
    return this.items.length;
  }

  /** A rerun or a reload (which reruns too) waits here: JSPI run control asks this. */
  hasRerun(): boolean {
    return this.items.some((m) => m.type === "rerun" || m.type === "reload_files");
  }

  /** A live-reload save waits here: it cuts a time.sleep short (JSPI run control). */
  hasReload(): boolean {
    return this.items.some((m) => m.type === "reload_files");
  }

  /** Remove and return everything queued, coalesced. */
  drain(): SessionMessage[] {
    const taken = this.items;
    this.items = [];
    return coalesce(taken);
  }
}
