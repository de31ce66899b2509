/** st.checkbox: commits on every click. */
import { CheckIcon } from "../icons";
import { HelpIcon, WidgetFrame, WidgetLabel, plainLabel } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const checkbox: ElementRenderer<"checkbox"> = ({ node }) => {
  const { props } = node;
  const [checked, , commit] = useWidgetValue(node.id, props.value);
  return (
    <WidgetFrame testId="stCheckbox" chrome={props} label="none">
      <label class={`check-row${checked ? " checked" : ""}`} data-baseweb="checkbox">
        <input
          type="checkbox"
          class="visually-hidden"
          checked={checked}
          disabled={props.disabled}
          aria-label={plainLabel(props)}
          aria-checked={checked}
          onChange={(e) => commit(e.currentTarget.checked)}
        />
        <span class="check-box" aria-hidden="true">
          {checked ? <CheckIcon size={12} /> : null}
        </span>
        <WidgetLabel chrome={props} tag="span" withHelp={false} />
      </label>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </WidgetFrame>
  );
};
