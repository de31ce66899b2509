/**
 * A camera stream that exists exactly while `active` is true: requested when
 * it becomes true, every track stopped when it turns false, when the
 * constraints change, or when the component unmounts (also when the whole
 * <wasmlit-app> is removed, which unmounts the tree).
 *
 *   const camera = useCameraStream(!disabled && !photo, () => cameraConstraints(720, null), "720");
 *   if (camera.status === "live") video.srcObject = camera.stream;
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { cameraErrorMessage, startCamera, stopStream } from "./camera";

export type CameraState =
  | { status: "off" }
  | { status: "pending" }
  | { status: "live"; stream: MediaStream }
  | { status: "error"; message: string };

const OFF: CameraState = { status: "off" };

/**
 * `constraints` is read when the stream starts (it may measure the page);
 * `restartKey` names what should restart a running stream when it changes.
 */
export function useCameraStream(active: boolean, constraints: () => MediaStreamConstraints, restartKey: string): CameraState {
  const [state, setState] = useState<CameraState>(OFF);
  const latest = useRef(constraints);
  latest.current = constraints;
  useEffect(() => {
    if (!active) {
      setState(OFF);
      return undefined;
    }
    let cancelled = false;
    let stream: MediaStream | null = null;
    setState({ status: "pending" });
    startCamera(latest.current()).then(
      (started) => {
        // Deactivated while the browser was asking: release the late stream at once.
        if (cancelled) {
          stopStream(started);
          return;
        }
        stream = started;
        setState({ status: "live", stream: started });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "error", message: cameraErrorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
      stopStream(stream);
    };
  }, [active, restartKey]);
  return active ? state : OFF;
}
