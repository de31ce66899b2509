/** st.form: a bordered, padded group (Streamlit draws a border by default). */
export const formsCss = `
.stForm { border: 1px solid transparent; border-radius: var(--st-radius); padding: 1rem; }
.stForm.bordered { border-color: var(--st-border); }
.stForm.scrolling { overflow-y: auto; }
.stFormSubmitButton { display: flex; align-items: center; gap: 0.25rem; }
.stFormSubmitButton.full-width .st-button { width: 100%; }
`;

/** Label Markdown: images display like icons (font height), material icons as glyphs. */
export const labelsCss = `
.stWidgetLabel img, .st-button img { max-height: 1em; vertical-align: middle; }
.material-icon { display: inline-block; min-width: 1em; text-align: center; line-height: 1; }
`;
