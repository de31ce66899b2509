/**
 * A date field in one of Streamlit's formats with a calendar popup, for one
 * date or a range. Typing commits on Enter or blur; a range commits once both
 * ends are chosen (or with one end when the calendar closes).
 *
 *   <DateField id={id} value={["2024-05-01"]} isRange={false} min=... max=... format="YYYY/MM/DD" onCommit={...} />
 */
import { useRef, useState } from "preact/hooks";
import { Calendar } from "./calendar";
import { formatDate, parseDate, todayIso } from "./dates";

const RANGE_SEP = " – ";

type Props = {
  id: string;
  value: readonly string[];
  isRange: boolean;
  min: string;
  max: string;
  format: string;
  disabled: boolean;
  ariaLabel: string;
  /** The first end of a range, shown before it is committed. */
  onLocal: (dates: string[]) => void;
  onCommit: (dates: string[]) => void;
};

export function DateField(p: Props) {
  const [open, setOpen] = useState<null | "mouse" | "keyboard">(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const shown = p.value.map((d) => formatDate(d, p.format)).join(RANGE_SEP);
  const placeholder = p.isRange ? `${p.format}${RANGE_SEP}${p.format}` : p.format;

  const close = () => {
    if (pending !== null) p.onCommit([pending]);
    setPending(null);
    setOpen(null);
  };
  const pick = (iso: string) => {
    setDraft(null);
    if (!p.isRange) {
      p.onCommit([iso]);
      setOpen(null);
    } else if (pending === null) {
      setPending(iso);
      p.onLocal([iso]);
    } else {
      p.onCommit([pending, iso].sort());
      setPending(null);
      setOpen(null);
    }
  };
  const commitDraft = () => {
    if (draft === null) return;
    setDraft(null);
    const parts = draft.trim() === "" ? [] : draft.split(/\s+[–—-]\s+|\s*–\s*/);
    const dates = parts.map((t) => parseDate(t, p.format));
    const valid = dates.every((d): d is string => d !== null && d >= p.min && d <= p.max);
    const count = p.isRange ? dates.length <= 2 : dates.length === 1;
    if (valid && count) p.onCommit(dates.sort());
  };

  return (
    <div
      class="date-picker"
      onFocusOut={(e) => {
        // Leaving the widget (not moving between field and calendar) closes it.
        const next = e.relatedTarget as Node | null;
        if (!next || !(e.currentTarget as HTMLElement).contains(next)) {
          commitDraft();
          if (open) close();
        }
      }}
    >
      <div class={`input-box${open ? " focused" : ""}`} data-baseweb="input">
        <input
          id={p.id}
          ref={input}
          type="text"
          value={draft ?? shown}
          placeholder={placeholder}
          disabled={p.disabled}
          aria-label={p.ariaLabel}
          aria-haspopup="dialog"
          aria-expanded={open !== null}
          autocomplete="off"
          onClick={() => !p.disabled && setOpen((o) => o ?? "mouse")}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commitDraft();
              if (open) close();
            } else if (e.key === "ArrowDown") {
              e.preventDefault();
              setOpen("keyboard");
            } else if (e.key === "Escape" && open) {
              close();
            }
          }}
        />
      </div>
      {open ? (
        <Calendar
          selected={p.value}
          range={p.isRange}
          min={p.min}
          max={p.max}
          start={p.value[p.value.length - 1] ?? todayIso()}
          focusOnMount={open === "keyboard"}
          onPick={pick}
          onClose={() => {
            close();
            input.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
