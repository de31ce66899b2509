/** Test fixtures: a valid default node of every type, a render helper, a fake transport. */
import { render } from "preact";
import { act } from "preact/test-utils";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import type { BlockOf, ElementOf } from "../../ui/src/elements/types";
import type { BlockType, ElementType, UiMessage } from "../../ui/src/protocol/generated";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, putNode } from "../../ui/src/tree";
import type { Transport } from "../../ui/src/transport";
import { RunningContext } from "../../ui/src/widgets/running";
import { WidgetContext } from "../../ui/src/widgets/context";

const chrome = { label: "Label", help: null, disabled: false, label_visibility: "visible", width: "stretch", wrap: null } as const;

export const ELEMENT_PROPS: { [T in ElementType]: ElementOf<T>["props"] } = {
  alert: { kind: "info", body: "Note", title: null, icon: null, width: "stretch" },
  balloons: {},
  snow: {},
  toast: { body: "Saved", icon: null, duration: 4 },
  skeleton: { height: null, width: "stretch" },
  audio: { data: null, url: null, mime_type: "audio/wav", content_id: null, start_time: 0, end_time: null, loop: false, autoplay: false, alt: null, width: "stretch" },
  button: { ...chrome, label: "Go", type: "secondary", icon: null, icon_position: "left", width: "content" },
  button_group: { ...chrome, label: "Mode", options: ["a", "b", "c"], value: [], selection_mode: "single", style: "pills", required: false },
  camera_input: { ...chrome, label: "Photo", value: null, resolution_height: null },
  chat_input: { placeholder: "Your message", max_chars: null, disabled: false, width: "stretch", height: "content", submit_mode: "submit", fill: null, fill_run: 1, accept_file: "none", file_type: [], max_upload_size: 200, accept_audio: false, audio_sample_rate: 16000 },
  checkbox: { ...chrome, label: "Agree", value: false },
  code: { body: "print(1)", language: "python", line_numbers: false, wrap_lines: false, width: "stretch", height: "content" },
  color_picker: { ...chrome, label: "Color", value: "#ff0000" },
  component_instance: { name: "app.demo", url: "https://example.com/c/", files_id: null, files: null, args: {}, dfs: [], tab_index: null },
  component_v2: { name: "demo", html: "<p>Hi</p>", css: null, js: null, isolate_styles: true, data_kind: "none", data: null, data_bytes: null, data_frames: [], state: {}, trigger_id: "t", in_form: false, width: "stretch", height: "content" },
  data_editor: { data: new ArrayBuffer(0), columns: [{ field: "_index", name: "", index: true, dtype: "int64" }], styles: null, column_config: {}, column_order: null, hide_index: null, height: "auto", width: "stretch", row_height: null, placeholder: null, alt: null, button_columns: {}, num_rows: "fixed", disabled: false, value: { edited_rows: {}, added_rows: [], deleted_rows: [] } },
  dataframe: { data: new ArrayBuffer(0), columns: [{ field: "_index", name: "", index: true, dtype: "int64" }], styles: null, column_config: {}, column_order: null, hide_index: null, height: "auto", width: "stretch", row_height: null, placeholder: null, alt: null, button_columns: {}, selection_mode: [], selectable: false, value: null },
  audio_input: { ...chrome, label: "Voice", value: null, sample_rate: 16000 },
  date_input: { ...chrome, label: "Day", value: ["2024-05-01"], is_range: false, min: "2014-05-01", max: "2034-05-01", format: "YYYY/MM/DD", required: false },
  datetime_input: { ...chrome, label: "When", value: "2024-05-01T09:30", min: "2014-05-01T00:00", max: "2034-05-01T23:59", format: "YYYY/MM/DD", step: 900, required: false },
  divider: { width: "stretch" },
  download_button: { ...chrome, label: "Save", type: "secondary", icon: null, icon_position: "left", width: "content", data: null, file_name: "a.txt", mime: "text/plain", deferred: false, on_click: "rerun" },
  empty: {},
  echarts_chart: { spec: '{"series":[]}', theme: "streamlit", renderer: "canvas", width: "stretch", height: 400, selectable: false, alt: null, value: null },
  pydeck_chart: { spec: '{"initialViewState":{"latitude":0,"longitude":0,"zoom":1}}', tooltip: null, width: "stretch", height: 500, selection_mode: "single-object", selectable: false, alt: null, value: null },
  graphviz_chart: { spec: "digraph { a -> b }", engine: "dot", width: "content", height: "content", alt: null },
  mermaid_chart: { body: "graph LR\n  A --> B", width: "stretch", alt: null },
  exception: { type_name: "ValueError", message: "bad", frames: [], traceback: "", is_warning: false, width: "stretch" },
  feedback: { sentiment: "thumbs", value: null, disabled: false, width: "content" },
  file_uploader: { ...chrome, label: "Files", type: [], mode: "single", max_upload_size: 200, value: [] },
  heading: { body: "Hello World", level: "title", anchor: null, help: null, divider: false, width: "stretch", wrap: true, icon: null, text_alignment: "left" },
  help: { name: "x", type: "int", value: "1", doc_string: "An integer.", members: [], width: "stretch" },
  html: { body: "<p>Hi</p>", unsafe_allow_javascript: false, width: "stretch" },
  iframe: { src: "https://example.com/", srcdoc: null, data: null, mime_type: "text/html", width: "stretch", height: "content", scrolling: true, tab_index: null, title: null },
  metric: { label: "Temp", value: "70", delta: "1.2", delta_description: null, color: "green", arrow: "up", help: null, icon: null, label_visibility: "visible", border: false, width: "stretch", height: "content", chart_data: null, chart_type: "line" },
  image: { images: [{ data: null, url: "https://example.com/a.png", mime_type: "image/png", caption: "A picture", alt: null }], width: "content", link: null },
  json: { body: '{"a": 1}', expanded: true, width: "stretch" },
  link_button: { ...chrome, label: "Open", url: "https://example.com/", type: "secondary", icon: null, icon_position: "left", width: "content", on_click: "ignore" },
  markdown: { body: "Hi", unsafe_allow_html: false, variant: "default", help: null, width: "stretch", wrap: true, text_alignment: "left", anchors: true },
  menu_button: { ...chrome, label: "Menu", options: ["Open", "Save"], type: "secondary", icon: null },
  multiselect: { ...chrome, label: "Pick", options: ["a", "b", "c"], value: [], max_selections: null, placeholder: "Choose options", accept_new_options: false, filter_mode: "fuzzy", select_all: 0 },
  number_input: { ...chrome, label: "N", min: 0, max: 10, step: 1, value: 5, format: "%d", data_type: "int", placeholder: null, icon: null, required: false },
  pagination: { num_pages: 10, value: 1, max_visible_pages: 7, disabled: false, width: "content" },
  page_link: { label: "Page", url: "https://example.com/", icon: null, icon_position: "left", help: null, disabled: false, width: "content", page: null, query_string: null },
  pdf: { data: null, url: "https://example.com/a.pdf", height: 500, alt: null },
  plotly_chart: {
    figure: '{"data":[{"type":"bar","y":[1,3,2]}],"layout":{}}',
    config: "{}",
    theme: "streamlit",
    width: "stretch",
    height: "content",
    selection_mode: ["points", "box", "lasso"],
    selectable: false,
    alt: null,
  },
  progress: { value: 40, text: null, width: "stretch" },
  radio: { ...chrome, label: "R", options: ["x", "y"], index: 0, horizontal: false, captions: [] },
  select_slider: { ...chrome, label: "Size", options: ["S", "M", "L"], value: [0] },
  selectbox: { ...chrome, label: "S", options: ["one", "two"], index: 0, new_value: null, placeholder: "Choose an option", accept_new_options: false, filter_mode: "fuzzy", required: false, icon: null },
  slider: { ...chrome, label: "Level", min: 0, max: 100, step: 1, value: 50, format: "%d", data_type: "int" },
  space: { size: "small" },
  spinner: { text: "Working", show_time: false, width: "content" },
  table: { data: new ArrayBuffer(0), columns: [{ field: "_index", name: "", index: true, dtype: "int64" }], styles: null, border: true, hide_index: null, hide_header: null, width: "stretch", height: "content", alt: null },
  text: { body: "plain", help: null, width: "content", wrap: true, text_alignment: "left" },
  text_area: { ...chrome, label: "Notes", value: "", height: null, max_chars: null, placeholder: null, required: false },
  text_input: { ...chrome, label: "Name", value: "", max_chars: null, type: "default", placeholder: null, autocomplete: null, icon: null, required: false, validate_regex: null, validate_message: null, live_ms: null },
  time_input: { ...chrome, label: "At", value: "08:30", step: 900, format: "24h", required: false },
  toggle: { ...chrome, label: "On", value: false },
  vega_lite_chart: {
    spec: '{"mark":"bar","encoding":{"x":{"field":"a","type":"nominal"},"y":{"field":"b","type":"quantitative"}},"data":{"values":[{"a":"x","b":1}]}}',
    datasets: [],
    theme: "streamlit",
    width: "stretch",
    height: "content",
    selection_params: [],
    selectable: false,
    alt: null,
  },
  video: { data: null, url: null, mime_type: "video/mp4", content_id: null, start_time: 0, end_time: null, loop: false, autoplay: false, alt: null, width: "stretch", kind: "native", muted: false, subtitles: [] },
};

