import { describe, expect, it } from "vitest";
import { DEFAULT_PYODIDE_URL, bootConfig } from "../../ui/src/host/element";

function element(attrs: Record<string, string>): Element {
  const el = document.createElement("div");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe("boot config: lock-file-url", () => {
  it("is absent by default, so Pyodide uses the lock next to pyodide-url", () => {
    const config = bootConfig(element({}), "http://x/core.zip");
    expect(config.pyodide_url).toBe(DEFAULT_PYODIDE_URL);
    expect("lock_file_url" in config).toBe(false);
  });

  it("is resolved against the page like pyodide-url", () => {
    const config = bootConfig(
      element({ "pyodide-url": "./pyodide/", "lock-file-url": "./pyodide/offline-lock.json" }),
      "http://x/core.zip",
    );
    expect(config.pyodide_url).toBe(new URL("./pyodide/", document.baseURI).href);
    expect(config.lock_file_url).toBe(new URL("./pyodide/offline-lock.json", document.baseURI).href);
  });
});
