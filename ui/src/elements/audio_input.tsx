/**
 * st.audio_input: record from the microphone, play it back, send it as a WAV file.
 *
 * The microphone is requested only when the user presses Record, and released
 * (tracks stopped, AudioContext closed) on Stop, on unmount and when the app
 * goes away. Stopping converts the capture to mono 16-bit WAV at the element's
 * `sample_rate` (ui/src/media), uploads it and sends its reference as the value.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { FileRef } from "../app/controller";
import {
  CAPTURE_ERROR_MESSAGES,
  CaptureError,
  startAudioCapture,
  type AudioCapture,
  type CaptureErrorKind,
} from "../media/audio-capture";
import { useObjectUrl } from "../media/objectUrl";
import { RECORDING_NAME, formatTime, recordingToWav } from "../media/recording";
import { WAV_MIME } from "../media/wav";
import { useWidgetHost } from "../widgets/context";
import { WidgetFrame, plainLabel } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

type Phase = "idle" | "starting" | "recording" | "saving";

/** The recording this widget shows: its bytes stay in the page for playback. */
type Take = { fileId: string | null; wav: ArrayBuffer; duration: number };

/**
 * The latest take of each widget by id, so a remounted widget (moved by a
 * rerun, a form remount) still plays back what the script sees. One entry
 * per widget: replaced by a new take, removed on clear.
 */
const takes = new Map<string, Take>();

/** Draws the microphone's waveform on a canvas, once per animation frame. */
function Waveform({ capture, onTick }: { capture: AudioCapture | null; onTick: (seconds: number) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (capture === null) return undefined;
    const samples = new Float32Array(capture.analyser.fftSize);
    let frame = 0;
    const draw = () => {
      onTick(Math.floor(capture.elapsed())); // whole seconds: one rerender per second
      const el = canvas.current;
      const g = el?.getContext("2d");
      if (el && g) {
        capture.analyser.getFloatTimeDomainData(samples);
        const { width, height } = el;
        g.clearRect(0, 0, width, height);
        g.strokeStyle = getComputedStyle(el).color;
        g.lineWidth = 2;
        g.beginPath();
        for (let x = 0; x < width; x++) {
          const s = samples[Math.floor((x / width) * samples.length)] ?? 0;
          const y = height / 2 - s * (height / 2);
          if (x === 0) g.moveTo(x, y);
          else g.lineTo(x, y);
        }
        g.stroke();
      }
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [capture, onTick]);
  return <canvas ref={canvas} class="audio-waveform" width={600} height={48} aria-hidden="true" />;
}

const MicIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" class="audio-icon">
    <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
    <path d="M6 11a6 6 0 0 0 12 0M12 17v4M9 21h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  </svg>
);
const StopIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" class="audio-icon">
    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
    <rect x="8.5" y="8.5" width="7" height="7" rx="1" fill="currentColor" />
  </svg>
);
const ClearIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" class="audio-icon">
    <path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
  </svg>
);