export const BLOCK_PROPS: { [T in BlockType]: BlockOf<T>["props"] } = {
  chat_message: { name: "user", avatar_kind: "user", avatar: "user", avatar_image: null, width: "stretch" },
  column: { weight: 1, gap: "small", vertical_alignment: "top", border: false },
  columns: { gap: "small", vertical_alignment: "top", border: false, width: "stretch", wrap: true },
  grid: { columns: null, min_column_width: null, wrap: true, gap: "small", vertical_alignment: "top", border: false, row_height: null, height: null, dense: false, width: "stretch" },
  grid_cell: { column_span: 1, row_span: 1 },
  expander: { label: "More", expanded: false, icon: null, widget_id: null, width: "stretch", type: "default" },
  status: { label: "Working", state: "running", expanded: false, type: "default", width: "stretch" },
  form: { form_id: "f", clear_on_submit: false, enter_to_submit: true, border: true, height: null, width: "stretch" },
  popover: { label: "Menu", type: "secondary", icon: null, help: null, disabled: false, width: "content", wrap: null, open: false, widget_id: null },
  tab: { label: "T" },
  tabs: { labels: ["A", "B"], index: 0, widget_id: null, width: "stretch", height: null },
  container: { border: null, height: null, horizontal: false, wrap: true, gap: "small", horizontal_alignment: "left", vertical_alignment: "top", width: "stretch", autoscroll: null },
  dialog: { title: "Dialog", width: "small", position: "center", dismissible: true, icon: null, on_dismiss: "ignore", widget_id: null, instance: 1 },
  fragment: { fragment_id: "f1", run_every: null },
};

