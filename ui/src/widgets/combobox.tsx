/**
 * A filterable dropdown shared by selectbox and multiselect: an input with
 * role "combobox" and a listbox of options, driven by mouse or keyboard.
 *
 *   <Combobox options={["a", "b"]} exclude={[]} onPick={(i) => ...} ... />
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ChevronDown } from "../icons";

type Props = {
  id: string;
  options: readonly string[];
  /** Indices not offered (already chosen in a multiselect). */
  exclude?: readonly number[];
  /** Text shown in the input while it is closed (the selection). */
  display: string;
  placeholder: string;
  disabled: boolean;
  ariaLabel: string;
  onPick: (index: number) => void;
  /** Replaces the option list, e.g. "You can only select up to 2 options." */
  notice?: string | null;
  /** Before the input: the chips of a multiselect. */
  before?: ComponentChildren;
  /** After the input: clear buttons. */
  after?: ComponentChildren;
  /** Backspace in an empty input (removes the last chip). */
  onBackspace?: () => void;
  /** The option highlighted when the list opens (the current choice). */
  current?: number | null;
  /** How typed text filters options (Streamlit's `filter_mode`); null: no filtering. */
  filterMode?: string | null;
  /** `accept_new_options`: typed text that is not an option can be picked as a new value. */
  onCreate?: (text: string) => void;
  /** multiselect's `select_all`: the most selectable options that offer "Select all" (null: no limit). */
  selectAll?: number | null;
  /** Picks every listed option at once ("Select all" / "Select N matches"). */
  onPickMany?: (indices: number[]) => void;
};

/**
 * How well `label` matches the typed `query` under a `filter_mode`: null for
 * no match, else a score where lower is better (only "fuzzy" ranks; the other
 * modes keep the options' order).
 *
 * - "fuzzy": the query's characters appear in order; tight, early matches first.
 * - "contains": a case-insensitive substring.
 * - "prefix": a case-insensitive prefix.
 * - null: no filtering (typing is off).
 */
export function matchScore(label: string, query: string, mode: string | null = "fuzzy"): number | null {
  if (query === "" || mode === null) return 0;
  const l = label.toLowerCase();
  const q = query.toLowerCase();
  if (mode === "prefix") return l.startsWith(q) ? 0 : null;
  if (mode === "contains") return l.includes(q) ? 0 : null;
  const exact = l.indexOf(q);
  if (exact >= 0) return exact * 1e3 + Math.min(label.length, 999); // earlier, then shorter
  let at = -1;
  let first = -1;
  let gaps = 0;
  for (const ch of q) {
    const next = l.indexOf(ch, at + 1);
    if (next < 0) return null;
    if (first < 0) first = next;
    else gaps += next - at - 1;
    at = next;
  }
  // Any spread-out match ranks after every contiguous one; fewer gaps, then earlier, then shorter.
  return 1e9 + gaps * 1e6 + first * 1e3 + Math.min(label.length, 999);
}

/** Whether `label` matches `query` under `mode`. */
export function matches(label: string, query: string, mode: string | null = "fuzzy"): boolean {
  return matchScore(label, query, mode) !== null;
}

/** The options that match, best first for "fuzzy" (ties keep the given order). */
export function filterOptions<T extends { label: string }>(options: T[], query: string, mode: string | null): T[] {
  const scored = options
    .map((option, order) => ({ option, order, score: matchScore(option.label, query, mode) }))
    .filter((o): o is { option: T; order: number; score: number } => o.score !== null);
  if (mode === "fuzzy" && query !== "") scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.map((o) => o.option);
}

const NEW = -1; // index of the "add typed text" entry
const ALL = -2; // index of the "Select all" entry

export function Combobox(p: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const excluded = new Set(p.exclude ?? []);
  const needle = query.trim();
  const mode = p.filterMode === undefined ? "fuzzy" : p.filterMode;
  const matching = filterOptions(
    p.options.map((label, index) => ({ label, index })).filter((o) => !excluded.has(o.index)),
    needle,
    mode,
  );
  const canCreate = p.onCreate !== undefined && needle !== "" && !p.options.includes(needle);
  // Select all: two or more selectable options, no more than the select_all limit.
  const limit = p.selectAll === undefined ? 0 : p.selectAll;
  const bulk = p.onPickMany !== undefined && matching.length >= 2 && (limit === null || matching.length <= limit);
  const bulkEntry = { label: needle ? `Select ${matching.length} matches` : "Select all", index: ALL };
  const listed = bulk ? [bulkEntry, ...matching] : matching;
  const visible = canCreate ? [{ label: `Add: ${needle}`, index: NEW }, ...listed] : listed;
  const listId = `${p.id}-list`;

  const openList = () => {
    if (open) return;
    const at = visible.findIndex((o) => o.index === p.current);
    setActive(Math.max(at, 0));
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setQuery("");
    setActive(0);
  };
  const pick = (index: number) => {
    if (index === NEW) p.onCreate?.(needle);
    else if (index === ALL) p.onPickMany?.(matching.map((o) => o.index));
    else p.onPick(index);
    close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openList();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(visible.length - 1, 0)));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      const option = visible[active];
      if (option && !p.notice) pick(option.index);
    } else if (e.key === "Escape") {
      close();
    } else if (e.key === "Backspace" && query === "") {
      p.onBackspace?.();
    }
  };

  return (
    <div class={`combobox${open ? " open" : ""}${p.disabled ? " disabled" : ""}`} data-baseweb="select">
      <div class="combobox-control" onMouseDown={(e) => !p.disabled && e.target === e.currentTarget && (open ? close() : openList())}>
        {p.before}
        <input
          id={p.id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-label={p.ariaLabel}
          autocomplete="off"
          disabled={p.disabled}
          // filter_mode=None: the list opens and is walked with the keyboard, but typing is off.
          readOnly={mode === null}
          value={open ? query : p.display}
          placeholder={open && p.display ? p.display : p.placeholder}
          onFocus={openList}
          onClick={openList}
          onBlur={close}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {p.after}
        <span class="combobox-chevron" aria-hidden="true">
          <ChevronDown size={16} />
        </span>
      </div>
      {open ? (
        <ul role="listbox" id={listId} data-testid="stSelectboxVirtualDropdown" class="combobox-list">
          {p.notice ? <li class="combobox-empty">{p.notice}</li> : null}
          {!p.notice && visible.length === 0 ? <li class="combobox-empty">No results</li> : null}
          {p.notice
            ? null
            : visible.map((o, i) => (
                <li
                  key={o.index}
                  role="option"
                  aria-selected={i === active}
                  class={`${i === active ? "active" : ""}${o.index === NEW ? " combobox-new" : ""}`.trim() || undefined}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(o.index);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  {o.label}
                </li>
              ))}
        </ul>
      ) : null}
    </div>
  );
}
