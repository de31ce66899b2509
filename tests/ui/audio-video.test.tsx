import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render } from "preact";
import { act } from "preact/test-utils";
import { el, fire, mount } from "./fixtures";
import { attachPlaybackRange, type PlaybackRange } from "../../ui/src/media/playback";
import { youtubeSrc } from "../../ui/src/elements/video";

// jsdom has no object URLs; give the spies something to wrap.
if (!("createObjectURL" in URL)) {
  Object.assign(URL, { createObjectURL: () => "", revokeObjectURL: () => undefined });
}

let created: Blob[] = [];
let revoked: string[] = [];

beforeEach(() => {
  created = [];
  revoked = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    created.push(blob as Blob);
    return `blob:test/${created.length}`;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation((url) => {
    revoked.push(url);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

/** A media element whose clock and playback the test drives. */
function fakeMedia(): HTMLMediaElement & { plays: number } {
  const media = document.createElement("audio") as HTMLMediaElement & { plays: number };
  let time = 0;
  let paused = true;
  media.plays = 0;
  Object.defineProperties(media, {
    currentTime: { get: () => time, set: (t: number) => (time = t) },
    paused: { get: () => paused },
    readyState: { get: () => 1 },
  });
  media.play = () => {
    paused = false;
    media.plays += 1;
    return Promise.resolve();
  };
  media.pause = () => {
    paused = true;
  };
  return media;
}

function tick(media: HTMLMediaElement, t: number): void {
  media.currentTime = t;
  media.dispatchEvent(new Event("timeupdate"));
}

describe("the playback range", () => {
  it("starts at start_time once metadata is known", () => {
    const media = fakeMedia();
    attachPlaybackRange(media, () => ({ start: 3, end: null, loop: false }));
    media.dispatchEvent(new Event("loadedmetadata"));
    expect(media.currentTime).toBe(3);
  });

  it("pauses at end_time and plays from start_time when played again", () => {
    const media = fakeMedia();
    attachPlaybackRange(media, () => ({ start: 1, end: 4, loop: false }));
    void media.play();
    tick(media, 3.9);
    expect(media.paused).toBe(false);
    tick(media, 4);
    expect(media.paused).toBe(true);
    expect(media.currentTime).toBe(4);
    media.dispatchEvent(new Event("play"));
    expect(media.currentTime).toBe(1);
  });

  it("jumps back to start_time at end_time, or at the media's end, with loop", () => {
    const media = fakeMedia();
    const detach = attachPlaybackRange(media, () => ({ start: 2, end: 5, loop: true }));
    void media.play();
    tick(media, 5.1);
    expect(media.currentTime).toBe(2);
    expect(media.paused).toBe(false);
    expect(media.plays).toBe(2);
    media.currentTime = 9;
    media.dispatchEvent(new Event("ended"));
    expect(media.currentTime).toBe(2);
    detach();
    tick(media, 7);
    expect(media.currentTime).toBe(7); // detached: no more range logic
  });

  it("treats end_time 0 or None as the media's end and reads changed options", () => {
    const media = fakeMedia();
    let range: PlaybackRange = { start: 0, end: 0, loop: false };
    attachPlaybackRange(media, () => range);
    void media.play();
    tick(media, 100);
    expect(media.paused).toBe(false);
    range = { start: 0, end: 50, loop: false };
    tick(media, 100);
    expect(media.paused).toBe(true);
    media.dispatchEvent(new Event("ended")); // without loop nothing restarts
    expect(media.currentTime).toBe(100);
  });
});

describe("st.audio", () => {
  it("plays bytes through an object URL with the MIME type", () => {
    const { q } = mount(el("audio", { data: bytes(1, 2, 3), mime_type: "audio/ogg", content_id: "a" }, { id: null }));
    const audio = q("audio[data-testid=stAudio]") as HTMLAudioElement;
    expect(audio.getAttribute("src")).toBe("blob:test/1");
    expect(created[0]?.type).toBe("audio/ogg");
    expect(audio.controls).toBe(true);
    expect(audio.hasAttribute("autoplay")).toBe(false);
    expect(audio.getAttribute("aria-label")).toBeNull();
  });

  it("keeps its URL while the same content arrives again, and revokes it when the content changes", () => {
    const m = mount(el("audio", { data: bytes(1), content_id: "one" }, { id: null }));
    m.rerender(el("audio", { data: bytes(1), content_id: "one" }, { id: null }));
    expect(created).toHaveLength(1);
    expect(m.q("audio").getAttribute("src")).toBe("blob:test/1");
    m.rerender(el("audio", { data: bytes(2), content_id: "two" }, { id: null }));
    expect(revoked).toEqual(["blob:test/1"]);
    expect(m.q("audio").getAttribute("src")).toBe("blob:test/2");
    act(() => render(null, m.root));
    expect(revoked).toEqual(["blob:test/1", "blob:test/2"]);
  });

  it("plays a URL directly, shows an empty player without media, and passes the options", () => {
    const m = mount(el("audio", { url: "https://example.com/a.mp3", autoplay: true, alt: "A purr" }, { id: null }));
    const audio = m.q("audio") as HTMLAudioElement;
    expect(audio.getAttribute("src")).toBe("https://example.com/a.mp3");
    expect(audio.hasAttribute("autoplay")).toBe(true);
    expect(audio.getAttribute("aria-label")).toBe("A purr");
    m.rerender(el("audio", {}, { id: null }));
    expect(m.q("audio").hasAttribute("src")).toBe(false);
    expect(created).toHaveLength(0);
  });

  it("applies start, end and loop from its props, and seeks when start_time changes", () => {
    const m = mount(el("audio", { data: bytes(1), content_id: "x", start_time: 2, end_time: 3, loop: true }, { id: null }));
    const audio = m.q("audio") as HTMLAudioElement;
    let time = 0;
    Object.defineProperties(audio, {
      currentTime: { get: () => time, set: (t: number) => (time = t) },
      readyState: { get: () => 4 },
    });
    audio.play = () => Promise.resolve();
    fire(audio, new Event("loadedmetadata"));
    expect(time).toBe(2);
    time = 3.2;
    fire(audio, new Event("timeupdate"));
    expect(time).toBe(2);
    m.rerender(el("audio", { data: bytes(1), content_id: "x", start_time: 7, end_time: 9, loop: true }, { id: null }));
    expect(time).toBe(7);
  });

  it("takes its width from the element container", () => {
    const m = mount(el("audio", { width: 250 }, { id: null }));
    expect(m.q("[data-testid=stElementContainer]").style.width).toBe("250px");
  });
});

describe("st.video", () => {
  it("renders caption tracks from VTT bytes, the first shown by default", () => {
    const subtitles = [
      { label: "English", data: bytes(87, 69, 66) },
      { label: "French", data: bytes(87, 69) },
    ];
    const m = mount(el("video", { data: bytes(9), content_id: "v", muted: true, subtitles }, { id: null }));
    const video = m.q("video[data-testid=stVideo]") as HTMLVideoElement;
    expect(video.getAttribute("src")).toBe("blob:test/1");
    expect(video.muted).toBe(true);
    const tracks = [...video.querySelectorAll("track")];
    expect(tracks.map((t) => [t.kind, t.label, t.getAttribute("src"), t.default])).toEqual([
      ["captions", "English", "blob:test/2", true],
      ["captions", "French", "blob:test/3", false],
    ]);
    expect(created.map((b) => b.type)).toEqual(["video/mp4", "text/vtt", "text/vtt"]);
    // A rerun with the same video and subtitles keeps every URL.
    m.rerender(el("video", { data: bytes(9), content_id: "v", muted: true, subtitles: subtitles.map((s) => ({ ...s, data: s.data.slice(0) })) }, { id: null }));
    expect(created).toHaveLength(3);
    // Changed subtitles get a new URL; the old one is revoked.
    m.rerender(el("video", { data: bytes(9), content_id: "v", muted: true, subtitles: [{ label: "English", data: bytes(1) }] }, { id: null }));
    expect(revoked.sort()).toEqual(["blob:test/2", "blob:test/3"]);
    act(() => render(null, m.root));
    expect(revoked.sort()).toEqual(["blob:test/1", "blob:test/2", "blob:test/3", "blob:test/4"]);
  });

  it("embeds YouTube with its player parameters and the alt text as title", () => {
    const props = { kind: "youtube" as const, url: "https://www.youtube.com/embed/dQw4w9WgXcQ", start_time: 5, end_time: 9, loop: true, autoplay: true, muted: true, alt: "A song" };
    const m = mount(el("video", props, { id: null }));
    const frame = m.q("iframe[data-testid=stVideo]") as HTMLIFrameElement;
    const src = new URL(frame.src);
    expect(src.pathname).toBe("/embed/dQw4w9WgXcQ");
    expect(Object.fromEntries(src.searchParams)).toEqual({ start: "5", end: "9", loop: "1", playlist: "dQw4w9WgXcQ", autoplay: "1", mute: "1" });
    expect(frame.title).toBe("A song");
    expect(youtubeSrc({ ...el("video").props, kind: "youtube", url: "https://www.youtube.com/embed/abcdefghijk" })).toBe("https://www.youtube.com/embed/abcdefghijk");
  });
});
