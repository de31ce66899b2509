/**
 * st.camera_input in real Chromium with its fake camera (a real device to the
 * page: nothing is mocked) and real Pyodide with Pillow and numpy.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Locator } from "playwright-core";
import { MEDIA_FLAGS } from "./browser.ts";
import { BOOT_TIMEOUT, eventually, openApp, rerunAfter, waitForRuns, type AppUnderTest } from "./harness.ts";

// Streamlit's documented image-processing example, plus lines the test reads and a checkbox to hide it.
const APP = `import streamlit as st
from PIL import Image
import numpy as np

if st.checkbox("Show camera", value=True):
    img_file_buffer = st.camera_input("Take a picture")
    if img_file_buffer is not None:
        img = Image.open(img_file_buffer)
        img_array = np.array(img)
        st.write(type(img_array))
        st.write(img_array.shape)
        st.write(f"photo {img.width}x{img.height} {img_file_buffer.type} {img_file_buffer.name}")
        st.write(f"shape {img_array.shape}")
    else:
        st.write("no photo")
if st.checkbox("720p"):
    hd = st.camera_input("HD", resolution="720p", key="hd")
    if hd is not None:
        st.write(f"hd {Image.open(hd).size}")
st.button("Poke")
`;

/** The texts of the app's Markdown elements that start with `prefix`. */
async function texts(app: Locator, prefix: string): Promise<string[]> {
  const all = await app.locator('[data-testid="stMarkdown"]').allTextContents();
  return all.map((s) => s.trim()).filter((s) => s.startsWith(prefix));
}

/** The preview's <video> once it shows frames; returns the camera's real size. */
async function livePreview(app: Locator): Promise<{ width: number; height: number }> {
  const video = app.locator('[data-testid="stCameraInputWebcamStyledBox"] video');
  await video.waitFor({ state: "attached", timeout: 15_000 });
  // Playing, not just loaded: the preview moves and a snapshot has a real frame.
  const playing = () => video.evaluate((v: HTMLVideoElement) => v.videoWidth > 0 && !v.paused && v.readyState >= 2);
  await eventually(playing, true, 15_000);
  return video.evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight }));
}

/** Keep the preview's tracks on window so the page can be asked about them after the video is gone. */
async function holdTracks(app: Locator): Promise<void> {
  await app.locator("video").evaluate((v: HTMLVideoElement) => {
    (window as unknown as { heldTracks: MediaStreamTrack[] }).heldTracks = (v.srcObject as MediaStream).getTracks();
  });
}

async function heldTrackStates(app: Locator): Promise<string[]> {
  return app.page().evaluate(() => (window as unknown as { heldTracks: MediaStreamTrack[] }).heldTracks.map((t) => t.readyState));
}

function takePhotoButton(app: Locator): Locator {
  return app.getByRole("button", { name: "Take Photo" });
}

