/**
 * A renderer whose code loads on first use, so heavy ones (charts, KaTeX,
 * data grid) become separate esbuild chunks and stay off first paint.
 *
 *   export const plotly_chart = lazyRenderer(() => import("./plotly-impl").then((m) => m.render));
 */
import { useEffect, useState } from "preact/hooks";
import type { ElementType } from "../protocol/generated";
import type { ElementRenderer } from "./types";

export function lazyRenderer<T extends ElementType>(load: () => Promise<ElementRenderer<T>>): ElementRenderer<T> {
  let loaded: ElementRenderer<T> | null = null;
  let failure: Error | null = null;
  let pending: Promise<void> | null = null;
  const start = () =>
    (pending ??= load().then(
      (renderer) => {
        loaded = renderer;
      },
      (error: unknown) => {
        failure = error instanceof Error ? error : new Error(String(error));
      },
    ));

  return function Lazy(props) {
    const [, setVersion] = useState(0);
    useEffect(() => {
      if (loaded || failure) return undefined;
      let live = true;
      void start().then(() => live && setVersion((n) => n + 1));
      return () => {
        live = false;
      };
    }, []);
    // The element container's error boundary shows a failed chunk load in its slot.
    if (failure) throw failure;
    const Renderer = loaded;
    if (Renderer) return <Renderer {...props} />;
    return <div data-testid="stSkeleton" class="stSkeleton" aria-busy="true" />;
  };
}
