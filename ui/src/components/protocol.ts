/**
 * The host side of the custom component protocol (components.v1), as
 * Streamlit documents it for streamlit-component-lib:
 *
 *   frame → host  {isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion}
 *                 {isStreamlitMessage: true, type: "streamlit:setComponentValue", value, dataType}
 *                 {isStreamlitMessage: true, type: "streamlit:setFrameHeight", height}
 *   host → frame  {type: "streamlit:render", args, dfs, disabled, theme}
 *
 * Messages are accepted only from the component's own frame window. The
 * host renders after "componentReady" and again whenever the args change.
 */
import type { HostTheme } from "../charts/host-theme";
import { sameBytes } from "../media/objectUrl";

/** A dataframe argument as Python sends it: three Arrow IPC tables. */
export type DataframeArg = { key: string; data: ArrayBuffer; index: ArrayBuffer; columns: ArrayBuffer };

/** The widget value sent to Python (the component_instance widget_value). */
export type ComponentValue = { data_type: "json" | "bytes" | "dataframe"; value: unknown } | null;

export type RenderInput = {
  args: Record<string, unknown>;
  dfs: DataframeArg[];
  disabled: boolean;
  theme: HostTheme;
};

export type ComponentEvents = {
  setValue: (value: ComponentValue) => void;
  setHeight: (height: number) => void;
};

/** Streamlit's theme object for components, from the host's theme. */
export function componentTheme(theme: HostTheme): Record<string, string> {
  return {
    base: theme.dark ? "dark" : "light",
    primaryColor: theme.primary,
    backgroundColor: theme.bg,
    secondaryBackgroundColor: theme.bgSecondary,
    textColor: theme.text,
    font: theme.font,
  };
}

/** The "streamlit:render" message; dataframes in the shape the lib's ArrowTable reads. */
export function renderMessage(input: RenderInput): Record<string, unknown> {
  return {
    type: "streamlit:render",
    args: input.args,
    dfs: input.dfs.map((df) => ({
      key: df.key,
      value: {
        data: {
          data: new Uint8Array(df.data.slice(0)),
          index: new Uint8Array(df.index.slice(0)),
          columns: new Uint8Array(df.columns.slice(0)),
        },
      },
    })),
    disabled: input.disabled,
    theme: componentTheme(input.theme),
  };
}

function bufferOf(value: unknown): ArrayBuffer | null {
  if (value instanceof ArrayBuffer) return value;
  if (ArrayBuffer.isView(value)) {
    const copy = new Uint8Array(value.byteLength);
    copy.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return copy.buffer;
  }
  return null;
}

/** The wire value of a setComponentValue message; undefined if it is malformed. */
export function wireValue(value: unknown, dataType: unknown): ComponentValue | undefined {
  if (dataType === "bytes") {
    const buffer = bufferOf(value);
    return buffer === null ? undefined : { data_type: "bytes", value: buffer };
  }
  if (dataType === "dataframe") {
    const whole = bufferOf(value);
    if (whole !== null) return { data_type: "dataframe", value: whole };
    if (typeof value !== "object" || value === null) return undefined;
    // The lib's ArrowTable.serialize(): {data, index, columns} as Arrow IPC bytes.
    const parts = value as Record<string, unknown>;
    const data = bufferOf(parts.data);
    if (data === null) return undefined;
    return {
      data_type: "dataframe",
      value: { data, index: bufferOf(parts.index), columns: bufferOf(parts.columns) },
    };
  }
  if (value === undefined) return null;
  try {
    // JSON only: structured clones may carry Dates, Maps ... that Python cannot read.
    return { data_type: "json", value: JSON.parse(JSON.stringify(value)) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * One component frame's message handler. `frame()` is its window (null
 * before it loads); `render()` posts the latest render message to it.
 */
export class ComponentHost {
  private ready = false;
  private input: RenderInput | null = null;

  constructor(
    private readonly frame: () => Window | null,
    private readonly events: ComponentEvents,
    private readonly targetOrigin: () => string = () => "*",
  ) {}

  /** New args (every rerun): posted at once if the component is ready. */
  update(input: RenderInput): void {
    const changed = this.input === null || !sameInput(this.input, input);
    this.input = input;
    if (changed && this.ready) this.post();
  }

  /** The frame navigated again (a reload): wait for its next componentReady. */
  reset(): void {
    this.ready = false;
  }

  handle(event: MessageEvent): void {
    const win = this.frame();
    if (win === null || event.source !== win) return; // only our own frame
    const data: unknown = event.data;
    if (typeof data !== "object" || data === null) return;
    const msg = data as Record<string, unknown>;
    if (msg.isStreamlitMessage !== true) return;
    switch (msg.type) {
      case "streamlit:componentReady":
        this.ready = true;
        this.post();
        return;
      case "streamlit:setComponentValue": {
        const value = wireValue(msg.value, msg.dataType ?? "json");
        if (value !== undefined) this.events.setValue(value);
        return;
      }
      case "streamlit:setFrameHeight": {
        const height = Number(msg.height);
        if (Number.isFinite(height) && height >= 0) this.events.setHeight(height);
        return;
      }
      default:
        return;
    }
  }

  private post(): void {
    const win = this.frame();
    if (win === null || this.input === null) return;
    win.postMessage(renderMessage(this.input), this.targetOrigin());
  }
}

function sameInput(a: RenderInput, b: RenderInput): boolean {
  return (
    a.disabled === b.disabled &&
    JSON.stringify(a.args) === JSON.stringify(b.args) &&
    JSON.stringify(a.theme) === JSON.stringify(b.theme) &&
    a.dfs.length === b.dfs.length &&
    a.dfs.every((df, i) => {
      const other = b.dfs[i];
      return other !== undefined && other.key === df.key && sameBytes(df.data, other.data) && sameBytes(df.index, other.index);
    })
  );
}
