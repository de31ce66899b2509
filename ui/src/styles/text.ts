/** Markdown directives beyond plain colours: badges, small and shimmering text, math, heading icons. */
export const textCss = `
.st-bg-rainbow { background: linear-gradient(to right, rgba(255,0,0,0.1), rgba(255,170,0,0.1), rgba(0,204,0,0.1), rgba(0,136,255,0.1), rgba(170,0,255,0.1)); }
.st-badge {
  display: inline-flex; align-items: center; gap: 0.25em; padding: 0 0.4em; border-radius: 0.25rem;
  font-size: 0.875rem; line-height: 1.5; white-space: nowrap; vertical-align: baseline;
}
.st-badge .material-icon { font-size: 1em; }
.st-badge-red { background: rgba(255,43,43,0.1); color: #bd4043; }
.st-badge-orange { background: rgba(255,164,33,0.1); color: #e2660c; }
.st-badge-yellow { background: rgba(255,227,18,0.1); color: #926c05; }
.st-badge-green { background: rgba(33,195,84,0.1); color: #158237; }
.st-badge-blue { background: rgba(28,131,225,0.1); color: #0054a3; }
.st-badge-violet { background: rgba(128,61,245,0.1); color: #583f84; }
.st-badge-gray { background: rgba(128,132,149,0.1); color: #555867; }
.st-badge-primary { background: var(--st-primary-soft); color: var(--st-primary); }
.st-small { font-size: 0.875em; }
.st-shimmer {
  background: linear-gradient(90deg, currentColor 40%, var(--st-text-muted) 50%, currentColor 60%) 0 0 / 300% 100%;
  -webkit-background-clip: text; background-clip: text; -webkit-text-fill-color: transparent;
  animation: st-shimmer 2s linear infinite;
}
@keyframes st-shimmer { from { background-position: 100% 0; } to { background-position: 0 0; } }
@media (prefers-reduced-motion: reduce) { .st-shimmer { animation: none; -webkit-text-fill-color: currentColor; } }
.st-custom-color { border-radius: 0.25rem; }
.st-math-pending { font-family: var(--st-font-mono); font-size: 0.875em; color: var(--st-text-muted); }
.st-math-block { margin: 0 0 1rem; overflow-x: auto; overflow-y: hidden; }
.stMarkdownContainer .katex-display { margin: 0; }
.stMarkdownContainer h1, .stMarkdownContainer h2, .stMarkdownContainer h3,
.stMarkdownContainer h4, .stMarkdownContainer h5, .stMarkdownContainer h6 { scroll-margin-top: 4rem; }
.stMarkdownContainer h1:hover .heading-actions, .stMarkdownContainer h2:hover .heading-actions,
.stMarkdownContainer h3:hover .heading-actions, .stMarkdownContainer h4:hover .heading-actions,
.stMarkdownContainer h5:hover .heading-actions, .stMarkdownContainer h6:hover .heading-actions { opacity: 1; }
.stHeading .user-icon { margin-right: 0.4em; }
`;
