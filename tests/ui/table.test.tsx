import { Float64, Int64, Table, tableFromArrays, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TableProps } from "../../ui/src/protocol/generated";
import { el, mount } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const ipc = (table: Table) => tableToIPC(table, "stream").slice().buffer;

// What Python's wire_table sends for DataFrame({"n": [1, 22], "word": ["**hi**", None]}, index=["a", "b"]).
const DATA = ipc(
  new Table({
    _index: vectorFromArray(["a", "b"], new Utf8()),
    c0: vectorFromArray([1n, 22n], new Int64()),
    c1: vectorFromArray(["**hi**", null], new Utf8()),
    c2: vectorFromArray([0.5, NaN], new Float64()),
  }),
);
const COLUMNS: TableProps["columns"] = [
  { field: "_index", name: "", index: true, dtype: "object" },
  { field: "c0", name: "n", index: false, dtype: "int64" },
  { field: "c1", name: "word", index: false, dtype: "object" },
  { field: "c2", name: "*ratio*", index: false, dtype: "float64" },
];

async function mountTable(props: Partial<TableProps>) {
  const m = mount(el("table", { data: DATA, columns: COLUMNS, ...props }));
  // The renderer is a lazy chunk: wait for the real table to replace the skeleton.
  await vi.waitFor(async () => {
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(m.root.querySelector("table[data-testid=stTable]")).not.toBeNull();
  });
  return m;
}

const texts = (els: NodeListOf<Element>) => [...els].map((e) => e.textContent);

describe("st.table", () => {
  it("renders the header and every cell in a real table", async () => {
    const { root } = await mountTable({});
    const table = root.querySelector("table[data-testid=stTable]")!;
    expect(texts(table.querySelectorAll("thead th"))).toEqual(["", "n", "word", "ratio"]);
    // Header labels may hold Markdown.
    expect(table.querySelector("thead em")!.textContent).toBe("ratio");
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => texts(tr.querySelectorAll("th, td")));
    expect(rows).toEqual([
      ["a", "1", "hi", "0.5"],
      ["b", "22", "None", "None"],
    ]);
    // The index is a row header; text cells hold Markdown; numbers align right.
    expect(table.querySelector("tbody th")!.getAttribute("scope")).toBe("row");
    expect(table.querySelector("tbody td strong")!.textContent).toBe("hi");
    expect(table.querySelector("tbody td")!.classList.contains("align-right")).toBe(true);
  });

  it("hides the index and the header on request", async () => {
    const { root } = await mountTable({ hide_index: true, hide_header: true });
    expect(root.querySelector("thead")).toBeNull();
    expect(root.querySelector("tbody th")).toBeNull();
    expect(texts(root.querySelectorAll("tbody tr:first-child td"))).toEqual(["1", "hi", "0.5"]);
  });

  it("sets the border mode and a fixed height", async () => {
    expect((await mountTable({})).q("[data-testid=stTableContainer]").className).toContain("border-all");
    expect((await mountTable({ border: false })).q("[data-testid=stTableContainer]").className).toContain("border-none");
    const m = await mountTable({ border: "horizontal", height: 120 });
    const box = m.q("[data-testid=stTableContainer]");
    expect(box.className).toContain("border-horizontal");
    expect(box.style.height).toBe("120px");
    expect(box.style.overflow).toBe("auto");
  });

  it("applies a Styler's display text and CSS per cell, dropping unsafe CSS", async () => {
    const display = ipc(tableFromArrays({ _index: ["a", "b"], c0: ["1.00", "22.00"], c1: ["**hi**", "None"], c2: ["50%", "nan"] }));
    const css = ipc(
      new Table({
        _index: vectorFromArray([null, "color: red"], new Utf8()),
        c0: vectorFromArray(["background-color: yellow", "background: url(javascript:alert(1))"], new Utf8()),
        c1: vectorFromArray([null, null], new Utf8()),
        c2: vectorFromArray([null, null], new Utf8()),
      }),
    );
    const { root } = await mountTable({ styles: { display, css } });
    const first = root.querySelectorAll<HTMLElement>("tbody tr")[0]!.querySelectorAll<HTMLElement>("td");
    expect(first[0]!.textContent).toBe("1.00");
    expect(first[0]!.style.backgroundColor).toBe("yellow");
    expect(first[2]!.textContent).toBe("50%");
    const second = root.querySelectorAll<HTMLElement>("tbody tr")[1]!;
    expect(second.querySelector<HTMLElement>("th")!.style.color).toBe("red");
    expect(second.querySelector("td")!.getAttribute("style")).toBeNull();
  });

  it("labels the table with alt", async () => {
    const { root } = await mountTable({ alt: "Scores" });
    expect(root.querySelector("table")!.getAttribute("aria-label")).toBe("Scores");
  });
});
