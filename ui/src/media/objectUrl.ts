/**
 * Media bytes arrive as ArrayBuffers in element props; the page shows them
 * through object URLs. Every run sends the bytes again as a new buffer, so
 * the URL is kept while the content stays the same (same `contentId` when
 * Python sends one, else the same bytes): images do not reload and players
 * keep their position across reruns. The URL is revoked when the content
 * changes or the element unmounts.
 *
 *   const src = useObjectUrl(props.data, props.mime_type, props.content_id) ?? props.url;
 */
import { useEffect, useMemo, useRef } from "preact/hooks";

/** Whether two buffers hold the same bytes (the same buffer, or equal content). */
export function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The first buffer seen with this content; a new one only when the content changes. */
export function useSameBuffer(data: ArrayBuffer | null, contentId: string | null = null): ArrayBuffer | null {
  const kept = useRef<{ data: ArrayBuffer; id: string | null } | null>(null);
  const prev = kept.current;
  const same =
    data !== null &&
    prev !== null &&
    (contentId !== null ? prev.id === contentId : prev.id === null && sameBytes(prev.data, data));
  if (data === null) kept.current = null;
  else if (!same) kept.current = { data, id: contentId };
  return kept.current?.data ?? null;
}

export function useObjectUrl(
  data: ArrayBuffer | null,
  mimeType: string,
  contentId: string | null = null,
): string | null {
  const buffer = useSameBuffer(data, contentId);
  const url = useMemo(
    () => (buffer === null ? null : URL.createObjectURL(new Blob([buffer], { type: mimeType }))),
    [buffer, mimeType],
  );
  useEffect(
    () => () => {
      if (url !== null) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
