/**
 * st.audio and st.video in real Chromium with real Pyodide: NumPy → WAV in
 * Python, bytes as object URLs, the playback range, caption tracks from SRT,
 * and object URLs revoked when a rerun removes the players.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { launchBrowser } from "./browser.ts";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

/** A short WebM recorded from a canvas by Chromium itself (no fixture file, no ffmpeg). */
async function recordWebm(): Promise<string> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    return await page.evaluate(async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 64;
      canvas.height = 48;
      document.body.appendChild(canvas);
      const ctx = canvas.getContext("2d")!;
      const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: "video/webm;codecs=vp8" });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      const began = performance.now();
      while (performance.now() - began < 1500) {
        const t = (performance.now() - began) / 1500;
        ctx.fillStyle = `rgb(${Math.round(255 * t)}, 80, 160)`;
        ctx.fillRect(0, 0, 64, 48);
        await new Promise((r) => setTimeout(r, 40));
      }
      recorder.stop();
      await stopped;
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let text = "";
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    });
  } finally {
    await browser.close();
  }
}

const SRT = "1\\n00:00:00,000 --> 00:00:01,000\\nHello there\\n\\n2\\n00:00:01,000 --> 00:00:02,000\\nGoodbye\\n";

function appSource(webm: string): string {
  return [
    "import base64, io, wave",
    "import numpy as np",
    "import streamlit as st",
    "st.button('Rerun')",
    "if st.checkbox('Show media', value=True):",
    "    sr = 44100",
    "    t = np.linspace(0, 2, 2 * sr, False)",
    "    st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=sr, start_time=1, alt='Tone')",
    "    buf = io.BytesIO()",
    "    with wave.open(buf, 'wb') as w:",
    "        w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)",
    "        w.writeframes(b'\\x00\\x10' * 16000)",
    "    st.audio(buf.getvalue(), end_time=1, loop=True, autoplay=True)",
    "    st.audio(buf.getvalue(), end_time='1s', autoplay=True)",
    `    st.video(base64.b64decode("${webm}"), format="video/webm", muted=True, autoplay=True,`,
    `             subtitles={"English": "${SRT}", "Deutsch": "WEBVTT\\n\\n00:00.000 --> 00:01.000\\nHallo"})`,
  ].join("\n");
}

type MediaState = { src: string; currentTime: number; duration: number; paused: boolean; readyState: number };

