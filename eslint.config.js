// Lint for all TypeScript and JavaScript: UI, worker, Playwright scenarios,
// benchmarks, scripts. typescript-eslint's recommended rules throughout.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "ui/src/protocol/generated.ts",
      "py/wasmlit/static/**",
      ".cache/**",
      ".venv/**",
      "dist/**",
      "playwright/.artifacts/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // `const _: never = x` is the exhaustiveness check; underscore names are intentional.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  {
    // Plain JS has no type checker to catch undefined names, so give it its globals.
    files: ["ui/**/*.{js,mjs}", "bench/**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ["worker/**/*.{js,mjs}"],
    languageOptions: { globals: globals.worker },
  },
  {
    files: ["scripts/**/*.{js,mjs,cjs}", "*.config.{js,mjs,ts}"],
    languageOptions: { globals: globals.node },
  },
);
