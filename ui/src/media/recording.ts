/**
 * A captured recording as the WAV file Streamlit's audio widgets send.
 *
 *   const wav = await recordingToWav(await capture.stop(), 16000);  // null: keep the capture rate
 *   upload(wav.blob, RECORDING_NAME);
 */
import type { Recording } from "./audio-capture";
import { resample } from "./resample";
import { WAV_MIME, encodeWav } from "./wav";

/** The file name Streamlit gives a recording. */
export const RECORDING_NAME = "audio.wav";

/** `data` is the WAV file; `blob` wraps a copy of it for uploading. */
export type WavRecording = { data: ArrayBuffer; blob: Blob; sampleRate: number; duration: number };

export async function recordingToWav(recording: Recording, sampleRate: number | null): Promise<WavRecording> {
  const rate = sampleRate ?? recording.sampleRate;
  const samples = await resample(recording.samples, recording.sampleRate, rate);
  const data = encodeWav(samples, rate);
  return {
    data,
    blob: new Blob([data], { type: WAV_MIME }),
    sampleRate: rate,
    duration: samples.length / rate,
  };
}

/** Seconds as "mm:ss", as Streamlit's time code. */
export function formatTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const mm = String(Math.floor(total / 60)).padStart(2, "0");
  const ss = String(total % 60).padStart(2, "0");
  return `${mm}:${ss}`;
}