export function el<T extends ElementType>(
  type: T,
  props: Partial<ElementOf<T>["props"]> = {},
  extra: { id?: string | null; key?: string | null } = {},
): ElementOf<T> {
  return {
    kind: "element",
    type,
    id: extra.id === undefined ? `$$ID-${type}` : extra.id,
    key: extra.key ?? null,
    props: { ...ELEMENT_PROPS[type], ...props },
  } as ElementOf<T>;
}

export function block<T extends BlockType>(type: T, props: Partial<BlockOf<T>["props"]> = {}, key: string | null = null): BlockOf<T> {
  return { kind: "block", type, key, props: { ...BLOCK_PROPS[type], ...props } } as unknown as BlockOf<T>;
}

export type Mounted = {
  root: HTMLElement;
  sent: WidgetUpdate[];
  q: (sel: string) => HTMLElement;
  /** Render again with a new node; `running` says whether a script run is in progress. */
  rerender: (n: ElementOf<ElementType>, running?: boolean) => void;
};

/** Render one element (inside its element container) with a recording widget host. */
export function mount(node: ElementOf<ElementType>): Mounted {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const host = { send: (u: WidgetUpdate) => sent.push(u) };
  const draw = (n: ElementOf<ElementType>, running = false) => {
    const tree = putNode(emptyTree(), [0, 0], n, 1);
    act(() => {
      render(
        <WidgetContext.Provider value={host}>
          <RunningContext.Provider value={running}>
            <ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />
          </RunningContext.Provider>
        </WidgetContext.Provider>,
        root,
      );
    });
  };
  draw(node);
  const q = (sel: string) => {
    const found = root.querySelector<HTMLElement>(sel);
    if (!found) throw new Error(`no ${sel} in ${root.innerHTML}`);
    return found;
  };
  return { root, sent, q, rerender: draw };
}

/** Dispatch a DOM event inside act() so Preact flushes. */
export function fire(target: Element, event: Event): void {
  act(() => {
    target.dispatchEvent(event);
  });
}

export function key(target: Element, type: "keydown" | "keyup", keyName: string, init: KeyboardEventInit = {}): void {
  fire(target, new KeyboardEvent(type, { key: keyName, bubbles: true, ...init }));
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.value = text;
  fire(input, new Event("input", { bubbles: true }));
}

/** Records what the UI sends; `emit` plays the worker. */
export class FakeTransport implements Transport {
  sent: UiMessage[] = [];
  /** The transfer list of each sent message, in order. */
  transfers: Transferable[][] = [];
  closed = false;
  private handlers: ((data: unknown) => void)[] = [];
  private failures: ((message: string) => void)[] = [];

  send(message: UiMessage, transfer: Transferable[] = []): void {
    this.sent.push(message);
    this.transfers.push(transfer);
  }
  onMessage(handler: (data: unknown) => void): void {
    this.handlers.push(handler);
  }
  onFailure(handler: (message: string) => void): void {
    this.failures.push(handler);
  }
  close(): void {
    this.closed = true;
  }
  emit(data: unknown): void {
    act(() => {
      for (const h of this.handlers) h(data);
    });
  }
  fail(message: string): void {
    act(() => {
      for (const h of this.failures) h(message);
    });
  }
}
