/**
 * st.camera_input: a live preview and "Take Photo"; after a photo, the photo
 * and "Clear photo". The camera is only requested while the preview shows
 * (enabled, no photo) and released (every track stopped) as soon as it does
 * not: photo taken, disabled, widget gone or app removed.
 */
import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
import type { FileRef } from "../app/controller";
import { CloseIcon } from "../icons";
import { cameraConstraints, captureJpeg, recallSnapshot, rememberSnapshot, snapshotName } from "../media/camera";
import { useCameraStream } from "../media/useCameraStream";
import { WidgetFrame } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import type { ElementRenderer } from "./types";

const WAITING = "This app wants to use your camera. Allow access when your browser asks.";
const CAPTURE_FAILED = "The photo could not be taken. Try again.";

/** An object URL for a Blob, revoked when the blob changes or the component unmounts. */
function useBlobUrl(blob: Blob | null): string | null {
  const url = useMemo(() => (blob === null ? null : URL.createObjectURL(blob)), [blob]);
  useEffect(
    () => () => {
      if (url !== null) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

/** The user's change (`ref`) holds until Python sends a value other than the one it replaced (`base`). */
type LocalChange = { base: string | null; ref: FileRef | null };

export const camera_input: ElementRenderer<"camera_input"> = ({ node }) => {
  const { props } = node;
  const { send, upload } = useWidgetHost();
  const labelId = useId();
  const propId = props.value?.file_id ?? null;
  const [local, setLocal] = useState<LocalChange | null>(null);
  const photo = local !== null && local.base === propId ? local.ref : props.value;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);

  const camera = useCameraStream(
    !props.disabled && photo === null,
    () => cameraConstraints(props.resolution_height, boxRef.current?.clientWidth ?? null),
    String(props.resolution_height),
  );
  const stream = camera.status === "live" ? camera.stream : null;
  useEffect(() => {
    setReady(false);
    const video = videoRef.current;
    if (video && stream) video.srcObject = stream;
  }, [stream]);

  const photoUrl = useBlobUrl(recallSnapshot(photo?.file_id));

  const commit = (ref: FileRef | null) => {
    setLocal({ base: propId, ref });
    if (node.id !== null) send({ id: node.id, value: ref });
  };

  const takePhoto = async () => {
    const video = videoRef.current;
    if (!video || !upload) return;
    setBusy(true);
    setFailure(null);
    try {
      const jpeg = await captureJpeg(video);
      const ref = await upload(jpeg, snapshotName());
      rememberSnapshot(ref.file_id, jpeg);
      commit(ref);
    } catch {
      setFailure(CAPTURE_FAILED);
    } finally {
      setBusy(false);
    }
  };

  const markReady = () => {
    const video = videoRef.current;
    if (video && video.videoWidth > 0 && video.videoHeight > 0) setReady(true);
  };

  let message: { text: string; error: boolean } | null = null;
  if (camera.status === "error") message = { text: camera.message, error: true };
  else if (camera.status === "pending") message = { text: WAITING, error: false };
  else if (failure !== null) message = { text: failure, error: true };

  return (
    <WidgetFrame testId="stCameraInput" chrome={props} labelId={labelId}>
      <div class="camera-input" role="group" aria-labelledby={labelId}>
        {photo !== null ? (
          <>
            <div class="camera-box" data-testid="stCameraInputPhoto">
              {photoUrl !== null ? <img class="camera-media" src={photoUrl} alt="Snapshot" /> : <span class="camera-note">Photo taken</span>}
            </div>
            <button type="button" class="st-button camera-button" data-testid="stCameraInputButton" disabled={props.disabled} onClick={() => commit(null)}>
              <CloseIcon size={14} /> Clear photo
            </button>
          </>
        ) : (
          <div class="camera-webcam" data-testid="stCameraInputWebcamComponent">
            <div class="camera-box" data-testid="stCameraInputWebcamStyledBox" ref={boxRef}>
              {stream !== null ? (
                <video
                  ref={videoRef}
                  class="camera-media"
                  autoplay
                  muted
                  playsInline
                  aria-label="Camera preview"
                  onLoadedMetadata={markReady}
                  onPlaying={markReady}
                />
              ) : null}
              {message !== null ? (
                <p class={`camera-message${message.error ? " error" : ""}`} data-testid="stCameraInputMessage" role={message.error ? "alert" : "status"}>
                  {message.text}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              class="st-button camera-button"
              data-testid="stCameraInputButton"
              disabled={props.disabled || stream === null || !ready || busy || !upload}
              onClick={() => void takePhoto()}
            >
              Take Photo
            </button>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
};
