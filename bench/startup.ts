/**
 * Cold start and rerun latency, measured in one run on this machine.
 *
 *   node --import tsx bench/startup.ts [--runs 5] [--reruns 25]
 *
 * Cold start: navigation to the hello-world title being visible, against a bare
 * Pyodide boot in a worker (bench/bare). Each sample uses a fresh browser profile.
 * Rerun latency: slider key press to the text showing the new value, timed in the
 * page (keydown to DOM mutation), as a median: on a page that is not
 * cross-origin isolated (messages reach Python through JSPI) and on one that is
 * (shared-memory run control).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../playwright/browser.ts";
import { buildSite, PYODIDE_DIRS, ROOT, writeApp } from "../playwright/harness.ts";
import { CROSS_ORIGIN_ISOLATION, serveStatic } from "../playwright/static-server.ts";

const HELLO = `import streamlit as st

st.title("Hello wasmlit")
n = st.slider("Pick n", 0, 100, 50)
st.write("n is", n)
`;

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, reruns: { type: "string", default: "25" } },
});
const RUNS = Number(values.runs);
const RERUNS = Number(values.reruns);

const summary = (xs: number[]) => ({
  median: median(xs),
  p90: [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)],
  samples: xs.map((x) => Math.round(x * 10) / 10),
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function coldStart(url: string, ready: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { timeout: 120_000 });
    return await page.evaluate(ready);
  } finally {
    await browser.close();
  }
}

const TITLE_VISIBLE = `(() => {
  const h1 = document.querySelector("wasmlit-app")?.shadowRoot?.querySelector('[data-testid="stHeading"] h1');
  if (!h1) { window.__titleMs = undefined; return undefined; }
  window.__titleMs ??= performance.now();
  return window.__titleMs;
})()`;
const BARE_DONE = "window.__bareBootMs";

/** In the page: note the keydown time and resolve when the text shows EXPECTED. */
const ARM_LATENCY_PROBE = `(() => {
  const root = document.querySelector("wasmlit-app").shadowRoot;
  window.__t1 = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const nodes = root.querySelectorAll('[data-testid="stMarkdown"]');
      const last = nodes[nodes.length - 1];
      if (last && last.textContent.trim() === EXPECTED) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
  root.addEventListener("keydown", () => { window.__t0 = performance.now(); }, { once: true, capture: true });
})()`;

async function rerunLatency(url: string): Promise<number[]> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector("wasmlit-app")?.getAttribute("data-run-count") === "1",
      undefined,
      { timeout: 120_000 },
    );
    const thumb = page.locator('[data-testid="stSlider"]').getByRole("slider");
    await thumb.focus();
    const samples: number[] = [];
    for (let i = 0; i < RERUNS; i++) {
      const expected = `n is ${50 + ((i % 2) === 0 ? 1 : 0)}`;
      // A string, not a function: tsx would inject helpers the page does not have.
      await page.evaluate(ARM_LATENCY_PROBE.replace("EXPECTED", JSON.stringify(expected)));
      await thumb.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      const ms = (await page.evaluate("window.__t1.then((t1) => t1 - window.__t0)")) as number;
      samples.push(ms);
      await page.waitForFunction(
        () => document.querySelector("wasmlit-app")?.getAttribute("data-state") === "idle",
      );
    }
    return samples;
  } finally {
    await browser.close();
  }
}

async function main() {
  const site = buildSite(join(writeApp({ "app.py": HELLO }), "app.py"));
  const server = await serveStatic({
    "/pyodide/": PYODIDE_DIRS["0.27.7"],
    "/bare/": join(ROOT, "bench", "bare"),
    "/": site,
  });
  try {
    const bare: number[] = [];
    const app: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleave so drift on the machine hits both sides alike.
      bare.push(await coldStart(`${server.url}/bare/`, BARE_DONE));
      app.push(await coldStart(`${server.url}/`, TITLE_VISIBLE));
    }
    // Reruns on this page go through JSPI (not isolated); on the isolated one
    // through shared memory. Alternate halves so drift hits both alike.
    const isolated = await serveStatic({ "/pyodide/": PYODIDE_DIRS["0.27.7"], "/": site }, { headers: CROSS_ORIGIN_ISOLATION });
    const reruns: number[] = [];
    const isolatedReruns: number[] = [];
    try {
      for (let half = 0; half < 2; half++) {
        reruns.push(...(await rerunLatency(`${server.url}/`)));
        isolatedReruns.push(...(await rerunLatency(`${isolated.url}/`)));
      }
    } finally {
      await isolated.close();
    }
    const result = {
      runs: RUNS,
      bare_pyodide_boot_ms: { median: median(bare), samples: bare.map(Math.round) },
      hello_cold_start_ms: { median: median(app), samples: app.map(Math.round) },
      cold_start_ratio: median(app) / median(bare),
      rerun_ms: summary(reruns),
      rerun_isolated_ms: summary(isolatedReruns),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.close();
  }
}

await main();
