/**
 * What pyarrow costs an app in real Pyodide 0.27.7 (Chromium): import times measured
 * inside the script, and page-load-to-first-run for an app that imports pandas only
 * versus one that also imports pyarrow (which makes the worker load its 10.8 MB wheel).
 * A third app times Arrow IPC for a 100k x 5 frame: the pure-Python writer
 * (wasmlit.data.arrow_writer) against pyarrow.
 *
 *   node --import tsx bench/pyarrow_import.ts [--runs 3]
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../playwright/browser.ts";
import { buildSite, PYODIDE_DIRS, writeApp } from "../playwright/harness.ts";
import { serveStatic } from "../playwright/static-server.ts";

const TIMED = `import json, time
import streamlit as st

def timed(fn):
    t0 = time.perf_counter()
    fn()
    return round((time.perf_counter() - t0) * 1000, 1)

result = {}
`;

const PANDAS_ONLY = `${TIMED}
def load_pandas():
    import pandas  # an import statement: the worker loads the package at boot

result["import pandas ms"] = timed(load_pandas)
st.text("BENCH " + json.dumps(result))
`;

const WITH_PYARROW = `${TIMED}
def load_pyarrow():
    import pyarrow

def load_pandas():
    import pandas

result["import pyarrow ms"] = timed(load_pyarrow)
result["import pandas (after pyarrow) ms"] = timed(load_pandas)
st.text("BENCH " + json.dumps(result))
`;

const IPC = `${TIMED}
import numpy as np, pandas as pd, pyarrow
from wasmlit.data.arrow_writer import encode_frame
from wasmlit.data.wire import _pyarrow_ipc
n = 100_000
frame = pd.DataFrame({"i": np.arange(n), "f": np.random.rand(n), "s": [f"row {i}" for i in range(n)],
                      "b": np.arange(n) % 2 == 0, "t": pd.date_range("2020-01-01", periods=n, freq="s")})
result["ipc 100k x 5, pure-Python writer ms"] = timed(lambda: encode_frame(frame))
result["ipc 100k x 5, pyarrow ms"] = timed(lambda: _pyarrow_ipc(frame))
st.text("BENCH " + json.dumps(result))
`;

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const RUNS = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function measure(source: string): Promise<Record<string, number>> {
  const site = buildSite(join(writeApp({ "app.py": source }), "app.py"));
  const server = await serveStatic({ "/pyodide/": PYODIDE_DIRS["0.27.7"], "/": site });
  const samples: Record<string, number>[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const browser = await launchBrowser(); // a fresh browser: nothing cached between runs
      try {
        const page = await browser.context.newPage();
        await page.goto(`${server.url}/`);
        await page.waitForFunction(
          () => document.querySelector("wasmlit-app")?.getAttribute("data-run-count") === "1",
          undefined,
          { timeout: 180_000 },
        );
        const firstRun = await page.evaluate(() => performance.now());
        const text = (await page.locator("wasmlit-app").getByText(/^BENCH /).textContent()) ?? "";
        const inScript = JSON.parse(text.replace(/^BENCH /, "")) as Record<string, number>;
        samples.push({ "page load to first run ms": Math.round(firstRun), ...inScript });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const keys = Object.keys(samples[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k] as number))]));
}

async function main() {
  const pandasOnly = await measure(PANDAS_ONLY);
  const withPyarrow = await measure(WITH_PYARROW);
  const ipc = await measure(IPC);
  const report = { runs: RUNS, "pandas only": pandasOnly, "pandas + pyarrow": withPyarrow, "arrow ipc": ipc };
  console.log(JSON.stringify(report, null, 2));
}

await main();
