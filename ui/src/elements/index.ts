/**
 * The one UI registry: a renderer for every element and block type Python
 * declares. The mapped types make tsc fail when a type has no renderer.
 */
import { alert } from "./alert";
import { audio } from "./audio";
import { audio_input } from "./audio_input";
import { balloons } from "./balloons";
import { button } from "./button";
import { button_group } from "./button_group";
import { camera_input } from "./camera_input";
import { chat_input } from "./chat_input";
import { chat_message } from "./chat_message";
import { checkbox } from "./checkbox";
import { code } from "./code";
import { color_picker } from "./color_picker";
import { component_instance } from "./component_instance";
import { component_v2 } from "./component_v2";
import { column } from "./column";
import { columns } from "./columns";
import { container } from "./container";
import { dialog } from "./dialog";
import { data_editor } from "./data_editor";
import { dataframe } from "./dataframe";
import { date_input } from "./date_input";
import { datetime_input } from "./datetime_input";
import { divider } from "./divider";
import { download_button } from "./download_button";
import { echarts_chart } from "./echarts_chart";
import { empty } from "./empty";
import { exception } from "./exception";
import { expander } from "./expander";
import { feedback } from "./feedback";
import { file_uploader } from "./file_uploader";
import { form } from "./form";
import { graphviz_chart } from "./graphviz_chart";
import { grid } from "./grid";
import { grid_cell } from "./grid_cell";
import { heading } from "./heading";
import { html } from "./html";
import { iframe } from "./iframe";
import { help } from "./help";
import { image } from "./image";
import { json } from "./json";
import { link_button } from "./link_button";
import { markdown } from "./markdown";
import { menu_button } from "./menu_button";
import { mermaid_chart } from "./mermaid_chart";
import { metric } from "./metric";
import { multiselect } from "./multiselect";
import { number_input } from "./number_input";
import { page_link } from "./page_link";
import { pagination } from "./pagination";
import { pdf } from "./pdf";
import { plotly_chart } from "./plotly_chart";
import { popover } from "./popover";
import { fragment } from "./fragment";
import { progress } from "./progress";
import { pydeck_chart } from "./pydeck_chart";
import { radio } from "./radio";
import { select_slider } from "./select_slider";
import { skeleton } from "./skeleton";
import { selectbox } from "./selectbox";
import { slider } from "./slider";
import { snow } from "./snow";
import { space } from "./space";
import { spinner } from "./spinner";
import { status } from "./status";
import { tab } from "./tab";
import { tabs } from "./tabs";
import { table } from "./table";
import { text } from "./text";
import { text_area } from "./text_area";
import { text_input } from "./text_input";
import { time_input } from "./time_input";
import { toast } from "./toast";
import { toggle } from "./toggle";
import { vega_lite_chart } from "./vega_lite_chart";
import { video } from "./video";
import type { ComponentChildren, FunctionComponent } from "preact";
import type { BlockNode, ElementNode } from "../protocol/generated";
import type { BlockRegistry, ElementRegistry } from "./types";

export const ELEMENT_RENDERERS: ElementRegistry = {
  balloons,
  skeleton,
  snow,
  toast,
  alert,
  audio,
  audio_input,
  button,
  button_group,
  camera_input,
  chat_input,
  checkbox,
  code,
  color_picker,
  component_instance,
  component_v2,
  data_editor,
  dataframe,
  date_input,
  datetime_input,
  divider,
  download_button,
  echarts_chart,
  empty,
  exception,
  feedback,
  file_uploader,
  graphviz_chart,
  heading,
  html,
  iframe,
  help,
  image,
  json,
  link_button,
  markdown,
  menu_button,
  mermaid_chart,
  metric,
  multiselect,
  number_input,
  pagination,
  page_link,
  pdf,
  plotly_chart,
  progress,
  pydeck_chart,
  radio,
  select_slider,
  selectbox,
  slider,
  space,
  spinner,
  table,
  text,
  text_area,
  text_input,
  time_input,
  toggle,
  vega_lite_chart,
  video,
};

export const BLOCK_RENDERERS: BlockRegistry = { chat_message, column, columns, container, dialog, expander, fragment, grid, grid_cell, form, popover, status, tab, tabs };

type AnyElementRenderer = FunctionComponent<{ node: ElementNode }>;
type AnyBlockRenderer = FunctionComponent<{ node: BlockNode; children: ComponentChildren }>;

/** The renderer of a node; the registry's types guarantee it exists. */
export function elementRenderer(node: ElementNode): AnyElementRenderer {
  return ELEMENT_RENDERERS[node.type] as AnyElementRenderer;
}

export function blockRenderer(node: BlockNode): AnyBlockRenderer {
  return BLOCK_RENDERERS[node.type] as AnyBlockRenderer;
}
