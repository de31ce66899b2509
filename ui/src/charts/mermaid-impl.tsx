/**
 * st.mermaid_chart's renderer: mermaid (a lazy chunk) with securityLevel
 * "strict" and SVG text labels, its output sanitized before insertion.
 * Renders are queued because mermaid's configuration is global.
 */
import mermaid from "mermaid";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ElementRenderer } from "../elements/types";
import { readHostTheme } from "./host-theme";
import { sanitizeSvg } from "./svg";

type Drawn = { svg: string; type: string; titled: boolean } | { error: string };

let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/** "flowchart-v2" -> "flowchart", "sequence" -> "sequence diagram"-like names for the fallback label. */
export function diagramName(type: string): string {
  const base = type.replace(/-v\d+$/, "").replace(/Diagram$/i, "");
  return `Mermaid ${base || "diagram"}`;
}

async function draw(body: string, dark: boolean, font: string): Promise<Drawn> {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    htmlLabels: false, // labels as SVG text: no foreignObject HTML to sanitize away
    suppressErrorRendering: true,
    theme: dark ? "dark" : "default",
    fontFamily: font,
  });
  counter += 1;
  try {
    const { svg, diagramType } = await mermaid.render(`wasmlit-mermaid-${counter}`, body);
    return { svg: sanitizeSvg(svg), type: diagramType, titled: /<title[\s>]/.test(svg) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export const render: ElementRenderer<"mermaid_chart"> = ({ node: { props } }) => {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    const theme = readHostTheme(ref.current);
    const next = queue.then(() => draw(props.body, theme.dark, theme.font));
    queue = next;
    void next.then((result) => live && setDrawn(result));
    return () => {
      live = false;
    };
  }, [props.body]);
  if (drawn && "error" in drawn) {
    return (
      <div ref={ref} data-testid="stMermaidChart" class="stMermaidChart chart-error" role="alert">
        {drawn.error}
      </div>
    );
  }
  // alt names the diagram and replaces its own accTitle/accDescr; without alt and
  // without a title, it is named after its type.
  const label = props.alt ?? (drawn && !drawn.titled ? diagramName(drawn.type) : null);
  return (
    <div
      ref={ref}
      data-testid="stMermaidChart"
      class="stMermaidChart"
      role={label === null ? undefined : "img"}
      aria-label={label ?? undefined}
      aria-busy={drawn ? undefined : "true"}
      dangerouslySetInnerHTML={{ __html: drawn?.svg ?? "" }}
    />
  );
};
