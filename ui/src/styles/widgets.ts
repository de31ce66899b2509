/** Widgets: labels, buttons, inputs, selection controls, sliders. */
export const widgetsCss = `
.stWidget { display: flex; flex-direction: column; min-width: 0; }
.stWidget.disabled { cursor: not-allowed; }
.stWidgetLabel { display: flex; align-items: center; min-height: 1.5rem; margin-bottom: 0.25rem; font-size: 0.875rem; }
.stWidgetLabel.label-hidden { visibility: hidden; }
.stWidgetLabel.label-collapsed { display: none; }
.stWidgetLabel.disabled, .stWidget.disabled .check-row, .stWidget.disabled .radio-option { color: var(--st-text-muted); }
.stButton { display: flex; align-items: center; gap: 0.25rem; }
.stButton.full-width .st-button, .stMenuButton.full-width .st-button { width: 100%; }
/* wrap=False: labels stay on one line, cut with an ellipsis. */
.button-label { min-width: 0; }
.button-label.nowrap, .stWidgetLabel.nowrap { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.st-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 0.25rem;
  min-height: 2.5rem; padding: 0.25rem 0.75rem; border-radius: var(--st-radius); border: 1px solid var(--st-border);
  background: var(--st-bg); color: var(--st-text); font: inherit; line-height: 1.6; cursor: pointer; user-select: none;
}
.st-button p { margin: 0; }
.st-button:hover:not(:disabled) { border-color: var(--st-primary); color: var(--st-primary); }
.st-button:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
.st-button:disabled { cursor: not-allowed; color: var(--st-text-muted); border-color: var(--st-border-light); }
.st-button-primary { background: var(--st-primary); border-color: var(--st-primary); color: #fff; }
.st-button-primary:hover:not(:disabled) { background: #ff2b2b; color: #fff; }
.st-button-primary:disabled { background: var(--st-border-light); color: var(--st-text-muted); }
.st-button-tertiary { border-color: transparent; background: transparent; padding: 0; min-height: auto; }
.check-row { display: inline-flex; align-items: center; gap: 0.5rem; cursor: pointer; width: fit-content; position: relative; }
.check-row .stWidgetLabel { margin: 0; font-size: 1rem; }
.check-box {
  display: inline-flex; align-items: center; justify-content: center; width: 1rem; height: 1rem; flex: none;
  border: 1px solid var(--st-border); border-radius: 0.25rem; background: var(--st-bg); color: #fff;
}
.check-row.checked .check-box { background: var(--st-primary); border-color: var(--st-primary); }
.check-row input:focus-visible + .check-box, .check-row input:focus-visible + .toggle-track { box-shadow: 0 0 0 0.2rem rgba(255,75,75,0.5); }
.toggle-track { position: relative; width: 2rem; height: 1.2rem; flex: none; border-radius: 1rem; background: #d5dae5; transition: background 0.2s; }
.toggle-knob { position: absolute; top: 0.1rem; left: 0.1rem; width: 1rem; height: 1rem; border-radius: 50%; background: #fff;
  box-shadow: 0 1px 2px rgba(0,0,0,0.3); transition: transform 0.2s; }
.check-row.toggle.checked .toggle-track { background: var(--st-primary); }
.check-row.toggle.checked .toggle-knob { transform: translateX(0.8rem); }
.radio-group { display: flex; flex-direction: column; gap: 0.25rem; }
.radio-group.horizontal { flex-direction: row; flex-wrap: wrap; gap: 0.25rem 1rem; }
.radio-option { display: inline-flex; align-items: flex-start; gap: 0.5rem; cursor: pointer; position: relative; }
.radio-dot { width: 1rem; height: 1rem; margin-top: 0.3rem; flex: none; border-radius: 50%; border: 1px solid var(--st-border); background: var(--st-bg); }
.radio-option.checked .radio-dot { border: 0.3rem solid var(--st-primary); }
.radio-option input:focus-visible + .radio-dot { box-shadow: 0 0 0 0.2rem rgba(255,75,75,0.5); }
.radio-text { display: flex; flex-direction: column; }
.radio-caption { font-size: 0.875rem; color: var(--st-text-muted); }
.input-box {
  display: flex; align-items: stretch; min-height: 2.5rem; border-radius: var(--st-radius);
  background: var(--st-bg-secondary); border: 1px solid transparent; overflow: hidden;
}
.input-box.focused { border-color: var(--st-primary); }
.input-box input, .input-box textarea {
  flex: 1; min-width: 0; padding: 0.5rem 0.75rem; border: none; outline: none; background: transparent;
  color: var(--st-text); font: inherit; line-height: 1.4;
}
.input-box textarea { min-height: 6rem; resize: vertical; }
.input-box input:disabled, .input-box textarea:disabled { color: var(--st-text-muted); cursor: not-allowed; }
.input-box ::placeholder { color: var(--st-text-muted); }
.step-buttons { display: flex; }
.step-buttons button { width: 2rem; border: none; background: transparent; color: var(--st-text); cursor: pointer; display: inline-flex;
  align-items: center; justify-content: center; }
.step-buttons button:hover:not(:disabled) { background: var(--st-primary); color: #fff; }
.step-buttons button:disabled { color: var(--st-border); cursor: not-allowed; }
/* Just below the box, in the gap: appearing on focus must not shift what follows (a click on a
   submit button right after typing would otherwise miss it when the blur removes the line). */
.stWidget:has(> .input-instructions) { position: relative; }
.input-instructions { position: absolute; right: 0; top: 100%; display: flex; gap: 0.5rem; font-size: 0.75rem; color: var(--st-text-muted); pointer-events: none; }
/* required / validate: the marker after the label and the message under an invalid field. */
.required-marker { font-size: 0.75rem; color: var(--st-text-muted); }
.field-error:empty { display: none; }
.field-error { margin-top: 0.25rem; font-size: 0.875rem; color: #d6001c; }
.stWidget:has(.field-error:not(:empty)) .input-box, .stWidget:has(.field-error:not(:empty)) .combobox-control { border-color: #d6001c; }
.combobox { position: relative; }
.combobox-control {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem; min-height: 2.5rem; padding: 0.25rem 2rem 0.25rem 0.5rem;
  border-radius: var(--st-radius); background: var(--st-bg-secondary); border: 1px solid transparent; cursor: pointer; position: relative;
}
.combobox.open .combobox-control { border-color: var(--st-primary); }
.combobox.disabled .combobox-control { cursor: not-allowed; color: var(--st-text-muted); }
.combobox-control input { flex: 1; min-width: 3rem; padding: 0.25rem; border: none; outline: none; background: transparent;
  font: inherit; color: inherit; cursor: inherit; }
.combobox-chevron { position: absolute; right: 0.5rem; top: 50%; transform: translateY(-50%); display: inline-flex; color: var(--st-text-muted); pointer-events: none; }
.combobox-clear { display: inline-flex; padding: 0.2rem; color: var(--st-text-muted); cursor: pointer; }
.combobox-list {
  position: absolute; z-index: 40; left: 0; right: 0; top: calc(100% + 0.25rem); max-height: 18rem; overflow-y: auto;
  margin: 0; padding: 0.25rem 0; list-style: none; background: var(--st-bg); border-radius: var(--st-radius);
  box-shadow: 0 4px 16px rgba(0,0,0,0.16);
}
.combobox-list li[role=option] { padding: 0.4rem 0.75rem; cursor: pointer; }
.combobox-list li.active { background: var(--st-bg-secondary); }
.combobox-empty { padding: 0.4rem 0.75rem; color: var(--st-text-muted); }
.chip { display: inline-flex; align-items: center; gap: 0.25rem; max-width: 100%; padding: 0 0.4rem; border-radius: 0.25rem;
  background: var(--st-primary); color: #fff; font-size: 0.875rem; line-height: 1.6rem; }
.chip-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chip-remove { display: inline-flex; cursor: pointer; }
.slider { padding: 1.5rem 0.5rem 0; user-select: none; }
.slider-track { position: relative; height: 0.25rem; border-radius: 0.25rem; background: var(--st-bg-secondary); cursor: pointer; touch-action: none; }
.slider-track::after { content: ""; position: absolute; inset: -0.6rem 0; }
.slider-fill { position: absolute; top: 0; height: 100%; border-radius: 0.25rem; background: var(--st-primary); }
.slider-thumb { position: absolute; top: 50%; z-index: 1; width: 0.75rem; height: 0.75rem; margin-left: -0.375rem; transform: translateY(-50%);
  border-radius: 50%; background: var(--st-primary); outline: none; }
.slider-thumb:focus-visible { box-shadow: 0 0 0 0.2rem rgba(255,75,75,0.5); }
.slider-thumb-value { position: absolute; bottom: 1rem; left: 50%; transform: translateX(-50%); white-space: nowrap;
  font-size: 0.875rem; color: var(--st-primary); font-family: var(--st-font-mono); }
.slider.disabled .slider-thumb, .slider.disabled .slider-fill { background: var(--st-border); }
.slider.disabled .slider-thumb-value { color: var(--st-text-muted); }
.slider.disabled .slider-track { cursor: not-allowed; }
.slider-ticks { display: flex; justify-content: space-between; margin-top: 0.5rem; font-size: 0.75rem; color: var(--st-text-muted); font-family: var(--st-font-mono); }
`;
