/**
 * An image from Python's IMAGE_SOURCE (wasmlit.runtime.images): bytes shown
 * through an object URL revoked on removal, or a URL the browser loads. SVG
 * bytes are an image/svg+xml Blob in an <img>, so their scripts never run and
 * their markup never enters the page.
 *
 *   <SourceImage source={props.image} alt="Logo" testId="stLogo" />
 */
import type { JSX } from "preact";
import { useObjectUrl } from "./objectUrl";

export type ImageSource = { data: ArrayBuffer | null; url: string | null; mime_type: string };

type Props = {
  source: ImageSource;
  alt: string;
  testId?: string;
  class?: string;
  style?: JSX.CSSProperties;
};

export function SourceImage({ source, alt, testId, class: cls, style }: Props) {
  const objectUrl = useObjectUrl(source.data, source.mime_type);
  const src = objectUrl ?? source.url ?? undefined;
  return <img data-testid={testId} class={cls} src={src} alt={alt} style={style} />;
}

/** `href` for a user link, or undefined for schemes that could run code (javascript:, data:). */
export function safeHref(link: string | null): string | undefined {
  if (link === null || link.trim() === "") return undefined;
  const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(link);
  if (scheme === null) return link; // relative to the page
  return ["http", "https", "mailto"].includes(scheme[1]!.toLowerCase()) ? link : undefined;
}