describe("st.audio and st.video", () => {
  let t: AppUnderTest;

  before(async () => {
    const webm = await recordWebm();
    t = await openApp({ "app.py": appSource(webm) }, { browserFlags: ["--autoplay-policy=no-user-gesture-required"] });
  });

  after(async () => {
    await t?.close();
  });

  const audio = (i: number) => t.app.locator("audio[data-testid=stAudio]").nth(i);
  const video = () => t.app.locator("video[data-testid=stVideo]");
  const state = (loc: ReturnType<typeof audio>) =>
    loc.evaluate((el: HTMLMediaElement): MediaState => ({
      src: el.src,
      currentTime: el.currentTime,
      duration: el.duration,
      paused: el.paused,
      readyState: el.readyState,
    }));

  test("a NumPy waveform plays as a WAV made in Python, from start_time", async () => {
    await eventually(async () => (await state(audio(0))).readyState >= 1, true, 15_000);
    const s = await state(audio(0));
    assert.match(s.src, /^blob:/);
    assert.equal(s.duration, 2);
    assert.equal(s.currentTime, 1);
    assert.equal(await audio(0).getAttribute("aria-label"), "Tone");
    const header = await audio(0).evaluate(async (el: HTMLAudioElement) => {
      const blob = await (await fetch(el.src)).blob();
      const head = new Uint8Array(await blob.slice(0, 44).arrayBuffer());
      const view = new DataView(head.buffer);
      // (no named helpers in here: the bundler's __name() does not exist in the page)
      return {
        size: blob.size,
        type: blob.type,
        riff: String.fromCharCode(...head.slice(0, 4)),
        wave: String.fromCharCode(...head.slice(8, 12)),
        channels: view.getUint16(22, true),
        rate: view.getUint32(24, true),
        bits: view.getUint16(34, true),
      };
    });
    assert.deepEqual(header, {
      size: 44 + 2 * 2 * 44100,
      type: "audio/wav",
      riff: "RIFF",
      wave: "WAVE",
      channels: 1,
      rate: 44100,
      bits: 16,
    });
  });

  test("end_time pauses playback, and with loop it goes back to start_time", async () => {
    // Third player: plays from 0, pauses at 1 s.
    await t.page.waitForFunction(
      (el) => el !== null && (el as HTMLMediaElement).paused && (el as HTMLMediaElement).currentTime >= 1,
      await audio(2).elementHandle(),
      { timeout: 10_000 },
    );
    const stopped = await state(audio(2));
    assert.ok(stopped.currentTime < 1.5 && stopped.duration === 2, JSON.stringify(stopped));
    // Second player loops inside [0, 1): watch its clock for a while.
    const samples = await audio(1).evaluate(async (el: HTMLAudioElement) => {
      const seen: { time: number; paused: boolean }[] = [];
      const began = performance.now();
      while (performance.now() - began < 2500) {
        seen.push({ time: el.currentTime, paused: el.paused });
        await new Promise((r) => setTimeout(r, 40));
      }
      return seen;
    });
    const times = samples.map((s) => s.time);
    assert.ok(Math.max(...times) < 1.5, `never far past end_time: ${Math.max(...times)}`);
    assert.ok(times.some((x, i) => i > 0 && x < times[i - 1]! - 0.3), "went back to the start at least once");
    assert.ok(samples.slice(-5).every((s) => !s.paused), "still playing");
  });

  test("a video from bytes has caption tracks converted from SRT, muted autoplay", async () => {
    await eventually(async () => (await state(video())).readyState >= 1, true, 15_000);
    const info = await video().evaluate((el: HTMLVideoElement) => ({
      src: el.src,
      muted: el.muted,
      width: el.videoWidth,
      tracks: [...el.querySelectorAll("track")].map((tr) => ({
        kind: tr.kind,
        label: tr.label,
        srclang: tr.srclang,
        isDefault: tr.default,
        blob: tr.src.startsWith("blob:"),
      })),
    }));
    assert.match(info.src, /^blob:/);
    assert.equal(info.muted, true);
    assert.equal(info.width, 64);
    assert.deepEqual(info.tracks, [
      { kind: "captions", label: "English", srclang: "", isDefault: true, blob: true },
      { kind: "captions", label: "Deutsch", srclang: "", isDefault: false, blob: true },
    ]);
    // The default track is showing and the browser parsed the converted cues.
    await eventually(
      () =>
        video().evaluate((el: HTMLVideoElement) => {
          const track = el.textTracks[0]!;
          return { mode: track.mode, cues: [...(track.cues ?? [])].map((c) => (c as VTTCue).text) };
        }),
      { mode: "showing", cues: ["Hello there", "Goodbye"] },
      10_000,
    );
    // Muted autoplay is allowed: the clip has played (it may have ended already).
    await eventually(() => video().evaluate((el: HTMLVideoElement) => el.played.length > 0 && el.currentTime > 0), true, 10_000);
  });

  test("a rerun keeps the same object URLs; removing the players revokes them", async () => {
    const before = await Promise.all([0, 1, 2].map(async (i) => (await state(audio(i))).src));
    const videoSrc = (await state(video())).src;
    const trackSrcs = await video().evaluate((el) => [...el.querySelectorAll("track")].map((tr) => tr.src));
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Rerun" }).click());
    const afterRerun = await Promise.all([0, 1, 2].map(async (i) => (await state(audio(i))).src));
    assert.deepEqual(afterRerun, before);
    assert.equal((await state(video())).src, videoSrc);
    const all = [...before, videoSrc, ...trackSrcs];
    const readable = (urls: string[]) =>
      t.page.evaluate(
        (list) =>
          Promise.all(
            list.map((u) =>
              fetch(u).then(
                () => true,
                () => false,
              ),
            ),
          ),
        urls,
      );
    assert.deepEqual(await readable(all), all.map(() => true));
    await rerunAfter(t.app, () => t.app.getByText("Show media").click());
    await eventually(() => t.app.locator("audio, video").count(), 0);
    assert.deepEqual(await readable(all), all.map(() => false));
  });
});
