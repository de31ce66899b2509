/** st.file_uploader's dropzone and file list, and st.chat_input's attach button and file chips. */
export const filesCss = `
.file-dropzone { display: flex; align-items: center; gap: 1rem; padding: 1rem; border-radius: var(--st-radius);
  background: var(--st-bg-secondary); border: 1px dashed transparent; }
.file-dropzone.dragging { border-color: var(--st-primary); background: var(--st-primary-soft); }
.file-dropzone.disabled { opacity: 0.55; }
.file-dropzone-icon { display: inline-flex; color: var(--st-text-muted); }
.file-dropzone-text { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.file-dropzone-text small { color: var(--st-text-muted); font-size: 0.8em; }
.file-browse { padding: 0.35rem 0.75rem; border: 1px solid var(--st-border); border-radius: var(--st-radius);
  background: var(--st-bg); color: var(--st-text); font: inherit; cursor: pointer; white-space: nowrap; }
.file-browse:hover:not(:disabled) { border-color: var(--st-primary); color: var(--st-primary); }
.file-browse:disabled { cursor: not-allowed; }
.file-list, .chat-files { list-style: none; margin: 0; padding: 0; }
.file-row { display: flex; align-items: center; gap: 0.6rem; padding: 0.4rem 0.25rem; }
.file-icon { display: inline-flex; color: var(--st-text-muted); }
.file-text { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.file-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.file-size { color: var(--st-text-muted); font-size: 0.8em; }
.file-error { color: var(--st-red); font-size: 0.8em; }
.file-status-error .file-icon { color: var(--st-red); }
.file-remove button { display: inline-flex; padding: 0.3rem; border: none; border-radius: var(--st-radius);
  background: transparent; color: var(--st-text-muted); cursor: pointer; }
.file-remove button:hover:not(:disabled) { background: var(--st-bg-secondary); color: var(--st-text); }
.chat-files { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.4rem; }
.chat-file { display: flex; align-items: center; gap: 0.4rem; max-width: 16rem; padding: 0.25rem 0.25rem 0.25rem 0.5rem;
  border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg); }
.chat-file.file-status-error { border-color: var(--st-red); }
.stChatInput.dragging .chat-input-box { border-color: var(--st-primary); }
.chat-input-attach { display: inline-flex; padding: 0.5rem; border: none; border-radius: var(--st-radius); background: transparent;
  color: var(--st-text-muted); cursor: pointer; }
.chat-input-attach:hover:not(:disabled) { color: var(--st-primary); }
.chat-input-attach:disabled { color: var(--st-border); cursor: not-allowed; }
`;
