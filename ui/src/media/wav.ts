/**
 * WAV encoding: mono float samples -> a RIFF/WAVE file of 16-bit little-endian PCM.
 *
 *   const file = encodeWav(samples, 16000);        // ArrayBuffer, 44-byte header + data
 *   new Blob([file], { type: WAV_MIME });
 */

export const WAV_MIME = "audio/wav";
export const WAV_HEADER_BYTES = 44;

/** One float sample in [-1, 1] as a signed 16-bit integer; out-of-range values clip. */
export function toInt16(sample: number): number {
  if (Number.isNaN(sample)) return 0;
  const s = Math.max(-1, Math.min(1, sample));
  // Asymmetric scale so -1 maps to -32768 and +1 to +32767, both exactly.
  return s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
}

function writeAscii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
}

/** A complete mono 16-bit PCM WAV file for `samples` at `sampleRate` Hz. */
export function encodeWav(samples: Float32Array, sampleRate: number): ArrayBuffer {
  const channels = 1;
  const bytesPerSample = 2;
  const dataBytes = samples.length * channels * bytesPerSample;
  const buffer = new ArrayBuffer(WAV_HEADER_BYTES + dataBytes);
  const view = new DataView(buffer);
  writeAscii(view, 0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true); // everything after this field
  writeAscii(view, 8, "WAVE");
  writeAscii(view, 12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size for PCM
  view.setUint16(20, 1, true); // format 1 = integer PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * bytesPerSample, true); // byte rate
  view.setUint16(32, channels * bytesPerSample, true); // block align
  view.setUint16(34, bytesPerSample * 8, true); // bits per sample
  writeAscii(view, 36, "data");
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    view.setInt16(WAV_HEADER_BYTES + i * bytesPerSample, toInt16(samples[i] ?? 0), true);
  }
  return buffer;
}
