/** The issue-2 scripts, unchanged Streamlit code, driven in real Chromium with real Pyodide. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, waitForRuns, type AppUnderTest } from "./harness.ts";

const HELLO = `import streamlit as st

st.title("Hello wasmlit")
n = st.slider("Pick n", 0, 10, 5)
st.write("n is", n)
`;

describe("hello world", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": HELLO });
  });
  after(async () => t?.close());

  test("renders title, slider and text", async () => {
    const heading = t.app.locator('[data-testid="stHeading"] h1');
    assert.equal((await heading.textContent())?.trim(), "Hello wasmlit");
    const markdown = t.app.locator('[data-testid="stMarkdown"]').last();
    assert.equal((await markdown.textContent())?.trim(), "n is 5");
  });

  test("moving the slider reruns the script with the new value", async () => {
    const thumb = t.app.locator('[data-testid="stSlider"]').getByRole("slider");
    await thumb.focus();
    await rerunAfter(t.app, () => thumb.press("ArrowRight"));
    const markdown = t.app.locator('[data-testid="stMarkdown"]').last();
    assert.equal((await markdown.textContent())?.trim(), "n is 6");
    await rerunAfter(t.app, () => thumb.press("ArrowLeft"));
    await rerunAfter(t.app, () => thumb.press("ArrowLeft"));
    assert.equal((await markdown.textContent())?.trim(), "n is 4");
  });
});

const COUNTER = `import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0

def add(amount, *, label):
    st.session_state.count += amount
    st.session_state.last = label

st.button("Add two", on_click=add, args=(2,), kwargs={"label": "clicked"})
st.write(f"Count: {st.session_state.count}")
st.write(st.session_state.get("last", "never"))
`;

describe("counter with session state and a callback", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": COUNTER });
  });
  after(async () => t?.close());

  test("each click runs the callback with args and kwargs before the script", async () => {
    const texts = () => t.app.locator('[data-testid="stMarkdown"]').allTextContents();
    assert.deepEqual((await texts()).map((s) => s.trim()), ["Count: 0", "never"]);
    const button = t.app.locator('[data-testid="stButton"] button');
    await rerunAfter(t.app, () => button.click());
    assert.deepEqual((await texts()).map((s) => s.trim()), ["Count: 2", "clicked"]);
    await rerunAfter(t.app, () => button.click());
    await rerunAfter(t.app, () => button.click());
    assert.deepEqual((await texts()).map((s) => s.trim()), ["Count: 6", "clicked"]);
  });
});

const PROGRESS = `import time
import streamlit as st

bar = st.progress(0, text="Working")
for i in range(1, 11):
    time.sleep(0.25)
    bar.progress(i * 10, text=f"Step {i}")
st.success("Done")
`;

describe("progress while Python is busy", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": PROGRESS }, { waitForRun: false });
  });
  after(async () => t?.close());

  test("the bar advances mid-run, before the run finishes", async () => {
    // Record every value the bar shows while the run is still going.
    const seen = await t.page.evaluate(async () => {
      const host = document.querySelector("wasmlit-app") as HTMLElement;
      const values: number[] = [];
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const bar = host.shadowRoot?.querySelector('[data-testid="stProgress"] [role="progressbar"]');
        const state = host.getAttribute("data-state");
        if (bar && state === "running") {
          const value = Number(bar.getAttribute("aria-valuenow"));
          if (values[values.length - 1] !== value) values.push(value);
        }
        if (host.getAttribute("data-run-count") === "1") break;
        await new Promise((r) => setTimeout(r, 20));
      }
      return values;
    });
    // Several distinct, increasing values were visible while Python was still running.
    assert.ok(seen.length >= 4, `saw only ${JSON.stringify(seen)}`);
    assert.deepEqual([...seen].sort((a, b) => a - b), seen);
    await waitForRuns(t.app, 1);
    const alert = t.app.locator('[data-testid="stAlert"]');
    assert.equal((await alert.textContent())?.trim(), "Done");
  });
});

const MAGIC = `import streamlit as st

def helper():
    """A docstring is not written."""
    return 1

"## A magic header"
x = 41 + helper()
x
`;

describe("magic", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": MAGIC });
  });
  after(async () => t?.close());

  test("bare strings and expressions are written, docstrings are not", async () => {
    const texts = (await t.app.locator('[data-testid="stMarkdown"]').allTextContents()).map((s) =>
      s.trim(),
    );
    assert.deepEqual(texts, ["A magic header", "42"]);
    assert.equal(await t.app.locator("h2").count(), 1);
  });
});
