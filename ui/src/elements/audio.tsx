/** st.audio: the browser's audio player over an object URL (bytes) or a URL. */
import { useRef } from "preact/hooks";
import { useMediaSrc, usePlaybackRange } from "../media/playback";
import type { ElementRenderer } from "./types";

export const audio: ElementRenderer<"audio"> = ({ node: { props } }) => {
  const ref = useRef<HTMLAudioElement>(null);
  const src = useMediaSrc(props.data, props.mime_type, props.content_id, props.url);
  usePlaybackRange(ref, props.start_time, props.end_time, props.loop);
  return (
    <audio
      // Without media a fresh element: Preact would leave src="" behind.
      key={src === null ? "empty" : "media"}
      data-testid="stAudio"
      class="stAudio"
      ref={ref}
      controls
      src={src ?? undefined}
      autoplay={props.autoplay}
      aria-label={props.alt ?? undefined}
    />
  );
};
