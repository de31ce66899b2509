/** The data grid (st.dataframe, st.data_editor): box, sticky header, pinned columns, toolbar. */
export const gridCss = `
.dfRoot { position: relative; font-size: 0.875rem; line-height: 1.3; }
.dfBox {
  position: relative; border: 1px solid var(--st-border-light); border-radius: var(--st-radius);
  overflow: hidden; background: var(--st-bg);
}
.dfScroll { position: absolute; inset: 0; overflow: auto; outline: none; overscroll-behavior: contain; }
.dfScroll:focus-visible { box-shadow: inset 0 0 0 2px var(--st-primary-soft); }
.dfCanvas { position: relative; }
.dfHeader, .dfRow { display: flex; }
.dfHeader { position: sticky; top: 0; z-index: 3; background: var(--st-bg-secondary); }
.dfRow { position: absolute; top: 0; left: 0; will-change: transform; }
.dfHeaderCell, .dfCell {
  flex: none; position: relative; display: flex; align-items: center; height: 100%;
  border-right: 1px solid var(--st-border-light); border-bottom: 1px solid var(--st-border-light);
  background: var(--st-bg); overflow: hidden;
}
.dfCell { padding: 0 0.5rem; white-space: nowrap; text-overflow: ellipsis; cursor: default; }
.dfCell.align-right { justify-content: flex-end; }
.dfCell.align-center { justify-content: center; }
.dfLead { flex: none; height: 100%; }
.dfHeaderCell { background: var(--st-bg-secondary); color: var(--st-text-muted); gap: 0.125rem; }
.dfPinned { position: sticky; z-index: 1; }
.dfHeaderCell.dfPinned { z-index: 4; }
.dfIndex { color: var(--st-text-muted); background: var(--st-bg-secondary); }
.dfPinned:not(.dfCheckCell) + :not(.dfPinned) { box-shadow: inset 1px 0 0 var(--st-border); }
.dfHeaderLabel {
  flex: 1; min-width: 0; height: 100%; display: flex; align-items: center; gap: 0.25rem; padding: 0 0.5rem;
  border: none; background: none; color: inherit; font: inherit; cursor: pointer; text-align: left;
}
.dfHeaderLabel.align-right { justify-content: flex-end; }
.dfHeaderLabel.align-center { justify-content: center; }
.dfHeaderText { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dfSortArrow, .dfSortButton { color: var(--st-text); }
.dfSortButton { flex: none; border: none; background: none; padding: 0 0.25rem; cursor: pointer; opacity: 0.4; font: inherit; }
.dfSortButton.active, .dfHeaderCell:hover .dfSortButton { opacity: 1; }
.dfResize { position: absolute; top: 0; right: -3px; width: 7px; height: 100%; cursor: col-resize; z-index: 2; touch-action: none; }
.dfResize:hover { background: var(--st-primary-soft); }
.dfCheckCell { justify-content: center; padding: 0; }
.dfCheckCell input { cursor: pointer; accent-color: var(--st-primary); }
.dfRow:hover .dfCell { background-image: linear-gradient(var(--st-border-light), var(--st-border-light)); }
.dfSelected, .dfRowSelected .dfCell { background-image: linear-gradient(var(--st-primary-soft), var(--st-primary-soft)); }
.dfHeaderCell.dfSelected { color: var(--st-text); }
.dfFocus { box-shadow: inset 0 0 0 2px var(--st-primary); }
.dfMatch { background-image: linear-gradient(rgba(255, 213, 0, 0.35), rgba(255, 213, 0, 0.35)); }
.dfMatchCurrent { background-image: linear-gradient(rgba(255, 164, 33, 0.7), rgba(255, 164, 33, 0.7)); }
.dfToolbar {
  position: absolute; right: 0; bottom: 100%; z-index: 5; display: flex; align-items: center; gap: 0.125rem;
  padding: 0.125rem; border-radius: var(--st-radius); background: var(--st-bg); opacity: 0; pointer-events: none;
}
.dfRoot:hover .dfToolbar, .dfRoot:focus-within .dfToolbar, .dfToolbar:has(.dfSearch) { opacity: 1; pointer-events: auto; }
.dfToolButton {
  display: inline-flex; padding: 0.25rem; border: none; border-radius: var(--st-radius);
  background: transparent; color: var(--st-text-muted); cursor: pointer;
}
.dfToolButton:hover, .dfToolButton[aria-pressed="true"] { color: var(--st-text); background: var(--st-border-light); }
.dfSearch { display: flex; align-items: center; gap: 0.5rem; }
.dfSearch input {
  width: 12rem; padding: 0.2rem 0.5rem; border: 1px solid var(--st-border); border-radius: var(--st-radius);
  background: var(--st-bg); color: var(--st-text); font: inherit;
}
.dfSearchCount { color: var(--st-text-muted); font-size: 0.75rem; white-space: nowrap; }
`;
