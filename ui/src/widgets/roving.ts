/**
 * Arrow-key focus movement inside a group of buttons (one tab stop per group).
 *
 *   <div onKeyDown={rovingKeyDown}> <button data-roving ...> ... </div>
 */
const KEYS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function rovingKeyDown(e: KeyboardEvent): void {
  const step = KEYS[e.key];
  const isEdge = e.key === "Home" || e.key === "End";
  if (step === undefined && !isEdge) return;
  const group = e.currentTarget as HTMLElement;
  const items = [...group.querySelectorAll<HTMLElement>("[data-roving]:not([disabled])")];
  if (items.length === 0) return;
  e.preventDefault();
  const at = items.indexOf(e.target as HTMLElement);
  let next: number;
  if (e.key === "Home") next = 0;
  else if (e.key === "End") next = items.length - 1;
  else next = (Math.max(at, 0) + (step ?? 0) + items.length) % items.length;
  items[next]?.focus();
}

/** The one button of a group that takes Tab focus: the first selected, else the first. */
export function tabStop(index: number, selected: readonly number[]): 0 | -1 {
  const first = selected.length > 0 ? Math.min(...selected) : 0;
  return index === first ? 0 : -1;
}
