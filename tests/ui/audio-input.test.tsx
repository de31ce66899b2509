/**
 * st.audio_input in jsdom with getUserMedia and the AudioContext mocked (unit
 * tests only; playwright/audio-input.test.ts records from Chromium's fake mic).
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FileRef, WidgetUpdate } from "../../ui/src/app/controller";
import { audio_input } from "../../ui/src/elements/audio_input";
import { formatTime } from "../../ui/src/media/recording";
import { WidgetContext } from "../../ui/src/widgets/context";
import { el } from "./fixtures";

type Fake = {
  tracks: { stop: ReturnType<typeof vi.fn>; addEventListener: () => void; getSettings: () => object }[];
  contexts: FakeContext[];
  processors: { onaudioprocess: ((e: unknown) => void) | null }[];
};
let fake: Fake;

class FakeContext {
  sampleRate = 48000;
  state = "running";
  destination = {};
  close = vi.fn(() => {
    this.state = "closed";
    return Promise.resolve();
  });
  constructor() {
    fake.contexts.push(this);
  }
  resume() {
    return Promise.resolve();
  }
  createMediaStreamSource() {
    return { connect: () => undefined, disconnect: () => undefined };
  }
  createAnalyser() {
    return { fftSize: 2048, connect: () => undefined, getFloatTimeDomainData: () => undefined };
  }
  createScriptProcessor() {
    const node = { onaudioprocess: null, connect: () => undefined, disconnect: () => undefined };
    fake.processors.push(node);
    return node;
  }
}

function fakeStream() {
  const track = { stop: vi.fn(), addEventListener: () => undefined, getSettings: () => ({ channelCount: 1 }) };
  fake.tracks.push(track);
  return { getTracks: () => [track], getAudioTracks: () => [track] };
}

/** Push `seconds` of a constant signal through the capture node, as the audio thread would. */
function feed(seconds: number, value = 0.25) {
  const processor = fake.processors.at(-1)!;
  const frames = Math.round(seconds * 48000);
  for (let done = 0; done < frames; done += 4096) {
    const n = Math.min(4096, frames - done);
    const data = new Float32Array(n).fill(value);
    processor.onaudioprocess?.({ inputBuffer: { length: n, numberOfChannels: 1, getChannelData: () => data } });
  }
}

// jsdom has no object URLs; give the spies something to wrap.
if (!("createObjectURL" in URL)) {
  Object.assign(URL, { createObjectURL: () => "", revokeObjectURL: () => undefined });
}

const getUserMedia = vi.fn();
let uploads: { blob: Blob; name: string }[];
let sent: WidgetUpdate[];
let root: HTMLElement;

function mountAudio(props: Parameters<typeof el<"audio_input">>[1] = {}) {
  const node = el("audio_input", props, { id: "mic" });
  const host = {
    send: (u: WidgetUpdate) => sent.push(u),
    upload: (blob: Blob, name: string): Promise<FileRef> => {
      uploads.push({ blob, name });
      return Promise.resolve({ file_id: `f${uploads.length}`, name, type: blob.type, size: blob.size });
    },
  };
  const draw = (n = node) =>
    act(() => {
      render(<WidgetContext.Provider value={host}>{h(n)}</WidgetContext.Provider>, root);
    });
  const h = (n: typeof node) => {
    const Renderer = audio_input;
    return <Renderer node={n} />;
  };
  draw();
  return { draw, node };
}

