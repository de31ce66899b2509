/**
 * The track, thumbs and tick bar shared by st.slider and st.select_slider.
 * Values are numbers on `range` (select_slider uses option indices); the
 * caller keeps the value, formats it, and decides what a commit sends.
 * Dragging and keys move the thumbs locally; release commits, so a drag or
 * a held key sends one rerun.
 */
import { useRef } from "preact/hooks";
import { fraction, moveThumb, nearestThumb, type Range } from "./slider-math";

const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };

type Props = {
  values: number[];
  range: Range;
  disabled: boolean;
  /** The accessible name of each thumb (the widget's label as plain text). */
  ariaLabel: string;
  format: (value: number) => string;
  /** Steps moved by PageUp / PageDown. */
  pageSteps: number;
  onMove: (values: number[]) => void;
  onCommit: (values: number[]) => void;
};

export function SliderTrack(p: Props) {
  const { values, range } = p;
  const track = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | null>(null);
  const latest = useRef(values);
  latest.current = values;

  const valueAt = (clientX: number): number => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return range.min;
    const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return range.min + f * (range.max - range.min);
  };
  const move = (i: number, v: number) => p.onMove(moveThumb(latest.current, i, v, range));
  const onPointerDown = (e: PointerEvent) => {
    if (p.disabled || e.button !== 0) return;
    const v = valueAt(e.clientX);
    const i = nearestThumb(latest.current, v);
    dragging.current = i;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    track.current?.querySelectorAll<HTMLElement>("[role=slider]")[i]?.focus();
    move(i, v);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current !== null) move(dragging.current, valueAt(e.clientX));
  };
  const onPointerUp = () => {
    if (dragging.current === null) return;
    dragging.current = null;
    p.onCommit(latest.current);
  };
  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    const cur = latest.current[i] ?? range.min;
    let target: number | null = null;
    if (e.key in KEY_STEPS) target = cur + (KEY_STEPS[e.key] ?? 0) * range.step;
    else if (e.key === "PageUp" || e.key === "PageDown") target = cur + (e.key === "PageUp" ? 1 : -1) * p.pageSteps * range.step;
    else if (e.key === "Home") target = range.min;
    else if (e.key === "End") target = range.max;
    if (target === null) return;
    e.preventDefault();
    move(i, target);
  };
  // Keyboard changes commit when the key is released, so holding a key sends once.
  const onKeyUp = () => p.onCommit(latest.current);

  const lo = values.length > 1 ? fraction(values[0] ?? range.min, range) : 0;
  const hi = fraction(values[values.length - 1] ?? range.min, range);
  return (
    <div class={`slider${p.disabled ? " disabled" : ""}`} data-baseweb="slider">
      <div
        class="slider-track"
        ref={track}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <div class="slider-fill" style={{ left: `${lo * 100}%`, width: `${(hi - lo) * 100}%` }} />
        {values.map((v, i) => (
          <div
            key={i}
            role="slider"
            tabIndex={p.disabled ? -1 : 0}
            class="slider-thumb"
            style={{ left: `${fraction(v, range) * 100}%` }}
            aria-label={p.ariaLabel}
            aria-valuemin={range.min}
            aria-valuemax={range.max}
            aria-valuenow={v}
            aria-valuetext={p.format(v)}
            aria-disabled={p.disabled || undefined}
            onKeyDown={onKeyDown(i)}
            onKeyUp={onKeyUp}
          >
            <div data-testid="stSliderThumbValue" class="slider-thumb-value">
              {p.format(v)}
            </div>
          </div>
        ))}
      </div>
      <div data-testid="stSliderTickBar" class="slider-ticks">
        <div data-testid="stSliderTickBarMin">{p.format(range.min)}</div>
        <div data-testid="stSliderTickBarMax">{p.format(range.max)}</div>
      </div>
    </div>
  );
}
