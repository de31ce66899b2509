import { defineConfig } from "vitest/config";

// vitest 5 wants Node >= 22; its reporter uses Map.groupBy, missing on Node 20.
// Keep this shim until the machines run Node 22.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = keyOf(item, i++);
        out.set(k, [...(out.get(k) ?? []), item]);
      }
      return out;
    },
  });
}

export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "ui",
          include: ["tests/ui/**/*.test.{ts,tsx}"],
          // jsdom rather than happy-dom: under happy-dom 21, DOMPurify keeps onerror
          // attributes and drops links and text, so sanitizer tests would lie.
          environment: "jsdom",
        },
      },
      {
        extends: true,
        test: { name: "worker", include: ["tests/worker/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
