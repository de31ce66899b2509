/** App chrome: the main column, sidebar, header, boot screens. */
export const layoutCss = `
.stApp { position: relative; min-height: 100%; background: var(--st-bg); }
.stHeader { position: sticky; top: 0; z-index: 20; height: 0; }
.stStatusWidget {
  position: absolute; top: 0.5rem; right: 0.75rem; display: flex; align-items: center; gap: 0.5rem;
  padding: 0.25rem 0.5rem; border-radius: var(--st-radius); background: var(--st-bg);
  font-size: 0.875rem; color: var(--st-text-muted); box-shadow: 0 1px 3px rgba(0,0,0,0.08);
}
.status-stop { border: 1px solid var(--st-border); background: transparent; border-radius: 0.25rem;
  padding: 0 0.5rem; font: inherit; color: var(--st-text); cursor: pointer; }
.stAppViewContainer { display: flex; align-items: stretch; min-height: inherit; }
.stMain { position: relative; flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; }
.stMainBlockContainer { width: 100%; max-width: var(--st-main-width); margin: 0 auto; padding: 4rem 1rem 6rem; flex: 1 0 auto; }
.stMainBlockContainer.wide { max-width: none; padding-left: 5rem; padding-right: 5rem; }
.stBottom { position: sticky; bottom: 0; background: var(--st-bg); z-index: 10; }
.stBottomBlockContainer { max-width: var(--st-main-width); margin: 0 auto; padding: 1rem 1rem 3.5rem; }
.stBottomBlockContainer.wide { max-width: none; padding-left: 5rem; padding-right: 5rem; }
.stSidebar {
  position: relative; flex: none; width: var(--st-sidebar-width); min-width: 244px; max-width: 336px;
  background: var(--st-bg-secondary); transition: margin-left 0.3s, visibility 0.3s;
}
.stSidebar.collapsed { margin-left: calc(-1 * var(--st-sidebar-width)); visibility: hidden; }
.stSidebarContent { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
.stSidebarHeader { display: flex; justify-content: flex-end; padding: 1rem 1rem 0; }
.stSidebarUserContent { padding: 1rem 1.5rem 4rem; }
/* On the grey sidebar, fields are white (Streamlit's look). */
.stSidebar .input-box, .stSidebar .combobox-control, .stSidebar .slider-track { background: var(--st-bg); }
.stSidebarCollapsedControl { position: absolute; top: 0.75rem; left: 0.75rem; z-index: 5; }
@media (max-width: 767px) {
  .stSidebar:not(.collapsed) { position: absolute; z-index: 30; height: 100%; box-shadow: 0 0 2rem rgba(0,0,0,0.15); }
  .stMainBlockContainer.wide { padding-left: 1rem; padding-right: 1rem; }
}
.stVerticalBlock { display: flex; flex-direction: column; gap: 1rem; min-width: 0; width: 100%; }
.stHorizontalBlock { display: flex; flex-direction: row; flex-wrap: wrap; gap: 1rem; width: 100%; }
.stHorizontalBlock.columns { flex-wrap: nowrap; }
.stColumn { display: flex; flex-direction: column; min-width: 0; }
.stColumn.bordered, .stHorizontalBlock.columns.bordered > .stColumn,
.stVerticalBlockBorderWrapper.bordered {
  border: 1px solid var(--st-border); border-radius: var(--st-radius); padding: 1rem;
}
.stVerticalBlockBorderWrapper.scrolling { overflow-y: auto; }
@media (max-width: 640px) {
  .stHorizontalBlock.columns:not(.nowrap) { flex-wrap: wrap; }
  .stHorizontalBlock.columns:not(.nowrap) > .stColumn { flex: 1 1 100% !important; }
}
.stElementContainer { position: relative; min-width: 0; transition: opacity 0.1s; }
/* Fade only after a pause, so quick reruns do not flicker; un-fade at once. */
.stElementContainer[data-stale="true"] { opacity: 0.33; transition: opacity 0.4s ease-in 0.5s; }
.stElementContainer.empty { display: none; }
.boot-screen { max-width: 28rem; margin: 6rem auto; padding: 0 1rem; }
.boot-card { display: flex; align-items: center; gap: 1rem; margin-bottom: 1rem; }
.boot-stage { font-weight: 600; }
.boot-message { color: var(--st-text-muted); font-size: 0.875rem; }
.boot-error { max-width: var(--st-main-width); margin: 4rem auto 1rem; padding: 0 1rem; }
.boot-error-title { margin-bottom: 0.5rem; }
.boot-error-stage { color: var(--st-text-muted); }
.boot-error pre { white-space: pre-wrap; font-family: var(--st-font-mono); font-size: 0.8rem; }
.protocol-errors { max-width: var(--st-main-width); margin: 1rem auto; }
.protocol-errors code, .slot-errors code { font-size: 0.8rem; white-space: pre-wrap; }
.slot-errors { margin: 0.25rem 0 0; padding-left: 1.25rem; }
`;
