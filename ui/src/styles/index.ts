/** All app CSS, injected into each shadow root (nothing leaks in or out). */
import { containersCss } from "./containers";
import { datetimeCss } from "./datetime";
import { elementsCss } from "./elements";
import { formsCss, labelsCss } from "./forms";
import { layoutCss } from "./layout";
import { selectionCss } from "./selection";
import { themeCss } from "./theme";
import { widgetsCss } from "./widgets";

export const APP_CSS = [themeCss, layoutCss, elementsCss, widgetsCss, datetimeCss, selectionCss, containersCss, formsCss, labelsCss].join("\n");

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