export const audio_input: ElementRenderer<"audio_input"> = ({ node }) => {
  const { props } = node;
  const { send, upload } = useWidgetHost();
  const widgetId = node.id ?? "";
  const [phase, setPhase] = useState<Phase>("idle");
  const [capture, setCapture] = useState<AudioCapture | null>(null);
  const [take, setTake] = useState<Take | null>(() => {
    const kept = takes.get(widgetId);
    return kept && kept.fileId !== null && kept.fileId === props.value?.file_id ? kept : null;
  });
  const [error, setError] = useState<CaptureErrorKind | null>(null);
  const [seconds, setSeconds] = useState(0);
  const captureRef = useRef<AudioCapture | null>(null);
  const mounted = useRef(true);
  const playbackUrl = useObjectUrl(take?.wav ?? null, WAV_MIME);

  // Release the microphone however the widget goes away (rerun removal, app teardown).
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      captureRef.current?.cancel();
      captureRef.current = null;
    };
  }, []);

  // Python dropped the recording (e.g. a new session): forget the local take.
  const shownFile = props.value?.file_id ?? null;
  const lastShown = useRef(shownFile);
  useEffect(() => {
    if (lastShown.current === shownFile) return;
    lastShown.current = shownFile;
    if (take !== null && take.fileId !== null && take.fileId !== shownFile) {
      setTake(null);
      setSeconds(0);
      takes.delete(widgetId);
    }
  }, [shownFile, take, widgetId]);

  const start = async () => {
    if (props.disabled || phase !== "idle") return;
    setError(null);
    setPhase("starting");
    try {
      const started = await startAudioCapture({ onEnded: () => void stop() });
      if (!mounted.current) {
        started.cancel();
        return;
      }
      captureRef.current = started;
      setCapture(started);
      setSeconds(0);
      setPhase("recording");
    } catch (err) {
      if (!mounted.current) return;
      setError(err instanceof CaptureError ? err.kind : "failed");
      setPhase("idle");
    }
  };

  const stop = async () => {
    const active = captureRef.current;
    if (active === null) return;
    captureRef.current = null;
    setCapture(null);
    setPhase("saving");
    try {
      const wav = await recordingToWav(await active.stop(), props.sample_rate);
      if (!mounted.current) return;
      const local: Take = { fileId: null, wav: wav.data, duration: wav.duration };
      setTake(local);
      setSeconds(wav.duration);
      if (!upload) throw new Error("uploads are not available here");
      const ref: FileRef = await upload(wav.blob, RECORDING_NAME);
      const sent: Take = { ...local, fileId: ref.file_id };
      takes.set(widgetId, sent);
      if (!mounted.current) return;
      setTake(sent);
      setPhase("idle");
      if (node.id !== null) send({ id: node.id, value: ref });
    } catch {
      if (!mounted.current) return;
      setError("failed");
      setPhase("idle");
    }
  };

  const clear = () => {
    setTake(null);
    setSeconds(0);
    setError(null);
    takes.delete(widgetId);
    if (node.id !== null && props.value !== null) send({ id: node.id, value: null });
  };

  const recording = phase === "recording";
  const label = plainLabel(props);
  return (
    <WidgetFrame testId="stAudioInput" chrome={props}>
      <div class={`audio-input${recording ? " recording" : ""}`} role="group" aria-label={label}>
        <div class="audio-controls">
          {recording ? (
            <button
              type="button"
              class="audio-action stop"
              data-testid="stAudioInputActionButton"
              aria-label="Stop recording"
              onClick={() => void stop()}
            >
              <StopIcon />
            </button>
          ) : (
            <button
              type="button"
              class="audio-action record"
              data-testid="stAudioInputActionButton"
              aria-label="Record"
              disabled={props.disabled || phase !== "idle"}
              onClick={() => void start()}
            >
              <MicIcon />
            </button>
          )}
          <div class="audio-display" data-testid="stAudioInputWaveSurfer">
            {recording ? (
              <Waveform capture={capture} onTick={setSeconds} />
            ) : error !== null ? (
              <span class="audio-error" role="alert" data-testid="stAudioInputErrorMessage">
                {CAPTURE_ERROR_MESSAGES[error]}
              </span>
            ) : playbackUrl !== null ? (
              <audio class="audio-playback" data-testid="stAudioInputPlayback" controls src={playbackUrl} />
            ) : (
              <span class="audio-placeholder">{phase === "saving" ? "Saving…" : phase === "starting" ? "Waiting for the microphone…" : "Press record to start"}</span>
            )}
          </div>
          <span class="audio-time" data-testid="stAudioInputWaveformTimeCode" aria-live="off">
            {formatTime(recording ? seconds : (take?.duration ?? 0))}
          </span>
          {take !== null || props.value !== null ? (
            <button
              type="button"
              class="audio-action clear"
              data-testid="stAudioInputClearRecordingButton"
              aria-label="Clear recording"
              title="Clear recording"
              disabled={props.disabled || recording || phase === "saving"}
              onClick={clear}
            >
              <ClearIcon />
            </button>
          ) : null}
        </div>
      </div>
    </WidgetFrame>
  );
};
