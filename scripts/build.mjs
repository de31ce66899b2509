#!/usr/bin/env node
/**
 * Bundle the UI and the worker into py/wasmlit/static/ (shipped in the wheel).
 *
 *   npm run build        # minified ESM + sourcemaps, prints raw/gzip sizes
 *
 * ui/src/index.ts -> wasmlit.js (+ chunks/ for lazy imports)
 * worker/src/worker.ts -> worker.js (module worker)
 * ui/src/components/sw.ts -> component-sw.js (serves custom component folders)
 * Material Symbols Rounded (npm @material-symbols/font-400) -> fonts/, loaded
 * lazily by ui/src/material.ts; only this one of the package's faces ships.
 * KaTeX's stylesheet and woff2 fonts -> fonts/katex/, fetched by
 * ui/src/markdown/extras.ts the first time math renders.
 * Sizes go to static/sizes.json for the size budget in docs/performance.md.
 */
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "py", "wasmlit", "static");
const ICON_FONT = join(ROOT, "node_modules", "@material-symbols", "font-400", "material-symbols-rounded.woff2");
const KATEX_DIST = join(ROOT, "node_modules", "katex", "dist");

const common = {
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: "linked",
  target: ["es2022"],
  legalComments: "none",
  logLevel: "warning",
};

/** Every file under `dir`, recursively. */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** KaTeX's CSS and its woff2 faces (browsers that run Pyodide all read woff2); returns bytes copied. */
function copyKatexAssets(dest) {
  const css = join(KATEX_DIST, "katex.min.css");
  if (!existsSync(css)) throw new Error(`missing ${relative(ROOT, css)}: run npm ci`);
  mkdirSync(join(dest, "fonts"), { recursive: true });
  copyFileSync(css, join(dest, "katex.min.css"));
  let bytes = statSync(css).size;
  for (const name of readdirSync(join(KATEX_DIST, "fonts")).filter((n) => n.endsWith(".woff2"))) {
    copyFileSync(join(KATEX_DIST, "fonts", name), join(dest, "fonts", name));
    bytes += statSync(join(KATEX_DIST, "fonts", name)).size;
  }
  return bytes;
}

async function main() {
  const entries = {
    ui: join(ROOT, "ui", "src", "index.ts"),
    worker: join(ROOT, "worker", "src", "worker.ts"),
  };
  for (const [name, path] of Object.entries(entries)) {
    if (!existsSync(path)) throw new Error(`missing ${name} entry point ${relative(ROOT, path)}`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await build({
    ...common,
    entryPoints: { wasmlit: entries.ui },
    outdir: OUT,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  });
  await build({
    ...common,
    entryPoints: { worker: entries.worker },
    outdir: OUT,
    splitting: false,
  });
  // The service worker serving declare_component(path=...) folders (docs/components.md).
  await build({
    ...common,
    format: "iife",
    entryPoints: { "component-sw": join(ROOT, "ui", "src", "components", "sw.ts") },
    outdir: OUT,
    splitting: false,
  });
  if (!existsSync(ICON_FONT)) throw new Error(`missing ${relative(ROOT, ICON_FONT)}: run npm ci`);
  mkdirSync(join(OUT, "fonts"), { recursive: true });
  copyFileSync(ICON_FONT, join(OUT, "fonts", "material-symbols-rounded.woff2"));
  const katexSize = copyKatexAssets(join(OUT, "fonts", "katex"));
  const sizes = {};
  for (const file of walk(OUT).filter((f) => f.endsWith(".js")).sort()) {
    const data = readFileSync(file);
    sizes[relative(OUT, file)] = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  }
  const total = Object.values(sizes).reduce(
    (acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }),
    { raw: 0, gzip: 0 },
  );
  writeFileSync(join(OUT, "sizes.json"), JSON.stringify({ files: sizes, total }, null, 2) + "\n");
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
  console.log(`built ${relative(ROOT, OUT)}/`);
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`  ${name.padEnd(32)} ${kb(s.raw)} raw ${kb(s.gzip)} gzip`);
  }
  console.log(`  ${"total".padEnd(32)} ${kb(total.raw)} raw ${kb(total.gzip)} gzip`);
  // Not in the JS total: fetched only when an icon renders (woff2 is already compressed).
  console.log(`  ${"fonts/material-symbols-rounded.woff2".padEnd(32)} ${kb(statSync(ICON_FONT).size)} (lazy)`);
  console.log(`  ${"fonts/katex/ (css + woff2)".padEnd(32)} ${kb(katexSize)} (lazy, fetched per face used)`);
}

main().catch((err) => {
  console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
