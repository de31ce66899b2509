/** Date/time pickers, chat input and pagination. */
export const datetimeCss = `
.date-picker { position: relative; }
.calendar {
  position: absolute; z-index: 40; top: calc(100% + 0.25rem); left: 0; padding: 0.5rem; background: var(--st-bg);
  border-radius: var(--st-radius); box-shadow: 0 4px 16px rgba(0,0,0,0.16); user-select: none;
}
.calendar-header { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; margin-bottom: 0.25rem; }
.calendar-header button { display: inline-flex; padding: 0.3rem; border: none; border-radius: var(--st-radius); background: transparent;
  color: var(--st-text); cursor: pointer; }
.calendar-header button:disabled { color: var(--st-border); cursor: not-allowed; }
.calendar-title { font-weight: 600; }
.calendar table { border-collapse: collapse; }
.calendar th { width: 2.25rem; font-size: 0.75rem; font-weight: 400; color: var(--st-text-muted); }
.calendar td { padding: 1px; text-align: center; }
.calendar-day { width: 2.25rem; height: 2.25rem; border: none; border-radius: 50%; background: transparent; color: var(--st-text);
  font: inherit; cursor: pointer; }
.calendar-day:hover:not(:disabled) { background: var(--st-bg-secondary); }
.calendar-day:focus-visible { outline: 2px solid var(--st-primary); }
.calendar-day.in-range { background: var(--st-bg-secondary); border-radius: 0; }
.calendar-day.selected { background: var(--st-primary); color: #fff; }
.calendar-day:disabled { color: var(--st-border); cursor: not-allowed; }
.datetime-fields { display: flex; gap: 0.5rem; }
.datetime-fields > * { flex: 1; min-width: 0; }
.time-field .combobox-control { padding-right: 0.5rem; }
.stChatInput { width: 100%; }
.stChatInput.height-stretch, .stChatInput.height-stretch .chat-input-box { height: 100%; }
.chat-input-box textarea { align-self: stretch; }
.chat-input-box { display: flex; align-items: flex-end; gap: 0.25rem; padding: 0.25rem; border-radius: calc(var(--st-radius) * 2);
  background: var(--st-bg-secondary); border: 1px solid transparent; }
.chat-input-box:focus-within { border-color: var(--st-primary); }
.chat-input-box textarea { flex: 1; min-width: 0; padding: 0.5rem 0.75rem; border: none; outline: none; resize: none;
  background: transparent; color: var(--st-text); font: inherit; line-height: 1.4; }
.chat-input-send { display: inline-flex; padding: 0.5rem; border: none; border-radius: var(--st-radius); background: transparent;
  color: var(--st-primary); cursor: pointer; }
.chat-input-send:disabled { color: var(--st-border); cursor: not-allowed; }
.stPagination { display: inline-flex; align-items: center; gap: 0.25rem; }
.stPagination button { min-width: 2rem; height: 2rem; padding: 0 0.4rem; border: none; border-radius: var(--st-radius);
  background: transparent; color: var(--st-text); font: inherit; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; }
.stPagination button:hover:not(:disabled) { background: var(--st-bg-secondary); }
.stPagination button.current { background: var(--st-primary); color: #fff; }
.stPagination button:disabled { color: var(--st-border); cursor: not-allowed; }
.stPagination button.current:disabled { color: #fff; opacity: 0.6; }
.page-gap { padding: 0 0.25rem; color: var(--st-text-muted); }
.password-toggle { display: inline-flex; align-items: center; padding: 0 0.6rem; border: none; background: transparent;
  color: var(--st-text-muted); cursor: pointer; }
.input-icon { display: inline-flex; align-items: center; padding-left: 0.6rem; color: var(--st-text-muted); }
`;
