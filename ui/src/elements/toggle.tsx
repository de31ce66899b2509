/** st.toggle: Streamlit renders it as a stCheckbox with a switch. */
import { HelpIcon, WidgetFrame, WidgetLabel, plainLabel } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const toggle: ElementRenderer<"toggle"> = ({ node }) => {
  const { props } = node;
  const [on, , commit] = useWidgetValue(node.id, props.value);
  return (
    <WidgetFrame testId="stCheckbox" className="stCheckbox stToggle" chrome={props} label="none">
      <label class={`check-row toggle${on ? " checked" : ""}`} data-baseweb="checkbox">
        <input
          type="checkbox"
          role="switch"
          class="visually-hidden"
          checked={on}
          disabled={props.disabled}
          aria-label={plainLabel(props)}
          aria-checked={on}
          onChange={(e) => commit(e.currentTarget.checked)}
        />
        <span class="toggle-track" aria-hidden="true">
          <span class="toggle-knob" />
        </span>
        <WidgetLabel chrome={props} tag="span" withHelp={false} />
      </label>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </WidgetFrame>
  );
};
