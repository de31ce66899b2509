/**
 * deck.gl's TileLayer (the basemap, and pydeck's `TileLayer`) by its own
 * file, not through @deck.gl/geo-layers' index: esbuild's splitting follows
 * that index to every geo layer, and since deck-extra.ts uses them all, they
 * would land in a chunk every map loads instead of in the extra chunk.
 * (The package's `exports` lists only its index, hence the path.)
 */
export { default as TileLayer } from "../../../node_modules/@deck.gl/geo-layers/dist/tile-layer/tile-layer.js";
