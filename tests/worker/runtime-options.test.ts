import { describe, expect, test } from "vitest";
import { runtimeOptions } from "../../worker/src/stages";

describe("runtimeOptions (loadPyodide's options)", () => {
  test("without a lock URL Pyodide keeps its own lock beside pyodide.mjs", () => {
    expect(runtimeOptions("https://cdn.example/pyodide/")).toEqual({ indexURL: "https://cdn.example/pyodide/" });
  });

  test("a lock URL is passed as lockFileURL, indexURL unchanged", () => {
    expect(runtimeOptions("http://h/pyodide/", "http://h/pyodide/offline-lock.json")).toEqual({
      indexURL: "http://h/pyodide/",
      lockFileURL: "http://h/pyodide/offline-lock.json",
    });
  });
});
