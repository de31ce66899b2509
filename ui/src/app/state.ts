/**
 * The app's state and the pure function that applies one worker message.
 *
 *   const { state, outgoing } = receive(initialState(), data);
 *   // outgoing: messages to send back (the first rerun after `ready`)
 */
import {
  PROTOCOL_VERSION,
  type BootStage,
  type LogoMessage,
  type NavigationMessage,
  type PageConfigMessage,
  type QueryParamsMessage,
  type ReadyMessage,
  type UiMessage,
  type WorkerMessage,
} from "../protocol/generated";
import { protocolValidator } from "../protocol/validate";
import { emptyTree, putNode, pruneFragment, pruneStale, TreeError, type Tree } from "../tree";

export type Phase = "booting" | "running" | "idle" | "error";

export type BootInfo = { stage: BootStage | null; message: string; progress: number };
export type FatalError = { stage: string; message: string; detail: string };

export type AppState = {
  phase: Phase;
  boot: BootInfo;
  fatal: FatalError | null;
  ready: ReadyMessage | null;
  tree: Tree;
  /** The run in progress, whose unwritten nodes render stale. */
  activeRunId: number | null;
  runCount: number;
  pageConfig: PageConfigMessage | null;
  /** st.logo of the latest run that called it; dropped like a stale element. */
  logo: LogoMessage | null;
  /** st.query_params as last sent by Python ("a=1&b=2", no "?"); null until it changes. */
  queryString: string | null;
  /** That message itself (a new object per change: the host writes the URL once per message). */
  queryParams: QueryParamsMessage | null;
  /** The pages of a multipage app and the current one; null for a one-page app. */
  navigation: NavigationMessage | null;
  /** Protocol problems (unknown or malformed messages), shown visibly. */
  problems: readonly string[];
};

export function initialState(): AppState {
  return {
    phase: "booting",
    boot: { stage: null, message: "Starting…", progress: 0 },
    fatal: null,
    ready: null,
    tree: emptyTree(),
    activeRunId: null,
    runCount: 0,
    pageConfig: null,
    logo: null,
    queryString: null,
    queryParams: null,
    navigation: null,
    problems: [],
  };
}

const validator = protocolValidator();
const MAX_PROBLEMS = 20;

export type Received = { state: AppState; outgoing: UiMessage[] };

/** Validate `data` and apply it. Never throws: bad input becomes visible errors. */
export function receive(state: AppState, data: unknown): Received {
  const checked = validator.workerMessage(data);
  if (checked.ok) return apply(state, checked.message);
  if (checked.type === "delta" && validator.deltaEnvelope(data).length === 0) {
    // The envelope is fine but the node is not: an error box in its slot.
    const { path, run_id } = data as { path: number[]; run_id: number };
    const invalid = { kind: "invalid" as const, errors: checked.errors };
    return { state: withTree(state, path, (t) => putNode(t, path, invalid, run_id)), outgoing: [] };
  }
  const label = checked.type === null ? "a message without a type" : `message '${checked.type}'`;
  return { state: problem(state, `Rejected ${label}: ${checked.errors.join("; ")}`), outgoing: [] };
}

function problem(state: AppState, text: string): AppState {
  return { ...state, problems: [...state.problems, text].slice(-MAX_PROBLEMS) };
}

function withTree(state: AppState, path: readonly number[], update: (t: Tree) => Tree): AppState {
  try {
    return { ...state, tree: update(state.tree) };
  } catch (e) {
    if (e instanceof TreeError) return problem(state, `Rejected delta at ${JSON.stringify(path)}: ${e.message}`);
    throw e;
  }
}

function apply(state: AppState, msg: WorkerMessage): Received {
  const none = (next: AppState): Received => ({ state: next, outgoing: [] });
  switch (msg.type) {
    case "boot_progress":
      return none({ ...state, boot: { stage: msg.stage, message: msg.message, progress: msg.progress } });
    case "boot_error":
      return none({
        ...state,
        phase: "error",
        fatal: { stage: msg.stage, message: msg.message, detail: msg.detail },
      });
    case "ready":
      if (msg.protocol_version !== PROTOCOL_VERSION) {
        return none({
          ...state,
          phase: "error",
          fatal: {
            stage: "protocol",
            message: `Protocol mismatch: the worker speaks version ${msg.protocol_version}, this UI speaks version ${PROTOCOL_VERSION}.`,
            detail: "Rebuild the app so wasmlit.js and worker.js come from the same wasmlit release.",
          },
        });
      }
      return {
        state: { ...state, phase: "running", ready: msg, boot: { ...state.boot, progress: 1 } },
        outgoing: [{ type: "rerun", updates: [] }],
      };
    case "run_started":
      // A fragment run rewrites only its fragment: nothing outside it turns stale.
      return none({ ...state, phase: "running", activeRunId: msg.fragment_id === undefined ? msg.run_id : null });
    case "delta":
      return none(withTree(state, msg.path, (t) => putNode(t, msg.path, msg.node, msg.run_id)));
    case "run_finished": {
      const prune = msg.status === "complete" || msg.status === "error";
      const fragment = msg.fragment_id;
      const tree = !prune
        ? state.tree
        : fragment === undefined
          ? pruneStale(state.tree, msg.run_id)
          : pruneFragment(state.tree, fragment, msg.run_id);
      const full = prune && fragment === undefined;
      return none({
        ...state,
        tree,
        // A completed full run that did not call st.logo removes the logo.
        logo: full && state.logo !== null && state.logo.run_id < msg.run_id ? null : state.logo,
        activeRunId: null,
        runCount: state.runCount + 1,
        // "rerun": a newer run follows at once, so the app stays busy.
        phase: state.phase === "error" ? "error" : msg.status === "rerun" ? "running" : "idle",
      });
    }
    case "page_config":
      return none({ ...state, pageConfig: msg });
    case "query_params":
      return none({ ...state, queryString: msg.query_string, queryParams: msg });
    case "logo":
      return none({ ...state, logo: msg });
    case "navigation":
      return none({ ...state, navigation: msg });
    default: {
      const _: never = msg;
      return none(problem(state, `Unhandled message ${JSON.stringify(_)}`));
    }
  }
}

/** The transport failed before or after boot: show it like a boot error. */
export function transportFailed(state: AppState, message: string): AppState {
  return {
    ...state,
    phase: "error",
    fatal: { stage: state.boot.stage ?? "runtime", message: "The app worker failed.", detail: message },
  };
}
