/**
 * Media bytes arrive as ArrayBuffers in element props; the page shows them
 * through object URLs. The URL lives exactly as long as the element shows
 * those bytes: it is revoked when the data changes or the element unmounts.
 *
 *   const src = useObjectUrl(props.data, props.mime_type) ?? props.url;
 */
import { useEffect, useMemo } from "preact/hooks";

export function useObjectUrl(data: ArrayBuffer | null, mimeType: string): string | null {
  const url = useMemo(
    () => (data === null ? null : URL.createObjectURL(new Blob([data], { type: mimeType }))),
    [data, mimeType],
  );
  useEffect(
    () => () => {
      if (url !== null) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
