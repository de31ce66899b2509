/**
 * What pyarrow costs an app in real Pyodide 0.27.7 (Chromium): import times measured
 * inside the script, and page-load-to-first-run for an app that imports pandas only
 * versus one that also imports pyarrow (which makes the worker load its 10.8 MB wheel).
 * A third app times Arrow IPC for a 100k x 5 frame: the pure-Python writer
 * (wasmlit.data.arrow_writer) against pyarrow.
 *
 * The two start-up apps are interleaved run by run; both end with a small
 * st.dataframe and report whether the worker loaded the pyarrow package.
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

def show_frame_and_report():
    # A small st.dataframe in both apps; then whether the worker loaded pyarrow's package.
    import importlib
    import pandas as pd
    st.dataframe(pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}))
    loaded = importlib.import_module("pyodide_js").loadedPackages.to_py()
    result["pyarrow package loaded (1 = yes)"] = int("pyarrow" in loaded)
    st.text("BENCH " + json.dumps(result))
`;

const PANDAS_ONLY = `${TIMED}
def load_pandas():
    import pandas  # an import statement: the worker loads the package at boot

result["import pandas ms"] = timed(load_pandas)
show_frame_and_report()
`;

const WITH_PYARROW = `${TIMED}
def load_pyarrow():
    import pyarrow

def load_pandas():
    import pandas

result["import pyarrow ms"] = timed(load_pyarrow)
result["import pandas (after pyarrow) ms"] = timed(load_pandas)
show_frame_and_report()
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

type Samples = Record<string, number>[];

/** One page load in a fresh browser (nothing cached between runs): load to first run, and the script's figures. */
async function sample(url: string): Promise<Record<string, number>> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector("wasmlit-app")?.getAttribute("data-run-count") === "1",
      undefined,
      { timeout: 180_000 },
    );
    const firstRun = await page.evaluate(() => performance.now());
    const text = (await page.locator("wasmlit-app").getByText(/^BENCH /).textContent()) ?? "";
    const inScript = JSON.parse(text.replace(/^BENCH /, "")) as Record<string, number>;
    return { "page load to first run ms": Math.round(firstRun), ...inScript };
  } finally {
    await browser.close();
  }
}

/** Runs the apps alternately, run by run, so drift on the machine hits all of them. */
async function measure(sources: string[]): Promise<Samples[]> {
  const sites = sources.map((source) => buildSite(join(writeApp({ "app.py": source }), "app.py")));
  const servers = await Promise.all(sites.map((site) => serveStatic({ "/pyodide/": PYODIDE_DIRS["0.27.7"], "/": site })));
  const samples: Samples[] = sources.map(() => []);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, server] of servers.entries()) samples[i]?.push(await sample(`${server.url}/`));
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  return samples;
}

function medians(samples: Samples): Record<string, number> {
  const keys = Object.keys(samples[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k] as number))]));
}

async function main() {
  const [pandasOnly = [], withPyarrow = []] = await measure([PANDAS_ONLY, WITH_PYARROW]);
  const [ipc = []] = await measure([IPC]);
  const loads = (xs: Samples) => xs.map((s) => s["page load to first run ms"]);
  const ratio =
    (medians(withPyarrow)["page load to first run ms"] as number) / (medians(pandasOnly)["page load to first run ms"] as number);
  const report = {
    runs: RUNS,
    "pandas only": { ...medians(pandasOnly), samples: loads(pandasOnly) },
    "pandas + pyarrow": { ...medians(withPyarrow), samples: loads(withPyarrow) },
    "load ratio, with / without pyarrow": Math.round(ratio * 100) / 100,
    "arrow ipc": medians(ipc),
  };
  console.log(JSON.stringify(report, null, 2));
}

await main();
