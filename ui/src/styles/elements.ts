/** Display elements: text, markdown, code, alerts, json, progress. */
export const elementsCss = `
.stMarkdownContainer { overflow-wrap: break-word; }
div.stMarkdownContainer > :first-child { margin-top: 0; }
div.stMarkdownContainer > :last-child { margin-bottom: 0; }
.stMarkdownContainer p { margin: 0 0 1rem; }
.stMarkdownContainer a { color: var(--st-link); }
.stMarkdownContainer code {
  font-family: var(--st-font-mono); font-size: 0.875em; padding: 0.1em 0.25em;
  background: var(--st-code-bg); color: var(--st-code-text); border-radius: 0.25rem;
}
.stMarkdownContainer pre { background: var(--st-code-bg); padding: 1rem; border-radius: var(--st-radius); overflow-x: auto; }
.stMarkdownContainer pre code { padding: 0; background: none; color: var(--st-text); }
.stMarkdownContainer table { border-collapse: collapse; margin-bottom: 1rem; }
.stMarkdownContainer th, .stMarkdownContainer td { border: 1px solid var(--st-border-light); padding: 0.25rem 0.5rem; text-align: left; }
.stMarkdownContainer blockquote { margin: 0 0 1rem; padding-left: 1rem; border-left: 0.2rem solid var(--st-border); }
.stMarkdownContainer ul, .stMarkdownContainer ol { padding-left: 1.5rem; margin: 0 0 1rem; }
.stMarkdownContainer li:has(> input[type=checkbox]) { list-style: none; margin-left: -1.3rem; }
.stMarkdownContainer hr, .stDivider { border: none; border-bottom: 1px solid var(--st-border); margin: 2rem 0; }
.stMarkdownContainer h1, .stMarkdownContainer h2, .stMarkdownContainer h3 { font-weight: 700; line-height: 1.2; margin: 0 0 1rem; }
.st-fg-red { color: var(--st-red); } .st-fg-orange { color: var(--st-orange); } .st-fg-yellow { color: #c7a000; }
.st-fg-green { color: var(--st-green); } .st-fg-blue { color: var(--st-blue); } .st-fg-violet { color: var(--st-violet); }
.st-fg-gray { color: var(--st-gray); } .st-fg-primary { color: var(--st-primary); }
.st-fg-rainbow { background: linear-gradient(to right, #f00, #fa0, #0c0, #08f, #a0f); -webkit-background-clip: text; background-clip: text; color: transparent; }
[class^="st-bg-"] { border-radius: 0.25rem; padding: 0 0.2em; }
.st-bg-red { background: rgba(255,43,43,0.1); } .st-bg-orange { background: rgba(255,164,33,0.1); }
.st-bg-yellow { background: rgba(255,227,18,0.1); } .st-bg-green { background: rgba(33,195,84,0.1); }
.st-bg-blue { background: rgba(28,131,225,0.1); } .st-bg-violet { background: rgba(128,61,245,0.1); }
.st-bg-gray { background: rgba(128,132,149,0.1); } .st-bg-primary { background: var(--st-primary-soft); }
.stMarkdown, .stCaption { position: relative; }
.stCaption { font-size: 0.875rem; color: var(--st-text-muted); }
.stHeading h1, .stHeading h2, .stHeading h3 { margin: 0; font-weight: 700; line-height: 1.2; scroll-margin-top: 4rem; }
.stHeading h1 { font-size: 2.75rem; padding: 1.25rem 0 1rem; }
.stHeading h2 { font-size: 2.25rem; padding: 1rem 0; }
.stHeading h3 { font-size: 1.75rem; padding: 0.5rem 0 1rem; }
.heading-content { display: inline; }
.heading-actions { display: inline-flex; margin-left: 0.5rem; vertical-align: middle; opacity: 0; transition: opacity 0.2s; }
.heading-actions a { color: var(--st-text-muted); }
.stHeading h1:hover .heading-actions, .stHeading h2:hover .heading-actions, .stHeading h3:hover .heading-actions,
.heading-actions:focus-within { opacity: 1; }
.heading-divider { border: none; height: 2px; margin: 0 0 1rem; background: var(--st-gray); border-radius: 2px; }
.divider-red { background: var(--st-red); } .divider-orange { background: var(--st-orange); }
.divider-yellow { background: var(--st-yellow); } .divider-green { background: var(--st-green); }
.divider-blue { background: var(--st-blue); } .divider-violet { background: var(--st-violet); }
.divider-gray, .divider-grey { background: var(--st-gray); }
.divider-rainbow { background: linear-gradient(to right, #f00, #fa0, #ff0, #0c0, #08f, #a0f); }
.stText { font-family: var(--st-font-mono); font-size: 0.875rem; white-space: pre-wrap; }
/* wrap=False on text elements: lines never wrap; what overflows scrolls sideways. */
.stText.no-wrap { white-space: pre; overflow-x: auto; }
.stMarkdown.no-wrap, .stCaption.no-wrap, .stHeading.no-wrap { white-space: nowrap; overflow-x: auto; }
.stCode { position: relative; }
.stCode pre { margin: 0; padding: 1rem 2.5rem 1rem 1rem; background: var(--st-code-bg); border-radius: var(--st-radius);
  overflow-x: auto; font-family: var(--st-font-mono); font-size: 0.875rem; line-height: 1.5; }
.stCode pre.wrap { white-space: pre-wrap; }
.line-number { display: inline-block; min-width: 2em; margin-right: 1em; text-align: right; color: var(--st-text-muted); user-select: none; }
.code-copy { position: absolute; top: 0.5rem; right: 0.5rem; padding: 0.3rem; border: none; border-radius: 0.25rem;
  background: transparent; color: var(--st-text-muted); cursor: pointer; opacity: 0; transition: opacity 0.2s; }
.stCode:hover .code-copy, .code-copy:focus { opacity: 1; }
.stAlertContainer { padding: 1rem; border-radius: var(--st-radius); }
.alert-content { display: flex; align-items: flex-start; }
.alert-content > .stMarkdownContainer { flex: 1; min-width: 0; }
.alert-success { background: var(--st-success-bg); color: var(--st-success-text); }
.alert-info { background: var(--st-info-bg); color: var(--st-info-text); }
.alert-warning { background: var(--st-warning-bg); color: var(--st-warning-text); }
.alert-error { background: var(--st-error-bg); color: var(--st-error-text); }
.exception-message { margin-bottom: 0.5rem; white-space: pre-wrap; }
.exception-traceback summary { cursor: pointer; font-size: 0.875rem; }
.exception-traceback pre { margin: 0.5rem 0 0; padding: 1rem; background: rgba(255,255,255,0.6); border-radius: var(--st-radius);
  overflow-x: auto; font-family: var(--st-font-mono); font-size: 0.8rem; color: var(--st-text); }
.frame { opacity: 0.65; }
.user-frame { opacity: 1; font-weight: 700; }
.stJson { font-family: var(--st-font-mono); font-size: 0.875rem; padding: 0.5rem 0; }
.json-children { padding-left: 1.25rem; }
.json-node > summary { cursor: pointer; list-style: none; }
.json-node > summary::before { content: "▸"; display: inline-block; width: 1em; color: var(--st-text-muted); }
.json-node[open] > summary::before { content: "▾"; }
.json-node[open] > summary .json-summary { display: none; }
.json-node:not([open]) > .json-close { display: none; }
.json-close { padding-left: 1em; }
.json-row { padding-left: 1em; }
.json-key { color: #6b2fba; } .json-string { color: #09ab3b; } .json-number { color: #0068c9; }
.json-boolean { color: #c2410c; } .json-null { color: var(--st-text-muted); }
.json-summary { color: var(--st-text-muted); }
.progress-text { margin-bottom: 0.25rem; }
.progress-track { height: 0.5rem; border-radius: 0.5rem; background: var(--st-bg-secondary); overflow: hidden; }
.progress-fill { height: 100%; background: var(--st-primary); border-radius: 0.5rem; transition: width 0.2s; }
.stSpinner { display: flex; align-items: center; gap: 0.75rem; }
.spinner-time { color: var(--st-text-muted); font-size: 0.875rem; }
@keyframes st-pulse { 50% { opacity: 0.5; } }
.stSkeleton { height: 4rem; border-radius: var(--st-radius); background: var(--st-bg-secondary); animation: st-pulse 1.5s ease-in-out infinite; }
.stTooltipIcon { position: relative; display: inline-flex; vertical-align: middle; margin-left: 0.25rem; }
.help-target { display: inline-flex; color: var(--st-text-muted); cursor: help; border-radius: 50%; }
.help-tooltip {
  position: absolute; z-index: 50; bottom: calc(100% + 0.4rem); left: 50%; transform: translateX(-50%);
  width: max-content; max-width: 20rem; padding: 0.5rem 0.75rem; border-radius: var(--st-radius);
  background: #262730; color: #fafafa; font-size: 0.875rem; font-weight: 400; line-height: 1.4;
  visibility: hidden; opacity: 0; transition: opacity 0.15s; pointer-events: none;
}
.help-tooltip a { color: #8fc7ff; }
.stTooltipIcon:hover .help-tooltip, .help-target:focus + .help-tooltip { visibility: visible; opacity: 1; }
`;
