/** Expander, popover, tabs, space, link and download buttons. */
export const containersCss = `
.stExpander details { border: 1px solid var(--st-border); border-radius: var(--st-radius); }
.stExpander summary {
  display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem 1rem; cursor: pointer; list-style: none;
  border-radius: var(--st-radius); user-select: none;
}
.stExpander summary::-webkit-details-marker { display: none; }
.stExpander summary:hover { color: var(--st-primary); }
.stExpander summary:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
.stExpander .expander-label p { margin: 0; }
.stExpanderDetails { padding: 0 1rem 1rem; }
/* type="compact": no border, the toggle is inline text (for reasoning, metadata). */
.stExpander.compact details { border: none; }
.stExpander.compact summary { padding: 0.25rem 0; width: fit-content; color: var(--st-text-muted); }
.stExpander.compact .stExpanderDetails { padding: 0 0 0.5rem 1.25rem; }
.tab-panels.scrolling { overflow-y: auto; }
.stPopover { position: relative; width: fit-content; }
.stPopover.full-width { width: 100%; }
.stPopoverBody {
  position: absolute; z-index: 20; top: calc(100% + 0.25rem); left: 0; min-width: 14rem; max-width: min(40rem, 90vw);
  padding: 1rem; background: var(--st-bg); border: 1px solid var(--st-border-light); border-radius: var(--st-radius);
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16);
}
.stPopoverBody[hidden] { display: none; }
.stTabs .tab-list { display: flex; gap: 1rem; overflow-x: auto; border-bottom: 1px solid var(--st-border-light); }
.stTabs .tab {
  padding: 0.5rem 0; border: none; border-bottom: 2px solid transparent; background: none; font: inherit;
  color: var(--st-text); cursor: pointer; white-space: nowrap;
}
.stTabs .tab p { margin: 0; }
.stTabs .tab:hover, .stTabs .tab.selected { color: var(--st-primary); }
.stTabs .tab.selected { border-bottom-color: var(--st-primary); }
.stTabs .tab:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
.stTabPanel { padding-top: 1rem; }
.stTabPanel[hidden] { display: none; }
.stTabPanel:focus-visible { outline: none; }
.stGrid { display: grid; }
.stGrid.bordered > * { border: 1px solid var(--st-border-light); border-radius: var(--st-radius); padding: 1rem; }
.stSpace.stretch { flex: 1 1 0; }
.st-link-button { text-decoration: none; }
.st-link-button.disabled, .page-link.disabled { pointer-events: none; color: var(--st-text-muted); }
.stPageLink .page-link { display: inline-flex; align-items: center; gap: 0.5rem; padding: 0.25rem 0.5rem; color: var(--st-text); text-decoration: none; border-radius: var(--st-radius); }
.stPageLink .page-link:hover { background: var(--st-bg-secondary); }
.stPageLink .page-link p { margin: 0; }
`;
