/**
 * st.table: every row as a real <table> (no virtualisation, sorting or
 * scrolling beyond a fixed height). Text cells, headers and the index may hold
 * GitHub-flavoured Markdown, as Streamlit documents; it goes through the
 * sanitizing Markdown pipeline. A pandas Styler's display text and CSS apply
 * per cell, the CSS as a style object (never a string of HTML).
 *
 * Loaded lazily (table.tsx): apache-arrow stays out of the entry bundle.
 */
import { tableFromIPC } from "apache-arrow";
import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { decodeTable, type DecodedTable } from "../data/arrow";
import { cellAlign, cellContent } from "../data/cells";
import { createStyler, NO_STYLES } from "../data/styles";
import type { CellStyler, GridColumn } from "../data/types";
import { isMissing } from "../data/values";
import { Markdown } from "../markdown/Markdown";
import type { TableProps } from "../protocol/generated";
import type { ElementRenderer } from "./types";

function stylerOf(styles: TableProps["styles"]): CellStyler {
  if (styles === null) return NO_STYLES;
  const decode = (bytes: ArrayBuffer) => (bytes.byteLength === 0 ? null : tableFromIPC(new Uint8Array(bytes)));
  return createStyler(decode(styles.display), decode(styles.css));
}

/** One cell's content: Markdown for text (and Styler text), the column kind's renderer otherwise. */
function Cell({ value, column, display }: { value: unknown; column: GridColumn; display: string | null }): ComponentChildren {
  if (display !== null && (column.kind === "text" || column.kind === "number" || column.kind === "datetime" || column.kind === "date" || column.kind === "time")) {
    return <Markdown body={display} inline testId="stTableCellMarkdown" />;
  }
  if (column.kind === "text" && typeof value === "string") return <Markdown body={value} inline testId="stTableCellMarkdown" />;
  if (column.kind === "text" && isMissing(value)) return cellContent(value, column);
  return cellContent(value, column, { display });
}

function HeaderRow({ columns }: { columns: GridColumn[] }) {
  return (
    <tr>
      {columns.map((column) => (
        <th key={column.field} scope="col" class={`stTableHeader align-${column.index ? "left" : cellAlign(column)}${column.index ? " index" : ""}`}>
          {column.label === "" ? null : <Markdown body={column.label} inline testId="stTableHeaderMarkdown" />}
        </th>
      ))}
    </tr>
  );
}

function Rows({ table, columns, styler }: { table: DecodedTable; columns: GridColumn[]; styler: CellStyler }) {
  const rows: ComponentChildren[] = [];
  for (let row = 0; row < table.rows; row++) {
    rows.push(
      <tr key={row}>
        {columns.map((column) => {
          const value = table.data.get(column.field)?.get(row);
          const Tag = column.index ? "th" : "td";
          return (
            <Tag
              key={column.field}
              scope={column.index ? "row" : undefined}
              class={`stTableCell align-${column.index ? "left" : cellAlign(column)}${column.index ? " index" : ""}`}
              style={styler.cellStyle(row, column.field)}
            >
              <Cell value={value} column={column} display={styler.displayText(row, column.field)} />
            </Tag>
          );
        })}
      </tr>,
    );
  }
  return <>{rows}</>;
}

function heightStyle(height: TableProps["height"]): Record<string, string> | undefined {
  if (typeof height === "number") return { height: `${height}px`, overflow: "auto" };
  return height === "stretch" ? { height: "100%", overflow: "auto" } : undefined;
}

export const render: ElementRenderer<"table"> = ({ node: { props } }) => {
  const table = useMemo(() => decodeTable(props.data, props.columns), [props.data, props.columns]);
  const styler = useMemo(() => stylerOf(props.styles), [props.styles]);
  const columns = props.hide_index === true ? table.columns.filter((c) => !c.index) : table.columns;
  const border = props.border === "horizontal" ? "horizontal" : props.border ? "all" : "none";
  return (
    <div data-testid="stTableContainer" class={`stTableContainer border-${border}`} style={heightStyle(props.height)}>
      <table data-testid="stTable" class="stTable" aria-label={props.alt ?? undefined}>
        {props.hide_header === true ? null : (
          <thead>
            <HeaderRow columns={columns} />
          </thead>
        )}
        <tbody>
          <Rows table={table} columns={columns} styler={styler} />
        </tbody>
      </table>
    </div>
  );
};
