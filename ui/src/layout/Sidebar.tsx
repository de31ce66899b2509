/** The collapsible sidebar (root 1). */
import { ChevronLeft, ChevronRight } from "../icons";
import type { ComponentChildren } from "preact";
import type { Children } from "../tree";
import { ChildrenView } from "./NodeView";

type Props = {
  slots: Children;
  activeRunId: number | null;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** st.logo, shown at the top of the sidebar. */
  logo?: ComponentChildren;
  /** The page menu of a multipage app, above the app's sidebar content. */
  nav?: ComponentChildren;
};

export function Sidebar({ slots, activeRunId, open, setOpen, logo, nav }: Props) {
  return (
    <section data-testid="stSidebar" class={`stSidebar${open ? "" : " collapsed"}`} aria-expanded={open}>
      <div data-testid="stSidebarContent" class="stSidebarContent">
        <div data-testid="stSidebarHeader" class="stSidebarHeader">
          {logo ? <div data-testid="stSidebarLogo" class="stSidebarLogo">{logo}</div> : null}
          <button
            type="button"
            data-testid="stSidebarCollapseButton"
            class="icon-button"
            aria-label="Collapse sidebar"
            onClick={() => setOpen(false)}
          >
            <ChevronLeft size={18} />
          </button>
        </div>
        {nav}
        <div data-testid="stSidebarUserContent" class="stSidebarUserContent">
          <div data-testid="stVerticalBlock" class="stVerticalBlock">
            <ChildrenView slots={slots} activeRunId={activeRunId} />
          </div>
        </div>
      </div>
    </section>
  );
}

/** The top-left corner while the sidebar is collapsed (or absent): the logo, then the expand button. */
export function ExpandSidebar({ onClick, logo }: { onClick: (() => void) | null; logo?: ComponentChildren }) {
  return (
    <div data-testid="stSidebarCollapsedControl" class="stSidebarCollapsedControl">
      {logo ? <div data-testid="stHeaderLogo" class="stHeaderLogo">{logo}</div> : null}
      {onClick === null ? null : (
        <button type="button" data-testid="stExpandSidebarButton" class="icon-button" aria-label="Expand sidebar" onClick={onClick}>
          <ChevronRight size={18} />
        </button>
      )}
    </div>
  );
}
