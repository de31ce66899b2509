/** st.components.v2: mounting (shadow root or not), the JS args, state/trigger updates, cleanup. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act } from "preact/test-utils";
import { render } from "preact";
import { tableFromArrays, tableToIPC, type Table } from "apache-arrow";
import { moduleLoader, loadModule, MountedComponent, type ComponentArgs } from "../../ui/src/components/v2/mount";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, putNode } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";
import { el, mount } from "./fixtures";

type Call = ComponentArgs & { cleanedUp: boolean };
let calls: Call[] = [];
let cleanups = 0;

// Each test's "module" is a function chosen by the js text (Node cannot import Blob URLs).
const MODULES: Record<string, (args: ComponentArgs) => unknown> = {
  record: (args) => {
    const call = { ...args, cleanedUp: false };
    calls.push(call);
    return () => {
      call.cleanedUp = true;
      cleanups++;
    };
  },
  buttons: (args) => {
    calls.push({ ...args, cleanedUp: false });
    const button = args.parentElement.querySelector("button");
    if (button) button.onclick = () => {
      args.setStateValue("count", 1);
      args.setTriggerValue("clicked", "yes");
      args.setTriggerValue("other", 2);
    };
  },
  nodefault: () => undefined,
};

beforeEach(() => {
  calls = [];
  cleanups = 0;
  moduleLoader.load = (js) => {
    const fn = MODULES[js];
    return Promise.resolve(js === "nodefault" ? {} : { default: fn });
  };
});
afterEach(() => {
  moduleLoader.load = loadModule;
  document.body.innerHTML = "";
});

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
};

const node = (props: Partial<ReturnType<typeof el<"component_v2">>["props"]>, id = "$$ID-c-k") =>
  el("component_v2", { html: "<button>Go</button>", css: "button { color: red }", js: "record", ...props }, { id });

describe("component_v2 mounting", () => {
  it("mounts html and css in a shadow root and calls the default export", async () => {
    const m = mount(node({ data_kind: "json", data: { n: 1 } }));
    await flush();
    const host = m.q(".stBidiComponent-host");
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot?.querySelector("button")?.textContent).toBe("Go");
    expect(host.shadowRoot?.querySelector("style")?.textContent).toBe("button { color: red }");
    expect(host.querySelector("button")).toBeNull(); // nothing in the light DOM
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.name).toBe("demo");
    expect(call.data).toEqual({ n: 1 });
    expect(call.parentElement).toBe(host.shadowRoot);
    expect(call.key).toMatch(/^st-bidi-component-/);
  });

  it("mounts in the light DOM without isolate_styles", async () => {
    const m = mount(node({ isolate_styles: false }));
    await flush();
    const host = m.q(".stBidiComponent-host");
    expect(host.shadowRoot).toBeNull();
    expect(host.querySelector("button")?.textContent).toBe("Go");
    expect(calls[0]?.parentElement).toBe(host);
  });

  it("keeps the DOM across reruns and calls the export again only for new data", async () => {
    const m = mount(node({ data_kind: "json", data: 1 }));
    await flush();
    const host = m.q(".stBidiComponent-host");
    const button = host.shadowRoot?.querySelector("button");
    m.rerender(node({ data_kind: "json", data: 1 }));
    await flush();
    expect(calls).toHaveLength(1); // same data: not called again
    // An unkeyed instance gets a new id when its data changes: the DOM stays anyway.
    m.rerender(node({ data_kind: "json", data: 2 }, "$$ID-other-None"));
    await flush();
    expect(m.q(".stBidiComponent-host")).toBe(host);
    expect(host.shadowRoot?.querySelector("button")).toBe(button);
    expect(calls.map((c) => c.data)).toEqual([1, 2]);
    expect(calls[1]?.key).toBe(calls[0]?.key);
    expect(cleanups).toBe(0); // cleanup only on unmount
  });

  it("passes bytes as a Uint8Array", async () => {
    mount(node({ data_kind: "bytes", data: null, data_bytes: new Uint8Array([1, 2, 3]).buffer }));
    await flush();
    expect(calls[0]?.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(calls[0]?.data as Uint8Array)).toEqual([1, 2, 3]);
  });

  it("passes a dict's dataframes as Arrow tables in their place", async () => {
    const ipc = tableToIPC(tableFromArrays({ x: Int32Array.from([1, 2]) }), "stream");
    const buffer = ipc.buffer.slice(ipc.byteOffset, ipc.byteOffset + ipc.byteLength) as ArrayBuffer;
    mount(node({ data_kind: "json", data: { title: "t", df: null }, data_frames: [{ key: "df", data: buffer }] }));
    await flush();
    const data = calls[0]?.data as { title: string; df: Table };
    expect(data.title).toBe("t");
    expect(data.df.numRows).toBe(2);
    expect(data.df.getChild("x")?.toArray()).toEqual(Int32Array.from([1, 2]));
  });

  it("setStateValue sends the merged state; setTriggerValue one trigger update per task", async () => {
    const m = mount(node({ js: "buttons", state: { keep: true }, trigger_id: "$$ID-t" }));
    await flush();
    m.q(".stBidiComponent-host").shadowRoot?.querySelector("button")?.click();
    await flush();
    expect(m.sent).toEqual([
      { id: "$$ID-c-k", value: { keep: true, count: 1 } },
      {
        id: "$$ID-t",
        value: [
          { event: "clicked", value: "yes" },
          { event: "other", value: 2 },
        ],
        trigger: true,
      },
    ]);
  });

  it("sends state and triggers of one task in one rerun when the host batches", async () => {
    const root = document.createElement("div");
    document.body.appendChild(root);
    const batches: WidgetUpdate[][] = [];
    const host = { send: (u: WidgetUpdate) => batches.push([u]), sendAll: (us: WidgetUpdate[]) => batches.push(us) };
    const tree = putNode(emptyTree(), [0, 0], node({ js: "buttons", trigger_id: "$$ID-t" }), 1);
    act(() => {
      render(
        <WidgetContext.Provider value={host}>
          <ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />
        </WidgetContext.Provider>,
        root,
      );
    });
    await flush();
    root.querySelector<HTMLElement>(".stBidiComponent-host")?.shadowRoot?.querySelector("button")?.click();
    await flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((u) => u.id)).toEqual(["$$ID-c-k", "$$ID-t"]);
  });

  it("ignores triggers inside a form", async () => {
    const m = mount(node({ js: "buttons", in_form: true }));
    await flush();
    m.q(".stBidiComponent-host").shadowRoot?.querySelector("button")?.click();
    await flush();
    expect(m.sent).toEqual([{ id: "$$ID-c-k", value: { count: 1 } }]);
  });

  it("calls the cleanup on unmount", async () => {
    const m = mount(node({}));
    await flush();
    expect(cleanups).toBe(0);
    act(() => render(null, m.root));
    expect(cleanups).toBe(1);
    expect(calls[0]?.cleanedUp).toBe(true);
  });

  it("shows an error when the module has no default export", async () => {
    const m = mount(node({ js: "nodefault" }));
    await flush();
    expect(m.q('[data-testid="stComponentError"]').textContent).toContain("default export");
  });
});

describe("MountedComponent", () => {
  it("rewrites html/css only when they change", () => {
    const host = document.createElement("div");
    const mounted = new MountedComponent(host, false);
    mounted.setContent("<p>a</p>", null);
    const first = host.querySelector("p");
    mounted.setContent("<p>a</p>", null);
    expect(host.querySelector("p")).toBe(first);
    mounted.setContent("<p>b</p>", "p{}");
    expect(host.querySelectorAll("p")).toHaveLength(1);
    expect(host.querySelector("p")?.textContent).toBe("b");
  });
});
