/**
 * st.data_editor with a pandas categorical column, from the real Python
 * wire (wire_table + resolve_column_config): the cells show the categories as
 * text and the cell editor is a select of every category, in order, so a
 * value outside them cannot be chosen, typed or pasted.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import type { ColumnInfo } from "../../ui/src/data/arrow";
import { render as DataEditor } from "../../ui/src/elements/data-editor-impl";
import type { DataEditorProps } from "../../ui/src/protocol/generated";
import { WidgetContext } from "../../ui/src/widgets/context";
import { el, fire } from "./fixtures";

const ROOT = resolve(__dirname, "..", "..");

interface PyGrid {
  data: Uint8Array;
  columns: ColumnInfo[];
  column_config: DataEditorProps["column_config"];
}

/** The wire table and resolved column config Python sends for `frame` (a pandas expression). */
function pyGrid(frame: string): PyGrid {
  const script = [
    "import base64, json, pandas as pd",
    "from wasmlit.data import wire_table",
    "from wasmlit.data.column_config import resolve_column_config",
    `f = ${frame}`,
    "w = wire_table(f)",
    "c = resolve_column_config({}, f, w.columns)",
    "print(json.dumps({'data': base64.b64encode(w.data).decode(), 'columns': w.columns, 'config': c}))",
  ].join("\n");
  const out = execFileSync(resolve(ROOT, ".venv/bin/python"), ["-c", script], { cwd: ROOT, encoding: "utf8" });
  const parsed = JSON.parse(out) as { data: string; columns: ColumnInfo[]; config: DataEditorProps["column_config"] };
  return { data: new Uint8Array(Buffer.from(parsed.data, "base64")), columns: parsed.columns, column_config: parsed.config };
}

// jsdom has no layout: give the grid's scroll box a size so the virtualizer renders rows.
const saved: [string, PropertyDescriptor | undefined][] = [];
beforeAll(() => {
  for (const [prop, value] of [
    ["clientHeight", 400],
    ["clientWidth", 800],
    ["offsetHeight", 400],
    ["offsetWidth", 800],
  ] as const) {
    saved.push([prop, Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop)]);
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
  }
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(
    () => ({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 400, width: 800, height: 400, toJSON: () => ({}) }) as DOMRect,
  );
  Element.prototype.scrollTo = function () {};
});
afterAll(() => {
  for (const [prop, desc] of saved) if (desc) Object.defineProperty(HTMLElement.prototype, prop, desc);
  vi.restoreAllMocks();
});

let grid: PyGrid;
beforeAll(() => {
  // "XL" is a category no row uses: it must still be offered.
  grid = pyGrid(`pd.DataFrame({"size": pd.Categorical(["M", "S"], categories=["S", "M", "L", "XL"]), "n": [1, 2]})`);
});

afterEach(() => {
  document.body.innerHTML = "";
});

function mount(props: Partial<DataEditorProps> = {}) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const node = el("data_editor", {
    data: grid.data.buffer as ArrayBuffer,
    columns: grid.columns,
    column_config: grid.column_config,
    ...props,
  });
  act(() => {
    render(
      <WidgetContext.Provider value={{ send: (u) => sent.push(u) }}>
        <DataEditor node={node} />
      </WidgetContext.Provider>,
      root,
    );
  });
  const cell = (viewRow: number, colIndex: number) =>
    root.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${viewRow + 2}"] [role="gridcell"][aria-colindex="${colIndex}"]`)!;
  const dbl = (target: HTMLElement) => fire(target, new MouseEvent("dblclick", { bubbles: true }));
  return { root, sent, cell, dbl };
}

describe("data_editor categorical column", () => {
  it("shows the categories as text", () => {
    const { cell } = mount();
    expect(cell(0, 2).textContent).toBe("M"); // col 1 index, 2 size, 3 n
    expect(cell(1, 2).textContent).toBe("S");
  });

  it("edits with a select of every category in order and sends the chosen one", () => {
    const { root, sent, cell, dbl } = mount();
    dbl(cell(0, 2));
    const select = root.querySelector<HTMLSelectElement>('[data-testid="stDataEditorCellSelect"]')!;
    expect(select).not.toBeNull();
    expect(root.querySelector('[data-testid="stDataEditorCellInput"]')).toBeNull(); // no free text
    expect([...select.options].map((o) => o.textContent)).toEqual(["(empty)", "S", "M", "L", "XL"]);
    expect(select.options[select.selectedIndex]?.textContent).toBe("M");
    select.value = "3"; // "XL"
    fire(select, new Event("change", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { size: "XL" } }, added_rows: [], deleted_rows: [] });
    expect(cell(0, 2).textContent).toBe("XL");
  });

  it("refuses pasted text that is not a category", () => {
    const { root, sent, cell } = mount();
    fire(cell(0, 2), new MouseEvent("click", { bubbles: true }));
    const paste = Object.assign(new Event("paste", { bubbles: true, cancelable: true }), {
      clipboardData: { getData: () => "XXL\nL\n" },
    });
    fire(root.querySelector('[role="grid"]')!, paste);
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "1": { size: "L" } }, added_rows: [], deleted_rows: [] });
    expect(cell(0, 2).textContent).toBe("M");
  });
});
