/** The page menu of multipage apps: sidebar links, section headers, top navigation. */
export const navigationCss = `
.stSidebarNav { padding: 0.5rem 1rem 0; }
.stSidebarNav ul { list-style: none; margin: 0; padding: 0; }
.nav-section + .nav-section { margin-top: 0.75rem; }
.nav-section-header { padding: 0.25rem 0.5rem; font-size: 0.875rem; font-weight: 600; color: var(--st-text-muted); }
.nav-link {
  display: flex; align-items: center; gap: 0.5rem; margin: 0.125rem 0; padding: 0.25rem 0.5rem;
  border-radius: var(--st-radius); color: var(--st-text); text-decoration: none; line-height: 1.75;
}
.nav-link:hover { background: var(--st-border-light); }
.nav-link.active { background: var(--st-border-light); font-weight: 600; }
.nav-link:focus-visible { outline: 2px solid var(--st-primary); outline-offset: -2px; }
.nav-view-button {
  margin: 0.25rem 0 0; padding: 0.25rem 0.5rem; border: none; background: transparent;
  color: var(--st-text-muted); font: inherit; font-size: 0.875rem; cursor: pointer; border-radius: var(--st-radius);
}
.nav-view-button:hover { color: var(--st-text); background: var(--st-border-light); }
.nav-separator { margin: 1rem 0.5rem 0; border-bottom: 1px solid var(--st-border); }
.stTopNav {
  position: absolute; top: 0.5rem; left: 3.5rem; right: 12rem; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.25rem 1rem;
}
.top-nav-section { display: flex; align-items: center; gap: 0.25rem; }
.top-nav-section-label { font-size: 0.875rem; font-weight: 600; color: var(--st-text-muted); }
.stTopNav .nav-link { margin: 0; }
`;
