/**
 * The microphone of st.chat_input(accept_audio=True): press to record, then
 * send (stop, convert to WAV at `sampleRate`, upload, submit) or cancel.
 * The microphone is asked for only on the first press and released on
 * stop, cancel and unmount.
 *
 *   const mic = useChatRecorder({ sampleRate, onRecorded: (ref) => submit(ref) });
 *   <ChatMicButton mic={mic} disabled={disabled} />
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { FileRef } from "../app/controller";
import { CAPTURE_ERROR_MESSAGES, CaptureError, startAudioCapture, type AudioCapture, type CaptureErrorKind } from "../media/audio-capture";
import { RECORDING_NAME, formatTime, recordingToWav } from "../media/recording";
import { useWidgetHost } from "../widgets/context";

type Phase = "idle" | "starting" | "recording" | "saving";

export type ChatRecorder = {
  phase: Phase;
  seconds: number;
  error: CaptureErrorKind | null;
  start: () => void;
  finish: () => void;
  cancel: () => void;
};

export function useChatRecorder({ sampleRate, onRecorded }: { sampleRate: number | null; onRecorded: (ref: FileRef) => void }): ChatRecorder {
  const { upload } = useWidgetHost();
  const [phase, setPhase] = useState<Phase>("idle");
  const [seconds, setSeconds] = useState(0);
  const [error, setError] = useState<CaptureErrorKind | null>(null);
  const capture = useRef<AudioCapture | null>(null);
  const mounted = useRef(true);
  const recorded = useRef(onRecorded);
  recorded.current = onRecorded;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      capture.current?.cancel();
      capture.current = null;
    };
  }, []);

  // The elapsed time, once a second while recording.
  useEffect(() => {
    if (phase !== "recording") return undefined;
    const timer = setInterval(() => setSeconds(Math.floor(capture.current?.elapsed() ?? 0)), 250);
    return () => clearInterval(timer);
  }, [phase]);

  const finish = async () => {
    const active = capture.current;
    if (active === null) return;
    capture.current = null;
    setPhase("saving");
    try {
      const wav = await recordingToWav(await active.stop(), sampleRate);
      if (!upload) throw new Error("uploads are not available here");
      const ref = await upload(wav.blob, RECORDING_NAME);
      if (!mounted.current) return;
      setPhase("idle");
      recorded.current(ref);
    } catch {
      if (!mounted.current) return;
      setError("failed");
      setPhase("idle");
    }
  };

  const start = async () => {
    if (phase !== "idle") return;
    setError(null);
    setSeconds(0);
    setPhase("starting");
    try {
      const started = await startAudioCapture({ onEnded: () => void finish() });
      if (!mounted.current) {
        started.cancel();
        return;
      }
      capture.current = started;
      setPhase("recording");
    } catch (err) {
      if (!mounted.current) return;
      setError(err instanceof CaptureError ? err.kind : "failed");
      setPhase("idle");
    }
  };

  const cancel = () => {
    capture.current?.cancel();
    capture.current = null;
    setPhase("idle");
  };

  return { phase, seconds, error, start: () => void start(), finish: () => void finish(), cancel };
}

const MicIcon = () => (
  <svg viewBox="0 0 24 24" width={18} height={18} aria-hidden="true">
    <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
    <path d="M6 11a6 6 0 0 0 12 0M12 17v4M9 21h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  </svg>
);

/** The microphone button, or (while recording) the time with cancel and send. */
export function ChatMicControls({ mic, disabled }: { mic: ChatRecorder; disabled: boolean }) {
  if (mic.phase === "recording" || mic.phase === "saving") {
    return (
      <div class="chat-recording" data-testid="stChatInputRecording" role="group" aria-label="Recording">
        <span class="chat-recording-dot" aria-hidden="true" />
        <span class="chat-recording-time" data-testid="stChatInputRecordingTime">
          {formatTime(mic.seconds)}
        </span>
        <button type="button" class="chat-recording-cancel" data-testid="stChatInputCancelRecordingButton" aria-label="Cancel recording" disabled={mic.phase === "saving"} onClick={mic.cancel}>
          ×
        </button>
        <button type="button" class="chat-recording-send" data-testid="stChatInputStopRecordingButton" aria-label="Stop and send recording" disabled={mic.phase === "saving"} onClick={mic.finish}>
          ✓
        </button>
      </div>
    );
  }
  return (
    <button
      type="button"
      data-testid="stChatInputMicrophoneButton"
      class="chat-input-mic"
      aria-label="Record a voice message"
      title={mic.error !== null ? CAPTURE_ERROR_MESSAGES[mic.error] : undefined}
      disabled={disabled || mic.phase !== "idle"}
      onClick={mic.start}
    >
      <MicIcon />
    </button>
  );
}
