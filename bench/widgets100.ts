/**
 * Rerun latency for an app with 100 widgets: a change to the UI settled.
 *
 *   node --import tsx bench/widgets100.ts [--reruns 25]
 *
 * "Settled" is the run the change caused having finished and been rendered:
 * the host's data-run-count goes up and data-state is back to idle, observed
 * in the page from the keydown that made the change.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../playwright/browser.ts";
import { buildSite, PYODIDE_DIRS, writeApp } from "../playwright/harness.ts";
import { serveStatic } from "../playwright/static-server.ts";

const APP = `import streamlit as st

st.title("100 widgets")
total = 0
for i in range(25):
    a, b = st.columns(2)
    total += a.slider(f"slider {i}", 0, 100, i)
    if b.checkbox(f"check {i}", value=i % 2 == 0):
        total += 1
    st.text_input(f"text {i}", value=f"value {i}")
    st.selectbox(f"select {i}", ["a", "b", "c"], index=i % 3)
st.write(f"total: {total}")
`;

const { values } = parseArgs({ options: { reruns: { type: "string", default: "25" } } });
const RERUNS = Number(values.reruns);

/** Resolves with ms from the next keydown to the run it causes being finished and idle. */
const ARM_SETTLED_PROBE = `(() => {
  const host = document.querySelector("wasmlit-app");
  const start = Number(host.getAttribute("data-run-count"));
  host.shadowRoot.addEventListener("keydown", () => { window.__t0 = performance.now(); }, { once: true, capture: true });
  window.__settled = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (Number(host.getAttribute("data-run-count")) > start && host.getAttribute("data-state") === "idle") {
        observer.disconnect();
        resolve(performance.now() - window.__t0);
      }
    });
    observer.observe(host, { attributes: true });
  });
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  const site = buildSite(join(writeApp({ "app.py": APP }), "app.py"));
  const server = await serveStatic({ "/pyodide/": PYODIDE_DIRS["0.27.7"], "/": site });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(
      () => document.querySelector("wasmlit-app")?.getAttribute("data-run-count") === "1",
      undefined,
      { timeout: 120_000 },
    );
    const widgets = await page.evaluate(
      () =>
        document.querySelector("wasmlit-app")!.shadowRoot!.querySelectorAll(
          '[data-testid="stSlider"], [data-testid="stCheckbox"], [data-testid="stTextInput"], [data-testid="stSelectbox"]',
        ).length,
    );
    const thumb = page.locator('[data-testid="stSlider"]').first().getByRole("slider");
    await thumb.focus();
    const samples: number[] = [];
    for (let i = 0; i < RERUNS; i++) {
      await page.evaluate(ARM_SETTLED_PROBE);
      await thumb.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      samples.push((await page.evaluate("window.__settled")) as number);
    }
    console.log(
      JSON.stringify(
        {
          widgets,
          reruns: RERUNS,
          settled_ms: {
            median: median(samples),
            p90: [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.9)],
            samples: samples.map((x) => Math.round(x * 10) / 10),
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
