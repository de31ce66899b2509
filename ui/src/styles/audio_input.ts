/** st.audio_input: the recorder's controls, waveform, playback and time code. */
export const audioInputCss = `
.audio-input {
  display: flex; flex-direction: column; border: 1px solid var(--st-border); border-radius: var(--st-radius);
  background: var(--st-bg-secondary); padding: 0.25rem 0.5rem;
}
.audio-controls { display: flex; align-items: center; gap: 0.5rem; min-height: 3.5rem; }
.audio-action {
  display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 2.5rem; height: 2.5rem; border: none; border-radius: 50%; background: transparent;
  color: var(--st-text); cursor: pointer; padding: 0;
}
.audio-action:hover:not(:disabled), .audio-action:focus-visible { color: var(--st-primary); background: var(--st-primary-soft); }
.audio-action:disabled { color: var(--st-text-muted); cursor: not-allowed; }
.audio-action.stop { color: var(--st-primary); }
.audio-icon { width: 1.5rem; height: 1.5rem; }
.audio-display { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; min-height: 3rem; }
.audio-waveform { width: 100%; height: 3rem; color: var(--st-primary); }
.audio-playback { width: 100%; height: 2.5rem; }
.audio-placeholder { color: var(--st-text-muted); font-size: 0.875rem; }
.audio-error { color: var(--st-error-text); font-size: 0.875rem; }
.audio-time { flex: none; font-family: var(--st-font-mono); font-size: 0.875rem; color: var(--st-text-muted); }
.recording .audio-time { color: var(--st-text); }
`;
