/** All app CSS, injected into each shadow root (nothing leaks in or out). */
import { audioInputCss } from "./audio_input";
import { cameraCss } from "./camera";
import { cellsCss } from "./cells";
import { chatCss } from "./chat";
import { chartsOtherCss } from "./charts_other";
import { containersCss } from "./containers";
import { datetimeCss } from "./datetime";
import { dialogCss } from "./dialog";
import { elementsCss } from "./elements";
import { filesCss } from "./files";
import { formsCss, labelsCss } from "./forms";
import { gridCss } from "./grid";
import { helpCss } from "./help";
import { imageCss } from "./image";
import { layoutCss } from "./layout";
import { navigationCss } from "./navigation";
import { playbackCss } from "./playback";
import { selectionCss } from "./selection";
import { statusCss } from "./status";
import { textCss } from "./text";
import { themeCss } from "./theme";
import { widgetsCss } from "./widgets";

export const APP_CSS = [themeCss, layoutCss, elementsCss, widgetsCss, datetimeCss, selectionCss, containersCss, formsCss, labelsCss, cameraCss, audioInputCss, playbackCss, imageCss, filesCss, statusCss, helpCss, chatCss, textCss, navigationCss, chartsOtherCss, gridCss, cellsCss, dialogCss].join("\n");

/** Attach the stylesheet: shared constructable sheet when supported, else <style>. */
export function installStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet !== "undefined" && "replaceSync" in CSSStyleSheet.prototype) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sharedSheet()];
    return;
  }
  const style = document.createElement("style");
  style.textContent = APP_CSS;
  root.appendChild(style);
}

let sheet: CSSStyleSheet | null = null;
function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(APP_CSS);
  }
  return sheet;
}
