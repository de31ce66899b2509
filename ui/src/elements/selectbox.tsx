/** st.selectbox: answers with the chosen index; index null shows the placeholder. */
import { useId } from "preact/hooks";
import { Combobox } from "../widgets/combobox";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const selectbox: ElementRenderer<"selectbox"> = ({ node }) => {
  const { props } = node;
  const [index, , commit] = useWidgetValue(node.id, props.index);
  const id = useId();
  const display = index === null ? "" : (props.options[index] ?? "");
  return (
    <WidgetFrame testId="stSelectbox" chrome={props} labelFor={id}>
      <Combobox
        id={id}
        options={props.options}
        display={display}
        placeholder={props.options.length === 0 ? "No options to select." : props.placeholder}
        disabled={props.disabled || props.options.length === 0}
        ariaLabel={`Selected ${display || "nothing"}. ${plainLabel(props)}`}
        current={index}
        onPick={commit}
      />
    </WidgetFrame>
  );
};
