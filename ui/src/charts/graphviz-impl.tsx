/**
 * st.graphviz_chart's renderer: Graphviz compiled to WebAssembly (@viz-js/viz)
 * lays out the DOT source and writes SVG, which is sanitized and inserted.
 * This module is a lazy chunk; `ready()` resolves once the wasm is compiled,
 * so `render` itself is synchronous.
 */
import { instance, type Viz } from "@viz-js/viz";
import { useMemo } from "preact/hooks";
import type { JSX } from "preact";
import type { ElementRenderer } from "../elements/types";
import { chartName, sanitizeSvg } from "./svg";

let viz: Viz | null = null;
let pending: Promise<Viz> | null = null;

export function ready(): Promise<Viz> {
  pending ??= instance().then((v) => (viz = v));
  return pending;
}

export type DotResult = { svg: string; error: null } | { svg: null; error: string };

/** DOT -> sanitized SVG, or Graphviz's error text; an unknown engine falls back to dot. */
export function dotToSvg(v: Viz, dot: string, engine: string): DotResult {
  const layout = v.engines.includes(engine) ? engine : "dot";
  const result = v.render(dot, { format: "svg", engine: layout });
  if (result.status === "success") return { svg: sanitizeSvg(result.output), error: null };
  const message = result.errors.map((e) => e.message.trim()).join("\n") || "Graphviz could not render this graph.";
  return { svg: null, error: message };
}

function heightStyle(height: "content" | "stretch" | number): JSX.CSSProperties | undefined {
  if (typeof height === "number") return { height: `${height}px` };
  return height === "stretch" ? { height: "100%" } : undefined;
}

export const render: ElementRenderer<"graphviz_chart"> = ({ node: { props } }) => {
  const result = useMemo(() => (viz ? dotToSvg(viz, props.spec, props.engine) : null), [props.spec, props.engine]);
  if (!result) return null; // never: the lazy loader awaits ready()
  if (result.error !== null) {
    return (
      <div data-testid="stGraphVizChart" class="stGraphVizChart chart-error" role="alert">
        {result.error}
      </div>
    );
  }
  const mode = typeof props.height === "number" ? "fixed-height" : props.width === "content" ? "content" : "stretch";
  return (
    <div
      data-testid="stGraphVizChart"
      class={`stGraphVizChart ${mode}`}
      role="img"
      aria-label={chartName(props.alt, "Graphviz chart")}
      style={heightStyle(props.height)}
      dangerouslySetInnerHTML={{ __html: result.svg }}
    />
  );
};
