/**
 * st.dataframe at scale, in real Chromium with real Pyodide 0.27.7: time from the
 * script's start (after its imports, timed apart) to the first data cell of the grid being in the DOM, split into
 * (a) building the frame, (b) the st.dataframe call (conversion to Arrow IPC and
 * posting the delta, timed with perf_counter in the script) and (c) the call's
 * return to the first data cell shown (Python's time.time() in the worker and Date.now() in
 * the page read the same wall clock). Then memory once the grid is visible:
 * performance.measureUserAgentSpecificMemory() split by Window / DedicatedWorker
 * (the site is served cross-origin isolated, which that API needs), and the
 * Pyodide wasm heap read inside the script (that API counts neither the wasm
 * memory nor, here, any growth of it). Last, the grid is wheel-scrolled and the
 * animation-frame intervals recorded: median, p95 and max frame time.
 *
 *   node --import tsx bench/dataframe.ts [--runs 3] [--rows 1000000]
 *
 * --rows keeps only the frames of that many rows.
 *
 * Each run is a fresh browser profile. The pandas-with/without-pyarrow start-up
 * figures come from bench/pyarrow_import.ts, run separately.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchBrowser } from "../playwright/browser.ts";
import { buildSite, PYODIDE_DIRS, writeApp } from "../playwright/harness.ts";
import { CROSS_ORIGIN_ISOLATION, serveStatic } from "../playwright/static-server.ts";

interface Variant {
  label: string;
  rows: number;
  strings: boolean;
}

const VARIANTS: Variant[] = [
  { label: "10k x 10", rows: 10_000, strings: false },
  { label: "100k x 10", rows: 100_000, strings: false },
  { label: "100k x 10, 1 str col", rows: 100_000, strings: true },
  { label: "1M x 10", rows: 1_000_000, strings: false },
];

/** Five float64 and five int64 columns; with `strings`, the last one holds text instead. */
const appSource = (v: Variant) => `import json, time
t = time.perf_counter()
import importlib
import numpy as np
import pandas as pd
import streamlit as st
import_ms = (time.perf_counter() - t) * 1000

def heap_mb():
    # Pyodide's Emscripten module: its HEAPU8 spans the whole wasm memory.
    return pyodide_js._module.HEAPU8.length / 2**20

pyodide_js = importlib.import_module("pyodide_js")  # not an import statement: no package lookup
heap_before = heap_mb()
T_START = time.time() * 1000  # after the imports: those are timed on their own
t = time.perf_counter()
rng = np.random.default_rng(0)
n = ${v.rows}
columns = {f"f{i}": rng.random(n) for i in range(5)}
columns |= {f"i{i}": rng.integers(0, 1_000_000, n) for i in range(5)}
if ${v.strings ? "True" : "False"}:
    columns["i4"] = [f"row {i}" for i in range(n)]
frame = pd.DataFrame(columns)
build_ms = (time.perf_counter() - t) * 1000
call_wall = time.time() * 1000
t = time.perf_counter()
st.dataframe(frame)
call_ms = (time.perf_counter() - t) * 1000
st.text("BENCH " + json.dumps({
    "start_wall": T_START, "call_wall": call_wall, "import_ms": import_ms, "build_ms": build_ms,
    "call_ms": call_ms, "heap_before_mb": heap_before, "heap_after_mb": heap_mb(),
}))
`;

/**
 * Installed before the page loads: Date.now() when the first non-index grid cell
 * with text appears in the app's shadow DOM (a MutationObserver, so the time is
 * taken right after the DOM change, not at the next poll).
 */
const CELL_PROBE = `(() => {
  const SELECTOR = '[data-testid="stDataFrame"] [role="gridcell"]:not(.dfIndex)';
  const found = (root) => {
    const cell = root.querySelector(SELECTOR);
    return cell !== null && cell.textContent.trim() !== "";
  };
  const attach = () => {
    const root = document.querySelector("wasmlit-app")?.shadowRoot;
    if (!root) { setTimeout(attach, 5); return; }
    const observer = new MutationObserver(() => {
      if (window.__cellAt === undefined && found(root)) {
        window.__cellAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  };
  attach();
})()`;

interface Sample {
  import_ms: number;
  build_ms: number;
  call_ms: number;
  visible_ms: number; // st.dataframe call returned -> first data cell in the DOM
  total_ms: number; // script start (after its imports) -> first data cell in the DOM
  heap_before_mb: number;
  heap_after_mb: number;
  window_mb: number;
  worker_mb: number;
  other_mb: number;
  page_js_heap_mb: number; // CDP JSHeapUsedSize, the page only
  frame_median_ms: number; // requestAnimationFrame intervals while wheel-scrolling the grid
  frame_p95_ms: number;
  frame_max_ms: number;
  scrolled_rows: number; // how far the wheel steps moved the grid
}

const MB = 2 ** 20;
const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, rows: { type: "string" } } });
const RUNS = Number(values.runs);
const ROWS = values.rows === undefined ? null : Number(values.rows);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

interface MemoryBreakdown {
  isolated: boolean;
  window: number;
  worker: number;
  other: number;
}

/** measureUserAgentSpecificMemory summed by attribution scope (bytes). */
const MEASURE_MEMORY = `(async () => {
  if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) {
    return { isolated: false, window: 0, worker: 0, other: 0 };
  }
  const result = await performance.measureUserAgentSpecificMemory();
  const sums = { isolated: true, window: 0, worker: 0, other: 0 };
  for (const entry of result.breakdown) {
    const scopes = entry.attribution.map((a) => a.scope);
    // An entry shared by several contexts is split evenly between them.
    const share = scopes.length ? entry.bytes / scopes.length : entry.bytes;
    if (!scopes.length) sums.other += entry.bytes;
    for (const scope of scopes) {
      // Chromium names the worker's scope DedicatedWorkerGlobalScope.
      if (scope === "Window") sums.window += share;
      else if (scope.startsWith("DedicatedWorker")) sums.worker += share;
      else sums.other += share;
    }
  }
  return sums;
})()`;

