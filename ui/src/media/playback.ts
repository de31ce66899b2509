/**
 * Shared by st.audio and st.video: where the media comes from, and playing
 * only the range [start_time, end_time).
 *
 *   const src = useMediaSrc(props.data, props.mime_type, props.content_id, props.url);
 *   usePlaybackRange(ref, props.start_time, props.end_time, props.loop);
 */
import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useObjectUrl } from "./objectUrl";

/** The `src` for the player: an object URL for bytes, else the URL, else null (no media). */
export function useMediaSrc(
  data: ArrayBuffer | null,
  mimeType: string,
  contentId: string | null,
  url: string | null,
): string | null {
  const objectUrl = useObjectUrl(data, mimeType, contentId);
  return objectUrl ?? url;
}

export type PlaybackRange = { start: number; end: number | null; loop: boolean };

/** `play()` without an unhandled rejection when the browser refuses (autoplay policy). */
function play(el: HTMLMediaElement): void {
  try {
    const pending = el.play() as Promise<void> | undefined;
    pending?.catch(() => undefined);
  } catch {
    // jsdom and very old browsers: nothing to play.
  }
}

/** Has an end before the media's own end. */
function hasEnd(range: PlaybackRange): range is PlaybackRange & { end: number } {
  return range.end !== null && range.end > 0;
}

/**
 * Keep `el` inside `range()`: start at `start`, pause at `end` or, with
 * `loop`, go back to `start` (also when the media itself ends). A play
 * pressed after the end starts again from `start`. Returns the detach function.
 */
export function attachPlaybackRange(el: HTMLMediaElement, range: () => PlaybackRange): () => void {
  const toStart = () => {
    el.currentTime = Math.max(0, range().start);
  };
  const onTimeUpdate = () => {
    const r = range();
    if (!hasEnd(r) || el.currentTime < r.end) return;
    if (r.loop) {
      toStart();
      play(el);
    } else if (!el.paused) {
      el.pause();
    }
  };
  const onEnded = () => {
    if (!range().loop) return;
    toStart();
    play(el);
  };
  const onPlay = () => {
    const r = range();
    if (hasEnd(r) && el.currentTime >= r.end) toStart();
  };
  el.addEventListener("loadedmetadata", toStart);
  el.addEventListener("timeupdate", onTimeUpdate);
  el.addEventListener("ended", onEnded);
  el.addEventListener("play", onPlay);
  return () => {
    el.removeEventListener("loadedmetadata", toStart);
    el.removeEventListener("timeupdate", onTimeUpdate);
    el.removeEventListener("ended", onEnded);
    el.removeEventListener("play", onPlay);
  };
}

const HAVE_METADATA = 1;

/** The range logic on a rendered media element; a new `start` seeks there at once. */
export function usePlaybackRange(
  ref: RefObject<HTMLMediaElement>,
  start: number,
  end: number | null,
  loop: boolean,
): void {
  const current = useRef<PlaybackRange>({ start, end, loop });
  current.current = { start, end, loop };
  useEffect(() => {
    const el = ref.current;
    return el ? attachPlaybackRange(el, () => current.current) : undefined;
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    // Before metadata the loadedmetadata handler seeks instead.
    if (el && el.readyState >= HAVE_METADATA) el.currentTime = Math.max(0, start);
  }, [ref, start]);
}
