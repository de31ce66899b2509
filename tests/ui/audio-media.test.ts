/** The recorder's pure parts: WAV encoding, channel mixing and resampling. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mixToMono, resample, resampleLinear, resampledLength } from "../../ui/src/media/resample";
import { WAV_HEADER_BYTES, encodeWav, toInt16 } from "../../ui/src/media/wav";

const ascii = (view: DataView, offset: number, length: number) =>
  String.fromCharCode(...Array.from({ length }, (_, i) => view.getUint8(offset + i)));

describe("encodeWav", () => {
  it("writes a 44-byte RIFF/WAVE header for mono 16-bit PCM", () => {
    const buffer = encodeWav(new Float32Array(10), 16000);
    const view = new DataView(buffer);
    expect(buffer.byteLength).toBe(WAV_HEADER_BYTES + 20);
    expect(ascii(view, 0, 4)).toBe("RIFF");
    expect(view.getUint32(4, true)).toBe(36 + 20);
    expect(ascii(view, 8, 4)).toBe("WAVE");
    expect(ascii(view, 12, 4)).toBe("fmt ");
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(16000);
    expect(view.getUint32(28, true)).toBe(32000); // bytes per second
    expect(view.getUint16(32, true)).toBe(2); // block align
    expect(view.getUint16(34, true)).toBe(16); // bits per sample
    expect(ascii(view, 36, 4)).toBe("data");
    expect(view.getUint32(40, true)).toBe(20);
  });

  it("stores header fields and samples little-endian", () => {
    const bytes = new Uint8Array(encodeWav(new Float32Array([0.5, -0.5]), 44100));
    // 44100 = 0x0000AC44 -> 44 AC 00 00
    expect(Array.from(bytes.slice(24, 28))).toEqual([0x44, 0xac, 0x00, 0x00]);
    // 0.5 * 32767 = 16384 (rounded) = 0x4000 -> 00 40; -0.5 * 32768 = -16384 = 0xC000 -> 00 C0
    expect(Array.from(bytes.slice(44, 48))).toEqual([0x00, 0x40, 0x00, 0xc0]);
  });

  it("clips out-of-range floats and maps the extremes exactly", () => {
    const view = new DataView(encodeWav(new Float32Array([1, -1, 2.5, -7, 0, NaN]), 8000));
    const samples = Array.from({ length: 6 }, (_, i) => view.getInt16(44 + 2 * i, true));
    expect(samples).toEqual([32767, -32768, 32767, -32768, 0, 0]);
    expect(toInt16(Infinity)).toBe(32767);
    expect(toInt16(-Infinity)).toBe(-32768);
  });

  it("encodes an empty recording as a valid header with no data", () => {
    const view = new DataView(encodeWav(new Float32Array(0), 16000));
    expect(view.byteLength).toBe(44);
    expect(view.getUint32(40, true)).toBe(0);
  });
});

describe("mixToMono", () => {
  it("averages channels and keeps a single channel as is", () => {
    const left = new Float32Array([1, 0.5, 0]);
    const right = new Float32Array([0, 0.5, -1, 9]);
    expect(Array.from(mixToMono([left, right]))).toEqual([0.5, 0.5, -0.5]);
    expect(mixToMono([left])).toBe(left);
    expect(mixToMono([]).length).toBe(0);
  });
});

describe("resampling", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("computes target lengths from the duration", () => {
    expect(resampledLength(48000, 48000, 16000)).toBe(16000);
    expect(resampledLength(44100, 44100, 8000)).toBe(8000);
    expect(resampledLength(48000, 48000, 44100)).toBe(44100);
    expect(resampledLength(1, 48000, 8000)).toBe(1); // never rounds a sound away
    expect(resampledLength(0, 48000, 8000)).toBe(0);
  });

  it("interpolates linearly and keeps the duration", () => {
    const ramp = Float32Array.from({ length: 48 }, (_, i) => i / 48);
    const down = resampleLinear(ramp, 48000, 16000);
    expect(down.length).toBe(16);
    expect(down[1]).toBeCloseTo(3 / 48, 6);
    const up = resampleLinear(new Float32Array([0, 1]), 8000, 16000);
    expect(Array.from(up)).toEqual([0, 0.5, 1, 1]);
    const same = new Float32Array([0.25]);
    expect(resampleLinear(same, 16000, 16000)).toBe(same);
  });

  it("falls back to linear interpolation without OfflineAudioContext", async () => {
    vi.stubGlobal("OfflineAudioContext", undefined);
    const out = await resample(new Float32Array(4800), 48000, 16000);
    expect(out.length).toBe(1600);
  });

  it("renders through an OfflineAudioContext at the target rate", async () => {
    const made: { channels: number; length: number; rate: number; bufferRate?: number }[] = [];
    class FakeOffline {
      constructor(
        readonly channels: number,
        readonly length: number,
        readonly rate: number,
      ) {
        made.push({ channels, length, rate });
      }
      createBuffer(_c: number, length: number, rate: number) {
        made[0]!.bufferRate = rate;
        const data = new Float32Array(length);
        return { copyToChannel: (src: Float32Array) => data.set(src) };
      }
      createBufferSource() {
        return { buffer: null, connect: () => undefined, start: () => undefined };
      }
      get destination() {
        return {};
      }
      startRendering() {
        return Promise.resolve({ getChannelData: () => new Float32Array(this.length).fill(0.25) });
      }
    }
    vi.stubGlobal("OfflineAudioContext", FakeOffline);
    const out = await resample(new Float32Array(44100), 44100, 16000);
    expect(made).toEqual([{ channels: 1, length: 16000, rate: 16000, bufferRate: 44100 }]);
    expect(out.length).toBe(16000);
    expect(out[0]).toBe(0.25);
  });
});
