/**
 * vega_lite_chart pieces that run without a real browser: Arrow datasets to
 * rows (bigint, timestamps with and without a time zone, dates, nulls), the
 * sized spec, selection values, the Streamlit theme, and a real vega-embed
 * render of Arrow data into SVG marks in jsdom.
 */
import {
  DateDay,
  Float64,
  Int64,
  Table,
  TimestampMillisecond,
  Utf8,
  tableToIPC,
  vectorFromArray,
} from "apache-arrow";
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { datasetRows } from "../../ui/src/charts/vega-data";
import { render as VegaChart } from "../../ui/src/charts/vega-impl";
import { DEFAULT_HEIGHT, selectionValue, sizedSpec } from "../../ui/src/charts/vega-spec";
import { vegaConfig } from "../../ui/src/charts/vega-theme";
import { readHostTheme } from "../../ui/src/charts/host-theme";
import type { VegaLiteChartProps } from "../../ui/src/protocol/generated";

afterEach(() => {
  document.body.innerHTML = "";
});

const JAN_1 = Date.UTC(2024, 0, 1, 12, 30);

function ipc(table: Table): ArrayBuffer {
  const bytes = tableToIPC(table, "stream");
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function sample(): ArrayBuffer {
  return ipc(
    new Table({
      "a b": vectorFromArray([1n, 2n, null], new Int64()),
      "v.max": vectorFromArray([0.5, null, 2.5], new Float64()),
      name: vectorFromArray(["x", "y", null], new Utf8()),
      naive: vectorFromArray([JAN_1, JAN_1, JAN_1], new TimestampMillisecond()),
      utc: vectorFromArray([JAN_1, JAN_1, JAN_1], new TimestampMillisecond("UTC")),
      day: vectorFromArray([new Date(Date.UTC(2024, 1, 29)), null, null], new DateDay()),
    }),
  );
}

describe("datasetRows", () => {
  it("turns Arrow columns into row objects keyed by the real column names", () => {
    const rows = datasetRows(sample());
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r["a b"])).toEqual([1, 2, null]); // bigint -> number
    expect(rows.map((r) => r["v.max"])).toEqual([0.5, null, 2.5]);
    expect(rows.map((r) => r.name)).toEqual(["x", "y", null]);
    expect(typeof rows[0]?.["a b"]).toBe("number");
  });

  it("keeps zoned timestamps in UTC and shows naive ones at their wall-clock time", () => {
    const [row] = datasetRows(sample());
    const offset = new Date(JAN_1).getTimezoneOffset() * 60_000;
    expect(row?.utc).toBe(JAN_1);
    expect(row?.naive).toBe(JAN_1 + offset);
    const local = new Date(row?.naive as number);
    expect([local.getHours(), local.getMinutes()]).toEqual([12, 30]);
    const dayOffset = new Date(Date.UTC(2024, 1, 29)).getTimezoneOffset() * 60_000;
    expect(row?.day).toBe(Date.UTC(2024, 1, 29) + dayOffset);
  });

  it("accepts a Uint8Array view too", () => {
    expect(datasetRows(new Uint8Array(sample()))).toHaveLength(3);
  });
});

describe("sizedSpec and selectionValue", () => {
  const base = { mark: "bar", data: { name: "source" }, datasets: { inline: [{ a: 1 }] } };

  it("adds the decoded datasets and the measured size", () => {
    const spec = sizedSpec(base, { source: [{ a: 2 }] }, { width: 500, height: "content" });
    expect(spec.datasets).toEqual({ inline: [{ a: 1 }], source: [{ a: 2 }] });
    expect([spec.width, spec.height]).toEqual([500, DEFAULT_HEIGHT]);
    expect(spec.autosize).toEqual({ type: "fit", contains: "padding" });
    const own = sizedSpec({ ...base, width: 200, height: 120 }, {}, { width: null, height: "content" });
    expect([own.width, own.height]).toEqual([200, 120]);
    expect(sizedSpec(base, {}, { width: 300, height: 80 }).height).toBe(80);
  });

  it("leaves faceted and concatenated specs at their own size", () => {
    const spec = sizedSpec({ hconcat: [base, base] }, {}, { width: 500, height: 300 });
    expect("width" in spec || "height" in spec || "autosize" in spec).toBe(false);
  });

  it("reports point selections as their fields and intervals as ranges", () => {
    expect(selectionValue({ vlPoint: { or: [{ k: "v" }] }, k: ["v"] })).toEqual([{ k: "v" }]);
    expect(selectionValue({ x: [1, 2] })).toEqual({ x: [1, 2] });
    expect(selectionValue(null)).toEqual({});
    expect(selectionValue({ t: [new Date(Date.UTC(2024, 0, 1))] })).toEqual({ t: ["2024-01-01T00:00:00.000Z"] });
  });
});

describe("theme", () => {
  it("follows the host's colours, light and dark", () => {
    const host = document.createElement("div");
    host.style.setProperty("--st-text", "#fafafa");
    host.style.setProperty("--st-bg", "#0e1117");
    host.style.setProperty("--st-font", "Inter");
    document.body.appendChild(host);
    const dark = vegaConfig(readHostTheme(host)) as { font: string; title: { color: string }; range: { category: string[] } };
    expect(dark.font).toBe("Inter");
    expect(dark.title.color).toBe("#fafafa");
    expect(dark.range.category[0]).toBe("#83c9ff");
    const light = vegaConfig(readHostTheme(null)) as { range: { category: string[] } };
    expect(light.range.category[0]).toBe("#0068c9");
  });
});

describe("the renderer (real vega-embed, jsdom)", () => {
  it("draws one SVG bar per Arrow row with the alt text on the figure", async () => {
    const data = ipc(
      new Table({ x: vectorFromArray(["a", "b", "c"], new Utf8()), y: vectorFromArray([3, 1, 2], new Float64()) }),
    );
    const props: VegaLiteChartProps = {
      spec: JSON.stringify({
        data: { name: "source" },
        mark: "bar",
        encoding: { x: { field: "x", type: "nominal" }, y: { field: "y", type: "quantitative" } },
      }),
      datasets: [{ name: "source", data }],
      theme: "streamlit",
      width: 400,
      height: 200,
      selection_params: [],
      selectable: false,
      alt: "Three bars",
    };
    const host = document.createElement("div");
    document.body.appendChild(host);
    // jsdom has no layout nor ResizeObserver: give the box a width so the chart draws.
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe(): void {}
        disconnect(): void {}
      },
    );
    Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 400 });
    render(<VegaChart node={{ kind: "element", type: "vega_lite_chart", id: null, key: null, props } as never} />, host);
    const figure = host.querySelector('[data-testid="stVegaLiteChart"]');
    expect(figure?.getAttribute("aria-label")).toBe("Three bars");
    await expect
      .poll(() => host.querySelectorAll(".mark-rect path").length, { timeout: 10_000 })
      .toBe(3);
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    vi.unstubAllGlobals();
  });
});