const button = (name: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
async function click(target: HTMLElement | null) {
  if (!target) throw new Error(`no button in ${root.innerHTML}`);
  await act(async () => {
    target.click();
    await new Promise((r) => setTimeout(r, 0));
  });
}
const settle = () => act(async () => new Promise((r) => setTimeout(r, 10)));

beforeEach(() => {
  fake = { tracks: [], contexts: [], processors: [] };
  uploads = [];
  sent = [];
  getUserMedia.mockReset();
  root = document.createElement("div");
  document.body.appendChild(root);
  vi.stubGlobal("AudioContext", FakeContext);
  vi.stubGlobal("navigator", { ...navigator, mediaDevices: { getUserMedia } });
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
  let n = 0;
  vi.spyOn(URL, "createObjectURL").mockImplementation(() => `blob:test/${++n}`);
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => render(null, root));
  document.body.innerHTML = "";
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("audio_input", () => {
  it("shows Record and 00:00 and does not touch the microphone until asked", () => {
    mountAudio();
    expect(root.querySelector("[data-testid=stAudioInput]")).not.toBeNull();
    expect(button("Record")?.getAttribute("data-testid")).toBe("stAudioInputActionButton");
    expect(root.querySelector("[data-testid=stAudioInputWaveformTimeCode]")?.textContent).toBe("00:00");
    expect(button("Clear recording")).toBeNull();
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it("never asks for the microphone when disabled", async () => {
    mountAudio({ disabled: true });
    expect(button("Record")?.disabled).toBe(true);
    await click(button("Record"));
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it("shows a message when permission is denied and stays usable", async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException("Permission denied", "NotAllowedError"));
    mountAudio();
    await click(button("Record"));
    const message = root.querySelector("[data-testid=stAudioInputErrorMessage]");
    expect(message?.textContent).toContain("This app would like to use your microphone.");
    expect(message?.getAttribute("role")).toBe("alert");
    expect(button("Record")?.disabled).toBe(false);
    expect(sent).toEqual([]);
    expect(fake.contexts).toEqual([]);
  });

  it("says when there is no microphone", async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException("Requested device not found", "NotFoundError"));
    mountAudio();
    await click(button("Record"));
    expect(root.querySelector("[data-testid=stAudioInputErrorMessage]")?.textContent).toBe(
      "No microphone was found. Connect one and try again.",
    );
  });

  it("says when the page is not a secure context", async () => {
    vi.stubGlobal("navigator", { ...navigator, mediaDevices: undefined });
    vi.stubGlobal("isSecureContext", false);
    mountAudio();
    await click(button("Record"));
    expect(root.querySelector("[data-testid=stAudioInputErrorMessage]")?.textContent).toBe(
      "Recording needs a secure page (https or localhost).",
    );
  });

  it("records, releases the microphone on stop, uploads a WAV and plays it back", async () => {
    getUserMedia.mockResolvedValueOnce(fakeStream());
    mountAudio({ sample_rate: 16000 });
    await click(button("Record"));
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(getUserMedia.mock.calls[0]?.[0]).toMatchObject({ audio: true });
    expect(button("Stop recording")).not.toBeNull();
    expect(root.querySelector("[data-testid=stAudioInputWaveSurfer] canvas")).not.toBeNull();
    feed(1.5);
    await click(button("Stop recording"));
    await settle();
    expect(fake.tracks[0]?.stop).toHaveBeenCalled();
    expect(fake.contexts[0]?.close).toHaveBeenCalled();
    expect(uploads).toHaveLength(1);
    const { blob, name } = uploads[0]!;
    expect(name).toBe("audio.wav");
    expect(blob.type).toBe("audio/wav");
    expect(blob.size).toBe(44 + 2 * 24000); // 1.5 s at 16000 Hz, 16-bit mono
    const view = new DataView(await blob.arrayBuffer());
    expect(view.getUint32(24, true)).toBe(16000);
    expect(view.getInt16(44, true)).toBe(Math.round(0.25 * 32767));
    expect(sent).toEqual([{ id: "mic", value: { file_id: "f1", name: "audio.wav", type: "audio/wav", size: blob.size } }]);
    const audio = root.querySelector<HTMLAudioElement>("[data-testid=stAudioInputPlayback]");
    expect(audio?.getAttribute("src")).toMatch(/^blob:/);
    expect(audio?.hasAttribute("controls")).toBe(true);
    expect(root.querySelector("[data-testid=stAudioInputWaveformTimeCode]")?.textContent).toBe("00:01");
    expect(button("Record")).not.toBeNull(); // record again to replace it
  });

  it("keeps the capture rate when sample_rate is None", async () => {
    getUserMedia.mockResolvedValueOnce(fakeStream());
    mountAudio({ sample_rate: null });
    await click(button("Record"));
    feed(0.5);
    await click(button("Stop recording"));
    await settle();
    const view = new DataView(await uploads[0]!.blob.arrayBuffer());
    expect(view.getUint32(24, true)).toBe(48000);
    expect(view.getUint32(40, true)).toBe(2 * 24000);
  });

  it("clears the recording: value None, playback gone, URL revoked", async () => {
    getUserMedia.mockResolvedValueOnce(fakeStream());
    const { draw, node } = mountAudio();
    await click(button("Record"));
    feed(0.2);
    await click(button("Stop recording"));
    await settle();
    const ref = sent[0]!.value as FileRef;
    draw({ ...node, props: { ...node.props, value: ref } }); // the rerun shows the value
    const url = root.querySelector("[data-testid=stAudioInputPlayback]")?.getAttribute("src");
    await click(button("Clear recording"));
    expect(sent.at(-1)).toEqual({ id: "mic", value: null });
    expect(root.querySelector("[data-testid=stAudioInputPlayback]")).toBeNull();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(url);
  });

  it("releases the microphone when the widget unmounts mid-recording", async () => {
    getUserMedia.mockResolvedValueOnce(fakeStream());
    mountAudio();
    await click(button("Record"));
    expect(fake.tracks[0]?.stop).not.toHaveBeenCalled();
    act(() => render(null, root));
    expect(fake.tracks[0]?.stop).toHaveBeenCalled();
    expect(fake.contexts[0]?.close).toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it("names its controls by the label and shows help and label visibility", () => {
    mountAudio({ label: "Your **voice**", help: "Say *hi*", label_visibility: "collapsed" });
    expect(root.querySelector("[role=group]")?.getAttribute("aria-label")).toBe("Your voice");
    expect(root.querySelector("[data-testid=stWidgetLabel]")?.className).toContain("label-collapsed");
    act(() => render(null, root));
    mountAudio({ label: "Voice", help: "Say *hi*" });
    expect(root.querySelector("[data-testid=stTooltipIcon] [role=tooltip]")?.innerHTML).toContain("<em>hi</em>");
  });

  it("formats the time code as mm:ss", () => {
    expect(formatTime(0)).toBe("00:00");
    expect(formatTime(1.9)).toBe("00:01");
    expect(formatTime(61)).toBe("01:01");
  });
});