describe("st.camera_input with Chromium's fake camera", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP }, { browserFlags: MEDIA_FLAGS, waitForRun: false });
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
  });
  after(async () => t?.close());

  test("a photo reaches Python as a JPEG of the camera's own size; the camera is released", async () => {
    const { width, height } = await livePreview(t.app);
    assert.ok(width > 0 && height > 0);
    assert.deepEqual(await texts(t.app, "no photo"), ["no photo"]);
    await holdTracks(t.app);
    await eventually(() => takePhotoButton(t.app).isEnabled(), true);
    await rerunAfter(t.app, () => takePhotoButton(t.app).click());
    const [line] = await texts(t.app, "photo ");
    assert.match(line ?? "", new RegExp(`^photo ${width}x${height} image/jpeg camera-input-\\S+\\.jpg$`));
    assert.deepEqual(await texts(t.app, "shape "), [`shape (${height}, ${width}, 3)`]);
    // The documented example's st.write(img_array.shape) shows the same (h, w, 3),
    // as inline code (st.write shows tuples that way, not as JSON).
    await eventually(
      () => t.app.locator('[data-testid="stMarkdown"] code').filter({ hasText: `(${height}, ${width}, 3)` }).count(),
      1,
    );
    // The photo replaces the preview and the camera is released.
    await t.app.locator('[data-testid="stCameraInput"] img[alt="Snapshot"]').waitFor();
    assert.equal(await t.app.locator("video").count(), 0);
    await eventually(() => heldTrackStates(t.app), ["ended"]);
  });

  test("Clear photo sets the value back to None and shows the live preview again; a retake works", async () => {
    const clear = t.app.getByRole("button", { name: "Clear photo" });
    await rerunAfter(t.app, () => clear.click());
    assert.deepEqual(await texts(t.app, "no photo"), ["no photo"]);
    const { width, height } = await livePreview(t.app);
    await eventually(() => takePhotoButton(t.app).isEnabled(), true);
    await rerunAfter(t.app, () => takePhotoButton(t.app).click());
    assert.deepEqual(await texts(t.app, "shape "), [`shape (${height}, ${width}, 3)`]);
    // Another rerun keeps the photo (the file stays while the widget refers to it).
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Poke" }).click());
    assert.deepEqual(await texts(t.app, "shape "), [`shape (${height}, ${width}, 3)`]);
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Clear photo" }).click());
    assert.deepEqual(await texts(t.app, "no photo"), ["no photo"]);
  });

  test("hiding the widget stops every camera track", async () => {
    await livePreview(t.app);
    await holdTracks(t.app);
    assert.deepEqual(await heldTrackStates(t.app), ["live"]);
    await rerunAfter(t.app, () => t.app.getByText("Show camera").click());
    await eventually(() => t.app.locator('[data-testid="stCameraInput"]').count(), 0);
    await eventually(() => heldTrackStates(t.app), ["ended"]);
    // Shown again: a new stream.
    await rerunAfter(t.app, () => t.app.getByText("Show camera").click());
    await livePreview(t.app);
  });

  test('resolution="720p" asks the camera for 720 pixels of height', async () => {
    await rerunAfter(t.app, () => t.app.getByText("720p").click());
    const hd = t.app.locator(".st-key-hd");
    const { width, height } = await livePreview(hd);
    assert.equal(height, 720);
    await eventually(() => takePhotoButton(hd).isEnabled(), true);
    await rerunAfter(t.app, () => takePhotoButton(hd).click());
    assert.deepEqual(await texts(t.app, "hd "), [`hd (${width}, 720)`]);
    await rerunAfter(t.app, () => t.app.getByText("720p").click());
  });

  test("removing the <wasmlit-app> element stops the camera", async () => {
    await livePreview(t.app);
    await holdTracks(t.app);
    await t.page.evaluate(() => document.querySelector("wasmlit-app")?.remove());
    await eventually(() => heldTrackStates(t.app), ["ended"]);
  });
});

describe("st.camera_input when the browser denies the camera", () => {
  let t: AppUnderTest;
  before(async () => {
    // A fake device but no auto-accepting permission UI: headless Chromium denies (NotAllowedError).
    t = await openApp({ "app.py": APP }, { browserFlags: ["--use-fake-device-for-media-stream"], waitForRun: false });
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
  });
  after(async () => t?.close());

  test("shows the message inside the widget and the app keeps rerunning", async () => {
    const message = t.app.locator('[data-testid="stCameraInputMessage"]');
    await eventually(async () => ((await message.count()) ? ((await message.textContent()) ?? "") : ""), "Camera access was denied. Allow this page to use your camera in the browser's site settings, then reload.", 15_000);
    assert.equal(await message.getAttribute("role"), "alert");
    assert.equal(await takePhotoButton(t.app).isDisabled(), true);
    await rerunAfter(t.app, () => t.app.getByText("Show camera").click());
    assert.equal(await t.app.locator('[data-testid="stCameraInput"]').count(), 0);
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Poke" }).click());
    assert.deepEqual(await texts(t.app, "no photo"), []);
  });
});
