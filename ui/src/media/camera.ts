/**
 * Small browser-camera helpers for st.camera_input: constraints, starting and
 * stopping a stream, the snapshot, and readable messages for failures.
 *
 *   const stream = await startCamera(cameraConstraints(720, null));
 *   const jpeg = await captureJpeg(video);   // at the video's own size
 *   stopStream(stream);                      // camera light off
 */

/** What the widget asks for: a target height (resolution=) or the box's width. */
export function cameraConstraints(resolutionHeight: number | null, boxWidth: number | null): MediaStreamConstraints {
  const video: MediaTrackConstraints = {};
  if (resolutionHeight !== null) video.height = { ideal: resolutionHeight };
  else if (boxWidth !== null && boxWidth > 0) video.width = { ideal: Math.round(boxWidth) };
  return { audio: false, video };
}

/** Raised when the page cannot ask for a camera at all (no mediaDevices). */
export class CameraUnavailableError extends Error {
  constructor() {
    super("navigator.mediaDevices is not available");
    this.name = "CameraUnavailableError";
  }
}

/** Ask the browser for the camera; rejects with the browser's DOMException on failure. */
export async function startCamera(constraints: MediaStreamConstraints): Promise<MediaStream> {
  const devices = typeof navigator === "undefined" ? undefined : navigator.mediaDevices;
  if (!devices || typeof devices.getUserMedia !== "function") throw new CameraUnavailableError();
  return devices.getUserMedia(constraints);
}

/** Stop every track, which releases the device (the camera light goes off). */
export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

export const CAMERA_MESSAGES = {
  denied: "Camera access was denied. Allow this page to use your camera in the browser's site settings, then reload.",
  notFound: "No camera was found. Connect a camera and reload the page.",
  busy: "The camera could not be started. It may be in use by another application.",
  insecure: "The camera is only available on secure pages (https:// or localhost).",
  other: "The camera could not be started.",
} as const;

/** A message for the widget from a getUserMedia failure (DOMException names per the spec). */
export function cameraErrorMessage(error: unknown): string {
  if (error instanceof CameraUnavailableError) return CAMERA_MESSAGES.insecure;
  const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError": // older Chromium
      return CAMERA_MESSAGES.denied;
    case "SecurityError":
      return CAMERA_MESSAGES.insecure;
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return CAMERA_MESSAGES.notFound;
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return CAMERA_MESSAGES.busy;
    default:
      return CAMERA_MESSAGES.other;
  }
}

/** The snapshot's file name, as Streamlit's UI names it: camera-input-<ISO time with _ for :>.jpg. */
export function snapshotName(now: Date = new Date()): string {
  return `camera-input-${now.toISOString().replace(/:/g, "_")}.jpg`;
}

/** The current video frame as a JPEG, drawn at the camera's real width and height. */
export function captureJpeg(video: HTMLVideoElement, quality = 0.92): Promise<Blob> {
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) return Promise.reject(new Error("the camera has no picture yet"));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("no 2D canvas"));
  context.drawImage(video, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the snapshot could not be encoded"))), "image/jpeg", quality);
  });
}

// Snapshots by file id, so a widget mounted again (hidden, then shown) can still show its photo.
const SNAPSHOTS_KEPT = 8;
const snapshots = new Map<string, Blob>();

export function rememberSnapshot(fileId: string, blob: Blob): void {
  snapshots.delete(fileId);
  snapshots.set(fileId, blob);
  while (snapshots.size > SNAPSHOTS_KEPT) snapshots.delete(snapshots.keys().next().value as string);
}

export function recallSnapshot(fileId: string | null | undefined): Blob | null {
  return fileId ? (snapshots.get(fileId) ?? null) : null;
}
