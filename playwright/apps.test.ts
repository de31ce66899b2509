/** Multi-file apps, layout, and booting another Pyodide version with the same worker. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openApp, rerunAfter } from "./harness.ts";

describe("a multi-file app", () => {
  test("imports a sibling module and reads a data file beside the script", async () => {
    const t = await openApp({
      "app.py": [
        "import csv",
        "from pathlib import Path",
        "import streamlit as st",
        "from helpers.greet import greeting",
        "rows = list(csv.DictReader(open(Path(__file__).parent / 'data' / 'people.csv')))",
        "st.write(greeting(rows[0]['name']))",
        "st.write(f\"{len(rows)} rows\")",
      ].join("\n"),
      "helpers/__init__.py": "",
      "helpers/greet.py": "def greeting(name):\n    return f'Hello, {name}!'\n",
      "data/people.csv": "name,age\nAda,36\nAlan,41\n",
    });
    try {
      const texts = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
      assert.deepEqual(texts.map((s) => s.trim()), ["Hello, Ada!", "2 rows"]);
    } finally {
      await t.close();
    }
  });
});

describe("sidebar and columns", () => {
  test("both sidebar forms and columns render where they belong", async () => {
    const t = await openApp({
      "app.py": [
        "import streamlit as st",
        "st.sidebar.title('Side')",
        "with st.sidebar:",
        "    flag = st.checkbox('Shout')",
        "left, right = st.columns([2, 1])",
        "left.write('left text')",
        "with right:",
        "    st.write('right text')",
        "st.write('LOUD' if flag else 'quiet')",
      ].join("\n"),
    });
    try {
      const sidebar = t.app.locator('[data-testid="stSidebar"]');
      assert.equal((await sidebar.locator('[data-testid="stHeading"]').textContent())?.trim(), "Side");
      const columns = t.app.locator('[data-testid="stColumn"]');
      assert.equal(await columns.count(), 2);
      assert.equal((await columns.nth(0).textContent())?.trim(), "left text");
      assert.equal((await columns.nth(1).textContent())?.trim(), "right text");
      const main = t.app.locator('[data-testid="stMain"]');
      assert.equal((await main.locator('[data-testid="stMarkdown"]').last().textContent())?.trim(), "quiet");
      await rerunAfter(t.app, () => sidebar.locator('[data-testid="stCheckbox"] label').click());
      assert.equal((await main.locator('[data-testid="stMarkdown"]').last().textContent())?.trim(), "LOUD");
    } finally {
      await t.close();
    }
  });
});

describe("markdown is sanitized", () => {
  test("script tags, event handlers and javascript: URLs never run", async () => {
    const t = await openApp({
      "app.py": [
        "import streamlit as st",
        "st.markdown('<img src=x onerror=\"window.__pwned=1\"> <script>window.__pwned=2</script>')",
        "st.markdown('[click](javascript:window.__pwned=3)')",
        "st.markdown('<b>bold</b><img src=x onerror=\"window.__pwned=4\">', unsafe_allow_html=True)",
        "st.markdown('| a | b |\\n|---|---|\\n| 1 | ~~2~~ |\\n\\n- [x] done')",
      ].join("\n"),
    });
    try {
      await t.app.locator('[data-testid="stMarkdown"] a').click().catch(() => undefined);
      assert.equal(await t.page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
      assert.equal(await t.app.locator('[data-testid="stMarkdown"] b').count(), 1);
      assert.equal(await t.app.locator('[data-testid="stMarkdown"] table td').count(), 2);
      assert.equal(await t.app.locator('[data-testid="stMarkdown"] del').count(), 1);
      assert.equal(await t.app.locator('[data-testid="stMarkdown"] input[type="checkbox"]').count(), 1);
    } finally {
      await t.close();
    }
  });
});

describe("the same worker boots Pyodide 314.0.7", () => {
  test("a pure-Python app runs", async () => {
    const t = await openApp(
      {
        "app.py": [
          "import sys",
          "import streamlit as st",
          "st.write(f'python {sys.version_info.major}.{sys.version_info.minor}')",
          "st.checkbox('tick')",
        ].join("\n"),
      },
      { pyodide: "314.0.7" },
    );
    try {
      const text = (await t.app.locator('[data-testid="stMarkdown"]').textContent())?.trim() ?? "";
      assert.match(text, /^python 3\.1[3-9]$/);
      await rerunAfter(t.app, () => t.app.locator('[data-testid="stCheckbox"] label').click());
    } finally {
      await t.close();
    }
  });
});
