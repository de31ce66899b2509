/**
 * ButtonColumn clicks in jsdom with real wire bytes: a click (or Enter/Space)
 * on a button cell of st.dataframe / st.data_editor sends its column's
 * one-run trigger {row: position in the original data, label}, never a
 * selection or an editor; a column without a key is drawn inert. Plus two
 * data_editor behaviours: type-to-edit and "Add row" focusing the new row.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import { render as DataEditor } from "../../ui/src/elements/data-editor-impl";
import { render as Dataframe } from "../../ui/src/elements/dataframe-impl";
import type { DataEditorProps, DataframeProps } from "../../ui/src/protocol/generated";
import { WidgetContext } from "../../ui/src/widgets/context";
import { pyWire, useFixedGridLayout, type Wire } from "./data-helpers";
import { el, fire, key } from "./fixtures";

useFixedGridLayout();
afterEach(() => {
  document.body.innerHTML = "";
});

const BUTTON = { type_config: { type: "button", button_type: "secondary" }, disabled: true };
const click = (target: Element) => fire(target, new MouseEvent("click", { bubbles: true }));

let wire: Wire;
let long: Wire;
beforeAll(() => {
  wire = pyWire(`pd.DataFrame({"name": ["carol", "alice", "bob"], "action": ["Open c", "Open a", "Open b"], "other": ["x", "y", "z"]})`);
  long = pyWire(`pd.DataFrame({"name": [f"n{i}" for i in range(40)], "qty": list(range(40))})`);
});

function mount(type: "dataframe" | "data_editor", data: Wire, props: Partial<DataframeProps> | Partial<DataEditorProps>) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const draw = (extra: Record<string, unknown> = {}) => {
    const base = { data: data.data.buffer as ArrayBuffer, columns: data.columns, ...props, ...extra };
    act(() => {
      render(
        <WidgetContext.Provider value={{ send: (u) => sent.push(u) }}>
          {type === "dataframe" ? <Dataframe node={el("dataframe", base as Partial<DataframeProps>)} /> : <DataEditor node={el("data_editor", base as Partial<DataEditorProps>)} />}
        </WidgetContext.Provider>,
        root,
      );
    });
  };
  draw();
  const grid = root.querySelector<HTMLElement>('[role="grid"]')!;
  const cell = (viewRow: number, colIndex: number) =>
    root.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${viewRow + 2}"] [role="gridcell"][aria-colindex="${colIndex}"]`)!;
  return { root, grid, sent, cell, draw };
}

describe("ButtonColumn clicks in st.dataframe", () => {
  const props = {
    column_config: { c1: BUTTON, c2: { type_config: { type: "button" }, disabled: true } } as DataframeProps["column_config"],
    button_columns: { c1: "$$ID-act" },
    selectable: true,
    selection_mode: ["multi-row", "single-cell"] as DataframeProps["selection_mode"],
  };

  it("a click on a button of a sorted grid sends the original row and the label, and selects nothing", () => {
    const { root, sent, cell } = mount("dataframe", wire, props);
    click(root.querySelector('[data-field="c0"] button')!); // sort by name: alice, bob, carol
    // Columns: 1 row checkbox, 2 index, 3 name, 4 action, 5 other.
    expect(cell(0, 3).textContent).toBe("alice");
    const button = cell(0, 4).querySelector<HTMLButtonElement>("button.stCellButton")!;
    expect(button.getAttribute("aria-disabled")).toBeNull();
    click(button);
    expect(sent).toEqual([{ id: "$$ID-act", value: { row: 1, label: "Open a" }, trigger: true }]);
    expect(root.querySelector(".dfSelected, .dfRowSelected")).toBeNull();
    // The same cell again is a new click.
    click(button);
    expect(sent).toHaveLength(2);
  });

  it("Enter and Space on a focused button cell click it", () => {
    const { grid, sent } = mount("dataframe", wire, props);
    key(grid, "keydown", "ArrowDown"); // focus (0, 0)
    key(grid, "keydown", "ArrowDown");
    key(grid, "keydown", "ArrowRight");
    key(grid, "keydown", "ArrowRight"); // row 1, action
    key(grid, "keydown", "Enter");
    key(grid, "keydown", " ");
    expect(sent).toEqual([
      { id: "$$ID-act", value: { row: 1, label: "Open a" }, trigger: true },
      { id: "$$ID-act", value: { row: 1, label: "Open a" }, trigger: true },
    ]);
    expect(grid.querySelector(".dfRowSelected")).toBeNull();
  });

  it("a ButtonColumn without a key is inert: drawn disabled, its clicks select as any cell", () => {
    const { sent, cell } = mount("dataframe", wire, props);
    const button = cell(2, 5).querySelector<HTMLButtonElement>("button.stCellButton")!;
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(button.classList.contains("inert")).toBe(true);
    click(button);
    expect(sent).toEqual([{ id: "$$ID-dataframe", value: { selection: { rows: [], columns: [], cells: [[2, "other"]] } } }]);
  });

  it("without button_columns no button does anything", () => {
    const { sent, cell } = mount("dataframe", wire, { column_config: props.column_config });
    click(cell(0, 3).querySelector("button")!);
    expect(cell(0, 3).querySelector("button")!.getAttribute("aria-disabled")).toBe("true");
    expect(sent).toEqual([]);
  });
});

describe("ButtonColumn clicks in st.data_editor", () => {
  it("sends the row's position in the data (deleted rows before it counted), never opening an editor", () => {
    const value = { edited_rows: {}, added_rows: [{ action: "New" }], deleted_rows: [0] };
    const { root, sent, cell } = mount("data_editor", wire, {
      column_config: { c1: BUTTON } as DataEditorProps["column_config"],
      button_columns: { c1: "$$ID-act" },
      num_rows: "dynamic",
      value,
    });
    // View rows: alice (data row 1), bob (2), the added row (data position 3). Columns: 1 check, 2 index, 3 name, 4 action.
    click(cell(1, 4).querySelector("button")!);
    fire(cell(1, 4).querySelector("button")!, new MouseEvent("dblclick", { bubbles: true })); // no editor
    click(cell(2, 4).querySelector("button")!);
    expect(sent).toEqual([
      { id: "$$ID-act", value: { row: 2, label: "Open b" }, trigger: true },
      { id: "$$ID-act", value: { row: 3, label: "New" }, trigger: true },
    ]);
    expect(root.querySelector(".stDataEditorInput")).toBeNull();
    expect(root.querySelector(".dfRowSelected")).toBeNull();
  });
});

describe("data_editor type-to-edit", () => {
  it("a printable key on an editable text or number cell opens its editor with that character", () => {
    const { root, grid, sent } = mount("data_editor", long, {});
    key(grid, "keydown", "ArrowDown"); // focus (0, 0): the index, not editable
    key(grid, "keydown", "x");
    expect(root.querySelector(".stDataEditorInput")).toBeNull();
    key(grid, "keydown", "ArrowRight"); // name
    key(grid, "keydown", "x", { ctrlKey: true }); // a shortcut, not typing
    key(grid, "keydown", "Shift");
    expect(root.querySelector(".stDataEditorInput")).toBeNull();
    key(grid, "keydown", "Z");
    const input = root.querySelector<HTMLInputElement>('[data-testid="stDataEditorCellInput"]')!;
    expect(input.value).toBe("Z");
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([1, 1]);
    key(input, "keydown", "Enter");
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { name: "Z" } }, added_rows: [], deleted_rows: [] });
    key(grid, "keydown", "ArrowRight"); // qty
    key(grid, "keydown", "7");
    const qty = root.querySelector<HTMLInputElement>('[data-testid="stDataEditorCellInput"]')!;
    expect(qty.value).toBe("7");
    key(qty, "keydown", "Enter");
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { name: "Z", qty: 7 } }, added_rows: [], deleted_rows: [] });
  });
});

describe("data_editor Add row", () => {
  it("scrolls the new row into view and focuses its first editable cell", () => {
    const { root, grid, sent } = mount("data_editor", long, { num_rows: "dynamic", hide_index: true });
    expect(grid.scrollTop).toBe(0);
    click(root.querySelector('[data-testid="stDataFrameAddRowButton"]')!);
    expect(sent.at(-1)?.value).toEqual({ edited_rows: {}, added_rows: [{}], deleted_rows: [] });
    expect(grid.scrollTop).toBeGreaterThan(0);
    expect(document.activeElement).toBe(grid);
    // The index is hidden: the first shown column (name) of view row 40.
    const focusId = grid.getAttribute("aria-activedescendant")!;
    expect(focusId).toMatch(/-r40-c0$/);
    const focused = root.querySelector(`#${focusId}`)!;
    expect(focused.closest('[role="row"]')?.getAttribute("aria-rowindex")).toBe("42");
    // Typing goes straight into the new row.
    key(grid, "keydown", "n");
    const input = root.querySelector<HTMLInputElement>('[data-testid="stDataEditorCellInput"]')!;
    expect(input.value).toBe("n");
    key(input, "keydown", "Enter");
    expect(sent.at(-1)?.value).toEqual({ edited_rows: {}, added_rows: [{ name: "n" }], deleted_rows: [] });
  });
});
