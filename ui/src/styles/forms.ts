/** st.form: a bordered, padded group (Streamlit draws a border by default). */
export const formsCss = `
.stForm { border: 1px solid transparent; border-radius: var(--st-radius); padding: 1rem; }
.stForm.bordered { border-color: var(--st-border); }
.stForm.scrolling { overflow-y: auto; }
.stFormSubmitButton { display: flex; align-items: center; gap: 0.25rem; }
.stFormSubmitButton.full-width .st-button { width: 100%; }
`;

/**
 * Label Markdown: images display like icons (font height). Material icons are
 * the name as a ligature in the Material Symbols face (registered on document,
 * see material.ts); a 1em box clips the name should the font be missing.
 */
export const labelsCss = `
.stWidgetLabel img, .st-button img { max-height: 1em; vertical-align: middle; }
.material-icon {
  font-family: "Material Symbols Rounded"; font-weight: normal; font-style: normal;
  font-size: 1.25em; line-height: 1; letter-spacing: normal; text-transform: none;
  display: inline-block; width: 1em; height: 1em; overflow: hidden; vertical-align: -0.2em;
  white-space: nowrap; word-wrap: normal; direction: ltr; user-select: none;
  font-feature-settings: "liga"; -webkit-font-smoothing: antialiased;
}
`;
