/**
 * st.components.v2: one instance mounted in the app's DOM, no iframe.
 *
 *   const mounted = new MountedComponent(hostDiv, isolateStyles);
 *   mounted.setContent(html, css);          // only rewrites when they change
 *   await mounted.run(js, args);            // calls the module's default export
 *   mounted.unmount();                      // calls the cleanup it returned
 *
 * SECURITY: the html, css and js are the app author's own code, run with the
 * page's privileges (like st.html with unsafe_allow_javascript). Nothing is
 * sanitized; only `isolate_styles` keeps the CSS inside a shadow root.
 */

export type ComponentArgs = {
  name: string;
  /** A stable id for this mounted instance (not the Python key). */
  key: string;
  data: unknown;
  parentElement: HTMLElement | ShadowRoot;
  setStateValue: (name: string, value: unknown) => void;
  setTriggerValue: (name: string, value: unknown) => void;
};

type Cleanup = (() => unknown) | void | undefined;
type ComponentModule = { default?: unknown };
export type ModuleLoader = (js: string) => Promise<ComponentModule>;

const modules = new Map<string, Promise<ComponentModule>>();

/** The module of `js`, evaluated once per text (a Blob URL, as Streamlit loads inline JS). */
export const loadModule: ModuleLoader = (js) => {
  let module = modules.get(js);
  if (!module) {
    const url = URL.createObjectURL(new Blob([js], { type: "text/javascript" }));
    module = import(/* @vite-ignore */ url) as Promise<ComponentModule>;
    modules.set(js, module);
  }
  return module;
};

/** The loader instances use; tests (no Blob URL imports in Node) swap it. */
export const moduleLoader: { load: ModuleLoader } = { load: loadModule };

/** Streamlit's theme variables for components, on top of the app's own (ui/src/styles). */
export const THEME_VARS: Record<string, string> = {
  "--st-primary-color": "var(--st-primary)",
  "--st-background-color": "var(--st-bg)",
  "--st-secondary-background-color": "var(--st-bg-secondary)",
  "--st-text-color": "var(--st-text)",
  "--st-link-color": "var(--st-link, var(--st-primary))",
  "--st-border-color": "var(--st-border)",
  "--st-border-color-light": "var(--st-border-light)",
  "--st-base-radius": "var(--st-radius)",
  "--st-button-radius": "var(--st-radius)",
  "--st-code-font": "var(--st-font-mono)",
  "--st-red-color": "var(--st-red)",
  "--st-green-color": "var(--st-green)",
  "--st-blue-color": "var(--st-blue)",
  "--st-orange-color": "var(--st-orange)",
  "--st-yellow-color": "var(--st-yellow)",
  "--st-violet-color": "var(--st-violet)",
  "--st-gray-color": "var(--st-gray)",
};

let counter = 0;

export class MountedComponent {
  /** The parentElement handed to the JS: a shadow root, or the host itself. */
  readonly root: HTMLElement | ShadowRoot;
  readonly key = `st-bidi-component-${(++counter).toString(36)}`;
  private content: HTMLDivElement | null = null;
  private shown: { html: string | null; css: string | null } | null = null;
  private cleanup: Cleanup = undefined;
  private generation = 0;
  private gone = false;

  constructor(host: HTMLElement, isolate: boolean) {
    this.root = isolate ? (host.shadowRoot ?? host.attachShadow({ mode: "open" })) : host;
  }

  /** Put the HTML and CSS in, replacing the previous ones only when they changed. */
  setContent(html: string | null, css: string | null): void {
    if (this.shown && this.shown.html === html && this.shown.css === css) return;
    this.shown = { html, css };
    this.content?.remove();
    const content = document.createElement("div");
    if (html) {
      const holder = document.createElement("div");
      holder.appendChild(document.createRange().createContextualFragment(html));
      content.appendChild(holder);
    }
    if (css) {
      const style = document.createElement("style");
      style.textContent = css;
      content.appendChild(style);
    }
    this.content = content;
    this.root.appendChild(content);
  }

  /**
   * Call the default export with `args` (again on each data change, as Streamlit
   * does). The cleanup kept is the latest one; it runs on unmount.
   */
  async run(js: string | null, args: Omit<ComponentArgs, "parentElement" | "key">, load: ModuleLoader = moduleLoader.load): Promise<void> {
    if (!js) return;
    const generation = ++this.generation;
    const module = await load(js);
    if (this.gone || generation !== this.generation) return; // unmounted, or newer data came
    if (typeof module.default !== "function") throw new Error("JS module does not have a default export function.");
    const render = module.default as (a: ComponentArgs) => Cleanup | Promise<Cleanup>;
    const result = await render({ ...args, key: this.key, parentElement: this.root });
    if (typeof result === "function") this.cleanup = result;
  }

  unmount(): void {
    this.gone = true;
    const cleanup = this.cleanup;
    this.cleanup = undefined;
    if (typeof cleanup === "function") {
      try {
        void Promise.resolve(cleanup()).catch((err: unknown) => console.error("component cleanup failed", err));
      } catch (err) {
        console.error("component cleanup failed", err);
      }
    }
  }
}
