// @vitest-environment node
/**
 * The bytes of wasmlit's pure-Python Arrow writer (py/wasmlit/data/arrow_writer.py)
 * decode in apache-arrow JS with every type, null and value intact. The fixture is
 * made by tests/ui/arrow/make_fixture.py; a pytest keeps it equal to the writer's output.
 */
import { readFileSync } from "node:fs";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";

const bytes = new Uint8Array(readFileSync(new URL("./arrow/writer.arrow", import.meta.url)));
const table = tableFromIPC(bytes);

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
});
