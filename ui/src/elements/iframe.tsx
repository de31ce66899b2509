/**
 * st.iframe and st.components.v1.html / iframe: a sandboxed frame. Scripts,
 * forms and popups may run inside it, but without allow-same-origin it is an
 * opaque origin: it cannot reach the app, the page, their storage or cookies.
 * Local files arrive as bytes and are shown through an object URL.
 */
import type { JSX } from "preact";
import { useObjectUrl } from "../media/objectUrl";
import type { ElementRenderer } from "./types";
import { widthStyle } from "./width";

const SANDBOX = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads";
const CONTENT_HEIGHT = 150; // a sandboxed frame cannot report its content's height

function heightStyle(height: "content" | "stretch" | number): JSX.CSSProperties {
  if (typeof height === "number") return { height: `${height}px` };
  return height === "stretch" ? { height: "100%" } : { height: `${CONTENT_HEIGHT}px` };
}

/** `src` unless its scheme could run code in the frame (javascript:, vbscript:). */
export function frameSrc(src: string | null): string | undefined {
  if (src === null) return undefined;
  const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(src)?.[1]?.toLowerCase();
  return scheme === undefined || ["http", "https", "data", "blob"].includes(scheme) ? src : undefined;
}

export const iframe: ElementRenderer<"iframe"> = ({ node: { props } }) => {
  const fileUrl = useObjectUrl(props.data, props.mime_type);
  const src = fileUrl ?? frameSrc(props.src);
  return (
    <iframe
      data-testid="stIFrame"
      class="stIFrame"
      title={props.title ?? "Embedded content"}
      sandbox={SANDBOX}
      src={props.srcdoc === null ? src : undefined}
      srcdoc={props.srcdoc ?? undefined}
      scrolling={props.scrolling ? "auto" : "no"}
      tabIndex={props.tab_index ?? undefined}
      style={{ ...widthStyle(props.width), ...heightStyle(props.height), border: "none", display: "block", ...(props.width === "stretch" ? { width: "100%" } : {}) }}
    />
  );
};
