/**
 * st.map's basemap in real Chromium with real Pyodide: with `--map-tiles`
 * pointing at PNG tiles served by the test site, tiles appear under the chart
 * and each point sits on the tile pixel of its latitude/longitude (computed here
 * independently: Web Mercator, 256-px tiles at zoom z + 1), the graticule is
 * hidden and the attribution shows. With an unreachable tile server the
 * graticule stays, no tile is visible and nothing fails.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { eventually, OFFLINE_LOCK_URL, openSite, WASMLIT, writeApp, type AppUnderTest } from "./harness.ts";

const POINTS: [number, number][] = [
  [52.5, 13.4],
  [52.52, 13.41],
  [52.51, 13.38],
];
const APP = `import pandas as pd
import streamlit as st

st.map(pd.DataFrame({"lat": ${JSON.stringify(POINTS.map((p) => p[0]))}, "lon": ${JSON.stringify(
  POINTS.map((p) => p[1]),
)}}), zoom=11.3)
`;
// A 1x1 PNG (one grey pixel); every tile URL is served this file.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function openMap(mapTiles: string, mounts: Record<string, string> = {}) {
  const dir = writeApp({ "app.py": APP });
  const site = mkdtempSync(join(tmpdir(), "wasmlit-site-"));
  const args = ["build", join(dir, "app.py"), "--out", site, "--pyodide-url", "/pyodide/"];
  args.push("--lock-file-url", OFFLINE_LOCK_URL, "--map-tiles", mapTiles, "--map-tiles-attribution", "© test tiles");
  execFileSync(WASMLIT, args, { stdio: "pipe" });
  const errors: string[] = [];
  const t = await openSite(site, {
    extraMounts: mounts,
    beforeLoad: async (page) => {
      page.on("pageerror", (err) => errors.push(String(err)));
    },
  });
  return { t, errors };
}

const graticuleOpacities = (t: AppUnderTest) =>
  t.app
    .locator('[data-testid="stVegaLiteChart"] svg .mark-shape path')
    .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).opacity))]);

describe("st.map over tiles from the site", () => {
  let t: AppUnderTest;
  let errors: string[];
  before(async () => {
    const tiles = mkdtempSync(join(tmpdir(), "wasmlit-tiles-"));
    writeFileSync(join(tiles, "tile.png"), PNG);
    ({ t, errors } = await openMap("/tiles/tile.png?t={z}/{x}/{y}", { "/tiles/": tiles }));
  });
  after(async () => {
    await t?.close();
  });

  test("tiles load under the chart and each point sits on its own tile pixel", async () => {
    const map = t.app.locator('[data-testid="stVegaLiteChart"]');
    const imgs = map.locator('[data-testid="stMapTiles"] img');
    await eventually(() => map.locator("svg .mark-symbol path").count(), 3, 30_000);
    await eventually(
      () => imgs.evaluateAll((all) => all.length > 0 && all.every((img) => getComputedStyle(img).visibility === "visible")),
      true,
      15_000,
    );
    const tiles = await imgs.evaluateAll((all) =>
      all.map((img) => {
        const r = img.getBoundingClientRect();
        const [z, x, y] = (img.getAttribute("data-tile") ?? "").split("/").map(Number);
        return { z: z!, x: x!, y: y!, left: r.left, top: r.top, width: r.width, height: r.height, src: img.getAttribute("src") };
      }),
    );
    // Zoom 11.3 draws zoom-12 tiles scaled to 512·2^11.3 / 2^12 px.
    const size = (512 * 2 ** 11.3) / 2 ** 12;
    assert.ok(tiles.every((tile) => tile.z === 12 && Math.abs(tile.width - size) <= 1), JSON.stringify(tiles[0]));
    assert.equal(tiles[0]!.src, `/tiles/tile.png?t=12/${tiles[0]!.x}/${tiles[0]!.y}`);
    const circles = await map
      .locator("svg .mark-symbol path")
      .evaluateAll((all) => all.map((p) => p.getBoundingClientRect()).map((r) => [r.left + r.width / 2, r.top + r.height / 2]));
    POINTS.forEach(([lat, lon], i) => {
      const n = 2 ** 12;
      const wx = ((lon + 180) / 360) * n;
      const phi = (lat * Math.PI) / 180;
      const wy = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * n;
      const tile = tiles.find((tl) => tl.x === Math.floor(wx) && tl.y === Math.floor(wy));
      assert.ok(tile, `a tile under point ${i}`);
      const expected = [tile.left + (wx - tile.x) * tile.width, tile.top + (wy - tile.y) * tile.height];
      const [cx, cy] = circles[i]!;
      assert.ok(
        Math.abs(cx! - expected[0]!) < 1.5 && Math.abs(cy! - expected[1]!) < 1.5,
        `point ${i} at ${cx},${cy}; its tile pixel at ${expected.join(",")}`,
      );
    });
    // The tiles fill the plot area, and lie under the (transparent) chart.
    const layer = await map.locator('[data-testid="stMapTiles"]').boundingBox();
    const svg = await map.locator("svg").first().boundingBox();
    assert.ok(layer && svg && layer.width > svg.width - 20 && layer.height > 450, JSON.stringify({ layer, svg }));
  });

  test("the graticule hides under loaded tiles and the attribution shows", async () => {
    await eventually(() => graticuleOpacities(t), ["0"], 10_000);
    const credit = t.app.locator(".stMapTiles-attribution");
    assert.equal((await credit.textContent())?.trim(), "© test tiles");
    assert.ok(await credit.isVisible());
    assert.deepEqual(errors, []);
  });
});

describe("st.map with an unreachable tile server", () => {
  let t: AppUnderTest;
  let errors: string[];
  before(async () => {
    // Port 9 (discard) refuses connections on the test machine.
    ({ t, errors } = await openMap("http://127.0.0.1:9/{z}/{x}/{y}.png"));
  });
  after(async () => {
    await t?.close();
  });

  test("keeps the graticule, shows no tile or broken image, and raises no error", async () => {
    const map = t.app.locator('[data-testid="stVegaLiteChart"]');
    await eventually(() => map.locator("svg .mark-symbol path").count(), 3, 30_000);
    const imgs = map.locator('[data-testid="stMapTiles"] img');
    await eventually(
      () => imgs.evaluateAll((all) => all.length > 0 && all.every((img) => (img as HTMLImageElement).complete)),
      true,
      15_000,
    );
    const states = await imgs.evaluateAll((all) =>
      all.map((img) => [(img as HTMLImageElement).naturalWidth, getComputedStyle(img).visibility]),
    );
    assert.ok(states.every(([w, v]) => w === 0 && v === "hidden"), JSON.stringify(states));
    assert.deepEqual(await graticuleOpacities(t), ["0.25"]);
    assert.ok((await map.locator("svg .mark-shape path").count()) > 0);
    assert.equal(await t.app.locator(".stMapTiles-attribution").count(), 0);
    assert.equal(await map.locator('[role="alert"]').count(), 0);
    assert.deepEqual(errors, []);
  });
});
