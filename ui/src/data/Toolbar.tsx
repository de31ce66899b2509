/**
 * The toolbar shown over a grid on hover or focus: search and CSV download.
 * The search box highlights matches; Enter goes to the next one
 * (Shift+Enter to the previous), Escape closes it.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

export interface SearchBoxState {
  open: boolean;
  query: string;
  current: number; // index into matches, -1 for none
  count: number;
  truncated: boolean;
}

export interface ToolbarProps {
  search: SearchBoxState;
  onSearchOpen(open: boolean): void;
  onQuery(query: string): void;
  onStep(backwards: boolean): void;
  onDownload(): void;
  /** Buttons shown before search (data_editor's row actions). */
  actions?: ComponentChildren;
}

export function Toolbar(p: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (p.search.open) input.current?.focus();
  }, [p.search.open]);
  const { count, current, truncated } = p.search;
  return (
    <div data-testid="stElementToolbar" class="dfToolbar" role="toolbar" aria-label="Table tools">
      {p.actions}
      {p.search.open ? (
        <div class="dfSearch" data-testid="stDataFrameSearch">
          <input
            ref={input}
            type="search"
            aria-label="Search"
            placeholder="Search…"
            value={p.search.query}
            onInput={(e) => p.onQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                p.onStep(e.shiftKey);
              } else if (e.key === "Escape") {
                e.preventDefault();
                p.onSearchOpen(false);
              }
            }}
          />
          <span class="dfSearchCount" aria-live="polite">
            {p.search.query.trim() === "" ? "" : count === 0 ? "No results" : `${current + 1} of ${count}${truncated ? "+" : ""}`}
          </span>
        </div>
      ) : null}
      <button
        type="button"
        data-testid="stElementToolbarButton"
        class="dfToolButton"
        aria-label={p.search.open ? "Close search" : "Search"}
        aria-pressed={p.search.open}
        onClick={() => p.onSearchOpen(!p.search.open)}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M15 15l5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
      <button type="button" data-testid="stElementToolbarButton" class="dfToolButton" aria-label="Download as CSV" onClick={p.onDownload}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="M12 4v11m-5-5l5 5 5-5M5 20h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
    </div>
  );
}
