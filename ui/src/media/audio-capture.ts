/**
 * Microphone capture as raw PCM: getUserMedia -> AudioContext -> mono float samples.
 *
 *   const capture = await startAudioCapture({ onEnded: () => ... });  // asks for the mic now
 *   draw(capture.analyser); capture.elapsed();                        // while recording
 *   const recording = await capture.stop();   // { samples, sampleRate }; mic released
 *   capture.cancel();                          // or: release without a result (unmount)
 *
 * Samples come from an AudioWorklet (a ScriptProcessor where worklets are
 * unavailable), mixed to mono inside the audio thread. MediaRecorder is not
 * used: it yields compressed audio that would need decoding again.
 * `stop` and `cancel` always stop every track and close the AudioContext.
 */

export type Recording = { samples: Float32Array; sampleRate: number };

export type CaptureErrorKind = "denied" | "no-device" | "insecure" | "unsupported" | "failed";

/** Why the microphone could not be used; `kind` picks the message the UI shows. */
export class CaptureError extends Error {
  constructor(
    readonly kind: CaptureErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "CaptureError";
  }
}

/** What a widget tells the user for each CaptureError kind. */
export const CAPTURE_ERROR_MESSAGES: Record<CaptureErrorKind, string> = {
  denied: "This app would like to use your microphone. Allow microphone access in your browser's site settings, then try again.",
  "no-device": "No microphone was found. Connect one and try again.",
  insecure: "Recording needs a secure page (https or localhost).",
  unsupported: "This browser cannot record audio.",
  failed: "An error has occurred, please try again.", // Streamlit's generic recorder error
};

export interface AudioCapture {
  /** The AudioContext's rate: the rate of the captured samples. */
  readonly sampleRate: number;
  /** Tapped from the microphone, for a live level or waveform display. */
  readonly analyser: AnalyserNode;
  /** Seconds captured so far (counted in samples, so it matches the recording). */
  elapsed(): number;
  stop(): Promise<Recording>;
  cancel(): void;
}

export type CaptureOptions = {
  /** Called when the microphone goes away by itself (unplugged, permission revoked). */
  onEnded?: () => void;
};

const PROCESSOR = "wasmlit-pcm-capture";
const CHUNK_FRAMES = 2048; // frames per message from the audio thread (~43 ms at 48 kHz)

// Runs in the AudioWorkletGlobalScope: averages the input channels and posts
// chunks of mono samples; "flush" posts what is left, then "flushed".
const WORKLET_SOURCE = `
class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.chunk = new Float32Array(${CHUNK_FRAMES});
    this.fill = 0;
    this.port.onmessage = (event) => {
      if (event.data !== "flush") return;
      if (this.fill > 0) this.port.postMessage(this.chunk.slice(0, this.fill));
      this.fill = 0;
      this.port.postMessage("flushed");
    };
  }
  process(inputs) {
    const input = inputs[0];
    if (input && input.length > 0) {
      const frames = input[0].length;
      for (let i = 0; i < frames; i++) {
        let sum = 0;
        for (let c = 0; c < input.length; c++) sum += input[c][i];
        this.chunk[this.fill++] = sum / input.length;
        if (this.fill === this.chunk.length) {
          this.port.postMessage(this.chunk.slice());
          this.fill = 0;
        }
      }
    }
    return true;
  }
}
registerProcessor("${PROCESSOR}", PcmCapture);
`;

/** The CaptureError for a getUserMedia rejection. */
export function captureErrorOf(error: unknown): CaptureError {
  if (error instanceof CaptureError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === "NotAllowedError" || name === "PermissionDeniedError" || name === "SecurityError") {
    return new CaptureError("denied", message || "Microphone access was denied.");
  }
  if (name === "NotFoundError" || name === "DevicesNotFoundError" || name === "OverconstrainedError") {
    return new CaptureError("no-device", message || "No microphone was found.");
  }
  return new CaptureError("failed", message || "The microphone could not be started.");
}

function mediaDevices(): MediaDevices {
  const devices = typeof navigator === "undefined" ? undefined : navigator.mediaDevices;
  if (devices && typeof devices.getUserMedia === "function") return devices;
  // Browsers hide mediaDevices entirely outside secure contexts (plain http).
  if (typeof window !== "undefined" && window.isSecureContext === false) {
    throw new CaptureError("insecure", "Microphone access needs a secure page (https or localhost).");
  }
  throw new CaptureError("unsupported", "This browser cannot record audio.");
}

