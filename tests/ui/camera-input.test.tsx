/**
 * st.camera_input in jsdom. getUserMedia, the canvas and object URLs are
 * faked here (unit tests only); playwright/camera-input.test.ts uses
 * Chromium's real fake camera.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FileRef, WidgetUpdate } from "../../ui/src/app/controller";
import type { ElementOf } from "../../ui/src/elements/types";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import {
  CAMERA_MESSAGES,
  CameraUnavailableError,
  cameraConstraints,
  cameraErrorMessage,
  snapshotName,
  stopStream,
} from "../../ui/src/media/camera";
import { emptyTree, putNode } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";
import { el } from "./fixtures";

if (!("createObjectURL" in URL)) {
  Object.assign(URL, { createObjectURL: () => "", revokeObjectURL: () => undefined });
}

type FakeTrack = { stop: ReturnType<typeof vi.fn>; readyState: string };

function fakeStream(): { stream: MediaStream; track: FakeTrack } {
  const track: FakeTrack = { readyState: "live", stop: vi.fn(() => void (track.readyState = "ended")) };
  return { stream: { getTracks: () => [track] } as unknown as MediaStream, track };
}

let getUserMedia: ReturnType<typeof vi.fn>;

function installMediaDevices(impl: (c: MediaStreamConstraints) => Promise<MediaStream>): void {
  getUserMedia = vi.fn(impl);
  Object.defineProperty(navigator, "mediaDevices", { configurable: true, value: { getUserMedia } });
}

/** Let pending promises (getUserMedia, upload) settle inside act(). */
async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

type Harness = {
  root: HTMLElement;
  sent: WidgetUpdate[];
  uploads: { blob: Blob; name: string }[];
  draw: (node: ElementOf<"camera_input">) => void;
  unmount: () => void;
};

function mountCamera(node: ElementOf<"camera_input">): Harness {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const uploads: { blob: Blob; name: string }[] = [];
  const host = {
    send: (u: WidgetUpdate) => void sent.push(u),
    upload: async (blob: Blob, name: string): Promise<FileRef> => {
      uploads.push({ blob, name });
      return { file_id: `f${uploads.length}`, name, type: blob.type, size: blob.size };
    },
  };
  const draw = (n: ElementOf<"camera_input">) => {
    const tree = putNode(emptyTree(), [0, 0], n, 1);
    act(() => {
      render(
        <WidgetContext.Provider value={host}>
          <ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />
        </WidgetContext.Provider>,
        root,
      );
    });
  };
  draw(node);
  return { root, sent, uploads, draw, unmount: () => act(() => render(null, root)) };
}

const button = (root: HTMLElement) => root.querySelector<HTMLButtonElement>("[data-testid=stCameraInputButton]")!;
const message = (root: HTMLElement) => root.querySelector("[data-testid=stCameraInputMessage]")?.textContent ?? null;

beforeEach(() => {
  vi.spyOn(URL, "createObjectURL").mockImplementation(() => "blob:snapshot");
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, "mediaDevices");
  document.body.innerHTML = "";
});

describe("camera helpers", () => {
  it("maps getUserMedia failures to messages", () => {
    expect(cameraErrorMessage(new DOMException("no", "NotAllowedError"))).toBe(CAMERA_MESSAGES.denied);
    expect(cameraErrorMessage(new DOMException("none", "NotFoundError"))).toBe(CAMERA_MESSAGES.notFound);
    expect(cameraErrorMessage({ name: "OverconstrainedError" })).toBe(CAMERA_MESSAGES.notFound);
    expect(cameraErrorMessage(new DOMException("busy", "NotReadableError"))).toBe(CAMERA_MESSAGES.busy);
    expect(cameraErrorMessage(new CameraUnavailableError())).toBe(CAMERA_MESSAGES.insecure);
    expect(cameraErrorMessage(new Error("odd"))).toBe(CAMERA_MESSAGES.other);
  });

  it("asks for a target height with resolution=, else for the box's width", () => {
    expect(cameraConstraints(720, 500)).toEqual({ audio: false, video: { height: { ideal: 720 } } });
    expect(cameraConstraints(null, 499.6)).toEqual({ audio: false, video: { width: { ideal: 500 } } });
    expect(cameraConstraints(null, 0)).toEqual({ audio: false, video: {} });
  });

  it("names snapshots like Streamlit's UI and stops every track", () => {
    expect(snapshotName(new Date("2024-05-01T09:30:00.000Z"))).toBe("camera-input-2024-05-01T09_30_00.000Z.jpg");
    const { stream, track } = fakeStream();
    stopStream(stream);
    expect(track.stop).toHaveBeenCalledTimes(1);
  });
});

