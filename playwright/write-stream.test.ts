/** st.write_stream in the browser: the text grows while the script still runs. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type AppUnderTest, eventually, openApp, rerunAfter } from "./harness.ts";

const WORDS = "the quick brown fox jumps over the lazy dog and keeps on running to the end".split(" ");

const APP = `import asyncio
import time
import streamlit as st

WORDS = ${JSON.stringify(WORDS)}

def words():
    for word in WORDS:
        time.sleep(0.05)
        yield word + " "

async def tokens():
    for token in ["async ", "tokens ", "done"]:
        await asyncio.sleep(0.02)
        yield token

if st.button("Stream"):
    with st.container(key="sync"):
        result = st.write_stream(words, cursor="▌")
    st.text(f"returned: {result!r}")
    with st.container(key="async"):
        async_result = st.write_stream(tokens)
    st.text(f"async returned: {async_result!r}")
`;

type Sample = { state: string | null; text: string };

describe("st.write_stream", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => {
    await t?.close();
  });

  test("shows the text growing while running, then the final text and the return value", async () => {
    const { app, page } = t;
    // Sample the streamed Markdown and the app state every few ms, inside the page.
    await page.evaluate(() => {
      const host = document.querySelector("wasmlit-app")!;
      const samples: Sample[] = [];
      (window as unknown as { samples: Sample[] }).samples = samples;
      (window as unknown as { sampler: number }).sampler = window.setInterval(() => {
        const md = host.shadowRoot?.querySelector(".st-key-sync [data-testid=stMarkdown]");
        samples.push({ state: host.getAttribute("data-state"), text: md?.textContent ?? "" });
      }, 10);
    });
    await rerunAfter(app, () => app.getByRole("button", { name: "Stream" }).click());
    const samples = await page.evaluate(() => {
      window.clearInterval((window as unknown as { sampler: number }).sampler);
      return (window as unknown as { samples: Sample[] }).samples;
    });

    const final = WORDS.join(" ");
    const whileRunning = samples.filter((s) => s.state === "running" && s.text !== "");
    const lengths = new Set(whileRunning.map((s) => s.text.replace("▌", "").trim().length));
    const partial = [...lengths].filter((n) => n > 0 && n < final.length);
    assert.ok(partial.length >= 3, `expected the text to grow while running, saw lengths ${[...lengths].join(",")}`);
    assert.ok(whileRunning.some((s) => s.text.includes("▌")), "the cursor shows while streaming");

    const streamed = app.locator(".st-key-sync [data-testid=stMarkdown]");
    await eventually(async () => (await streamed.textContent())?.trim(), final);
    const texts = app.locator('[data-testid="stText"]');
    await eventually(async () => (await texts.allTextContents()).map((s) => s.trim()), [
      `returned: '${final} '`,
      "async returned: 'async tokens done'",
    ]);
    const asyncText = app.locator(".st-key-async [data-testid=stMarkdown]");
    assert.equal((await asyncText.textContent())?.trim(), "async tokens done");
  });
});
