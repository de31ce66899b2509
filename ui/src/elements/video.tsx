/**
 * st.video: the browser's video player with WebVTT caption tracks, or a
 * YouTube embed in an iframe. Browsers autoplay only muted videos.
 */
import { useRef } from "preact/hooks";
import { useMediaSrc, usePlaybackRange } from "../media/playback";
import { useObjectUrl } from "../media/objectUrl";
import type { ElementOf, ElementRenderer } from "./types";

type VideoProps = ElementOf<"video">["props"];

/** One caption track; its VTT bytes live behind their own object URL. */
function Track({ label, data, first }: { label: string; data: ArrayBuffer; first: boolean }) {
  const src = useObjectUrl(data, "text/vtt");
  return <track data-testid="stVideoSubtitle" kind="captions" label={label} src={src ?? undefined} default={first} />;
}

function NativeVideo({ props }: { props: VideoProps }) {
  const ref = useRef<HTMLVideoElement>(null);
  const src = useMediaSrc(props.data, props.mime_type, props.content_id, props.url);
  usePlaybackRange(ref, props.start_time, props.end_time, props.loop);
  return (
    <video
      // Without media a fresh element: Preact would leave src="" behind.
      key={src === null ? "empty" : "media"}
      data-testid="stVideo"
      class="stVideo"
      ref={ref}
      controls
      src={src ?? undefined}
      autoplay={props.autoplay}
      muted={props.muted}
      playsInline
      aria-label={props.alt ?? undefined}
    >
      {props.subtitles.map((track, i) => (
        <Track key={i} label={track.label} data={track.data} first={i === 0} />
      ))}
    </video>
  );
}

/** The embed URL with YouTube's own player parameters for the same options. */
export function youtubeSrc(props: VideoProps): string {
  const url = new URL(props.url ?? "");
  const params = url.searchParams;
  if (props.start_time > 0) params.set("start", String(props.start_time));
  if (props.end_time !== null && props.end_time > 0) params.set("end", String(props.end_time));
  if (props.loop) {
    // YouTube loops only a playlist: one of this video alone.
    params.set("loop", "1");
    params.set("playlist", url.pathname.split("/").pop() ?? "");
  }
  if (props.autoplay) params.set("autoplay", "1");
  if (props.muted) params.set("mute", "1");
  return url.toString();
}

export const video: ElementRenderer<"video"> = ({ node: { props } }) =>
  props.kind === "youtube" ? (
    <iframe
      data-testid="stVideo"
      class="stVideo stVideoYoutube"
      title={props.alt ?? props.url ?? "YouTube video"}
      src={youtubeSrc(props)}
      allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
      allowFullScreen
    />
  ) : (
    <NativeVideo props={props} />
  );
