/**
 * Channel mixing and sample-rate conversion for recorded audio.
 *
 *   const mono = mixToMono([left, right]);
 *   const out = await resample(mono, 48000, 16000);   // OfflineAudioContext when available
 *
 * The browser's OfflineAudioContext does the real conversion (it band-limits,
 * so no aliasing). `resampleLinear` is the fallback where there is none
 * (jsdom, very old browsers) and the reference the tests check lengths with.
 */

/** The frame count at `toRate` of `frames` frames at `fromRate` (at least 1 when frames > 0). */
export function resampledLength(frames: number, fromRate: number, toRate: number): number {
  if (frames <= 0) return 0;
  return Math.max(1, Math.round((frames * toRate) / fromRate));
}

/** The average of all channels, sample by sample (the shortest channel sets the length). */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 0) return new Float32Array(0);
  const [first] = channels;
  if (channels.length === 1 && first) return first;
  const length = Math.min(...channels.map((c) => c.length));
  const out = new Float32Array(length);
  for (const channel of channels) {
    for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) + (channel[i] ?? 0);
  }
  for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) / channels.length;
  return out;
}

/** Linear interpolation between neighbouring samples; no anti-alias filter. */
export function resampleLinear(samples: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return samples;
  const length = resampledLength(samples.length, fromRate, toRate);
  const out = new Float32Array(length);
  const step = fromRate / toRate;
  const last = samples.length - 1;
  for (let i = 0; i < length; i++) {
    const pos = i * step;
    const left = Math.min(Math.floor(pos), last);
    const right = Math.min(left + 1, last);
    const frac = pos - left;
    const a = samples[left] ?? 0;
    out[i] = a + ((samples[right] ?? 0) - a) * frac;
  }
  return out;
}

/** `samples` at `fromRate` converted to `toRate`, rendered by an OfflineAudioContext. */
export async function resample(samples: Float32Array, fromRate: number, toRate: number): Promise<Float32Array> {
  if (fromRate === toRate || samples.length === 0) return samples;
  const Offline = globalThis.OfflineAudioContext;
  if (typeof Offline !== "function") return resampleLinear(samples, fromRate, toRate);
  const length = resampledLength(samples.length, fromRate, toRate);
  const context = new Offline(1, length, toRate);
  const input = context.createBuffer(1, samples.length, fromRate);
  input.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
  const source = context.createBufferSource();
  source.buffer = input;
  source.connect(context.destination);
  source.start();
  const rendered = await context.startRendering();
  return rendered.getChannelData(0).slice();
}
