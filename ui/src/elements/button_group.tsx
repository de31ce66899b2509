/** st.pills and st.segmented_control: toggle buttons; answers with the selected indices. */
import { useId } from "preact/hooks";
import { WidgetFrame } from "../widgets/chrome";
import { OptionLabel } from "../widgets/option-label";
import { rovingKeyDown, tabStop } from "../widgets/roving";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

/** The selection after clicking option `i`. */
export function toggleSelection(selected: readonly number[], i: number, multi: boolean, required: boolean): number[] {
  const on = selected.includes(i);
  // `required`: the last selected option stays selected.
  if (multi) return on ? (required && selected.length === 1 ? [i] : selected.filter((s) => s !== i)) : [...selected, i];
  if (on) return required ? [i] : [];
  return [i];
}

export const button_group: ElementRenderer<"button_group"> = ({ node }) => {
  const { props } = node;
  const [selected, , commit] = useWidgetValue(node.id, props.value);
  const labelId = `${useId()}-label`;
  const multi = props.selection_mode === "multi";
  const kind = props.style;
  return (
    <WidgetFrame testId="stButtonGroup" className={`stButtonGroup st-${kind}`} chrome={props} labelId={labelId}>
      <div role="group" aria-labelledby={labelId} class={`button-group ${kind}`} onKeyDown={rovingKeyDown}>
        {props.options.map((option, i) => {
          const on = selected.includes(i);
          return (
            <button
              key={i}
              type="button"
              data-roving
              data-testid={`stBaseButton-${kind}${on ? "Active" : ""}`}
              class={`group-button${on ? " active" : ""}`}
              aria-pressed={on}
              tabIndex={tabStop(i, selected)}
              disabled={props.disabled}
              onClick={() => commit(toggleSelection(selected, i, multi, props.required))}
            >
              <OptionLabel text={option} />
            </button>
          );
        })}
      </div>
    </WidgetFrame>
  );
};
