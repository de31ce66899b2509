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
import { initialState, receive, transportFailed, type AppState } from "./state";

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

  constructor(private readonly transport: Transport) {
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
    this.send({ type: "boot", protocol_version: PROTOCOL_VERSION, config });
  }

  /** Ask for a rerun with these widget changes (one click, one commit). */
  rerun(updates: WidgetUpdate[]): void {
    this.send({ type: "rerun", updates });
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
  switchPage(urlPath: string, queryString: string | null): void {
    this.send({ type: "rerun", updates: [], page: { url_path: urlPath, query_string: queryString } });
  }

  stop(): void {
    this.send({ type: "stop" });
  }

  reloadFiles(): void {
    this.send({ type: "reload_files" });
  }

  close(): void {
    this.listeners.clear();
    this.transport.close();
  }

  private send(message: UiMessage): void {
    this.transport.send(message, transferablesOf(message));
  }

  private receive(data: unknown): void {
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
    for (const listener of this.listeners) listener(state);
  }
}
