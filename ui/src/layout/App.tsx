/**
 * The whole app view: boot screen or error, then Streamlit's layout
 * (sidebar, main column, bottom) rendered from the element tree.
 */
import { EventLayer } from "./EventLayer";
import { useEffect, useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { AppController } from "../app/controller";
import type { StateSource } from "../app/frames";
import type { AppState } from "../app/state";
import { WidgetContext, type WidgetHost } from "../widgets/context";
import { RunningContext } from "../widgets/running";
import { BootError, BootScreen, ProtocolProblems } from "./BootScreen";
import { ChildrenView } from "./NodeView";
import { Logo } from "./Logo";
import { SidebarNav, TopNav, showsNavigation } from "./Navigation";
import { ExpandSidebar, Sidebar } from "./Sidebar";
import { StatusWidget } from "./StatusWidget";

function useAppState(view: StateSource): AppState {
  const [state, setState] = useState(view.state);
  useEffect(() => {
    setState(view.state);
    return view.subscribe(setState);
  }, [view]);
  return state;
}

const NARROW = 768;

function useSidebarOpen(state: AppState): [boolean, (open: boolean) => void] {
  const initial = state.pageConfig?.initial_sidebar_state ?? "auto";
  const wide = typeof window === "undefined" || window.innerWidth >= NARROW;
  const [open, setOpen] = useState(initial === "expanded" || (initial === "auto" && wide));
  // A page_config arriving later sets the initial state once.
  useEffect(() => {
    if (initial !== "auto") setOpen(initial === "expanded");
  }, [initial]);
  return [open, setOpen];
}

type AppProps = {
  /** Takes the user's actions (reruns, uploads, stop). */
  controller: AppController;
  /** The state to show: frame-batched by the host element; the controller itself by default. */
  view?: StateSource;
  /** Called after the DOM shows a new state. */
  onCommit?: (state: AppState) => void;
  /** The href of an app page (multipage apps); "#" when the app does not own the page URL. */
  pageHref?: (urlPath: string, queryString: string | null) => string;
};

const noPageHref = () => "#";

export function App({ controller, view = controller, onCommit, pageHref = noPageHref }: AppProps) {
  const state = useAppState(view);
  useLayoutEffect(() => onCommit?.(state), [state, onCommit]);
  const host = useMemo<WidgetHost>(
    () => ({
      send: (update) => controller.rerun([update]),
      sendAll: (updates) => controller.rerun(updates),
      upload: (file, name) => controller.upload(file, name),
      switchPage: (urlPath, queryString) => controller.switchPage(urlPath, queryString),
      pageHref,
    }),
    [controller, pageHref],
  );
  // A navigation click starts the new page without query params, as in Streamlit.
  const selectPage = (urlPath: string) => controller.switchPage(urlPath, "");
  const hrefOf = (urlPath: string) => pageHref(urlPath, null);
  const sidebarNav = showsNavigation(state.navigation, "sidebar") && state.navigation ? (
    <SidebarNav nav={state.navigation} onSelect={selectPage} hrefOf={hrefOf} />
  ) : null;
  const topNav = showsNavigation(state.navigation, "top") && state.navigation ? (
    <TopNav nav={state.navigation} onSelect={selectPage} hrefOf={hrefOf} />
  ) : null;
  const [sidebarOpen, setSidebarOpen] = useSidebarOpen(state);
  // The tab shows set_page_config's title, else the current page's title (multipage apps).
  const nav = state.navigation;
  const title = state.pageConfig?.title ?? nav?.pages.find((p) => p.url_path === nav.current)?.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  const [main = [], sidebar = [], events = [], bottom = []] = state.tree.roots;
  const run = state.activeRunId;
  const showApp = state.ready !== null || main.length > 0;
  const wide = state.pageConfig?.layout === "wide";
  return (
    <WidgetContext.Provider value={host}>
      <RunningContext.Provider value={state.phase === "running"}>
      <div data-testid="stApp" class="stApp" data-phase={state.phase}>
        <header data-testid="stHeader" class="stHeader">
          {topNav}
          <StatusWidget running={state.phase === "running"} onStop={() => controller.stop()} />
        </header>
        {state.fatal ? <BootError error={state.fatal} /> : null}
        <ProtocolProblems problems={state.problems} />
        {state.phase === "booting" ? <BootScreen boot={state.boot} /> : null}
        {showApp ? (
          <div data-testid="stAppViewContainer" class="stAppViewContainer">
            {sidebar.length > 0 || sidebarNav ? (
              <Sidebar
                nav={sidebarNav}
                slots={sidebar}
                activeRunId={run}
                open={sidebarOpen}
                setOpen={setSidebarOpen}
                logo={state.logo ? <Logo logo={state.logo} corner={false} /> : null}
              />
            ) : null}
            <section data-testid="stMain" class="stMain">
              {(sidebar.length > 0 || sidebarNav) && !sidebarOpen ? (
                <ExpandSidebar
                  onClick={() => setSidebarOpen(true)}
                  logo={state.logo ? <Logo logo={state.logo} corner /> : null}
                />
              ) : null}
              {sidebar.length === 0 && !sidebarNav && state.logo ? <ExpandSidebar onClick={null} logo={<Logo logo={state.logo} corner />} /> : null}
              <div data-testid="stMainBlockContainer" class={`stMainBlockContainer block-container${wide ? " wide" : ""}`}>
                <div data-testid="stVerticalBlock" class="stVerticalBlock">
                  <ChildrenView slots={main} activeRunId={run} />
                </div>
              </div>
              {bottom.length > 0 ? (
                <div data-testid="stBottom" class="stBottom">
                  <div data-testid="stBottomBlockContainer" class={`stBottomBlockContainer${wide ? " wide" : ""}`}>
                    <div data-testid="stVerticalBlock" class="stVerticalBlock">
                      <ChildrenView slots={bottom} activeRunId={run} />
                    </div>
                  </div>
                </div>
              ) : null}
            </section>
          </div>
        ) : null}
        <EventLayer slots={events} />
      </div>
      </RunningContext.Provider>
    </WidgetContext.Provider>
  );
}
