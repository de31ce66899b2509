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
export type BootConfig = BootMessage["config"];

export class AppController {
  private current: AppState = initialState();
  private readonly listeners = new Set<(state: AppState) => void>();

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

  boot(config: BootConfig): void {
    this.send({ type: "boot", protocol_version: PROTOCOL_VERSION, config });
  }

  /** Ask for a rerun with these widget changes (one click, one commit). */
  rerun(updates: WidgetUpdate[]): void {
    this.send({ type: "rerun", updates });
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
    for (const message of outgoing) this.send(message);
  }

  private set(state: AppState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
