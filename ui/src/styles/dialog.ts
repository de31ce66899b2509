/** st.dialog (a modal over the app) and the fragment block (no box of its own). */
export const dialogCss = `
.stFragment { display: contents; }

.stDialogBackdrop {
  position: fixed; inset: 0; z-index: 900;
  display: flex; align-items: flex-start; justify-content: center;
  padding: 4rem 1rem; overflow-y: auto;
  background: rgba(49, 51, 63, 0.45);
}
.stDialogBackdrop.position-left { justify-content: flex-start; padding: 0; }
.stDialogBackdrop.position-right { justify-content: flex-end; padding: 0; }
.stDialog {
  max-width: calc(100vw - 2rem); min-width: 200px; box-sizing: border-box;
  padding: 1.5rem; border-radius: var(--st-radius);
  background: var(--st-bg); color: var(--st-text);
  box-shadow: 0 8px 32px rgba(0, 0, 0, 0.24);
  outline: none;
}
.position-left .stDialog, .position-right .stDialog {
  min-height: 100vh; max-width: 100vw; border-radius: 0; resize: horizontal; overflow: auto;
}
.dialog-header { display: flex; align-items: flex-start; gap: 0.5rem; margin-bottom: 1rem; }
.dialog-title { flex: 1; min-width: 0; font-size: 1.5rem; font-weight: 600; line-height: 1.3; }
.dialog-title > .user-icon, .dialog-title > .material-icon { margin-right: 0.5rem; }
.dialog-close {
  border: none; background: none; color: inherit; cursor: pointer;
  font-size: 1.5rem; line-height: 1; padding: 0.125rem 0.375rem; border-radius: 0.25rem; opacity: 0.7;
}
.dialog-close:hover, .dialog-close:focus-visible { opacity: 1; background: var(--st-bg-secondary); }
.dialog-body { display: flex; flex-direction: column; gap: 1rem; }
`;
