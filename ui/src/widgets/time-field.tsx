/**
 * A time field: type a time ("9:30", "21:45", "9:30 pm") or pick one from a
 * list at `step` increments. Enter commits the typed text, or the highlighted
 * option when the text is not a time. Shared by time_input and datetime_input.
 *
 *   <TimeField id={id} value="13:45" step={900} format="24h" onCommit={...} />
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { displayTime, parseTime, timeOptions, timeToSeconds } from "./dates";

type Props = {
  id: string;
  value: string | null;
  step: number;
  format: "24h" | "12h";
  disabled: boolean;
  ariaLabel: string;
  testId: string;
  onCommit: (time: string) => void;
};

export function TimeField(p: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const options = timeOptions(p.step);
  const nearest = () => {
    if (p.value === null) return 0;
    const at = Math.floor(timeToSeconds(p.value) / Math.max(p.step, 60));
    return Math.min(at, options.length - 1);
  };
  const [active, setActive] = useState(nearest);
  const list = useRef<HTMLUListElement>(null);
  const listId = `${p.id}-times`;

  useEffect(() => {
    if (open) list.current?.querySelector(".active")?.scrollIntoView?.({ block: "nearest" });
  }, [open, active]);

  const openList = () => {
    if (p.disabled || open) return;
    setActive(nearest());
    setOpen(true);
  };
  const finish = (time: string | null) => {
    setDraft(null);
    setOpen(false);
    if (time !== null) p.onCommit(time);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openList();
      const delta = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + delta + options.length) % options.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const typed = draft === null ? null : parseTime(draft);
      finish(typed ?? (open ? (options[active] ?? null) : null));
    } else if (e.key === "Escape") {
      setDraft(null);
      setOpen(false);
    }
  };

  return (
    <div class={`combobox time-field${open ? " open" : ""}${p.disabled ? " disabled" : ""}`} data-testid={p.testId}>
      <div class="combobox-control">
        <input
          id={p.id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-label={p.ariaLabel}
          autocomplete="off"
          disabled={p.disabled}
          value={draft ?? (p.value === null ? "" : displayTime(p.value, p.format))}
          placeholder={p.format === "12h" ? "h:mm AM" : "HH:mm"}
          onClick={openList}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => finish(draft === null ? null : parseTime(draft))}
        />
      </div>
      {open ? (
        <ul role="listbox" id={listId} ref={list} class="combobox-list">
          {options.map((t, i) => (
            <li
              key={t}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={t === p.value}
              class={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                finish(t);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {displayTime(t, p.format)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
