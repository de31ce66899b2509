/** st.camera_input: a 16:9 box for the preview or the photo, and a full-width button under it. */
export const cameraCss = `
.camera-input { display: flex; flex-direction: column; min-width: 0; }
.camera-webcam { display: flex; flex-direction: column; }
.camera-box {
  position: relative; display: flex; align-items: center; justify-content: center; overflow: hidden;
  width: 100%; aspect-ratio: 16 / 9; background: var(--st-bg-secondary);
  border-radius: var(--st-radius) var(--st-radius) 0 0;
}
.camera-media { width: 100%; height: 100%; object-fit: contain; display: block; }
.camera-message, .camera-note {
  position: absolute; inset: 0; margin: 0; padding: 1rem; display: flex; align-items: center; justify-content: center;
  text-align: center; font-size: 0.875rem; color: var(--st-text-muted); background: var(--st-bg-secondary);
}
.camera-message.error { color: var(--st-error-text); background: var(--st-error-bg); }
.camera-button { width: 100%; border-radius: 0 0 var(--st-radius) var(--st-radius); }
`;
