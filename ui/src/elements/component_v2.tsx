/**
 * st.components.v2 instance: the author's HTML/CSS in the app's DOM (in a
 * shadow root when isolate_styles), and its JS module's default export called
 * with {name, key, data, parentElement, setStateValue, setTriggerValue}
 * (ui/src/components/v2/mount.ts). The host element keeps its identity across
 * reruns (NodeView keys it by component name); new data calls the export again.
 * The JS runs with the page's privileges: see docs/components-v2.md.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { WidgetUpdate } from "../app/controller";
import { MountedComponent, THEME_VARS } from "../components/v2/mount";
import { useWidgetHost } from "../widgets/context";
import type { ElementOf, ElementRenderer } from "./types";

type Props = ElementOf<"component_v2">["props"];
type Pending = { scheduled: boolean; state: Props["state"] | null; events: { event: string; value: unknown }[] };

/** A cheap content key for the data, so the export runs again only when it changed. */
function dataKey(props: Props): string {
  const frames = props.data_frames.map((f) => `${f.key}=${bytesKey(f.data)}`).join(",");
  if (props.data_kind === "json") return `json:${JSON.stringify(props.data)}:${frames}`;
  return `${props.data_kind}:${props.data_bytes ? bytesKey(props.data_bytes) : ""}`;
}

function bytesKey(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let hash = 2166136261;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 16777619);
  return `${bytes.length}:${(hash >>> 0).toString(36)}`;
}

/** The data as the JS sees it: JSON as is, bytes as a Uint8Array, Arrow as an apache-arrow Table. */
async function jsData(props: Props): Promise<unknown> {
  if (props.data_kind === "json") {
    if (!props.data_frames.length || typeof props.data !== "object" || props.data === null) return props.data;
    // A dict with dataframe values: each goes back in its place as an Arrow Table.
    const { tableFromIPC } = await import("apache-arrow");
    const out: Record<string, unknown> = { ...(props.data as Record<string, unknown>) };
    for (const frame of props.data_frames) out[frame.key] = tableFromIPC(new Uint8Array(frame.data.slice(0)));
    return out;
  }
  if (props.data_kind === "none" || !props.data_bytes) return null;
  const bytes = new Uint8Array(props.data_bytes.slice(0));
  if (props.data_kind === "bytes") return bytes;
  const { tableFromIPC } = await import("apache-arrow");
  return tableFromIPC(bytes);
}

export const component_v2: ElementRenderer<"component_v2"> = ({ node }) => {
  const { props } = node;
  const { send, sendAll } = useWidgetHost();
  const hostRef = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedComponent | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What the callbacks need, always current: they outlive the render that made them.
  const latest = useRef({ node, send, sendAll, state: props.state });
  latest.current = { node, send, sendAll, state: latest.current.state };
  const pending = useRef<Pending>({ scheduled: false, state: null, events: [] });

  useEffect(() => {
    latest.current.state = props.state; // Python's state wins over local guesses
  }, [props.state]);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    mounted.current = new MountedComponent(host, props.isolate_styles);
    return () => {
      mounted.current?.unmount();
      mounted.current = null;
    };
    // isolate_styles is part of the component's definition: it does not change in place.
  }, []);

  useLayoutEffect(() => {
    try {
      mounted.current?.setContent(props.html, props.css);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [props.html, props.css]);

  const key = dataKey(props);
  useEffect(() => {
    const target = mounted.current;
    if (!target) return;
    // Values set in one task go in one rerun: the state, and the list of fired events.
    const flushSoon = () => {
      if (pending.current.scheduled) return;
      pending.current.scheduled = true;
      queueMicrotask(() => {
        const { node: current, send: post, sendAll: postAll } = latest.current;
        const { state, events } = pending.current;
        pending.current = { scheduled: false, state: null, events: [] };
        const updates: WidgetUpdate[] = [];
        if (state !== null && current.id !== null) updates.push({ id: current.id, value: state } as WidgetUpdate);
        if (events.length) updates.push({ id: current.props.trigger_id, value: events, trigger: true } as WidgetUpdate);
        if (updates.length > 1 && postAll) postAll(updates);
        else updates.forEach(post);
      });
    };
    const setStateValue = (name: string, value: unknown) => {
      const next = { ...latest.current.state, [name]: value } as Props["state"];
      latest.current.state = next;
      pending.current.state = next;
      flushSoon();
    };
    const setTriggerValue = (name: string, value: unknown) => {
      if (latest.current.node.props.in_form) {
        console.warn("setTriggerValue is ignored inside st.form; use setStateValue and the submit button.");
        return;
      }
      pending.current.events.push({ event: name, value });
      flushSoon();
    };
    jsData(props)
      .then((data) => target.run(props.js, { name: props.name, data, setStateValue, setTriggerValue }))
      .then(() => setError(null))
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [props.js, key]);

  const height = typeof props.height === "number" ? `${props.height}px` : props.height === "stretch" ? "100%" : undefined;
  return (
    <div data-testid="stBidiComponent" class="stBidiComponent" style={{ ...THEME_VARS, height, overflow: height ? "auto" : undefined }}>
      <div ref={hostRef} class="stBidiComponent-host" />
      {error !== null && (
        <div data-testid="stComponentError" class="stAlert" role="alert">
          Component {props.name}: {error}
        </div>
      )}
    </div>
  );
};
