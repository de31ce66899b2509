// @vitest-environment node
/**
 * The bytes of wasmlit's pure-Python Arrow writer (py/wasmlit/data/arrow_writer.py)
 * decode in apache-arrow JS with every type, null and value intact, and the grid shows
 * them as it shows pyarrow's bytes of the same table. The fixtures are made by
 * tests/ui/arrow/make_fixture.py; a pytest keeps writer.arrow equal to the writer's output.
 */
import { readFileSync } from "node:fs";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { decodeTable, type ColumnInfo } from "../../ui/src/data/arrow";
import { cellText } from "../../ui/src/data/cells";

function load(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./arrow/${name}`, import.meta.url)));
}

const bytes = load("writer.arrow");
const reference = load("pyarrow.arrow"); // the same wire table written by pyarrow
const table = tableFromIPC(bytes);

// The wire descriptors' pandas dtypes of the fixture, _index first.
const DTYPES = [
  "object", "int64", "uint8", "float64", "float32", "bool", "Int32", "boolean", "object",
  "datetime64[ns]", "datetime64[ms, Europe/Berlin]", "object", "category", "category",
  "timedelta64[ns]", "object", "object", "object", "object",
];
const INFOS: ColumnInfo[] = DTYPES.map((dtype, i) => ({
  field: i === 0 ? "_index" : `c${i - 1}`,
  name: i === 0 ? "id" : `col${i}`,
  index: i === 0,
  dtype,
}));

function column(name: string): unknown[] {
  const vector = table.getChild(name);
  if (vector === null) throw new Error(`no field ${name}`);
  return [0, 1, 2].map((i) => vector.get(i) as unknown);
}

describe("Arrow IPC from the pure-Python writer", () => {
  it("has the wire table's fields and types, all nullable", () => {
    expect(table.numRows).toBe(3);
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      "_index:Utf8",
      "c0:Int64",
      "c1:Uint8",
      "c2:Float64",
      "c3:Float32",
      "c4:Bool",
      "c5:Int32",
      "c6:Bool",
      "c7:Utf8",
      "c8:Timestamp<NANOSECOND>",
      "c9:Timestamp<MILLISECOND, Europe/Berlin>",
      "c10:Date32<DAY>",
      "c11:Dictionary<Int8, Utf8>",
      "c12:Dictionary<Int8, Int64>",
      "c13:Duration<NANOSECOND>",
      "c14:Decimal[5e+2]",
      "c15:List<Int64>",
      "c16:List<Utf8>",
      "c17:Binary",
    ]);
    expect(table.schema.fields.every((f) => f.nullable)).toBe(true);
  });

  it("decodes numbers, booleans and their nulls", () => {
    expect(column("_index")).toEqual(["r0", "r1", "r2"]);
    expect(column("c0")).toEqual([1n, -2n, 3n]);
    expect(column("c1")).toEqual([0, 255, 7]);
    expect(column("c2")).toEqual([0.5, null, -1.25]); // NaN was sent as null
    expect(column("c3")).toEqual([1.5, 2.5, 3.5]);
    expect(column("c4")).toEqual([true, false, true]);
    expect(column("c5")).toEqual([10, null, 30]);
    expect(column("c6")).toEqual([null, true, false]);
  });

  it("decodes UTF-8 text", () => {
    expect(column("c7")).toEqual(["a", null, "héllo 🎈"]);
  });

  it("decodes timestamps (with unit and zone) and dates as epoch milliseconds", () => {
    expect(column("c8")).toEqual([Date.UTC(2024, 0, 2, 3, 4, 5), null, -1000]);
    // 03:04:05 in Berlin (UTC+1 in January) is 02:04:05 UTC.
    expect(column("c9")).toEqual([Date.UTC(2024, 0, 2, 2, 4, 5), null, -3601000]);
    expect(column("c10")).toEqual([Date.UTC(2024, 1, 29), Date.UTC(1960, 0, 1), null]);
  });

  it("decodes categoricals through their dictionaries, with every category", () => {
    expect(column("c11")).toEqual(["b", null, "a"]);
    expect(column("c12")).toEqual([30n, 10n, 30n]);
    const dictionary = table.getChild("c11")?.data[0]?.dictionary;
    expect(dictionary?.toArray()).toEqual(["a", "b", "z"]);
    expect(table.schema.fields[13]?.type).toMatchObject({ isOrdered: true });
  });

  it("decodes durations, decimals, lists and bytes", () => {
    expect(column("c13")).toEqual([93_600_000_000_000n, null, -1_000_000_000n]);
    expect(column("c14").map((v) => (v === null ? null : String(v)))).toEqual(["150", null, "-12325"]);
    expect(column("c15").map((v) => (v === null ? null : Array.from((v as { toArray(): ArrayLike<bigint> }).toArray())))).toEqual([
      [1n, 2n],
      null,
      [],
    ]);
    expect(column("c16").map((v) => (v === null ? null : (v as { toArray(): unknown[] }).toArray()))).toEqual([["x", null], ["yz"], []]);
    expect(column("c17")).toEqual([new Uint8Array([0, 255]), null, new Uint8Array([111, 107])]);
  });
});

describe("the writer's bytes against pyarrow's", () => {
  const ours = tableFromIPC(bytes);
  const theirs = tableFromIPC(reference);

  it("have the same fields and types", () => {
    expect(ours.schema.fields.map((f) => String(f.type))).toEqual(theirs.schema.fields.map((f) => String(f.type)));
  });

  it("show every cell with the same text in the grid", () => {
    const a = decodeTable(bytes, INFOS);
    const b = decodeTable(reference, INFOS);
    expect(a.rows).toBe(3);
    for (const col of a.columns) {
      const texts = (t: typeof a) => [0, 1, 2].map((row) => cellText(t.data.get(col.field)?.get(row), col));
      expect(texts(a), col.field).toEqual(texts(b));
    }
  });
});
