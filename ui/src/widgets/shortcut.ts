/**
 * `shortcut` on buttons: Python sends a normalized combination such as
 * "ctrl+shift+k"; pressing it anywhere on the page clicks the button.
 *
 *   const ref = useRef<HTMLButtonElement>(null);
 *   useShortcut(props.shortcut, () => ref.current?.click());
 */
import { useLayoutEffect, useRef } from "preact/hooks";

export type Shortcut = { ctrl: boolean; cmd: boolean; alt: boolean; shift: boolean; key: string | null };

export function parseShortcut(text: string): Shortcut {
  const parts = text.split("+");
  const has = (m: string) => parts.includes(m);
  const key = parts.find((p) => !["ctrl", "cmd", "alt", "shift"].includes(p)) ?? null;
  return { ctrl: has("ctrl"), cmd: has("cmd"), alt: has("alt"), shift: has("shift"), key };
}

const NAMED: Record<string, string> = {
  enter: "Enter", space: " ", tab: "Tab", escape: "Escape", backspace: "Backspace", delete: "Delete",
  home: "Home", end: "End", pageup: "PageUp", pagedown: "PageDown",
  left: "ArrowLeft", right: "ArrowRight", up: "ArrowUp", down: "ArrowDown",
};

function keyMatches(key: string, e: KeyboardEvent): boolean {
  if (key in NAMED) return e.key === NAMED[key];
  if (/^f\d+$/.test(key)) return e.key.toLowerCase() === key;
  // Letters and digits by physical key, so Shift or Alt (which change e.key) still match.
  if (/^[a-z]$/.test(key)) return e.code === `Key${key.toUpperCase()}` || e.key.toLowerCase() === key;
  return e.code === `Digit${key}` || e.code === `Numpad${key}` || e.key === key;
}

export function isMac(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Whether `e` is the shortcut. On macOS "ctrl" also answers to Cmd, as Streamlit does. */
export function matchesShortcut(s: Shortcut, e: KeyboardEvent, mac = isMac()): boolean {
  const cmdAsCtrl = mac && s.ctrl && !s.cmd && e.metaKey && !e.ctrlKey;
  const ctrl = e.ctrlKey || cmdAsCtrl;
  const cmd = e.metaKey && !cmdAsCtrl;
  if (ctrl !== s.ctrl || cmd !== s.cmd || e.altKey !== s.alt || e.shiftKey !== s.shift) return false;
  return s.key === null ? false : keyMatches(s.key, e);
}

/** Typing in a field must not fire plain-key shortcuts (only ones with Ctrl/Cmd/Alt). */
function typing(e: KeyboardEvent): boolean {
  const target = (e.composedPath?.()[0] ?? e.target) as HTMLElement | null;
  if (!target || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function useShortcut(shortcut: string | null | undefined, fire: () => void): void {
  const latest = useRef(fire);
  latest.current = fire;
  // Listen from the commit itself, so a key pressed right after a render is not missed.
  useLayoutEffect(() => {
    if (!shortcut) return undefined;
    const wanted = parseShortcut(shortcut);
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || !matchesShortcut(wanted, e)) return;
      if (typing(e) && !(wanted.ctrl || wanted.cmd || wanted.alt)) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcut]);
}

/** The combination for `aria-keyshortcuts` ("Control+Shift+K"). */
export function ariaShortcut(shortcut: string | null | undefined): string | undefined {
  if (!shortcut) return undefined;
  const names: Record<string, string> = { ctrl: "Control", cmd: "Meta", alt: "Alt", shift: "Shift", space: "Space" };
  return shortcut
    .split("+")
    .map((p) => names[p] ?? NAMED[p] ?? p.toUpperCase())
    .join("+");
}
