/** st.color_picker: a swatch opening a panel with a hex field and the native picker. */
import { useId, useState } from "preact/hooks";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** "#abc" -> "#aabbcc" (the native color input only takes six digits). */
export function longHex(hex: string): string {
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
}

export const color_picker: ElementRenderer<"color_picker"> = ({ node }) => {
  const { props } = node;
  const [value, , commit] = useWidgetValue(node.id, props.value);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const text = draft ?? value;
  const apply = () => {
    const typed = text.trim().startsWith("#") ? text.trim() : `#${text.trim()}`;
    if (HEX.test(typed)) commit(typed);
    setDraft(null);
  };
  return (
    <WidgetFrame testId="stColorPicker" chrome={props} labelFor={id}>
      <div class="color-picker">
        <button
          id={id}
          type="button"
          data-testid="stColorPickerBlock"
          class="color-swatch"
          style={{ backgroundColor: value }}
          aria-label={`${plainLabel(props)}: ${value}`}
          aria-expanded={open}
          disabled={props.disabled}
          onClick={() => setOpen(!open)}
        />
        {open ? (
          <div class="color-panel" role="dialog" aria-label={plainLabel(props)} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
            <input
              type="color"
              aria-label="Color"
              value={longHex(value)}
              disabled={props.disabled}
              onChange={(e) => commit(e.currentTarget.value)}
            />
            <input
              type="text"
              class="color-hex"
              aria-label="Hex"
              spellcheck={false}
              value={text}
              disabled={props.disabled}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") apply();
              }}
              onBlur={apply}
            />
          </div>
        ) : null}
      </div>
    </WidgetFrame>
  );
};
