/**
 * Arrow IPC bytes (Contract A's wire table) -> one ColumnData per field and the
 * GridColumn list joined with column_config.
 *
 *   const table = decodeTable(props.data, props.columns, props.column_config);
 *   table.data.get("c0")?.get(5)   // the value Arrow JS gives (bigint for int64, ms for timestamps)
 *
 * Values are read lazily from the Arrow vectors: nothing is materialised per row,
 * so a million-row frame costs only its Arrow buffers.
 */
import { tableFromIPC, Type, type Vector } from "apache-arrow";
import { inferKind } from "./cells";
import type { ColumnConfig, ColumnData, GridColumn } from "./types";

/** One wire column descriptor (COLUMN_INFO). */
export interface ColumnInfo {
  field: string;
  name: string;
  index: boolean;
  dtype: string;
}

/** ColumnData plus what sorting needs: numeric keys as one typed array, built on demand. */
export interface DecodedColumn extends ColumnData {
  /** Float64 sort keys (null -> NaN), or null when the column is not numeric. */
  numericKeys(): Float64Array | null;
}

export interface DecodedTable {
  rows: number;
  columns: GridColumn[];
  data: Map<string, DecodedColumn>;
}

const NUMERIC_TYPES = new Set<Type>([
  Type.Int,
  Type.Float,
  Type.Decimal,
  Type.Date,
  Type.Time,
  Type.Timestamp,
  Type.Duration,
  Type.Interval,
]);

function column(vector: Vector | null, rows: number): DecodedColumn {
  if (vector === null) {
    return { length: rows, get: () => null, numericKeys: () => null };
  }
  let keys: Float64Array | null | undefined;
  const numeric = NUMERIC_TYPES.has(vector.type.typeId as Type) || vector.type.typeId === Type.Bool;
  return {
    length: vector.length,
    get: (row) => vector.get(row) as unknown,
    numericKeys() {
      if (keys !== undefined) return keys;
      if (!numeric) return (keys = null);
      const out = new Float64Array(vector.length);
      const hasNulls = vector.nullCount > 0;
      // toArray() is one contiguous typed array for single-batch numeric vectors.
      const raw = vector.type.typeId === Type.Bool ? null : (vector.toArray() as ArrayLike<number | bigint> | null);
      const direct = raw !== null && raw.length === vector.length && typeof raw !== "string";
      for (let i = 0; i < out.length; i++) {
        if (hasNulls && !vector.isValid(i)) out[i] = NaN;
        else out[i] = Number(direct ? raw[i] : (vector.get(i) as number | bigint | boolean));
      }
      return (keys = out);
    },
  };
}

/** The effective column list: descriptor + config + inferred cell kind. */
export function gridColumns(infos: readonly ColumnInfo[], config: Record<string, ColumnConfig>): GridColumn[] {
  return infos.map((info) => {
    const cfg = config[info.field] ?? {};
    const label = typeof cfg.label === "string" ? cfg.label : info.name;
    return {
      field: info.field,
      name: info.name,
      label,
      index: info.index,
      dtype: info.dtype,
      kind: cfg.type_config?.type ?? inferKind(info.dtype),
      config: cfg,
    };
  });
}

export function decodeTable(
  bytes: ArrayBuffer | Uint8Array | null,
  infos: readonly ColumnInfo[],
  config: Record<string, ColumnConfig> = {},
): DecodedTable {
  const columns = gridColumns(infos, config);
  const data = new Map<string, DecodedColumn>();
  if (bytes === null || bytes.byteLength === 0) {
    for (const c of columns) data.set(c.field, column(null, 0));
    return { rows: 0, columns, data };
  }
  const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const rows = table.numRows;
  for (const c of columns) data.set(c.field, column(table.getChild(c.field), rows));
  return { rows, columns, data };
}