async function pageJsHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
}

const WHEEL_STEPS = 120;
const WHEEL_PX = 240;

/**
 * Wheel-scroll the grid WHEEL_STEPS times, one step per ~frame, and record the
 * intervals between animation frames meanwhile. A frame over 16.7 ms is a
 * dropped frame (headless Chromium paces requestAnimationFrame at 60 Hz).
 */
async function scrollFrames(page: Page) {
  const scroller = page.locator("wasmlit-app").locator('[data-testid="stDataFrame"] .dfScroll');
  const box = await scroller.boundingBox();
  if (!box) throw new Error("grid scroller not found");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(`(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); if (!window.__stopFrames) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < WHEEL_STEPS; i++) {
    await page.mouse.wheel(0, WHEEL_PX);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(200);
  const frames = (await page.evaluate("window.__stopFrames = true, window.__frames")) as number[];
  const deltas = frames.slice(1).map((t, i) => t - (frames[i] as number));
  const sorted = [...deltas].sort((a, b) => a - b);
  const rowIndexes = await scroller.locator('[role="row"][aria-rowindex]').evaluateAll((rows) =>
    rows.map((r) => Number(r.getAttribute("aria-rowindex"))),
  );
  return {
    frame_median_ms: median(deltas),
    frame_p95_ms: sorted[Math.floor(0.95 * (sorted.length - 1))] as number,
    frame_max_ms: sorted[sorted.length - 1] as number,
    scrolled_rows: Math.min(...rowIndexes.filter((i) => i > 1)) - 2,
  };
}

async function runOnce(url: string): Promise<Sample> {
  // Eager measurement: without it the API waits for the next garbage collection.
  const browser = await launchBrowser(["--enable-blink-features=ForceEagerMeasureMemory"]);
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(CELL_PROBE);
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const host = document.querySelector("wasmlit-app");
        return (
          host?.getAttribute("data-run-count") === "1" &&
          host.getAttribute("data-state") === "idle" &&
          (window as unknown as { __cellAt?: number }).__cellAt !== undefined
        );
      },
      undefined,
      { timeout: 300_000 },
    );
    const cellAt = (await page.evaluate("window.__cellAt")) as number;
    const text = (await page.locator("wasmlit-app").getByText(/^BENCH /).textContent()) ?? "";
    const py = JSON.parse(text.replace(/^BENCH /, "")) as Record<string, number>;
    const memory = (await page.evaluate(MEASURE_MEMORY)) as MemoryBreakdown;
    if (!memory.isolated) throw new Error("page is not cross-origin isolated: no measureUserAgentSpecificMemory");
    return {
      import_ms: py.import_ms as number,
      build_ms: py.build_ms as number,
      call_ms: py.call_ms as number,
      visible_ms: cellAt - (py.call_wall as number) - (py.call_ms as number),
      total_ms: cellAt - (py.start_wall as number),
      heap_before_mb: py.heap_before_mb as number,
      heap_after_mb: py.heap_after_mb as number,
      window_mb: memory.window / MB,
      worker_mb: memory.worker / MB,
      other_mb: memory.other / MB,
      page_js_heap_mb: (await pageJsHeap(page)) / MB,
      ...(await scrollFrames(page)),
    };
  } finally {
    await browser.close();
  }
}

async function measure(variant: Variant): Promise<Record<keyof Sample, number> & { samples_total_ms: number[] }> {
  const site = buildSite(join(writeApp({ "app.py": appSource(variant) }), "app.py"));
  const server = await serveStatic(
    { "/pyodide/": PYODIDE_DIRS["0.27.7"], "/": site },
    { headers: CROSS_ORIGIN_ISOLATION },
  );
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < RUNS; run++) samples.push(await runOnce(`${server.url}/`));
  } finally {
    await server.close();
  }
  const keys = Object.keys(samples[0] as Sample) as (keyof Sample)[];
  const medians = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]));
  return { ...(medians as Record<keyof Sample, number>), samples_total_ms: samples.map((s) => Math.round(s.total_ms)) };
}

const fmt = (x: number) => (x >= 100 ? String(Math.round(x)) : x.toFixed(1));

async function main() {
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const variant of VARIANTS.filter((v) => ROWS === null || v.rows === ROWS)) {
    results[variant.label] = await measure(variant);
  }
  console.log(JSON.stringify({ runs: RUNS, results }, null, 2));

  const header = [
    "frame",
    "build ms",
    "st.dataframe ms",
    "call returned → cell ms",
    "import ms",
    "build → cell ms",
    "wasm heap MB (before → after)",
    "Window MB",
    "DedicatedWorker MB",
    "other MB",
    "scroll frame ms (median / p95 / max)",
  ];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
  for (const [label, r] of Object.entries(results)) {
    lines.push(
      `| ${[
        label,
        fmt(r.build_ms),
        fmt(r.call_ms),
        fmt(r.visible_ms),
        fmt(r.import_ms),
        fmt(r.total_ms),
        `${fmt(r.heap_before_mb)} → ${fmt(r.heap_after_mb)}`,
        fmt(r.window_mb),
        fmt(r.worker_mb),
        fmt(r.other_mb),
        `${fmt(r.frame_median_ms)} / ${fmt(r.frame_p95_ms)} / ${fmt(r.frame_max_ms)} (${r.scrolled_rows} rows)`,
      ].join(" | ")} |`,
    );
  }
  console.log(`\nmedians of ${RUNS} runs\n${lines.join("\n")}`);
}

await main();
