/**
 * Theme tokens as CSS custom properties on the shadow host. A dark theme is
 * one more block of the same variables.
 */
export const themeCss = `
:host {
  --st-primary: #ff4b4b;
  --st-primary-soft: rgba(255, 75, 75, 0.12);
  --st-text: #31333f;
  --st-text-muted: rgba(49, 51, 63, 0.6);
  --st-bg: #ffffff;
  --st-bg-secondary: #f0f2f6;
  --st-border: rgba(49, 51, 63, 0.2);
  --st-border-light: rgba(49, 51, 63, 0.1);
  --st-link: #0068c9;
  --st-code-bg: #f0f2f6;
  --st-code-text: #09ab3b;
  --st-radius: 0.5rem;
  --st-font: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif,
    "Apple Color Emoji", "Segoe UI Emoji";
  --st-font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  --st-font-size: 1rem;
  --st-sidebar-width: 18rem;
  --st-main-width: 46rem;
  --st-success-bg: rgba(33, 195, 84, 0.1);
  --st-success-text: #177233;
  --st-info-bg: rgba(28, 131, 225, 0.1);
  --st-info-text: #004280;
  --st-warning-bg: rgba(255, 227, 18, 0.1);
  --st-warning-text: #926c05;
  --st-error-bg: rgba(255, 43, 43, 0.09);
  --st-error-text: #7d353b;
  --st-red: #ff4b4b;
  --st-orange: #ffa421;
  --st-yellow: #faca2b;
  --st-green: #21c354;
  --st-blue: #1c83e1;
  --st-violet: #803df5;
  --st-gray: #808495;
  display: block;
  color: var(--st-text);
  background: var(--st-bg);
  font-family: var(--st-font);
  font-size: var(--st-font-size);
  line-height: 1.6;
  -webkit-font-smoothing: antialiased;
}
*, *::before, *::after { box-sizing: border-box; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@keyframes st-spin { to { transform: rotate(360deg); } }
.spinner-icon, .status-icon {
  display: inline-block; width: 1.1rem; height: 1.1rem; flex: none;
  border: 0.2rem solid var(--st-border-light); border-top-color: var(--st-primary);
  border-radius: 50%; animation: st-spin 0.8s linear infinite;
}
.icon-button {
  display: inline-flex; align-items: center; justify-content: center; padding: 0.25rem;
  border: none; border-radius: var(--st-radius); background: transparent; color: var(--st-text-muted); cursor: pointer;
}
.icon-button:hover { background: var(--st-border-light); color: var(--st-text); }
.user-icon { display: inline-block; margin-right: 0.5rem; }
`;
