/**
 * st.map's basemap: <img> tiles in a box placed exactly under the Vega plot
 * area (the chart above it is transparent). A tile shows only once it has
 * loaded, so a failed or offline tile leaves no broken-image icon; `onShown`
 * says whether any tile is visible (the chart then hides its graticule).
 *
 *   <MapTiles source={source} view={{ center, zoom, width, height }} left={5} top={8} onShown={setShown} />
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { coveringTiles, tileUrl, type MapView, type TileSource } from "./map-tiles";

type Props = {
  source: NonNullable<TileSource>;
  view: MapView;
  /** The plot area's top-left corner inside the positioned parent. */
  left: number;
  top: number;
  onShown: (shown: boolean) => void;
};

export function MapTiles({ source, view, left, top, onShown }: Props) {
  const ratio = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
  const tiles = useMemo(
    () => coveringTiles(view).map((tile) => ({ ...tile, src: tileUrl(source.template, tile, ratio) })),
    [source.template, view.center[0], view.center[1], view.zoom, view.width, view.height, ratio],
  );
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set());
  const shown = tiles.some((tile) => loaded.has(tile.src));
  useEffect(() => onShown(shown), [shown]);
  useEffect(() => () => onShown(false), []);
  const mark = (src: string) => setLoaded((prev) => (prev.has(src) ? prev : new Set(prev).add(src)));

  return (
    <div
      class="stMapTiles"
      data-testid="stMapTiles"
      aria-hidden="true"
      style={{ position: "absolute", left, top, width: view.width, height: view.height, overflow: "hidden", pointerEvents: "none" }}
    >
      {tiles.map((tile) => {
        // Whole-pixel edges so scaled tiles meet without hairline gaps.
        const x = Math.round(tile.left);
        const y = Math.round(tile.top);
        return (
          <img
            key={tile.src}
            src={tile.src}
            alt=""
            crossOrigin="anonymous"
            draggable={false}
            data-tile={`${tile.z}/${tile.x}/${tile.y}`}
            onLoad={() => mark(tile.src)}
            style={{
              position: "absolute",
              left: x,
              top: y,
              width: Math.round(tile.left + tile.size) - x,
              height: Math.round(tile.top + tile.size) - y,
              maxWidth: "none",
              visibility: loaded.has(tile.src) ? "visible" : "hidden",
            }}
          />
        );
      })}
      {shown && source.attribution && (
        <div
          class="stMapTiles-attribution"
          style={{
            position: "absolute",
            right: 0,
            bottom: 0,
            padding: "0 4px",
            fontSize: "10px",
            lineHeight: "16px",
            background: "rgba(255, 255, 255, 0.7)",
            color: "#333",
            pointerEvents: "auto",
          }}
        >
          {source.attribution}
        </div>
      )}
    </div>
  );
}
