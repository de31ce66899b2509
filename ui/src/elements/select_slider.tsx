/** st.select_slider: a slider over option indices; one thumb, or two for a range. */
import { useRef } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { fraction, moveThumb, nearestThumb, type Range } from "../widgets/slider-math";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 3, PageDown: -3 };

export const select_slider: ElementRenderer<"select_slider"> = ({ node }) => {
  const { props } = node;
  const [values, setLocal, commit] = useWidgetValue(node.id, props.value);
  const last = Math.max(props.options.length - 1, 0);
  const range: Range = { min: 0, max: last, step: 1 };
  const track = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | null>(null);
  const latest = useRef(values);
  latest.current = values;

  const indexAt = (clientX: number): number => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.min(1, Math.max(0, (clientX - box.left) / box.width)) * last;
  };
  const move = (i: number, v: number) => setLocal(moveThumb(latest.current, i, v, range));
  const onPointerDown = (e: PointerEvent) => {
    if (props.disabled || e.button !== 0) return;
    const v = indexAt(e.clientX);
    const i = nearestThumb(latest.current, v);
    dragging.current = i;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    track.current?.querySelectorAll<HTMLElement>("[role=slider]")[i]?.focus();
    move(i, v);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current !== null) move(dragging.current, indexAt(e.clientX));
  };
  const onPointerUp = () => {
    if (dragging.current === null) return;
    dragging.current = null;
    commit(latest.current);
  };
  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    const cur = latest.current[i] ?? 0;
    let target: number | null = null;
    if (e.key in KEY_STEPS) target = cur + (KEY_STEPS[e.key] ?? 0);
    else if (e.key === "Home") target = 0;
    else if (e.key === "End") target = last;
    if (target === null) return;
    e.preventDefault();
    move(i, target);
  };
  const label = (i: number) => props.options[i] ?? "";
  const lo = values.length > 1 ? fraction(values[0] ?? 0, range) : 0;
  const hi = fraction(values[values.length - 1] ?? 0, range);
  return (
    <WidgetFrame testId="stSelectSlider" className="stSlider stSelectSlider" chrome={props}>
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
              aria-valuemin={0}
              aria-valuemax={last}
              aria-valuenow={v}
              aria-valuetext={label(v)}
              aria-disabled={props.disabled || undefined}
              onKeyDown={onKeyDown(i)}
              onKeyUp={() => commit(latest.current)}
            >
              <div data-testid="stSliderThumbValue" class="slider-thumb-value">
                {label(v)}
              </div>
            </div>
          ))}
        </div>
        <div data-testid="stSliderTickBar" class="slider-ticks">
          <div data-testid="stSliderTickBarMin">{label(0)}</div>
          <div data-testid="stSliderTickBarMax">{label(last)}</div>
        </div>
      </div>
    </WidgetFrame>
  );
};
