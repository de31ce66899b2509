/**
 * st.cache_data(persist="disk") in real Chromium with real Pyodide: an entry
 * written to IndexedDB by the worker survives a page reload, so the cached
 * function does not run again in the new Python process.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { BOOT_TIMEOUT, eventually, openApp, rerunAfter, waitForRuns, type AppUnderTest } from "./harness.ts";

// `token` is random per execution of the function, and `sys.ran_here` only exists in
// the Python process where it ran: after a reload, the same token plus "cache hit"
// means the value came from IndexedDB.
const APP = `import sys
import uuid
import streamlit as st

@st.cache_data(persist="disk")
def compute(n):
    sys.ran_here = True
    st.caption("written inside the cached function")
    return {"token": uuid.uuid4().hex, "n": n}

result = compute(3)
st.write(f"token: {result['token']}")
st.write("cache miss" if getattr(sys, "ran_here", False) else "cache hit")
if st.button("Forget"):
    compute.clear()
`;

/** How many entries the app's persisted-cache database holds (same origin as the worker). */
async function storedEntries(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    const info = dbs.find((d) => d.name?.startsWith("wasmlit-cache "));
    if (!info?.name) return 0;
    const name = info.name;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains("entries")) return 0;
      const count = db.transaction("entries", "readonly").objectStore("entries").count();
      return await new Promise<number>((resolve, reject) => {
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      });
    } finally {
      db.close();
    }
  });
}

describe("st.cache_data(persist='disk')", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const trimmed = async (selector: string) =>
    (await t.app.locator(selector).allTextContents()).map((s) => s.trim());
  const markdown = () => trimmed('[data-testid="stMarkdown"]');
  const token = async () => (await markdown()).find((s) => s.startsWith("token: ")) ?? "";

  test("the entry survives a reload and the function does not run again", async () => {
    await eventually(async () => (await markdown()).includes("cache miss"), true);
    const first = await token();
    assert.match(first, /^token: [0-9a-f]{32}$/);
    // Writes reach IndexedDB in the background: wait for the entry before reloading.
    await eventually(() => storedEntries(t.page), 1, 10_000);

    await t.page.reload();
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
    await eventually(async () => (await markdown()).includes("cache hit"), true);
    assert.equal(await token(), first);
    // Elements written inside the function are replayed from the stored entry.
    await eventually(
      () => trimmed('[data-testid="stCaption"]'),
      ["written inside the cached function"],
    );
  });

  test("clear() deletes the stored entry", async () => {
    const forget = t.app.locator('[data-testid="stButton"] button', { hasText: "Forget" });
    await rerunAfter(t.app, () => forget.click());
    await eventually(() => storedEntries(t.page), 0, 10_000);
    await t.page.reload();
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
    await eventually(async () => (await markdown()).includes("cache miss"), true);
  });
});