describe("camera_input", () => {
  it("does not ask for the camera while disabled", async () => {
    installMediaDevices(async () => fakeStream().stream);
    const { root } = mountCamera(el("camera_input", { disabled: true }, { id: "cam" }));
    await flush();
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(root.querySelector("video")).toBeNull();
    expect(button(root).disabled).toBe(true);
    expect(button(root).textContent).toBe("Take Photo");
  });

  it("asks once when shown, with the resolution's height, and previews the stream", async () => {
    const { stream } = fakeStream();
    let resolve: (s: MediaStream) => void = () => undefined;
    installMediaDevices(() => new Promise((r) => (resolve = r)));
    const { root } = mountCamera(el("camera_input", { resolution_height: 720 }, { id: "cam" }));
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(getUserMedia).toHaveBeenCalledWith({ audio: false, video: { height: { ideal: 720 } } });
    expect(message(root)).toMatch(/wants to use your camera/);
    resolve(stream);
    await flush();
    const video = root.querySelector("video")!;
    expect(video.srcObject).toBe(stream);
    expect(message(root)).toBeNull();
    expect(root.querySelector("[data-testid=stCameraInputWebcamStyledBox]")).not.toBeNull();
  });

  it.each([
    ["NotAllowedError", CAMERA_MESSAGES.denied],
    ["NotFoundError", CAMERA_MESSAGES.notFound],
    ["OverconstrainedError", CAMERA_MESSAGES.notFound],
  ])("shows a message inside the widget on %s", async (name, text) => {
    installMediaDevices(() => Promise.reject(new DOMException("failed", name)));
    const { root } = mountCamera(el("camera_input", {}, { id: "cam" }));
    await flush();
    expect(message(root)).toBe(text);
    expect(root.querySelector("[role=alert]")?.textContent).toBe(text);
    expect(button(root).disabled).toBe(true);
  });

  it("explains an insecure page (no navigator.mediaDevices)", async () => {
    Reflect.deleteProperty(navigator, "mediaDevices");
    const { root } = mountCamera(el("camera_input", {}, { id: "cam" }));
    await flush();
    expect(message(root)).toBe(CAMERA_MESSAGES.insecure);
  });

  it("stops every track on unmount, when disabled, and for a stream granted too late", async () => {
    const first = fakeStream();
    installMediaDevices(async () => first.stream);
    const app = mountCamera(el("camera_input", {}, { id: "cam" }));
    await flush();
    app.draw(el("camera_input", { disabled: true }, { id: "cam" }));
    expect(first.track.stop).toHaveBeenCalledTimes(1);

    const second = fakeStream();
    installMediaDevices(async () => second.stream);
    app.draw(el("camera_input", {}, { id: "cam" }));
    await flush();
    expect(second.track.stop).not.toHaveBeenCalled();
    app.unmount();
    expect(second.track.stop).toHaveBeenCalledTimes(1);

    const late = fakeStream();
    let grant: (s: MediaStream) => void = () => undefined;
    installMediaDevices(() => new Promise((r) => (grant = r)));
    const again = mountCamera(el("camera_input", {}, { id: "cam" }));
    again.unmount();
    grant(late.stream);
    await flush();
    expect(late.track.stop).toHaveBeenCalledTimes(1);
  });

  it("takes a JPEG at the video's size, uploads it, shows it, and clears it", async () => {
    const live = fakeStream();
    installMediaDevices(async () => live.stream);
    const drawn: number[][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(function (this: HTMLCanvasElement) {
      return { drawImage: (_v: unknown, ...box: number[]) => drawn.push([this.width, this.height, ...box]) } as never;
    });
    vi.spyOn(HTMLCanvasElement.prototype, "toBlob").mockImplementation((callback, type) => {
      callback(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: type ?? "" }));
    });
    const app = mountCamera(el("camera_input", {}, { id: "cam" }));
    await flush();
    const video = app.root.querySelector("video")!;
    Object.defineProperty(video, "videoWidth", { value: 640 });
    Object.defineProperty(video, "videoHeight", { value: 480 });
    expect(button(app.root).disabled).toBe(true); // no picture yet
    act(() => void video.dispatchEvent(new Event("loadedmetadata")));
    expect(button(app.root).disabled).toBe(false);

    act(() => button(app.root).click());
    await flush();
    expect(drawn).toEqual([[640, 480, 0, 0, 640, 480]]);
    expect(app.uploads).toHaveLength(1);
    expect(app.uploads[0]!.blob.type).toBe("image/jpeg");
    expect(app.uploads[0]!.name).toMatch(/^camera-input-.+\.jpg$/);
    const ref = { file_id: "f1", name: app.uploads[0]!.name, type: "image/jpeg", size: 3 };
    expect(app.sent).toEqual([{ id: "cam", value: ref }]);
    // The photo replaces the preview, and the camera is released.
    expect(live.track.stop).toHaveBeenCalledTimes(1);
    expect(app.root.querySelector("video")).toBeNull();
    expect(app.root.querySelector("img")?.getAttribute("src")).toBe("blob:snapshot");
    expect(button(app.root).textContent).toContain("Clear photo");

    // Python confirms the value; then the user clears it: None, and the preview again.
    app.draw(el("camera_input", { value: ref }, { id: "cam" }));
    expect(app.root.querySelector("img")).not.toBeNull();
    act(() => button(app.root).click());
    expect(app.sent.at(-1)).toEqual({ id: "cam", value: null });
    await flush();
    expect(getUserMedia).toHaveBeenCalledTimes(2);
    expect(app.root.querySelector("video")).not.toBeNull();
  });

  it("shows a photo Python holds after a remount, and goes back to the preview when Python clears it", async () => {
    installMediaDevices(async () => fakeStream().stream);
    const ref = { file_id: "unknown", name: "camera-input-x.jpg", type: "image/jpeg", size: 3 };
    const app = mountCamera(el("camera_input", { value: ref }, { id: "cam" }));
    await flush();
    expect(getUserMedia).not.toHaveBeenCalled(); // a photo is shown: no camera needed
    expect(app.root.textContent).toContain("Photo taken");
    app.draw(el("camera_input", { value: null }, { id: "cam" }));
    await flush();
    expect(getUserMedia).toHaveBeenCalledTimes(1);
  });
});
