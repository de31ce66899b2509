/** Packages: imports load Pyodide packages offline, requirements.txt goes through micropip. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openApp } from "./harness.ts";

describe("packages", () => {
  test("numpy imported by the script is loaded before it runs", async () => {
    const t = await openApp({
      "app.py": [
        "import numpy as np",
        "import streamlit as st",
        "st.write(f'sum={int(np.arange(10).sum())} numpy={np.__version__}')",
      ].join("\n"),
    });
    try {
      const text = (await t.app.locator('[data-testid="stMarkdown"]').textContent())?.trim();
      assert.equal(text, "sum=45 numpy=2.0.2");
    } finally {
      await t.close();
    }
  });

  test("a requirement from requirements.txt is installed with micropip", async () => {
    const t = await openApp({
      "app.py": "import six\nimport streamlit as st\nst.write(f'six {six.__version__}')\n",
      "requirements.txt": "six\nstreamlit>=1.30\n",
    });
    try {
      const text = (await t.app.locator('[data-testid="stMarkdown"]').textContent())?.trim();
      assert.equal(text, "six 1.16.0");
    } finally {
      await t.close();
    }
  });

  test("a pure-Python app loads no numpy or pandas", async () => {
    const t = await openApp({
      "app.py": [
        "import sys",
        "import streamlit as st",
        "heavy = sorted(m for m in ('numpy', 'pandas', 'pyarrow', 'PIL') if m in sys.modules)",
        "st.write(f'heavy: {heavy}')",
      ].join("\n"),
    });
    try {
      const text = (await t.app.locator('[data-testid="stMarkdown"]').textContent())?.trim();
      assert.equal(text, "heavy: []");
    } finally {
      await t.close();
    }
  });
});
