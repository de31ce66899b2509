/**
 * A month calendar for date pickers: a grid of day buttons with one roving
 * tab stop. Arrows move by day/week, PageUp/PageDown by month, Home/End to
 * the week's ends, Enter/Space pick, Escape closes.
 *
 *   <Calendar selected={["2024-05-01"]} min="2014-05-01" max="2034-05-01" onPick={...} onClose={...} />
 */
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { ChevronLeft, ChevronRight } from "../icons";
import { addDays, addMonths, clampIso, longDate, monthGrid, monthTitle, toYmd, weekday } from "./dates";

type Props = {
  selected: readonly string[];
  /** Range mode: days between the two selected dates are highlighted. */
  range: boolean;
  min: string;
  max: string;
  /** The day that has keyboard focus when the calendar opens. */
  start: string;
  /** Move focus into the grid on mount (opened by keyboard). */
  focusOnMount: boolean;
  onPick: (iso: string) => void;
  onClose: () => void;
};

const WEEKDAYS = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];
const MOVES: Record<string, (iso: string) => string> = {
  ArrowLeft: (d) => addDays(d, -1),
  ArrowRight: (d) => addDays(d, 1),
  ArrowUp: (d) => addDays(d, -7),
  ArrowDown: (d) => addDays(d, 7),
  PageUp: (d) => addMonths(d, -1),
  PageDown: (d) => addMonths(d, 1),
  Home: (d) => addDays(d, -weekday(d)),
  End: (d) => addDays(d, 6 - weekday(d)),
};

export function Calendar(p: Props) {
  const [cursor, setCursor] = useState(clampIso(p.start, p.min, p.max));
  const grid = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(p.focusOnMount);
  const { y, m } = toYmd(cursor);
  const [lo, hi] = [p.selected[0], p.selected[p.selected.length - 1]];

  // Layout effect: focus must follow the cursor before the next key arrives.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    grid.current?.querySelector<HTMLButtonElement>("button[tabindex='0']")?.focus();
  }, [cursor]);

  const moveTo = (iso: string, focus: boolean) => {
    wantFocus.current = focus;
    setCursor(clampIso(iso, p.min, p.max));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      moveTo(move(cursor), true);
    } else if (e.key === "Escape") {
      e.preventDefault();
      p.onClose();
    }
  };
  const canPrev = addMonths(cursor, -1).slice(0, 7) >= p.min.slice(0, 7);
  const canNext = addMonths(cursor, 1).slice(0, 7) <= p.max.slice(0, 7);

  return (
    <div
      class="calendar"
      data-baseweb="calendar"
      role="dialog"
      aria-label="Choose a date"
      // Keep focus where it is (the text field) when clicking inside.
      onMouseDown={(e) => e.preventDefault()}
    >
      <div class="calendar-header">
        <button type="button" aria-label="Previous month" disabled={!canPrev} onClick={() => moveTo(addMonths(cursor, -1), false)}>
          <ChevronLeft size={16} />
        </button>
        <span class="calendar-title" aria-live="polite">
          {monthTitle(y, m)}
        </span>
        <button type="button" aria-label="Next month" disabled={!canNext} onClick={() => moveTo(addMonths(cursor, 1), false)}>
          <ChevronRight size={16} />
        </button>
      </div>
      <table role="grid" aria-label={monthTitle(y, m)} ref={grid} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" abbr={d}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(y, m).map((week, i) => (
            <tr key={i}>
              {week.map((iso, j) => {
                if (iso === null) return <td key={j} role="gridcell" />;
                const out = iso < p.min || iso > p.max;
                const chosen = p.selected.includes(iso);
                const between = p.range && lo !== undefined && hi !== undefined && iso > lo && iso < hi;
                return (
                  <td key={j} role="gridcell" aria-selected={chosen}>
                    <button
                      type="button"
                      class={`calendar-day${chosen ? " selected" : ""}${between ? " in-range" : ""}`}
                      tabIndex={iso === cursor ? 0 : -1}
                      aria-label={longDate(iso)}
                      aria-pressed={chosen}
                      disabled={out}
                      onClick={() => {
                        setCursor(iso);
                        p.onPick(iso);
                      }}
                    >
                      {toYmd(iso).d}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
