/** st.data_editor: cell editors, their popups, the add-row control. Injected by the lazy renderer (a <style> in the shadow root), so the entry bundle does not carry it. */
export const dataEditorCss = `
.stDataEditorInput {
  width: 100%; height: 100%; min-width: 0; margin: 0 -0.5rem; padding: 0 0.5rem; box-sizing: content-box;
  border: none; outline: 2px solid var(--st-primary); outline-offset: -2px; background: var(--st-bg);
  color: var(--st-text); font: inherit;
}
.stDataEditorInput.invalid, .stDataEditorInput[aria-invalid="true"] { outline-color: var(--st-red); }
.stDataEditorMulti { width: 100%; height: 100%; display: flex; }
.stDataEditorPopup {
  position: fixed; z-index: 1000; display: flex; flex-direction: column; gap: 0.25rem; max-width: 24rem;
  padding: 0.375rem 0.5rem; border: 1px solid var(--st-border); border-radius: var(--st-radius);
  background: var(--st-bg); color: var(--st-text); font-size: 0.8125rem; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.12);
}
.stDataEditorPopup[role="alert"] { border-color: var(--st-red); color: var(--st-red); display: block; }
.stDataEditorNotice { margin-top: 0.25rem; color: var(--st-red); font-size: 0.8125rem; }
.stDataEditorHint { color: var(--st-text-muted); }
.stDataEditorError { color: var(--st-red); }
.stDataEditorOption { display: flex; align-items: center; gap: 0.375rem; cursor: pointer; }
.stDataEditorActions { display: flex; justify-content: flex-end; gap: 0.25rem; }
.stDataEditorActions button {
  padding: 0.125rem 0.5rem; border: 1px solid var(--st-border); border-radius: var(--st-radius);
  background: var(--st-bg); color: var(--st-text); font: inherit; cursor: pointer;
}
.stDataEditorActions button.primary { border-color: var(--st-primary); color: var(--st-primary); }
.dfToolbar:has(.dfRowDelete) { opacity: 1; pointer-events: auto; }
.stDataEditorAddRow {
  display: flex; align-items: center; gap: 0.25rem; width: 100%; margin-top: -1px; padding: 0.25rem 0.5rem;
  border: 1px dashed var(--st-border-light); border-radius: 0 0 var(--st-radius) var(--st-radius);
  background: transparent; color: var(--st-text-muted); font: inherit; font-size: 0.875rem; cursor: pointer;
}
.stDataEditorAddRow:hover { color: var(--st-text); background: var(--st-bg-secondary); }
`;
