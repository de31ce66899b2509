/** st.help: a bordered box; the docstring keeps its line breaks; members scroll. */
export const helpCss = `
.stHelp { border: 1px solid var(--st-border); border-radius: var(--st-radius); padding: 0.75rem 1rem; font-size: 0.875rem; overflow: hidden; }
.stHelp .help-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; margin-bottom: 0.5rem; }
.stHelp .help-name { font-weight: 600; }
.stHelp .help-type { color: var(--st-text-muted); font-style: italic; }
.stHelp .help-value { overflow-wrap: anywhere; }
.stHelp .help-doc { margin: 0; white-space: pre-wrap; font-family: var(--st-font-mono); font-size: 0.8125rem; max-height: 20rem; overflow: auto; }
.stHelp .help-members { margin-top: 0.75rem; max-height: 20rem; overflow: auto; }
.stHelp table { border-collapse: collapse; width: 100%; }
.stHelp td { padding: 0.25rem 0.5rem; vertical-align: top; border-top: 1px solid var(--st-border-light); }
.stHelp .help-member-name { white-space: nowrap; }
.stHelp .help-member-type { margin-left: 0.5rem; color: var(--st-text-muted); font-style: italic; }
.stHelp .help-member-doc code { overflow-wrap: anywhere; }
`;
