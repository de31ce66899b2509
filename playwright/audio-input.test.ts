/**
 * st.audio_input in real Chromium + Pyodide. Chromium's fake microphone
 * (--use-fake-device-for-media-stream) is a real device to the page: nothing
 * here is mocked. The script reads each recording with Python's wave module.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { MEDIA_FLAGS } from "./browser.ts";
import { eventually, openApp, rerunAfter, runCount, type AppUnderTest } from "./harness.ts";

const APP = `import streamlit as st
import wave

st.session_state.setdefault("clicks", 0)
if st.button("Ping"):
    st.session_state.clicks += 1
st.write(f"clicks: {st.session_state.clicks}")

recorders = {
    "r16": st.audio_input("Speech", key="r16"),
    "r44": st.audio_input("Music", key="r44", sample_rate=44100),
    "rnative": st.audio_input("Native", key="rnative", sample_rate=None),
}
for name, audio in recorders.items():
    if audio is None:
        st.write(f"{name}: none")
    else:
        with wave.open(audio) as w:
            seconds = w.getnframes() / w.getframerate()
            st.write(
                f"{name}: {w.getframerate()} {w.getnchannels()} {w.getsampwidth()} "
                f"{seconds:.3f} {audio.name} {audio.type}"
            )
`;

type Stats = { rate: number; channels: number; width: number; seconds: number; name: string; type: string };

async function lines(t: AppUnderTest): Promise<string[]> {
  const all = await t.app.locator('[data-testid="stMarkdown"]').allTextContents();
  return all.map((s) => s.trim());
}

async function line(t: AppUnderTest, prefix: string): Promise<string | undefined> {
  return (await lines(t)).find((s) => s.startsWith(`${prefix}:`));
}

function parse(text: string | undefined): Stats {
  const m = /^\w+: (\d+) (\d+) (\d+) ([\d.]+) (\S+) (\S+)$/.exec(text ?? "");
  assert.ok(m, `no wave stats in ${JSON.stringify(text)}`);
  return { rate: +m[1]!, channels: +m[2]!, width: +m[3]!, seconds: +m[4]!, name: m[5]!, type: m[6]! };
}

/** Press Record, let the fake microphone run ~1 s, press Stop; wait for the rerun. */
async function recordAbout1s(t: AppUnderTest, key: string): Promise<void> {
  const widget = t.app.locator(`.st-key-${key} [data-testid=stAudioInput]`);
  await widget.getByRole("button", { name: "Record" }).click();
  const stop = widget.getByRole("button", { name: "Stop recording" });
  await stop.waitFor({ state: "visible" });
  await t.page.waitForTimeout(1000); // the recording's length, not a wait for UI state
  await rerunAfter(t.app, () => stop.click());
}

describe("st.audio_input with Chromium's fake microphone", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP }, { browserFlags: MEDIA_FLAGS });
  });
  after(async () => t?.close());

  test("renders Record and 00:00 with Streamlit's test ids", async () => {
    const widget = t.app.locator(".st-key-r16 [data-testid=stAudioInput]");
    assert.equal(await widget.locator("[data-testid=stAudioInputActionButton]").getAttribute("aria-label"), "Record");
    assert.equal(await widget.locator("[data-testid=stAudioInputWaveformTimeCode]").textContent(), "00:00");
    assert.equal(await line(t, "r16"), "r16: none");
  });

  test("records about 1 s at 16000 Hz: mono 16-bit WAV named audio.wav", async (ctx) => {
    await recordAbout1s(t, "r16");
    await eventually(async () => (await line(t, "r16")) !== "r16: none", true);
    ctx.diagnostic(String(await line(t, "r16")));
    const stats = parse(await line(t, "r16"));
    assert.deepEqual(
      { rate: stats.rate, channels: stats.channels, width: stats.width, name: stats.name, type: stats.type },
      { rate: 16000, channels: 1, width: 2, name: "audio.wav", type: "audio/wav" },
    );
    assert.ok(stats.seconds >= 0.5 && stats.seconds <= 2.5, `duration ${stats.seconds}`);
    const widget = t.app.locator(".st-key-r16 [data-testid=stAudioInput]");
    const src = await widget.locator("audio[data-testid=stAudioInputPlayback]").getAttribute("src");
    assert.match(src ?? "", /^blob:/);
    assert.notEqual(await widget.locator("[data-testid=stAudioInputWaveformTimeCode]").textContent(), "00:00");
  });

  test("records at 44100 Hz", async (ctx) => {
    await recordAbout1s(t, "r44");
    await eventually(async () => (await line(t, "r44")) !== "r44: none", true);
    ctx.diagnostic(String(await line(t, "r44")));
    const stats = parse(await line(t, "r44"));
    assert.equal(stats.rate, 44100);
    assert.equal(stats.channels, 1);
    assert.equal(stats.width, 2);
    assert.ok(stats.seconds >= 0.5 && stats.seconds <= 2.5, `duration ${stats.seconds}`);
  });

  test("sample_rate=None keeps the browser's AudioContext rate", async (ctx) => {
    const browserRate = await t.page.evaluate(async () => {
      const context = new AudioContext();
      const rate = context.sampleRate;
      await context.close();
      return rate;
    });
    await recordAbout1s(t, "rnative");
    await eventually(async () => (await line(t, "rnative")) !== "rnative: none", true);
    ctx.diagnostic(`${String(await line(t, "rnative"))} (AudioContext: ${browserRate} Hz)`);
    const stats = parse(await line(t, "rnative"));
    assert.equal(stats.rate, browserRate);
    assert.ok(stats.seconds >= 0.5 && stats.seconds <= 2.5, `duration ${stats.seconds}`);
  });

  test("Clear recording sets the value back to None", async () => {
    const widget = t.app.locator(".st-key-r16 [data-testid=stAudioInput]");
    await rerunAfter(t.app, () => widget.getByRole("button", { name: "Clear recording" }).click());
    await eventually(() => line(t, "r16"), "r16: none");
    assert.equal(await widget.locator("audio").count(), 0);
    assert.equal(await widget.locator("[data-testid=stAudioInputWaveformTimeCode]").textContent(), "00:00");
    // The other recordings are untouched.
    assert.equal(parse(await line(t, "r44")).rate, 44100);
  });
});

describe("st.audio_input when the microphone is refused", () => {
  let t: AppUnderTest;
  before(async () => {
    // A fake device exists, but the permission prompt is answered "deny".
    t = await openApp(
      { "app.py": APP },
      { browserFlags: ["--use-fake-device-for-media-stream", "--deny-permission-prompts"] },
    );
  });
  after(async () => t?.close());

  test("shows the permission message and the app keeps running", async () => {
    const widget = t.app.locator(".st-key-r16 [data-testid=stAudioInput]");
    const runs = await runCount(t.app);
    await widget.getByRole("button", { name: "Record" }).click();
    const message = widget.locator("[data-testid=stAudioInputErrorMessage]");
    await message.waitFor({ state: "visible" });
    assert.match((await message.textContent()) ?? "", /This app would like to use your microphone\./);
    assert.equal(await runCount(t.app), runs, "a refused microphone does not rerun");
    assert.equal(await line(t, "r16"), "r16: none");
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Ping" }).click());
    await eventually(() => line(t, "clicks"), "clicks: 1");
    // Record stays available to try again.
    assert.equal(await widget.getByRole("button", { name: "Record" }).isEnabled(), true);
  });
});
