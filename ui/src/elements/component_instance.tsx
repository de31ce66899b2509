/**
 * components.v1.declare_component: the component's frame and its messages
 * (ui/src/components/protocol.ts). A `url=` component loads its URL; a
 * `path=` component's files (stored when they first arrive, see
 * storeDeltaFiles) are served by the component service worker
 * (ui/src/components/assets.ts). The frame keeps its identity across reruns
 * (NodeView keys it by component name): new args are posted, never reloaded.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { readHostTheme } from "../charts/host-theme";
import { serveFolder } from "../components/assets";
import { ComponentHost } from "../components/protocol";
import { useWidgetHost } from "../widgets/context";
import type { WidgetUpdate } from "../app/controller";
import { frameSrc } from "./iframe";
import type { ElementRenderer } from "./types";

// Streamlit's documented sandbox for component frames.
export const COMPONENT_SANDBOX = [
  "allow-forms",
  "allow-modals",
  "allow-popups",
  "allow-popups-to-escape-sandbox",
  "allow-same-origin",
  "allow-scripts",
  "allow-storage-access-by-user-activation",
  "allow-top-navigation-by-user-activation",
  "allow-downloads",
].join(" ");
const FEATURES = "clipboard-read; clipboard-write; camera; microphone; geolocation; fullscreen";

export const component_instance: ElementRenderer<"component_instance"> = ({ node }) => {
  const { props } = node;
  const { send } = useWidgetHost();
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef({ id: node.id, send });
  latest.current = { id: node.id, send };
  const [height, setHeight] = useState(0);
  const [folderSrc, setFolderSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const host = useMemo(
    () =>
      new ComponentHost(() => frame.current?.contentWindow ?? null, {
        setValue: (value) => {
          const { id, send: post } = latest.current;
          if (id !== null) post({ id, value } as WidgetUpdate);
        },
        setHeight,
      }),
    [],
  );

  useEffect(() => {
    const listener = (event: MessageEvent) => host.handle(event);
    window.addEventListener("message", listener);
    return () => window.removeEventListener("message", listener);
  }, [host]);

  useEffect(() => {
    if (props.files_id === null) return;
    let live = true;
    // The files themselves came once per session and are stored by the controller.
    serveFolder(props.files_id)
      .then((url) => live && setFolderSrc(url))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
    // files_id is a content hash: the same id means the same files.
  }, [props.files_id]);

  useEffect(() => {
    host.update({ args: props.args, dfs: props.dfs, disabled: false, theme: readHostTheme(frame.current) });
  });

  const src = props.url !== null ? frameSrc(props.url) : (folderSrc ?? undefined);
  useEffect(() => host.reset(), [host, src]); // a new document announces itself again
  if (error !== null) {
    return (
      <div data-testid="stComponentError" class="stAlert" role="alert">
        Component {props.name} could not load: {error}
      </div>
    );
  }
  return (
    <iframe
      ref={frame}
      data-testid="stCustomComponentV1"
      class="stCustomComponentV1"
      title={props.name}
      src={src}
      sandbox={COMPONENT_SANDBOX}
      allow={FEATURES}
      tabIndex={props.tab_index ?? undefined}
      style={{ width: "100%", height: `${height}px`, border: "none", display: "block", colorScheme: "normal" }}
    />
  );
};
