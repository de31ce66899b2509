/**
 * Which page buttons st.pagination shows: always the first and last page,
 * a window around the current one, and null for an ellipsis.
 *
 *   visiblePages(5, 10, 7)   // [1, null, 4, 5, 6, null, 10]
 */
export function visiblePages(current: number, total: number, max: number | null): (number | null)[] {
  if (max === 0) return [];
  const all = Array.from({ length: total }, (_, i) => i + 1);
  if (max === null || total <= max) return all;
  if (max < 5) {
    // Too few slots for first/last plus ellipses: a plain window.
    const start = Math.min(Math.max(1, current - Math.floor(max / 2)), total - max + 1);
    return all.slice(start - 1, start - 1 + max);
  }
  const inner = max - 2; // slots between the first and last page
  let lo = Math.max(2, current - Math.floor((inner - 1) / 2));
  let hi = lo + inner - 1;
  if (hi > total - 1) {
    hi = total - 1;
    lo = hi - inner + 1;
  }
  const out: (number | null)[] = [1];
  // An ellipsis replaces the window's edge page when it hides pages.
  if (lo > 2) out.push(null, ...all.slice(lo, hi));
  else out.push(...all.slice(lo - 1, hi));
  if (hi < total - 1) {
    out.pop();
    out.push(null);
  }
  out.push(total);
  return out;
}
