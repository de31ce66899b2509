/**
 * SVG text from a chart library, made safe to insert: DOMPurify with its SVG
 * profile (no scripts, event handlers, javascript: links or foreignObject).
 * Anything before the <svg> tag (XML declaration, doctype) is dropped.
 *
 *   <div dangerouslySetInnerHTML={{ __html: sanitizeSvg(output) }} />
 */
import DOMPurify from "dompurify";

export function sanitizeSvg(svg: string): string {
  if (!DOMPurify.isSupported) return "";
  const start = svg.indexOf("<svg");
  const body = start < 0 ? svg : svg.slice(start);
  return DOMPurify.sanitize(body, { USE_PROFILES: { svg: true, svgFilters: true } });
}

/** The accessible name of a chart: the script's `alt`, else a generic one. */
export function chartName(alt: string | null, fallback: string): string {
  return alt ?? fallback;
}
