import { tableFromArrays, tableToIPC, vectorFromArray } from "apache-arrow";
import { type ComponentChildren, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { cellAlign, cellContent, cellExportText, cellText, inferKind } from "../../ui/src/data/cells";
import { formatTemporal } from "../../ui/src/data/datetime";
import { formatNumber } from "../../ui/src/data/format";
import { createStyler, parseDeclarations, styleObject } from "../../ui/src/data/styles";
import type { GridColumn, TypeConfig } from "../../ui/src/data/types";

afterEach(() => {
  document.body.innerHTML = "";
});

type Kind = TypeConfig["type"];

function col(kind: Kind, settings: Record<string, unknown> | null = null, dtype = "float64"): GridColumn {
  return { field: "c0", name: "x", label: "x", index: false, dtype, kind, config: { type_config: settings === null ? null : { type: kind, ...settings } } };
}

function show(children: ComponentChildren): HTMLElement {
  const host = document.createElement("div");
  document.body.appendChild(host);
  act(() => render(<>{children}</>, host));
  return host;
}

const T = Date.UTC(2025, 2, 4, 20, 0, 0); // Tue 2025-03-04 20:00:00 UTC

describe("inferKind", () => {
  it("maps pandas dtype names to Streamlit's column types", () => {
    const cases: [string, Kind][] = [
      ["int64", "number"],
      ["uint8", "number"],
      ["Int64", "number"],
      ["float32", "number"],
      ["Float64", "number"],
      ["bool", "checkbox"],
      ["boolean", "checkbox"],
      ["datetime64[ns]", "datetime"],
      ["datetime64[ns, UTC]", "datetime"],
      ["date32[day][pyarrow]", "date"],
      ["time64[us][pyarrow]", "time"],
      ["object", "text"],
      ["string", "text"],
      ["category", "selectbox"],
      ["timedelta64[ns]", "text"],
      ["list<item: int64>[pyarrow]", "list"],
    ];
    for (const [dtype, kind] of cases) expect([dtype, inferKind(dtype)]).toEqual([dtype, kind]);
  });
});

describe("number cells", () => {
  it("infer the display from the value: integers exact, floats at most 4 decimals", () => {
    expect(cellText(1234, col("number", null, "int64"))).toBe("1234");
    expect(cellText(0.123456, col("number"))).toBe("0.1235");
    expect(cellText(1.5, col("number"))).toBe("1.5");
    expect(cellText(0.0000123456, col("number"))).toBe("0.00001235");
    expect(cellText(2n ** 63n - 1n, col("number", null, "int64"))).toBe("9223372036854775807");
    expect(cellText("42", col("number"))).toBe("42");
  });

  it("use the step for the decimals of inferred and preset formats", () => {
    expect(cellText(1.5, col("number", { step: 0.01 }))).toBe("1.50");
    expect(cellText(1234.5, col("number", { step: 0.1, format: "dollar" }))).toBe("$1,234.5");
    expect(cellText(3.14159, col("number", { step: 0.1, format: "%.3f" }))).toBe("3.142");
  });

  it("format the documented presets as the docs' examples show", () => {
    const v = 1234.567;
    const expected: Record<string, string> = {
      plain: "1234.567",
      localized: "1,234.567",
      percent: "123456.70%",
      dollar: "$1,234.57",
      euro: "€1,234.57",
      yen: "¥1,235",
      accounting: "1,234.57",
      bytes: "1.2KB",
      compact: "1.2K",
      scientific: "1.235E3",
      engineering: "1.235E3",
    };
    for (const [format, text] of Object.entries(expected)) expect([format, formatNumber(v, format)]).toEqual([format, text]);
    expect(formatNumber(-1234.5, "accounting")).toBe("(1,234.50)");
    expect(formatNumber(12345.678, "engineering")).toBe("12.346E3");
  });

  it("format printf patterns with prefixes, suffixes and other bases", () => {
    expect(formatNumber(3.14159, "%.2f")).toBe("3.14");
    expect(formatNumber(3.7, "%d")).toBe("3");
    expect(formatNumber(1234.567, "£ %.2f")).toBe("£ 1234.57");
    expect(formatNumber(1234, "%,d")).toBe("1,234");
    expect(formatNumber(1234, "%X")).toBe("4D2");
    expect(formatNumber(255, "0x%04x")).toBe("0x00ff");
    expect(formatNumber(42, "%d%%")).toBe("42%");
    expect(formatNumber(20, "$%d")).toBe("$20");
  });

  it("show the placeholder for null and NaN, and empty text", () => {
    const c = col("number");
    expect(show(cellContent(null, c)).textContent).toBe("None");
    expect(show(cellContent(NaN, c, { placeholder: "—" })).querySelector(".stCellPlaceholder")?.textContent).toBe("—");
    expect(cellText(null, c)).toBe("");
    expect(cellText(undefined, c)).toBe("");
  });

  it("are right-aligned unless the config says otherwise", () => {
    expect(cellAlign(col("number"))).toBe("right");
    expect(cellAlign({ ...col("number"), config: { alignment: "center" } })).toBe("center");
    expect(cellAlign(col("text"))).toBe("left");
    expect(cellAlign(col("checkbox"))).toBe("center");
  });
});

describe("datetime, date and time cells", () => {
  const dt = (settings: Record<string, unknown> | null, dtype = "datetime64[ns]") => col("datetime", settings, dtype);

  it("default to YYYY-MM-DD HH:mm:ss, naive values as their wall clock", () => {
    expect(cellText(T, dt(null))).toBe("2025-03-04 20:00:00");
    expect(cellText("2025-03-04T20:00:00", dt(null))).toBe("2025-03-04 20:00:00");
    expect(cellText(new Date(T), dt(null))).toBe("2025-03-04 20:00:00");
  });

  it("show tz-aware values in the dtype's or the config's timezone", () => {
    expect(cellText(T, dt(null, "datetime64[ns, Europe/Berlin]"))).toBe("2025-03-04 21:00:00+01:00");
    expect(cellText(T, dt({ timezone: "America/New_York" }, "datetime64[ns, UTC]"))).toBe("2025-03-04 15:00:00-05:00");
    expect(cellText(T, dt({ timezone: "+05:30" }))).toBe("2025-03-05 01:30:00+05:30");
  });

  it("format Moment.js strings and the presets", () => {
    expect(cellText(T, dt({ format: "ddd ha" }))).toBe("Tue 8pm");
    expect(cellText(T, dt({ format: "D MMM YYYY, h:mm a" }))).toBe("4 Mar 2025, 8:00 pm");
    expect(cellText(T, dt({ format: "[Week] w, Q[Q] YY" }))).toBe("Week 10, 1Q 25");
    expect(cellText(T, dt({ format: "iso8601" }))).toBe("2025-03-04T20:00:00.000Z");
    const localized = cellText(T, dt({ format: "localized" }));
    expect(localized).toContain("2025");
    expect(localized).toMatch(/8:00:00\s?PM|20:00:00/);
  });

  it("format distance and calendar relative to now", () => {
    const at = (format: string, now: number) => formatTemporal(T, "datetime", { format, now });
    expect(at("distance", T + 20_000)).toBe("a few seconds ago");
    expect(at("distance", T + 3 * 86_400_000)).toBe("3 days ago");
    expect(at("distance", T - 2 * 3_600_000)).toBe("in 2 hours");
    expect(at("distance", T + 400 * 86_400_000)).toBe("a year ago");
    expect(at("calendar", T + 3_600_000)).toBe("Today at 8:00 PM");
    expect(at("calendar", T + 86_400_000)).toBe("Yesterday at 8:00 PM");
    expect(at("calendar", T - 86_400_000)).toBe("Tomorrow at 8:00 PM");
    expect(at("calendar", T + 3 * 86_400_000)).toBe("Last Tuesday at 8:00 PM");
    expect(at("calendar", T + 30 * 86_400_000)).toBe("03/04/2025");
    const col3 = dt({ format: "distance" });
    expect(cellText(T, col3, { now: T + 90 * 60_000 })).toBe("2 hours ago");
  });

  it("show dates and times", () => {
    const day = Date.UTC(2025, 2, 4);
    expect(cellText(day, col("date", null, "object"))).toBe("2025-03-04");
    expect(cellText(day, col("date", { format: "ddd, MMM Do" }, "object"))).toBe("Tue, Mar 4th");
    expect(cellText(day, col("date", { format: "DD.MM.YYYY" }, "object"))).toBe("04.03.2025");
    expect(cellText("2024-05-01", col("date", { format: "iso8601" }, "object"))).toBe("2024-05-01");
    const noon = 45_296_000_000n; // 12:34:56 as Arrow time64[us]
    expect(cellText(noon, col("time", null, "object"))).toBe("12:34:56");
    expect(cellText(noon, col("time", { format: "hh:mm a" }, "object"))).toBe("12:34 pm");
    expect(cellText("08:05:00", col("time", { format: "h:mm A" }, "object"))).toBe("8:05 AM");
    expect(cellText(T, col("time", null, "datetime64[ns]"))).toBe("20:00:00");
  });
});

describe("checkbox, selectbox, list and multiselect cells", () => {
  it("draw a read-only checkbox glyph", () => {
    const on = show(cellContent(true, col("checkbox", null, "bool"))).querySelector("[role=checkbox]")!;
    expect(on.getAttribute("aria-checked")).toBe("true");
    expect(on.getAttribute("aria-readonly")).toBe("true");
    expect(show(cellContent(false, col("checkbox", null, "bool"))).querySelector("[role=checkbox]")!.getAttribute("aria-checked")).toBe("false");
    expect(cellText(true, col("checkbox"))).toBe("true");
  });

  it("show option labels", () => {
    const c = col("selectbox", { options: [{ value: "a", label: "Alpha" }, "b"] }, "category");
    expect(cellText("a", c)).toBe("Alpha");
    expect(cellText("b", c)).toBe("b");
    expect(cellText("zzz", c)).toBe("zzz");
    expect(cellText(2, col("selectbox", { options: [1, 2], option_labels: ["one", "two"] }))).toBe("two");
  });

  it("show lists from arrays, Arrow vectors and JSON text as chips", () => {
    const c = col("list", {}, "object");
    const host = show(cellContent(vectorFromArray(["x", "y"]), c));
    expect([...host.querySelectorAll(".stCellChip")].map((e) => e.textContent)).toEqual(["x", "y"]);
    expect(cellText([1, 2, null, 3], c)).toBe("1, 2, 3");
    expect(cellText("[4, 5]", c)).toBe("4, 5");
    expect(cellText(vectorFromArray([7n, 8n]), c)).toBe("7, 8");
    // Lists in an untyped (object) column render the same.
    expect(show(cellContent(["p", "q"], col("text", null, "object"))).querySelectorAll(".stCellChip")).toHaveLength(2);
  });

  it("colour multiselect chips by option; refuse CSS that is not a colour", () => {
    const c = col("multiselect", {
      options: [
        { value: "llm", label: "LLM", color: "#ffa421" },
        { value: "viz", label: "Viz", color: "primary" },
        { value: "bad", color: "url(https://x.test/a.png)" },
      ],
    });
    const chips = [...show(cellContent(["llm", "viz", "bad"], c)).querySelectorAll<HTMLElement>(".stCellChip")];
    expect(chips.map((e) => e.textContent)).toEqual(["LLM", "Viz", "bad"]);
    expect(chips[0]!.getAttribute("style")).toContain("rgb(255, 164, 33)"); // #ffa421
    expect(chips[1]!.getAttribute("style")).toContain("var(--st-primary)");
    expect(chips[2]!.getAttribute("style")).toBeNull();
    expect(cellText(["viz", "llm"], c)).toBe("Viz, LLM");
  });
});

describe("link, image and media cells", () => {
  it("link to the URL in a new tab, with display_text as text, icon or regex group", () => {
    const a = show(cellContent("https://foo.example.com/x", col("link", {}, "object"))).querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://foo.example.com/x");
    expect(a.getAttribute("target")).toBe("_blank");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    expect(a.textContent).toBe("https://foo.example.com/x");
    expect(cellText("https://foo.example.com", col("link", { display_text: "Open" }))).toBe("Open");
    expect(cellText("https://foo.example.com", col("link", { display_text: "https://(.*?)\\.example\\.com" }))).toBe("foo");
    expect(cellText("https://other.org", col("link", { display_text: "https://(.*?)\\.example\\.com" }))).toBe("https://other.org");
    const icon = show(cellContent("https://a.b", col("link", { display_text: ":material/open_in_new:" }))).querySelector("a .material-icon");
    expect(icon?.getAttribute("data-icon")).toBe("open_in_new");
    expect(cellAlign(col("link", { display_text: "Open" }))).toBe("center");
  });

  it("never turn a javascript: URL into a link or image", () => {
    const host = show(cellContent("javascript:alert(1)", col("link", {})));
    expect(host.querySelector("a")).toBeNull();
    expect(host.textContent).toBe("javascript:alert(1)");
    expect(show(cellContent("javascript:alert(1)", col("image", {}))).querySelector("img")).toBeNull();
  });

  it("show images from URLs and data: URIs", () => {
    const img = show(cellContent("https://x.test/a.png", col("image", {}))).querySelector("img")!;
    expect(img.getAttribute("src")).toBe("https://x.test/a.png");
    const data = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'/>";
    expect(show(cellContent(data, col("image", {}))).querySelector("img")!.getAttribute("src")).toBe(data);
  });

  it("give audio and video small controls", () => {
    expect(show(cellContent("https://x.test/a.mp3", col("audio", {}))).querySelector("audio[controls]")!.getAttribute("src")).toBe("https://x.test/a.mp3");
    expect(show(cellContent("data:video/mp4;base64,AAAA", col("video", {}))).querySelector("video[controls]")).not.toBeNull();
    expect(show(cellContent("data:text/html,<script>", col("video", {}))).querySelector("video")).toBeNull();
  });
});

describe("progress and chart cells", () => {
  it("fill a progress bar between min and max with the formatted value", () => {
    const ints = show(cellContent(50, col("progress", {}, "int64")));
    expect(ints.querySelector<HTMLElement>(".stCellProgressFill")!.style.width).toBe("50%");
    expect(ints.querySelector(".stCellProgressText")!.textContent).toBe("50");
    const floats = show(cellContent(0.25, col("progress", {}, "float64")));
    expect(floats.querySelector<HTMLElement>(".stCellProgressFill")!.style.width).toBe("25%");
    expect(floats.querySelector(".stCellProgressText")!.textContent).toBe("0.25");
    const custom = show(cellContent(200, col("progress", { min_value: 0, max_value: 1000, format: "$%d" }, "int64")));
    expect(custom.querySelector<HTMLElement>(".stCellProgressFill")!.style.width).toBe("20%");
    expect(custom.querySelector("[role=progressbar]")!.getAttribute("aria-valuetext")).toBe("$200");
    const auto = show(cellContent(0.9, col("progress", { color: "auto" }, "float64")));
    expect(auto.querySelector<HTMLElement>(".stCellProgressFill")!.style.backgroundColor).toBe("var(--st-green)");
  });

  it("draw line, area and bar sparklines from list values", () => {
    const line = show(cellContent(vectorFromArray([1, 3, 2]), col("line_chart", {}, "object")));
    expect(line.querySelector("svg.stCellChart path")!.getAttribute("d")).toMatch(/^M0\.00 \S+ L50\.00 \S+ L100\.00 \S+$/);
    expect(line.querySelector("path")!.getAttribute("stroke")).toBe("var(--st-primary)");
    const bars = show(cellContent([1, -2, 3], col("bar_chart", { color: "red" })));
    expect(bars.querySelectorAll("rect")).toHaveLength(3);
    expect(bars.querySelector("rect")!.getAttribute("fill")).toBe("var(--st-red)");
    const area = show(cellContent([5, 4, 1], col("area_chart", { color: "auto" })));
    expect(area.querySelectorAll("path")).toHaveLength(2);
    expect(area.querySelector("path")!.getAttribute("fill")).toBe("var(--st-red)"); // falling
    expect(cellText([1, 2.5], col("line_chart", {}))).toBe("1, 2.5");
  });

  it("scale between y_min and y_max", () => {
    const at = (v: number) => {
      const d = show(cellContent([v, v], col("line_chart", { y_min: 0, y_max: 100 }))).querySelector("path")!.getAttribute("d")!;
      return Number(d.split(" ")[1]);
    };
    expect(at(100)).toBeLessThan(at(50));
    expect(at(50)).toBeLessThan(at(0));
    expect(at(0)).toBeCloseTo(28);
  });
});

describe("text, json, markdown and button cells", () => {
  it("show app text as text, never as HTML", () => {
    const host = show(cellContent("<b>x</b><img src=x onerror=alert(1)>", col("text", null, "object")));
    expect(host.querySelector("b, img")).toBeNull();
    expect(host.textContent).toBe("<b>x</b><img src=x onerror=alert(1)>");
  });

  it("show timedeltas (Arrow durations) as pandas prints them", () => {
    const ns = (90_061n * 1_000_000_000n + 500_000_000n) * 1n; // 1 day 01:01:01.5
    expect(cellText(ns, col("text", null, "timedelta64[ns]"))).toBe("1 days 01:01:01.500000");
    expect(cellText(-3_600n, col("text", null, "timedelta64[s]"))).toBe("-1 days +23:00:00");
    expect(show(cellContent(120_000n, col("text", null, "timedelta64[ms]"))).textContent).toBe("0 days 00:02:00");
  });

  it("show compact JSON", () => {
    expect(cellText({ a: 1, b: [1, 2n] }, col("json", {}))).toBe('{"a":1,"b":[1,2]}');
    expect(cellText('{"a": 1,  "b": "c"}', col("json", {}))).toBe('{"a":1,"b":"c"}');
    expect(cellText("not json", col("json", {}))).toBe("not json");
    expect(show(cellContent({ k: "v" }, col("json", {}))).querySelector(".stCellJson")!.textContent).toBe('{"k":"v"}');
  });

  it("render inline Markdown through the sanitizer", () => {
    const host = show(cellContent("**bold** [a](javascript:alert(1)) <script>alert(1)</script>", col("markdown", {})));
    expect(host.querySelector("strong")!.textContent).toBe("bold");
    expect(host.querySelector("script")).toBeNull();
    expect(host.querySelector("a[href^='javascript']")).toBeNull();
    expect(cellText("**bold** text", col("markdown", {}))).toBe("bold text");
  });

  it("show a button with the value as its label", () => {
    const button = show(cellContent("Run", col("button", {}))).querySelector("button")!;
    expect(button.textContent).toBe("Run");
    expect(button.getAttribute("type")).toBe("button");
  });
});

describe("cellExportText (copy and CSV write the data, as Streamlit does)", () => {
  const both = (value: unknown, column: GridColumn) => [cellExportText(value, column, "copy"), cellExportText(value, column, "csv")];

  it("numbers at full precision, whatever the format or step", () => {
    expect(both(1234.5678, col("number", { format: "dollar" }))).toEqual(["1234.5678", "1234.5678"]);
    expect(both(0.123456789, col("number", { format: "%.1f" }))).toEqual(["0.123456789", "0.123456789"]);
    expect(both(1234567.25, col("number", { format: "localized", step: 1 }))).toEqual(["1234567.25", "1234567.25"]);
    expect(both(2n ** 63n - 1n, col("number", null, "int64"))).toEqual(["9223372036854775807", "9223372036854775807"]);
    expect(both(0.75, col("progress", { format: "percent", max_value: 0.5 }))).toEqual(["0.75", "0.75"]);
  });

  it("datetimes: copy in the default format and the column's zone, CSV ISO 8601", () => {
    const zoned = col("datetime", { format: "ddd ha" }, "datetime64[ns, Europe/Berlin]");
    expect(both(T, zoned)).toEqual(["2025-03-04 21:00:00+01:00", "2025-03-04T20:00:00.000Z"]);
    expect(both(T, col("datetime", { format: "distance" }, "datetime64[ns]"))).toEqual(["2025-03-04 20:00:00", "2025-03-04T20:00:00.000"]);
    expect(both(T, col("datetime", { timezone: "UTC" }, "datetime64[ns]"))[1]).toBe("2025-03-04T20:00:00.000Z");
    expect(both(Date.UTC(2025, 2, 4), col("date", { format: "MMM D" }, "date32[day]"))).toEqual(["2025-03-04", "2025-03-04"]);
    expect(both(72_000_500_000n, col("time", { format: "h:mm a" }, "time64[us]"))).toEqual(["20:00:00.500", "20:00:00.500"]);
  });

  it("links their URL, checkboxes true/false, selectboxes the option value", () => {
    expect(both("https://foo.example.com", col("link", { display_text: "Open" }))).toEqual(["https://foo.example.com", "https://foo.example.com"]);
    expect(both(false, col("checkbox"))).toEqual(["false", "false"]);
    expect(both(true, col("checkbox"))).toEqual(["true", "true"]);
    const select = col("selectbox", { options: ["s", "m"], option_labels: ["Small", "Medium"] }, "category");
    expect(both("m", select)).toEqual(["m", "m"]);
  });

  it("lists comma-joined (commas inside items become spaces when copied), JSON compact, Markdown raw", () => {
    expect(both(vectorFromArray(["a", "b, c"]), col("list", {}, "list<item: string>"))).toEqual(["a,b  c", "a,b, c"]);
    expect(both(["x", null, 2], col("multiselect", { options: ["x"] }))).toEqual(["x,,2", "x,,2"]);
    expect(both(vectorFromArray([1, 2.5]), col("line_chart", { y_max: 1 }))).toEqual(["1,2.5", "1,2.5"]);
    expect(both({ a: [1, 2n] }, col("json", {}))).toEqual(['{"a":[1,2]}', '{"a":[1,2]}']);
    expect(both("**bold**", col("markdown", {}))).toEqual(["**bold**", "**bold**"]);
    expect(both(3_600_000_000_000n, col("text", null, "timedelta64[ns]"))).toEqual(["0 days 01:00:00", "0 days 01:00:00"]);
  });

  it("missing values are empty", () => {
    for (const missing of [null, undefined, NaN]) {
      expect(both(missing, col("number"))).toEqual(["", ""]);
      expect(both(missing, col("datetime", null, "datetime64[ns]"))).toEqual(["", ""]);
      expect(both(missing, col("list", {}))).toEqual(["", ""]);
    }
  });
});

describe("Styler output", () => {
  it("shows the Styler's display text unless the column config sets a format", () => {
    expect(cellText(1.5, col("number"), { display: "1.50 kg" })).toBe("1.50 kg");
    expect(show(cellContent(1.5, col("number"), { display: "1.50 kg" })).textContent).toBe("1.50 kg");
    expect(cellText(1.5, col("number", { format: "%.1f" }), { display: "1.50 kg" })).toBe("1.5");
    // Not for cells that are not text.
    expect(show(cellContent(true, col("checkbox"), { display: "yes" })).querySelector("[role=checkbox]")).not.toBeNull();
  });

  it("parses CSS declarations and drops unsafe ones", () => {
    expect(parseDeclarations("background-color: yellow; color: red !important; font-family: 'a;b', serif")).toEqual([
      ["background-color", "yellow"],
      ["color", "red"],
      ["font-family", "'a;b', serif"],
    ]);
    expect(parseDeclarations("background: url(javascript:alert(1)); width: expression(alert(1)); x}y: 1; color:")).toEqual([]);
    expect(styleObject("background-color: rgb(255, 0, 0); -webkit-text-stroke: 1px")).toEqual({ backgroundColor: "rgb(255, 0, 0)", "-webkit-text-stroke": "1px" });
    expect(styleObject(null)).toBeUndefined();
  });

  it("reads per-cell text and CSS from the Styler's Arrow tables", () => {
    const display = tableFromArrays({ _index: ["0", "1"], c0: ["1.0", "2.0"] });
    const css = tableFromArrays({ _index: [null, null], c0: ["background-color: yellow", null] });
    const styler = createStyler(display, css);
    expect(styler.displayText(1, "c0")).toBe("2.0");
    expect(styler.cellStyle(0, "c0")).toEqual({ backgroundColor: "yellow" });
    expect(styler.cellStyle(1, "c0")).toBeUndefined();
    expect(styler.cellStyle(0, "c9")).toBeUndefined();
    // Sanity: the tables round-trip through IPC as the element receives them.
    expect(tableToIPC(css, "stream").byteLength).toBeGreaterThan(0);
  });
});
