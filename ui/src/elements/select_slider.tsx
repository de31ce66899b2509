/** st.select_slider: a slider over option indices; one thumb, or two for a range. */
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import type { Range } from "../widgets/slider-math";
import { SliderTrack } from "../widgets/slider-track";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const select_slider: ElementRenderer<"select_slider"> = ({ node }) => {
  const { props } = node;
  const [values, setLocal, commit] = useWidgetValue(node.id, props.value);
  const range: Range = { min: 0, max: Math.max(props.options.length - 1, 0), step: 1 };
  return (
    <WidgetFrame testId="stSelectSlider" className="stSlider stSelectSlider" chrome={props}>
      <SliderTrack
        values={values}
        range={range}
        disabled={props.disabled}
        ariaLabel={plainLabel(props)}
        format={(i) => props.options[i] ?? ""}
        pageSteps={3}
        onMove={setLocal}
        onCommit={commit}
      />
    </WidgetFrame>
  );
};
