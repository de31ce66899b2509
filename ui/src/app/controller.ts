/**
 * Owns one app's state and transport: sends `boot`, applies worker messages,
 * sends widget updates. Views subscribe to state changes.
 *
 *   const app = new AppController(transport);
 *   app.subscribe((s) => render(s));
 *   app.boot(config);
 */
import { PROTOCOL_VERSION, type BootMessage, type RerunMessage, type UiMessage } from "../protocol/generated";
import { transferablesOf, type Transport } from "../transport";
import { RunControl } from "./runControl";
import { FragmentTimers } from "./fragmentTimers";
import { initialState, receive, transportFailed, type AppState } from "./state";
import { sameContext, type BrowserContext } from "../host/browserContext";
import { storeDeltaFiles } from "../components/assets";

export type WidgetUpdate = RerunMessage["updates"][number];
export type PageRequest = NonNullable<RerunMessage["page"]>;
export type BootConfig = BootMessage["config"];

/** How a widget value refers to an uploaded file (Python's `FILE_REF`). */
export type FileRef = { file_id: string; name: string; type: string; size: number };

/** A file id unique to this page: ids only need to differ within one session. */
function newFileId(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class AppController {
  private current: AppState = initialState();
  private readonly listeners = new Set<(state: AppState) => void>();
  /** The page the URL asked for at boot, sent with the first rerun. */
  private initialPage: PageRequest | null = null;
  /** st.fragment(run_every=...): ticks sent while the app is idle. */
  private readonly timers = new FragmentTimers((id) => this.rerunFragment(id));
  /** st.context: read before each rerun, sent when it differs from the last one sent. */
  private contextSource: ((page: PageRequest | null) => BrowserContext) | null = null;
  private sentContext: BrowserContext | null = null;

  /**
   * `control` (cross-origin isolated pages only, see runControl.ts) lets a rerun
   * end the run in progress and Stop interrupt it; without it, both wait for it.
   */
  constructor(
    private readonly transport: Transport,
    private readonly control: RunControl | null = RunControl.create(),
  ) {
    transport.onMessage((data) => this.receive(data));
    transport.onFailure((message) => this.set(transportFailed(this.current, message)));
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Boot; `initialPage` is the app page the URL names (a deep link). */
  boot(config: BootConfig, initialPage: PageRequest | null = null): void {
    this.initialPage = initialPage;
    const shared = this.control ? { ...config, run_control: this.control.buffer } : config;
    this.send({ type: "boot", protocol_version: PROTOCOL_VERSION, config: shared });
  }

  /** Ask for a rerun with these widget changes (one click, one commit). */
  rerun(updates: WidgetUpdate[]): void {
    this.send({ type: "rerun", updates });
  }

  /** Rerun only one fragment (a run_every tick); Python falls back to a full run if it is gone. */
  rerunFragment(fragmentId: string): void {
    this.send({ type: "rerun", updates: [], fragment_id: fragmentId });
  }

  /**
   * Send one file to the worker ahead of the widget update that refers to it.
   * The bytes are read off the main thread's event loop (Blob.arrayBuffer)
   * and the buffer is transferred, not copied. Messages keep their order, so
   * the file is stored before any later rerun arrives.
   */
  async upload(file: Blob, name: string): Promise<FileRef> {
    const data = await file.arrayBuffer();
    const ref: FileRef = { file_id: newFileId(), name, type: file.type, size: data.byteLength };
    this.send({ type: "upload_file", file_id: ref.file_id, name, mime_type: file.type, data });
    return ref;
  }

  /**
   * Show another page of a multipage app (a navigation link, a page link, the
   * back button). `queryString` null keeps st.query_params as they are.
   */
  switchPage(urlPath: string, queryString: string | null, history = false): void {
    const page: PageRequest = { url_path: urlPath, query_string: queryString };
    // Back/forward: widgets bound to query params follow the URL.
    if (history) page.history = true;
    this.send({ type: "rerun", updates: [], page });
  }

  /** Where st.context comes from (the host element); `page` is the page a rerun asks for. */
  setContextSource(source: (page: PageRequest | null) => BrowserContext): void {
    this.contextSource = source;
  }

  /** The browser's facts may have changed (e.g. the theme): rerun when they did. */
  contextChanged(): void {
    if (this.current.ready === null || !this.contextSource) return;
    if (!sameContext(this.sentContext, this.contextSource(null))) this.rerun([]);
  }

  /** Stop the running script now where the page can (run control), else between runs. */
  stop(): void {
    if (this.current.phase === "running") this.control?.interrupt();
    this.send({ type: "stop" });
  }

  reloadFiles(): void {
    this.send({ type: "reload_files" });
  }

  close(): void {
    this.timers.stop();
    this.listeners.clear();
    this.transport.close();
  }

  private send(message: UiMessage): void {
    if (message.type === "rerun") message = this.withContext(message);
    // Counted before posting: a run in progress sees it at its next Streamlit call.
    if (message.type === "rerun") this.control?.rerunPosted();
    // A live-reload save: the new code replaces a run in progress, even one in time.sleep.
    if (message.type === "reload_files") this.control?.reloadPosted();
    this.transport.send(message, transferablesOf(message));
  }

  private withContext(message: RerunMessage): RerunMessage {
    const context = this.contextSource?.(message.page ?? null);
    if (!context || sameContext(this.sentContext, context)) return message;
    this.sentContext = context;
    return { ...message, context };
  }

  private receive(data: unknown): void {
    // A path= component's files come once per session: kept before any render.
    storeDeltaFiles(data);
    const { state, outgoing } = receive(this.current, data);
    this.set(state);
    for (const message of outgoing) {
      if (message.type === "rerun" && this.initialPage !== null) {
        this.send({ ...message, page: this.initialPage });
        this.initialPage = null;
      } else {
        this.send(message);
      }
    }
  }

  private set(state: AppState): void {
    if (state === this.current) return;
    this.current = state;
    this.timers.update(state);
    for (const listener of this.listeners) listener(state);
  }
}
