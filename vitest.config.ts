import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
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
