/**
 * st.pydeck_chart's second lazy chunk: @deck.gl/geo-layers, @deck.gl/mesh-layers
 * and the views other than MapView, loaded only for decks that name one of
 * them (deck-config.ts EXTRA_TYPES). MVT and terrain tiles parse on the main
 * thread: their default loaders run in a worker fetched from unpkg, which an
 * offline app cannot reach. H3 (h3-js) and A5 are plain JS in this chunk.
 */
import { FirstPersonView, OrbitView, OrthographicView, _GlobeView as GlobeView } from "@deck.gl/core";
import * as geo from "@deck.gl/geo-layers";
import { MVTLayer, TerrainLayer } from "@deck.gl/geo-layers";
import { ScenegraphLayer, SimpleMeshLayer } from "@deck.gl/mesh-layers";
import { MVTLoader } from "@loaders.gl/mvt";
import { TerrainLoader } from "@loaders.gl/terrain";

type Classes = Record<string, new (props: Record<string, unknown>) => unknown>;

class LocalMVTLayer extends MVTLayer {
  static override layerName = "MVTLayer";
  static override defaultProps = { loaders: [MVTLoader] };
}

class LocalTerrainLayer extends TerrainLayer {
  static override layerName = "TerrainLayer";
  static override defaultProps = { loaders: [TerrainLoader] };
}

export const EXTRA_CLASSES = {
  A5Layer: geo.A5Layer,
  GeohashLayer: geo.GeohashLayer,
  GreatCircleLayer: geo.GreatCircleLayer,
  H3ClusterLayer: geo.H3ClusterLayer,
  H3HexagonLayer: geo.H3HexagonLayer,
  MVTLayer: LocalMVTLayer,
  QuadkeyLayer: geo.QuadkeyLayer,
  S2Layer: geo.S2Layer,
  TerrainLayer: LocalTerrainLayer,
  Tile3DLayer: geo.Tile3DLayer,
  TripsLayer: geo.TripsLayer,
  WMSLayer: geo._WMSLayer,
  _WMSLayer: geo._WMSLayer,
  ScenegraphLayer,
  SimpleMeshLayer,
  FirstPersonView,
  GlobeView,
  _GlobeView: GlobeView,
  OrbitView,
  OrthographicView,
} as unknown as Classes;
