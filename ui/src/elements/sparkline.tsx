/**
 * A metric's small chart as inline SVG: a line, an area or bars over the
 * values, scaled to the box. null values are gaps (the line breaks).
 */
type Props = { data: (number | null)[]; type: "line" | "bar" | "area"; color: string };

const W = 100;
const H = 32;
const PAD = 1.5;

/** SVG paths for each run of consecutive numbers, in a W×H box. */
export function sparkPoints(data: (number | null)[]): { x: number; y: number }[][] {
  const numbers = data.filter((v): v is number => v !== null);
  if (numbers.length === 0) return [];
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const span = max - min || 1;
  const step = data.length > 1 ? W / (data.length - 1) : 0;
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  data.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    const y = max === min ? H / 2 : PAD + (1 - (v - min) / span) * (H - 2 * PAD);
    run.push({ x: data.length > 1 ? i * step : W / 2, y });
  });
  if (run.length) runs.push(run);
  return runs;
}

const path = (pts: { x: number; y: number }[]) => pts.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(" ");

export function Sparkline({ data, type, color }: Props) {
  const cls = `metric-chart metric-chart-${type} metric-${color}`;
  if (type === "bar") {
    const numbers = data.map((v) => v ?? 0);
    const top = Math.max(0, ...numbers);
    const bottom = Math.min(0, ...numbers);
    const span = top - bottom || 1;
    const slot = W / Math.max(1, data.length);
    const zero = (top / span) * H;
    return (
      <svg data-testid="stMetricChart" class={cls} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
        {data.map((v, i) =>
          v === null ? null : (
            <rect key={i} x={i * slot + slot * 0.1} width={slot * 0.8} y={v >= 0 ? zero - (v / span) * H : zero} height={Math.max(0.5, (Math.abs(v) / span) * H)} fill="currentColor" />
          ),
        )}
      </svg>
    );
  }
  const runs = sparkPoints(data);
  return (
    <svg data-testid="stMetricChart" class={cls} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
      {type === "area"
        ? runs.map((pts, i) => (
            <path key={`a${i}`} d={`${path(pts)} L${pts[pts.length - 1]!.x.toFixed(2)} ${H} L${pts[0]!.x.toFixed(2)} ${H} Z`} fill="currentColor" fill-opacity="0.2" stroke="none" />
          ))
        : null}
      {runs.map((pts, i) => (
        <path key={`l${i}`} d={path(pts)} fill="none" stroke="currentColor" stroke-width="1.5" vector-effect="non-scaling-stroke" />
      ))}
    </svg>
  );
}
