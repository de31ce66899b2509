/** st.menu_button: a button opening a menu; the chosen index is a one-run trigger. */
import { useId, useRef, useState } from "preact/hooks";
import { ChevronDown } from "../icons";
import { ButtonContent, fillsContainer } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import { OptionLabel } from "../widgets/option-label";
import type { ElementRenderer } from "./types";

export const menu_button: ElementRenderer<"menu_button"> = ({ node }) => {
  const { props, id } = node;
  const { send } = useWidgetHost();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const count = props.options.length;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (i: number) => {
    close();
    if (id !== null && !props.disabled) send({ id, value: i, trigger: true });
  };
  const show = (at: number) => {
    setActive(at);
    setOpen(true);
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      show(e.key === "ArrowDown" ? 0 : count - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (e.key in moves) {
      e.preventDefault();
      setActive((a) => (a + (moves[e.key] ?? 0) + count) % count);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      choose(active);
    } else if (e.key === "Escape" || e.key === "Tab") {
      close();
    }
  };
  return (
    <div data-testid="stMenuButton" class={`stMenuButton${fillsContainer(props.width) ? " full-width" : ""}`}>
      <button
        ref={button}
        type="button"
        data-testid={`stBaseButton-${props.type}`}
        class={`st-button st-button-${props.type}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={props.disabled}
        onClick={() => (open ? close() : show(0))}
        onKeyDown={onButtonKey}
      >
        <ButtonContent icon={props.icon} label={props.label} wrap={props.wrap} />
        <ChevronDown size={14} />
      </button>
      {props.help ? <HelpIcon text={props.help} /> : null}
      {open ? (
        <ul
          id={menuId}
          role="menu"
          class="menu-list"
          tabIndex={-1}
          aria-activedescendant={`${menuId}-${active}`}
          ref={(el) => el?.focus()}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {props.options.map((option, i) => (
            <li
              key={i}
              id={`${menuId}-${i}`}
              role="menuitem"
              class={i === active ? "active" : undefined}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
            >
              <OptionLabel text={option} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};
