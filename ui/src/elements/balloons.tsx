/**
 * st.balloons (and st.snow, which reuses Celebration): pieces drift across the page once, then the
 * element reports itself finished. With prefers-reduced-motion a short static
 * row of symbols stands in for the animation.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { prefersReducedMotion, useEventDone } from "./event";
import type { ElementRenderer } from "./types";

export type CelebrationKind = { testId: string; cls: string; symbol: string; pieces: number; ms: number };

const BALLOONS: CelebrationKind = { testId: "stBalloons", cls: "balloons", symbol: "🎈", pieces: 30, ms: 4000 };
export const REDUCED_MOTION_MS = 1500;

export function Celebration({ kind }: { kind: CelebrationKind }) {
  const done = useEventDone();
  const reduced = useMemo(prefersReducedMotion, []);
  const [finished, setFinished] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      setFinished(true);
      done?.();
    }, reduced ? REDUCED_MOTION_MS : kind.ms);
    return () => clearTimeout(timer);
  }, []);
  // Positions and delays are drawn once per call, so each call looks a little different.
  const pieces = useMemo(
    () =>
      Array.from({ length: reduced ? 3 : kind.pieces }, () => ({
        left: Math.random() * 100,
        delay: Math.random() * (kind.ms / 3),
        size: 1.5 + Math.random() * 1.5,
      })),
    [],
  );
  if (finished) return null;
  return (
    <div data-testid={kind.testId} class={`celebration ${kind.cls}${reduced ? " reduced" : ""}`} aria-hidden="true">
      {pieces.map((p, i) => (
        <span
          key={i}
          class="celebration-piece"
          style={{
            left: `${p.left}%`,
            fontSize: `${p.size}rem`,
            animationDelay: reduced ? undefined : `${p.delay}ms`,
            animationDuration: `${(kind.ms * 2) / 3}ms`,
          }}
        >
          {kind.symbol}
        </span>
      ))}
    </div>
  );
}

export const balloons: ElementRenderer<"balloons"> = () => <Celebration kind={BALLOONS} />;
