/** The collapsible sidebar (root 1). */
import { ChevronLeft, ChevronRight } from "../icons";
import type { Children } from "../tree";
import { ChildrenView } from "./NodeView";

type Props = { slots: Children; activeRunId: number | null; open: boolean; setOpen: (open: boolean) => void };

export function Sidebar({ slots, activeRunId, open, setOpen }: Props) {
  return (
    <section data-testid="stSidebar" class={`stSidebar${open ? "" : " collapsed"}`} aria-expanded={open}>
      <div data-testid="stSidebarContent" class="stSidebarContent">
        <div data-testid="stSidebarHeader" class="stSidebarHeader">
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
        <div data-testid="stSidebarUserContent" class="stSidebarUserContent">
          <div data-testid="stVerticalBlock" class="stVerticalBlock">
            <ChildrenView slots={slots} activeRunId={activeRunId} />
          </div>
        </div>
      </div>
    </section>
  );
}

export function ExpandSidebar({ onClick }: { onClick: () => void }) {
  return (
    <div data-testid="stSidebarCollapsedControl" class="stSidebarCollapsedControl">
      <button type="button" data-testid="stExpandSidebarButton" class="icon-button" aria-label="Expand sidebar" onClick={onClick}>
        <ChevronRight size={18} />
      </button>
    </div>
  );
}
