/** Selection widgets: pills, segmented control, feedback, color picker, menu button. */
export const selectionCss = `
.button-group { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.button-group.segmented_control { gap: 0; flex-wrap: nowrap; width: fit-content; }
.group-button {
  display: inline-flex; align-items: center; gap: 0.25rem; min-height: 2rem; padding: 0.25rem 0.75rem;
  border: 1px solid var(--st-border); background: var(--st-bg); color: var(--st-text); font: inherit; cursor: pointer;
}
.group-button p { margin: 0; }
.pills .group-button { border-radius: 2rem; }
.segmented_control .group-button { border-radius: 0; margin-left: -1px; }
.segmented_control .group-button:first-child { border-radius: var(--st-radius) 0 0 var(--st-radius); margin-left: 0; }
.segmented_control .group-button:last-child { border-radius: 0 var(--st-radius) var(--st-radius) 0; }
.group-button:hover:not(:disabled) { border-color: var(--st-primary); color: var(--st-primary); z-index: 1; }
.group-button.active { border-color: var(--st-primary); color: var(--st-primary); background: rgba(255, 75, 75, 0.08); z-index: 1; }
.group-button:focus-visible, .feedback-button:focus-visible, .color-swatch:focus-visible {
  outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); z-index: 2;
}
.group-button:disabled, .feedback-button:disabled { cursor: not-allowed; color: var(--st-text-muted); }
.feedback-group { display: flex; gap: 0.25rem; }
.feedback-button { border: none; background: transparent; font-size: 1.25rem; line-height: 1; padding: 0.25rem; border-radius: var(--st-radius);
  cursor: pointer; filter: grayscale(1); opacity: 0.6; }
.feedback-button.lit, .feedback-button:hover:not(:disabled) { filter: none; opacity: 1; }
.feedback-stars .feedback-button { color: var(--st-text-muted); filter: none; }
.feedback-stars .feedback-button.lit { color: #faca2b; }
.color-picker { position: relative; width: fit-content; }
.color-swatch { width: 2.5rem; height: 2.5rem; border-radius: var(--st-radius); border: 1px solid var(--st-border); cursor: pointer; }
.color-swatch:disabled { cursor: not-allowed; opacity: 0.5; }
.color-panel { position: absolute; z-index: 40; top: calc(100% + 0.25rem); left: 0; display: flex; gap: 0.5rem; align-items: center;
  padding: 0.5rem; background: var(--st-bg); border-radius: var(--st-radius); box-shadow: 0 4px 16px rgba(0,0,0,0.16); }
.color-panel input[type=color] { width: 2.5rem; height: 2rem; padding: 0; border: none; background: none; }
.color-hex { width: 6rem; padding: 0.35rem 0.5rem; border: 1px solid var(--st-border); border-radius: var(--st-radius); font: inherit; }
.stMenuButton { position: relative; display: flex; align-items: center; gap: 0.25rem; width: fit-content; }
.menu-list { position: absolute; z-index: 40; top: calc(100% + 0.25rem); left: 0; min-width: 10rem; margin: 0; padding: 0.25rem 0;
  list-style: none; background: var(--st-bg); border-radius: var(--st-radius); box-shadow: 0 4px 16px rgba(0,0,0,0.16); outline: none; }
.menu-list li { padding: 0.4rem 0.75rem; cursor: pointer; }
.menu-list li p { margin: 0; }
.menu-list li.active { background: var(--st-bg-secondary); }
.combobox-list li.combobox-new { font-style: italic; }
`;
