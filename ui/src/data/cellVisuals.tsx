/**
 * The drawn parts of read-only cells: a checkbox glyph, chips, a progress
 * bar and small inline SVG charts. Pure functions of their props; every
 * colour has passed safeColor() before it gets here.
 */
import type { ComponentChildren } from "preact";

export function CheckboxGlyph({ checked }: { checked: boolean }) {
  return (
    <span role="checkbox" aria-checked={checked} aria-readonly="true" class={`stCellCheckbox${checked ? " checked" : ""}`}>
      {checked ? (
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      ) : null}
    </span>
  );
}

export type Chip = { text: string; color: string | null };

export function Chips({ chips }: { chips: Chip[] }) {
  return (
    <span class="stCellChips">
      {chips.map((chip, i) => (
        <span
          key={i}
          class="stCellChip"
          style={chip.color === null ? undefined : { backgroundColor: `color-mix(in srgb, ${chip.color} 25%, transparent)`, borderColor: chip.color }}
        >
          {chip.text}
        </span>
      ))}
    </span>
  );
}

/** A bar filled to `fraction` (0..1) with the formatted value beside it. */
export function ProgressBar({ fraction, text, color }: { fraction: number; text: string; color: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
  return (
    <span class="stCellProgress">
      <span class="stCellProgressTrack" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={text}>
        <span class="stCellProgressFill" style={{ width: `${pct}%`, backgroundColor: color }} />
      </span>
      <span class="stCellProgressText">{text}</span>
    </span>
  );
}

export type ChartKind = "line_chart" | "bar_chart" | "area_chart";

const W = 100;
const H = 30;
const PAD = 2;

type Point = { x: number; y: number };

/** y in the box for v, scaled between lo (bottom) and hi (top), clamped. */
function scaleY(v: number, lo: number, hi: number): number {
  if (hi === lo) return H / 2;
  const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  return PAD + (1 - t) * (H - 2 * PAD);
}

const line = (pts: Point[]) => pts.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(" ");

/** A sparkline of `data` (null = gap) between yMin and yMax (default: the data's range). */
export function CellChart({ data, kind, color, yMin, yMax }: { data: (number | null)[]; kind: ChartKind; color: string; yMin: number | null; yMax: number | null }) {
  const numbers = data.filter((v): v is number => v !== null);
  if (numbers.length === 0) return <span class="stCellChart empty" />;
  const lo = yMin ?? (kind === "bar_chart" ? Math.min(0, ...numbers) : Math.min(...numbers));
  const hi = yMax ?? Math.max(...numbers);
  let body: ComponentChildren;
  if (kind === "bar_chart") {
    const slot = W / data.length;
    const base = scaleY(Math.min(Math.max(0, lo), hi), lo, hi);
    body = data.map((v, i) => {
      if (v === null) return null;
      const y = scaleY(v, lo, hi);
      return <rect key={i} x={i * slot + slot * 0.15} width={slot * 0.7} y={Math.min(y, base)} height={Math.max(0.75, Math.abs(base - y))} fill={color} />;
    });
  } else {
    const step = data.length > 1 ? W / (data.length - 1) : 0;
    const runs: Point[][] = [[]];
    data.forEach((v, i) => {
      if (v === null) runs.push([]);
      else runs[runs.length - 1]!.push({ x: data.length > 1 ? i * step : W / 2, y: scaleY(v, lo, hi) });
    });
    body = runs
      .filter((pts) => pts.length > 0)
      .map((pts, i) => (
        <g key={i}>
          {kind === "area_chart" ? <path d={`${line(pts)} L${pts[pts.length - 1]!.x} ${H} L${pts[0]!.x} ${H} Z`} fill={color} fill-opacity="0.25" stroke="none" /> : null}
          <path d={line(pts)} fill="none" stroke={color} stroke-width="1.5" vector-effect="non-scaling-stroke" />
        </g>
      ));
  }
  return (
    <svg class={`stCellChart ${kind}`} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={numbers.join(", ")}>
      {body}
    </svg>
  );
}