type Tap = { node: AudioNode; flush(): Promise<void> };

/** Collects mono chunks through an AudioWorklet; null when worklets are unavailable. */
async function workletTap(context: AudioContext, push: (chunk: Float32Array) => void): Promise<Tap | null> {
  if (!context.audioWorklet || typeof AudioWorkletNode !== "function") return null;
  const url = URL.createObjectURL(new Blob([WORKLET_SOURCE], { type: "text/javascript" }));
  try {
    await context.audioWorklet.addModule(url);
  } catch {
    return null; // e.g. a CSP without blob: for scripts
  } finally {
    URL.revokeObjectURL(url);
  }
  const node = new AudioWorkletNode(context, PROCESSOR, { numberOfOutputs: 1, outputChannelCount: [1] });
  let flushed: (() => void) | null = null;
  node.port.onmessage = (event: MessageEvent<Float32Array | string>) => {
    if (event.data === "flushed") flushed?.();
    else if (event.data instanceof Float32Array) push(event.data);
  };
  return {
    node,
    flush: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 500); // a suspended context never answers
        flushed = () => {
          clearTimeout(timer);
          resolve();
        };
        node.port.postMessage("flush");
      }),
  };
}

/** The deprecated but universal ScriptProcessor, for browsers without AudioWorklet. */
function scriptTap(context: AudioContext, channels: number, push: (chunk: Float32Array) => void): Tap {
  const node = context.createScriptProcessor(4096, Math.max(1, channels), 1);
  node.onaudioprocess = (event: AudioProcessingEvent) => {
    const input = event.inputBuffer;
    const mono = new Float32Array(input.length);
    for (let c = 0; c < input.numberOfChannels; c++) {
      const data = input.getChannelData(c);
      for (let i = 0; i < mono.length; i++) mono[i] = (mono[i] ?? 0) + (data[i] ?? 0) / input.numberOfChannels;
    }
    push(mono);
  };
  return { node, flush: () => Promise.resolve() };
}

function concat(chunks: readonly Float32Array[], frames: number): Float32Array {
  const out = new Float32Array(frames);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Ask for the microphone and start capturing; rejects with a CaptureError. */
export async function startAudioCapture(options: CaptureOptions = {}): Promise<AudioCapture> {
  let stream: MediaStream;
  try {
    stream = await mediaDevices().getUserMedia({ audio: true, video: false });
  } catch (error) {
    throw captureErrorOf(error);
  }
  let context: AudioContext | null = null;
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
    if (context && context.state !== "closed") void context.close().catch(() => undefined);
  };
  try {
    context = new AudioContext();
    const ctx = context;
    await ctx.resume(); // created after an await: make sure it runs
    const source = ctx.createMediaStreamSource(stream);
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 2048;
    const chunks: Float32Array[] = [];
    let frames = 0;
    const push = (chunk: Float32Array) => {
      chunks.push(chunk);
      frames += chunk.length;
    };
    const channels = stream.getAudioTracks()[0]?.getSettings().channelCount ?? 1;
    const tap = (await workletTap(ctx, push)) ?? scriptTap(ctx, channels, push);
    source.connect(analyser);
    source.connect(tap.node);
    // The tap writes silence; it is connected so the audio thread keeps pulling it.
    tap.node.connect(ctx.destination);
    let done = false;
    const finish = () => {
      done = true;
      source.disconnect();
      tap.node.disconnect();
      release();
    };
    for (const track of stream.getTracks()) {
      track.addEventListener("ended", () => {
        if (!done) options.onEnded?.();
      });
    }
    return {
      sampleRate: ctx.sampleRate,
      analyser,
      elapsed: () => frames / ctx.sampleRate,
      async stop() {
        if (!done) {
          try {
            await tap.flush();
          } finally {
            finish();
          }
        }
        return { samples: concat(chunks, frames), sampleRate: ctx.sampleRate };
      },
      cancel() {
        if (!done) finish();
      },
    };
  } catch (error) {
    release();
    throw error instanceof CaptureError ? error : new CaptureError("failed", String(error));
  }
}
