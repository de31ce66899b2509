/** Status elements: alert titles, status containers, toasts, skeletons, balloons and snow. */
export const statusCss = `
.alert-text { flex: 1; min-width: 0; }
.alert-title { font-weight: 600; margin-bottom: 0.25rem; }
.alert-title p { margin: 0; }
.alert-content > .user-icon, .alert-content > .material-icon { margin-right: 0.5rem; }
.exception-traceback .frame:not(.user-frame) { opacity: 0.6; }
.exception-traceback .user-frame { font-weight: 600; }

.status-container summary { display: flex; align-items: center; gap: 0.5rem; }
.status-container .expander-label { flex: 1; min-width: 0; }
.status-state-icon { display: inline-flex; align-items: center; }
.status-complete { color: var(--st-success-text); }
.status-error { color: var(--st-error-text); }

.stToastContainer {
  position: fixed; right: 1rem; bottom: 1rem; z-index: 1000;
  display: flex; flex-direction: column; align-items: flex-end; gap: 0.5rem;
  max-width: min(22rem, calc(100vw - 2rem));
}
.stToast {
  display: flex; align-items: flex-start; gap: 0.5rem; width: 100%;
  padding: 0.75rem 1rem; border-radius: var(--st-radius);
  background: var(--st-bg-secondary); color: var(--st-text);
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16);
  animation: toast-in 0.2s ease-out;
}
.stToast .toast-body { flex: 1; min-width: 0; }
.stToast .toast-body p { margin: 0; }
.toast-close { border: none; background: none; color: inherit; cursor: pointer; padding: 0.125rem; opacity: 0.7; }
.toast-close:hover { opacity: 1; }
@keyframes toast-in { from { transform: translateY(0.5rem); opacity: 0; } to { transform: none; opacity: 1; } }

.stSkeleton {
  width: 100%; border-radius: var(--st-radius);
  background: linear-gradient(90deg, var(--st-bg-secondary) 25%, rgba(0, 0, 0, 0.04) 50%, var(--st-bg-secondary) 75%);
  background-size: 200% 100%; animation: skeleton-shimmer 1.5s linear infinite;
}
@keyframes skeleton-shimmer { from { background-position: 200% 0; } to { background-position: -200% 0; } }

.celebration { position: fixed; inset: 0; pointer-events: none; overflow: hidden; z-index: 999; }
.celebration-piece { position: absolute; line-height: 1; }
.balloons .celebration-piece { bottom: -4rem; animation-name: balloon-rise; animation-timing-function: ease-in; animation-fill-mode: both; }
.snow .celebration-piece { top: -3rem; color: #9ecbff; animation-name: snow-fall; animation-timing-function: linear; animation-fill-mode: both; }
@keyframes balloon-rise { from { transform: translateY(0); } to { transform: translateY(-120vh); } }
@keyframes snow-fall { from { transform: translateY(0) rotate(0deg); } to { transform: translateY(120vh) rotate(180deg); } }
.celebration.reduced .celebration-piece { animation: none; top: 1rem; bottom: auto; }

@media (prefers-reduced-motion: reduce) {
  .stToast, .stSkeleton { animation: none; }
}
`;
