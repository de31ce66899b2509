/**
 * The page menu of a multipage app: in the sidebar (position "sidebar") or
 * in the header (position "top"); nothing for "hidden" or a single page.
 *
 *   <SidebarNav nav={state.navigation} onSelect={(p) => controller.switchPage(p, "")} hrefOf={...} />
 */
import { useState } from "preact/hooks";
import type { NavigationMessage } from "../protocol/generated";
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";

type NavPage = NavigationMessage["pages"][number];

type NavProps = {
  nav: NavigationMessage;
  onSelect: (urlPath: string) => void;
  hrefOf: (urlPath: string) => string;
};

/** Pages shown while the sidebar list is collapsed: 10 by default, or `expanded=<int>`. */
export const DEFAULT_VISIBLE_ITEMS = 10;

/** Whether the app shows a page menu at all (Streamlit hides it for one page). */
export function showsNavigation(nav: NavigationMessage | null, position: NavigationMessage["position"]): boolean {
  return nav !== null && nav.position === position && nav.pages.length > 1;
}

/**
 * The pages listed while collapsed: all when `expanded`, else the first
 * `limit` once there are more than `limit + 2` (so "View 1 more" never shows).
 */
export function collapsedPages(nav: NavigationMessage): { shown: NavPage[]; hidden: number } {
  const listed = nav.pages.filter((p) => p.visibility === "visible");
  const limit = nav.visible_items ?? DEFAULT_VISIBLE_ITEMS;
  if (nav.expanded || listed.length <= limit + 2) return { shown: listed, hidden: 0 };
  return { shown: listed.slice(0, limit), hidden: listed.length - limit };
}

/** Pages grouped by section, in order (a section appears once, where it starts). */
function bySection(pages: NavPage[]): [string, NavPage[]][] {
  const groups: [string, NavPage[]][] = [];
  for (const page of pages) {
    const last = groups[groups.length - 1];
    if (last && last[0] === page.section) last[1].push(page);
    else groups.push([page.section, [page]]);
  }
  return groups;
}

function NavLink({ page, current, testId, onSelect, hrefOf }: { page: NavPage; current: boolean; testId: string } & Omit<NavProps, "nav">) {
  const external = page.external_url !== null;
  const onClick = (event: MouseEvent) => {
    // Modified clicks open the page's URL in a new tab, as for any link.
    if (external || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (!current) onSelect(page.url_path);
  };
  return (
    <a
      data-testid={testId}
      class={`nav-link${current ? " active" : ""}`}
      href={external ? (page.external_url ?? undefined) : hrefOf(page.url_path)}
      target={external ? "_blank" : undefined}
      rel={external ? "noopener noreferrer" : undefined}
      aria-current={current ? "page" : undefined}
      title={page.help ?? undefined}
      onClick={onClick}
    >
      {page.icon ? <UserIcon icon={page.icon} /> : null}
      <span class="nav-link-label">{page.title}</span>
    </a>
  );
}

export function SidebarNav({ nav, onSelect, hrefOf }: NavProps) {
  const [open, setOpen] = useState(false);
  const { shown, hidden } = collapsedPages(nav);
  const all = nav.pages.filter((p) => p.visibility === "visible");
  const pages = open ? all : shown;
  const collapsible = hidden > 0 || (open && all.length > shown.length);
  return (
    <nav data-testid="stSidebarNav" class="stSidebarNav" aria-label="Pages">
      <ul data-testid="stSidebarNavItems" class="nav-items">
        {bySection(pages).map(([section, group]) => (
          <li key={`section-${section}`} class="nav-section">
            {section ? (
              <header data-testid="stNavSectionHeader" class="nav-section-header">
                <Markdown inline body={section} />
              </header>
            ) : null}
            <ul>
              {group.map((page) => (
                <li key={page.url_path} data-testid="stSidebarNavLinkContainer">
                  <NavLink
                    page={page}
                    current={page.url_path === nav.current}
                    testId="stSidebarNavLink"
                    onSelect={onSelect}
                    hrefOf={hrefOf}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {collapsible ? (
        <button type="button" data-testid="stSidebarNavViewButton" class="nav-view-button" onClick={() => setOpen(!open)}>
          {open ? "View less" : `View ${hidden} more`}
        </button>
      ) : null}
      <div data-testid="stSidebarNavSeparator" class="nav-separator" />
    </nav>
  );
}

export function TopNav({ nav, onSelect, hrefOf }: NavProps) {
  const pages = nav.pages.filter((p) => p.visibility === "visible");
  return (
    <nav data-testid="stTopNav" class="stTopNav" aria-label="Pages">
      {bySection(pages).map(([section, group]) => (
        <div key={`section-${section}`} class="top-nav-section" data-testid={section ? "stTopNavSection" : undefined}>
          {section ? (
            <span class="top-nav-section-label">
              <Markdown inline body={section} />
            </span>
          ) : null}
          {group.map((page) => (
            <NavLink
              key={page.url_path}
              page={page}
              current={page.url_path === nav.current}
              testId="stTopNavLink"
              onSelect={onSelect}
              hrefOf={hrefOf}
            />
          ))}
        </div>
      ))}
    </nav>
  );
}
