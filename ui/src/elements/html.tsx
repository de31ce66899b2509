/**
 * st.html: the author's HTML inside the app's shadow root, so its <style>
 * rules apply to the app only and never to the page around it.
 *
 * By default the body goes through DOMPurify (scripts, event handlers and
 * javascript: URLs removed; <style> kept). With unsafe_allow_javascript the
 * body is inserted as is and its <script> elements are re-created so the
 * browser runs them (scripts inserted through innerHTML never run).
 */
import DOMPurify from "dompurify";
import { useLayoutEffect, useMemo, useRef } from "preact/hooks";
import { installHooks } from "../markdown/render";
import type { ElementRenderer } from "./types";
import { widthStyle } from "./width";

/** `body` without anything that could run code; styles and markup stay. */
export function sanitizeHtml(body: string): string {
  if (!DOMPurify.isSupported) return "";
  installHooks();
  return DOMPurify.sanitize(body, { FORCE_BODY: true, ADD_TAGS: ["style"] });
}

/** Run the scripts of freshly inserted HTML by replacing each with a live copy. */
function activateScripts(root: HTMLElement): void {
  for (const dead of Array.from(root.querySelectorAll("script"))) {
    const live = document.createElement("script");
    for (const attr of Array.from(dead.attributes)) live.setAttribute(attr.name, attr.value);
    live.textContent = dead.textContent;
    dead.replaceWith(live);
  }
}

export const html: ElementRenderer<"html"> = ({ node: { props } }) => {
  const ref = useRef<HTMLDivElement>(null);
  const unsafe = props.unsafe_allow_javascript;
  const safeBody = useMemo(() => (unsafe ? "" : sanitizeHtml(props.body)), [props.body, unsafe]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!unsafe || el === null) return;
    el.innerHTML = props.body;
    activateScripts(el);
  }, [props.body, unsafe]);
  return unsafe ? (
    <div data-testid="stHtml" class="stHtml" style={widthStyle(props.width)} ref={ref} />
  ) : (
    <div data-testid="stHtml" class="stHtml" style={widthStyle(props.width)} dangerouslySetInnerHTML={{ __html: safeBody }} />
  );
};
