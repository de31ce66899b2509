/**
 * Arrow IPC datasets of a vega_lite_chart -> the row objects Vega-Lite reads.
 *
 *   const rows = datasetRows(props.datasets[0].data);   // [{x: 1, y: 2.5}, ...]
 *
 * int64 arrives as bigint and becomes a number; timestamps and dates arrive as
 * UTC milliseconds. Vega-Lite shows times in the browser's time zone, so a
 * timestamp WITHOUT a time zone (and a date) is shifted by the local offset:
 * the chart then shows the wall-clock value the Python data holds.
 */
import { tableFromIPC, Type, type DataType } from "apache-arrow";

export type Row = Record<string, unknown>;

function wallClock(ms: number): number {
  return ms + new Date(ms).getTimezoneOffset() * 60_000;
}

/** How one column's Arrow values become plain JSON-like values. */
function converter(type: DataType): (value: unknown) => unknown {
  const naiveTime =
    type.typeId === Type.Date ||
    (type.typeId === Type.Timestamp && !(type as DataType & { timezone?: string | null }).timezone);
  return (value) => {
    if (value === null || value === undefined) return null;
    if (typeof value === "bigint") return Number(value);
    if (value instanceof Date) value = value.getTime();
    if (naiveTime && typeof value === "number") return wallClock(value);
    if (typeof value === "object" && value !== null && "toJSON" in value) {
      return (value as { toJSON(): unknown }).toJSON(); // structs, lists, maps
    }
    return value;
  };
}

export function datasetRows(data: ArrayBuffer | Uint8Array): Row[] {
  const table = tableFromIPC(data instanceof Uint8Array ? data : new Uint8Array(data));
  const columns = table.schema.fields.map((field, i) => ({
    name: field.name,
    vector: table.getChildAt(i),
    convert: converter(field.type),
  }));
  const rows: Row[] = new Array<Row>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const { name, vector, convert } of columns) row[name] = convert(vector?.get(r));
    rows[r] = row;
  }
  return rows;
}

/** Every dataset of the element by name, decoded. */
export function decodeDatasets(datasets: { name: string; data: ArrayBuffer }[]): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const { name, data } of datasets) out[name] = datasetRows(data);
  return out;
}
