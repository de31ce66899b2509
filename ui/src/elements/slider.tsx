/** st.slider: one thumb, or two for a range; commits on release, not per pixel. */
import { useRef } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { momentFormat } from "../widgets/dates";
import { formatValue, fraction, moveThumb, nearestThumb, type Range } from "../widgets/slider-math";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };

export const slider: ElementRenderer<"slider"> = ({ node }) => {
  const { props } = node;
  const [value, setLocal, commit] = useWidgetValue(node.id, props.value);
  const isRange = Array.isArray(value);
  const values: number[] = isRange ? value : [value];
  const range: Range = { min: props.min, max: props.max, step: props.step };
  const track = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | null>(null);
  const latest = useRef(values);
  latest.current = values;

  const toValue = (next: number[]) => (isRange ? next : (next[0] ?? props.min));
  const valueAt = (clientX: number): number => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return props.min;
    const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return props.min + f * (props.max - props.min);
  };
  const move = (i: number, v: number) => setLocal(toValue(moveThumb(latest.current, i, v, range)));

  const onPointerDown = (e: PointerEvent) => {
    if (props.disabled || e.button !== 0) return;
    const v = valueAt(e.clientX);
    const i = nearestThumb(latest.current, v);
    dragging.current = i;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    (track.current?.querySelectorAll<HTMLElement>("[role=slider]")[i])?.focus();
    move(i, v);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current !== null) move(dragging.current, valueAt(e.clientX));
  };
  const onPointerUp = () => {
    if (dragging.current === null) return;
    dragging.current = null;
    commit(toValue(latest.current));
  };
  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    const cur = latest.current[i] ?? props.min;
    let target: number | null = null;
    if (e.key in KEY_STEPS) target = cur + (KEY_STEPS[e.key] ?? 0) * props.step;
    else if (e.key === "Home") target = props.min;
    else if (e.key === "End") target = props.max;
    if (target === null) return;
    e.preventDefault();
    move(i, target);
  };
  // Keyboard changes commit when the key is released, so holding a key sends once.
  const onKeyUp = () => commit(toValue(latest.current));

  // Date/time sliders carry epoch milliseconds and a Moment.js-style format.
  const timeLike = props.data_type === "date" || props.data_type === "time" || props.data_type === "datetime";
  const fmt = (v: number) => (timeLike ? momentFormat(v, props.format) : formatValue(props.format, v));
  const lo = isRange ? fraction(values[0] ?? props.min, range) : 0;
  const hi = fraction(values[values.length - 1] ?? props.min, range);
  return (
    <WidgetFrame testId="stSlider" chrome={props}>
      <div class={`slider${props.disabled ? " disabled" : ""}`} data-baseweb="slider">
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
              tabIndex={props.disabled ? -1 : 0}
              class="slider-thumb"
              style={{ left: `${fraction(v, range) * 100}%` }}
              aria-label={plainLabel(props)}
              aria-valuemin={props.min}
              aria-valuemax={props.max}
              aria-valuenow={v}
              aria-valuetext={fmt(v)}
              aria-disabled={props.disabled || undefined}
              onKeyDown={onKeyDown(i)}
              onKeyUp={onKeyUp}
            >
              <div data-testid="stSliderThumbValue" class="slider-thumb-value">
                {fmt(v)}
              </div>
            </div>
          ))}
        </div>
        <div data-testid="stSliderTickBar" class="slider-ticks">
          <div data-testid="stSliderTickBarMin">{fmt(props.min)}</div>
          <div data-testid="stSliderTickBarMax">{fmt(props.max)}</div>
        </div>
      </div>
    </WidgetFrame>
  );
};
