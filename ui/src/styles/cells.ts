/** Read-only cells of the data grid and st.table (ui/src/data/cells.tsx), and st.table itself. */
export const cellsCss = `
.stCellPlaceholder { color: var(--st-text-muted); }
.stCellCheckbox { display: inline-flex; align-items: center; justify-content: center; width: 1rem; height: 1rem; box-sizing: border-box;
  border: 1px solid var(--st-border); border-radius: 0.25rem; vertical-align: middle; color: #fff; }
.stCellCheckbox.checked { background: var(--st-primary); border-color: var(--st-primary); }
.stCellChips { display: inline-flex; gap: 0.25rem; flex-wrap: nowrap; overflow: hidden; vertical-align: middle; max-width: 100%; }
.stCellChip { flex: none; padding: 0 0.5rem; border-radius: 0.75rem; border: 1px solid transparent; line-height: 1.375rem;
  font-size: 0.875em; white-space: nowrap; background: var(--st-bg-secondary); }
.stCellLink { color: var(--st-link); text-decoration: underline; }
.stCellImage { display: inline-block; max-height: 100%; height: 1.75rem; max-width: 100%; object-fit: contain; vertical-align: middle; }
.stCellAudio { height: 1.75rem; max-width: 100%; vertical-align: middle; }
.stCellVideo { height: 1.75rem; max-width: 100%; vertical-align: middle; }
.stCellProgress { display: inline-flex; align-items: center; gap: 0.5rem; width: 100%; vertical-align: middle; }
.stCellProgressTrack { flex: 1 1 auto; min-width: 2rem; height: 0.375rem; border-radius: 0.25rem; background: var(--st-bg-secondary); overflow: hidden; }
.stCellProgressFill { display: block; height: 100%; border-radius: 0.25rem; }
.stCellProgressText { flex: none; font-variant-numeric: tabular-nums; }
.stCellChart { display: inline-block; width: 100%; height: 1.5rem; vertical-align: middle; overflow: visible; }
.stCellMarkdown p { margin: 0; }
.stCellJson { font-family: var(--st-font-mono); font-size: 0.875em; white-space: nowrap; }
.stCellButton { font: inherit; font-size: 0.875em; padding: 0 0.5rem; line-height: 1.5rem; border: 1px solid var(--st-border);
  border-radius: var(--st-radius); background: var(--st-bg); color: var(--st-text); cursor: pointer; }
.stCellButton:not(.inert):hover { border-color: var(--st-primary); color: var(--st-primary); }
.stCellButton.primary { background: var(--st-primary); border-color: var(--st-primary); color: #fff; }
.stCellButton.primary:not(.inert):hover { color: #fff; filter: brightness(0.92); }
.stCellButton.tertiary { background: transparent; border-color: transparent; }
.stCellButton.inert { cursor: default; opacity: 0.55; }
.stTableContainer { max-width: 100%; overflow-x: auto; }
.stTable { border-collapse: collapse; width: 100%; font-size: 0.875rem; color: var(--st-text); }
.stElementContainer.width-content .stTable { width: auto; }
.stTable th, .stTable td { padding: 0.25rem 0.375rem; vertical-align: middle; border: 1px solid var(--st-border-light); }
.stTable thead th { font-weight: 400; color: var(--st-text-muted); border-bottom-color: var(--st-border); }
.stTable th.index { font-weight: 400; color: var(--st-text-muted); }
.stTable .align-right { text-align: right; }
.stTable .align-center { text-align: center; }
.stTable .align-left { text-align: left; }
.stTable .stMarkdownContainer p { margin: 0; }
.stTableContainer.border-none th, .stTableContainer.border-none td { border: none; }
.stTableContainer.border-horizontal th, .stTableContainer.border-horizontal td { border-left: none; border-right: none; }
.stTableContainer.border-horizontal thead th { border-top: none; }
.stTableContainer.border-horizontal tbody tr:last-child > * { border-bottom: none; }
`;
