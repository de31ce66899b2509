/**
 * st.data_editor with a pandas categorical column, from the real Python
 * wire (wire_table + resolve_column_config): the cells show the categories as
 * text and the cell editor is a select of every category, in order, so a
 * value outside them cannot be chosen, typed or pasted.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DataEditorProps } from "../../ui/src/protocol/generated";
import { pyGrid, type PyGrid, useFixedGridLayout } from "./data-helpers";
import { mountDataEditor } from "./data-mount";
import { fire } from "./fixtures";

useFixedGridLayout();

let grid: PyGrid;
beforeAll(() => {
  // "XL" is a category no row uses: it must still be offered.
  grid = pyGrid(`pd.DataFrame({"size": pd.Categorical(["M", "S"], categories=["S", "M", "L", "XL"]), "n": [1, 2]})`);
});

afterEach(() => {
  document.body.innerHTML = "";
});

function mount(props: Partial<DataEditorProps> = {}, wire: PyGrid = grid) {
  return mountDataEditor({ data: wire.data.buffer as ArrayBuffer, columns: wire.columns, column_config: wire.column_config, ...props });
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

describe("categorical column of datetimes (an Arrow dictionary of timestamps)", () => {
  // The same instants as a plain datetime column next to each categorical, naive and tz-aware.
  const FRAME = `(lambda naive, zoned: pd.DataFrame({
    "cat": pd.Categorical(naive), "plain": naive,
    "zcat": pd.Categorical(zoned), "zplain": zoned,
  }))(pd.to_datetime(["2025-03-04 20:00:00", "2025-01-01 08:30:15"]),
      pd.to_datetime(["2025-03-04 20:00:00", "2025-07-01 08:30:15"]).tz_localize("Europe/Berlin"))`;
  let dates: PyGrid;
  beforeAll(() => {
    dates = pyGrid(FRAME);
  });

  it("shows each category as the datetime column shows it, in the column's timezone", () => {
    const { cell } = mount({}, dates); // col 1 index, 2 cat, 3 plain, 4 zcat, 5 zplain
    expect([cell(0, 2).textContent, cell(1, 2).textContent]).toEqual(["2025-03-04 20:00:00", "2025-01-01 08:30:15"]);
    expect([cell(0, 4).textContent, cell(1, 4).textContent]).toEqual(["2025-03-04 20:00:00+01:00", "2025-07-01 08:30:15+02:00"]);
    for (const row of [0, 1]) {
      expect(cell(row, 2).textContent).toBe(cell(row, 3).textContent);
      expect(cell(row, 4).textContent).toBe(cell(row, 5).textContent);
    }
  });

  it("edits with the categories selected by instant and sends the chosen one's ISO value", () => {
    const { root, sent, cell, dbl } = mount({}, dates);
    dbl(cell(0, 4));
    const select = root.querySelector<HTMLSelectElement>('[data-testid="stDataEditorCellSelect"]')!;
    expect(select.options[select.selectedIndex]?.textContent).toBe("2025-03-04 20:00:00+01:00");
    select.value = String([...select.options].findIndex((o) => o.textContent === "2025-07-01 08:30:15+02:00") - 1);
    fire(select, new Event("change", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { zcat: "2025-07-01T08:30:15+02:00" } }, added_rows: [], deleted_rows: [] });
    expect(cell(0, 4).textContent).toBe("2025-07-01 08:30:15+02:00");
  });
});
