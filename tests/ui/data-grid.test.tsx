/**
 * The st.dataframe renderer in jsdom with real wire bytes: the rendered
 * window of rows, header sort (aria-sort and row order), row selection sent
 * as the widget value in original positions, keyboard focus and copy, the
 * search box, CSV download and the data_editor hook.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import { decodeTable } from "../../ui/src/data/arrow";
import { Grid } from "../../ui/src/data/Grid";
import { render as Dataframe } from "../../ui/src/elements/dataframe-impl";
import { WidgetContext } from "../../ui/src/widgets/context";
import { el, fire, key, typeInto } from "./fixtures";
import { pyWire, type Wire } from "./data-helpers";

// jsdom has no layout: give the grid's scroll box a size so the virtualizer renders rows.
const sizes = { width: 800, height: 400 };
const saved: PropertyDescriptor[] = [];
beforeAll(() => {
  const proto = HTMLElement.prototype;
  for (const [prop, value] of [
    ["clientHeight", () => sizes.height],
    ["clientWidth", () => sizes.width],
    ["offsetHeight", () => sizes.height],
    ["offsetWidth", () => sizes.width],
  ] as const) {
    saved.push(Object.getOwnPropertyDescriptor(proto, prop) as PropertyDescriptor);
    Object.defineProperty(proto, prop, { configurable: true, get: value });
  }
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(
    () => ({ x: 0, y: 0, top: 0, left: 0, right: sizes.width, bottom: sizes.height, ...sizes, toJSON: () => ({}) }) as DOMRect,
  );
  Element.prototype.scrollTo = function (this: Element, opts?: ScrollToOptions | number) {
    if (typeof opts === "object") {
      if (opts.top !== undefined) this.scrollTop = opts.top;
      if (opts.left !== undefined) this.scrollLeft = opts.left;
      this.dispatchEvent(new Event("scroll"));
    }
  };
});
afterAll(() => {
  const props = ["clientHeight", "clientWidth", "offsetHeight", "offsetWidth"];
  props.forEach((p, i) => saved[i] && Object.defineProperty(HTMLElement.prototype, p, saved[i] as PropertyDescriptor));
  vi.restoreAllMocks();
});
afterEach(() => {
  document.body.innerHTML = "";
});

let small: Wire;
let big: Wire;
beforeAll(() => {
  small = pyWire(`pd.DataFrame({"name": ["carol", "alice", "bob"], "age": [35, 29, None]})`);
  big = pyWire(`pd.DataFrame({"v": np.arange(5000) * 2})`);
});

function mountDf(wire: Wire, props: Record<string, unknown> = {}) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const node = el("dataframe", { data: wire.data.buffer as ArrayBuffer, columns: wire.columns, ...props });
  act(() => {
    render(
      <WidgetContext.Provider value={{ send: (u) => sent.push(u) }}>
        <Dataframe node={node} />
      </WidgetContext.Provider>,
      root,
    );
  });
  const grid = root.querySelector<HTMLElement>('[role="grid"]')!;
  const column = (colIndex: number) =>
    [...root.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')]
      .sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")))
      .map((row) => row.querySelector(`[role="gridcell"][aria-colindex="${colIndex}"]`)?.textContent);
  return { root, grid, sent, column };
}

describe("st.dataframe grid", () => {
  it("renders headers and cells with roles, the placeholder for missing values", () => {
    const { root, column } = mountDf(small);
    expect(root.querySelector('[data-testid="stDataFrame"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="stDataFrameResizable"]')).not.toBeNull();
    const headers = [...root.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent);
    expect(headers).toEqual(["", "name", "age"]);
    expect(column(1)).toEqual(["0", "1", "2"]);
    expect(column(2)).toEqual(["carol", "alice", "bob"]);
    expect(column(3)).toEqual(["35", "29", "None"]);
  });

  it("sorts by header clicks: ascending, descending, off", () => {
    const { root, column } = mountDf(small);
    const header = () => root.querySelector<HTMLElement>('[role="columnheader"][data-field="c0"]')!;
    fire(header().querySelector("button")!, new MouseEvent("click", { bubbles: true }));
    expect(header().getAttribute("aria-sort")).toBe("ascending");
    expect(column(2)).toEqual(["alice", "bob", "carol"]);
    fire(header().querySelector("button")!, new MouseEvent("click", { bubbles: true }));
    expect(header().getAttribute("aria-sort")).toBe("descending");
    expect(column(2)).toEqual(["carol", "bob", "alice"]);
    fire(header().querySelector("button")!, new MouseEvent("click", { bubbles: true }));
    expect(header().getAttribute("aria-sort")).toBe("none");
    expect(column(1)).toEqual(["0", "1", "2"]);
  });

  it("sends selected rows as original positions after sorting", () => {
    const { root, sent } = mountDf(small, { selectable: true, selection_mode: ["multi-row"] });
    fire(root.querySelector('[data-field="c0"] button')!, new MouseEvent("click", { bubbles: true })); // sort by name
    const firstRowBox = root.querySelector<HTMLElement>('[role="row"][aria-rowindex="2"] .dfCheckCell')!;
    fire(firstRowBox, new MouseEvent("click", { bubbles: true })); // "alice" = original row 1
    expect(sent.at(-1)).toEqual({ id: "$$ID-dataframe", value: { selection: { rows: [1], columns: [], cells: [] } } });
  });

  it("selects a column by header click when column selection is on, sorting through its arrow", () => {
    const { root, sent, column } = mountDf(small, { selectable: true, selection_mode: ["single-column"] });
    fire(root.querySelector('[data-field="c1"] .dfHeaderLabel')!, new MouseEvent("click", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ selection: { rows: [], columns: ["age"], cells: [] } });
    fire(root.querySelector('[data-field="c1"] .dfSortButton')!, new MouseEvent("click", { bubbles: true }));
    expect(column(3)).toEqual(["29", "35", "None"]);
  });

  it("moves focus with arrow keys and copies the focused cell as text", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    const { grid } = mountDf(small);
    key(grid, "keydown", "ArrowDown"); // focus appears at (0, 0)
    key(grid, "keydown", "ArrowDown");
    key(grid, "keydown", "ArrowRight");
    expect(grid.getAttribute("aria-activedescendant")).toMatch(/-r1-c1$/);
    key(grid, "keydown", "c", { ctrlKey: true });
    await Promise.resolve();
    expect(writeText).toHaveBeenCalledWith("alice");
  });

  it("search highlights matches and Enter steps to the next one", () => {
    const { root } = mountDf(small);
    fire(root.querySelector('[aria-label="Search"]')!, new MouseEvent("click", { bubbles: true }));
    const input = root.querySelector<HTMLInputElement>('[data-testid="stDataFrameSearch"] input')!;
    typeInto(input, "o");
    expect([...root.querySelectorAll(".dfMatch")].map((c) => c.textContent)).toEqual(["carol", "bob"]);
    expect(root.querySelector(".dfMatchCurrent")?.textContent).toBe("carol");
    key(input, "keydown", "Enter");
    expect(root.querySelector(".dfMatchCurrent")?.textContent).toBe("bob");
    expect(root.querySelector(".dfSearchCount")?.textContent).toBe("2 of 2");
  });

  it("downloads the shown data as a UTF-8 CSV with a BOM", async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:x"), revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { root } = mountDf(small);
    fire(root.querySelector('[aria-label="Download as CSV"]')!, new MouseEvent("click", { bubbles: true }));
    expect(click).toHaveBeenCalled();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(",name,age\n0,carol,35\n1,alice,29\n2,bob,\n");
  });

  it("renders only a window of a large frame and reaches the last row by keyboard", () => {
    const { root, grid, column } = mountDf(big, { height: 400 });
    const rendered = root.querySelectorAll('[role="row"]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    key(grid, "keydown", "ArrowDown");
    key(grid, "keydown", "End", { ctrlKey: true });
    act(() => {
      grid.dispatchEvent(new Event("scroll"));
    });
    expect(column(2)).toContain("9998");
    expect(root.querySelector('[aria-rowindex="5001"]')).not.toBeNull();
  });

  it("hides the index with hide_index and follows column_order", () => {
    const { root } = mountDf(small, { hide_index: true, column_order: ["c1"] });
    expect([...root.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent)).toEqual(["age"]);
  });
});

describe("Grid editing hook", () => {
  it("opens the editor on Enter for editable cells and shows edited values", () => {
    const root = document.createElement("div");
    document.body.appendChild(root);
    const table = decodeTable(small.data, small.columns);
    const editing = {
      canEdit: (_row: number, column: { field: string }) => column.field === "c0",
      valueAt: (row: number, column: { field: string }, original: unknown) => (row === 0 && column.field === "c0" ? "edited" : original),
      renderEditor: ({ value }: { value: unknown }) => <input class="test-editor" value={String(value)} />,
    };
    act(() => {
      render(<Grid table={table} layout={{ columnOrder: null, hideIndex: true }} height="auto" width="stretch" editing={editing} />, root);
    });
    const grid = root.querySelector<HTMLElement>('[role="grid"]')!;
    expect(root.querySelector('[aria-rowindex="2"] [aria-colindex="1"]')?.textContent).toBe("edited");
    key(grid, "keydown", "ArrowDown");
    key(grid, "keydown", "ArrowRight"); // age: not editable
    key(grid, "keydown", "Enter");
    expect(root.querySelector(".test-editor")).toBeNull();
    key(grid, "keydown", "ArrowLeft");
    key(grid, "keydown", "Enter");
    expect(root.querySelector<HTMLInputElement>(".test-editor")?.value).toBe("edited");
  });
});
