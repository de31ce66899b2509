/** st.slider: one thumb, or two for a range; commits on release, not per pixel. */
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { momentFormat } from "../widgets/dates";
import { formatValue, type Range } from "../widgets/slider-math";
import { SliderTrack } from "../widgets/slider-track";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const slider: ElementRenderer<"slider"> = ({ node }) => {
  const { props } = node;
  const [value, setLocal, commit] = useWidgetValue(node.id, props.value);
  const isRange = Array.isArray(value);
  const range: Range = { min: props.min, max: props.max, step: props.step };
  const toValue = (next: number[]) => (isRange ? next : (next[0] ?? props.min));
  // Date/time sliders carry epoch milliseconds and a Moment.js-style format.
  const timeLike = props.data_type === "date" || props.data_type === "time" || props.data_type === "datetime";
  const fmt = (v: number) => (timeLike ? momentFormat(v, props.format) : formatValue(props.format, v));
  return (
    <WidgetFrame testId="stSlider" chrome={props}>
      <SliderTrack
        values={isRange ? value : [value]}
        range={range}
        disabled={props.disabled}
        ariaLabel={plainLabel(props)}
        format={fmt}
        pageSteps={10}
        onMove={(next) => setLocal(toValue(next))}
        onCommit={(next) => commit(toValue(next))}
      />
    </WidgetFrame>
  );
};
