/**
 * st.multiselect: chips plus a dropdown; answers with indices in selection order.
 * With accept_new_options an entry may be typed text (a string).
 */
import { useId } from "preact/hooks";
import { CloseIcon } from "../icons";
import { Combobox } from "../widgets/combobox";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const multiselect: ElementRenderer<"multiselect"> = ({ node }) => {
  const { props } = node;
  const [selected, , commit] = useWidgetValue(node.id, props.value);
  const id = useId();
  const max = props.max_selections;
  const full = max !== null && selected.length >= max;
  const remove = (entry: number | string) => commit(selected.filter((i) => i !== entry));
  const picked = selected.filter((i): i is number => typeof i === "number");
  const chips = selected.map((i) => {
    const label = typeof i === "string" ? i : (props.options[i] ?? String(i));
    return (
      <span key={i} data-baseweb="tag" class="chip">
        <span class="chip-text" title={label}>
          {label}
        </span>
        {props.disabled ? null : (
          <span
            role="button"
            tabIndex={-1}
            aria-label={`Delete ${label}`}
            class="chip-remove"
            onMouseDown={(e) => {
              e.preventDefault();
              remove(i);
            }}
          >
            <CloseIcon size={12} />
          </span>
        )}
      </span>
    );
  });
  const clear =
    selected.length > 0 && !props.disabled ? (
      <span
        role="button"
        tabIndex={-1}
        aria-label="Clear all"
        class="combobox-clear"
        onMouseDown={(e) => {
          e.preventDefault();
          commit([]);
        }}
      >
        <CloseIcon size={14} />
      </span>
    ) : null;
  return (
    <WidgetFrame testId="stMultiSelect" chrome={props} labelFor={id}>
      <Combobox
        id={id}
        options={props.options}
        exclude={picked}
        display=""
        placeholder={selected.length ? "" : props.options.length || props.accept_new_options ? props.placeholder : "No options to select."}
        disabled={props.disabled || (props.options.length === 0 && !props.accept_new_options)}
        ariaLabel={plainLabel(props)}
        notice={full ? `You can only select up to ${max} option${max === 1 ? "" : "s"}. Remove an option first.` : null}
        filterMode={props.filter_mode}
        onCreate={props.accept_new_options ? (text) => selected.includes(text) || commit([...selected, text]) : undefined}
        onPick={(i) => commit([...selected, i])}
        selectAll={props.select_all}
        // max_selections still caps a bulk pick.
        onPickMany={(indices) => commit([...selected, ...indices].slice(0, max ?? undefined))}
        onBackspace={() => {
          const last = selected[selected.length - 1];
          if (last !== undefined) remove(last);
        }}
        before={chips}
        after={clear}
      />
    </WidgetFrame>
  );
};
