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

/** Whether `label` matches the typed `query` under a `filter_mode`. */
export function matches(label: string, query: string, mode: string | null = "fuzzy"): boolean {
  if (query === "" || mode === null) return true;
  if (mode === "case_sensitive") return label.includes(query);
  const l = label.toLowerCase();
  const q = query.toLowerCase();
  if (mode === "prefix") return l.startsWith(q);
  if (mode === "case_insensitive") return l.includes(q);
  // fuzzy: the query's characters appear in order, not necessarily adjacent.
  let at = 0;
  for (const ch of q) {
    at = l.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

const NEW = -1; // index of the "add typed text" entry
const ALL = -2; // index of the "Select all" entry

export function Combobox(p: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const excluded = new Set(p.exclude ?? []);
  const needle = query.trim();
  const matching = p.options
    .map((label, index) => ({ label, index }))
    .filter((o) => !excluded.has(o.index) && matches(o.label, needle, p.filterMode === undefined ? "fuzzy" : p.filterMode));
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
