/**
 * Chat, metrics, code and HTML in real Chromium + Pyodide:
 * - Streamlit's "Build a basic LLM chat app" tutorial pattern: history in
 *   session_state, st.chat_message per message, st.chat_input pinned at the
 *   bottom, the reply streamed with st.write_stream from a fake generator;
 * - st.chat_input(accept_audio=True) recording ~1 s from Chromium's fake
 *   microphone, the script reading the WAV with the wave module;
 * - st.metric, st.code highlighting (grammar loaded on demand), st.html
 *   styles staying inside the shadow root, sandboxed components.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { MEDIA_FLAGS } from "./browser.ts";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const LLM_APP = `import random
import time
import streamlit as st
import wave

st.title("Simple chat")

if "messages" not in st.session_state:
    st.session_state.messages = []

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

def response_generator(prompt):
    reply = f"Echo: {prompt}. How can I help?"
    for word in reply.split():
        yield word + " "
        time.sleep(0.02)

if prompt := st.chat_input("What is up?"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        response = st.write_stream(response_generator(prompt))
    st.session_state.messages.append({"role": "assistant", "content": response})

voice = st.sidebar.chat_input("Voice", accept_audio=True, key="voice")
if voice is not None:
    with wave.open(voice.audio) as w:
        st.sidebar.write(
            f"voice: {voice.text!r} {w.getframerate()} {w.getnchannels()} "
            f"{w.getnframes() / w.getframerate():.2f} {voice.audio.name}"
        )
`;

async function messages(t: AppUnderTest): Promise<[string, string][]> {
  return t.app.locator("[data-testid=stMain] [data-testid=stChatMessage]").evaluateAll((nodes) =>
    nodes.map((n) => {
      const avatar = n.querySelector("[data-testid^=stChatMessageAvatar]")?.getAttribute("data-testid") ?? "";
      const text = n.querySelector("[data-testid=stChatMessageContent]")?.textContent?.trim() ?? "";
      return [avatar, text] as [string, string];
    }),
  );
}

async function send(t: AppUnderTest, text: string): Promise<void> {
  const box = t.app.locator("[data-testid=stBottom] [data-testid=stChatInputTextArea]");
  await box.fill(text);
  await rerunAfter(t.app, () => box.press("Enter"));
}

describe("the LLM chat tutorial pattern", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": LLM_APP }, { browserFlags: MEDIA_FLAGS });
  });
  after(async () => t?.close());

  test("the chat input is pinned in the bottom area", async () => {
    assert.equal(await t.app.locator("[data-testid=stBottom] [data-testid=stChatInput]").count(), 1);
    assert.deepEqual(await messages(t), []);
  });

  test("each prompt adds a user message and a streamed assistant reply; history survives reruns", async () => {
    await send(t, "hello");
    await eventually(() => messages(t), [
      ["stChatMessageAvatarUser", "hello"],
      ["stChatMessageAvatarAssistant", "Echo: hello. How can I help?"],
    ], 15_000);
    await send(t, "second *prompt*");
    await eventually(() => messages(t), [
      ["stChatMessageAvatarUser", "hello"],
      ["stChatMessageAvatarAssistant", "Echo: hello. How can I help?"],
      ["stChatMessageAvatarUser", "second prompt"],
      ["stChatMessageAvatarAssistant", "Echo: second prompt. How can I help?"],
    ], 15_000);
    // Markdown inside a message renders as Markdown.
    assert.equal(await t.app.locator("[data-testid=stChatMessageContent] em").first().textContent(), "prompt");
  });

  test("accept_audio records ~1 s from the fake microphone and the script reads the WAV", async (ctx) => {
    const chat = t.app.locator(".st-key-voice [data-testid=stChatInput]");
    await chat.locator("[data-testid=stChatInputTextArea]").fill("with voice");
    await chat.locator("[data-testid=stChatInputMicrophoneButton]").click();
    const stop = chat.locator("[data-testid=stChatInputStopRecordingButton]");
    await stop.waitFor({ state: "visible" });
    await t.page.waitForTimeout(1000); // the recording's length, not a wait for UI state
    await rerunAfter(t.app, () => stop.click());
    const line = t.app.locator("[data-testid=stSidebar] [data-testid=stMarkdown]", { hasText: "voice:" });
    await line.waitFor({ timeout: 15_000 });
    const text = (await line.textContent())?.trim() ?? "";
    ctx.diagnostic(text);
    const m = /^voice: 'with voice' (\d+) (\d) ([\d.]+) audio\.wav$/.exec(text);
    assert.ok(m, text);
    assert.equal(Number(m[1]), 16000);
    assert.equal(Number(m[2]), 1);
    assert.ok(Number(m[3]) >= 0.5 && Number(m[3]) <= 2.5, `duration ${m[3]}`);
    assert.equal(await chat.locator("[data-testid=stChatInputTextArea]").inputValue(), "");
  });
});

const ELEMENTS_APP = `import streamlit as st
import streamlit.components.v1 as components

st.metric("Revenue", 1200, -35, chart_data=[3, 5, 2, 8], chart_type="bar", border=True)
st.metric("Cost", "$9", "4%", delta_color="inverse")
st.code("def f(x):\\n    return x + 1  # add", line_numbers=True)
st.html("<style>p { color: rgb(1, 2, 3) !important; }</style><p class='inside'>styled</p>")
st.html("<div id='js-target'></div><script>window.wasmlitJs = 'ran'</script>", unsafe_allow_javascript=True)
st.html("<script>window.wasmlitSafe = 'ran'</script><b>safe</b>")
components.html("<p id='in-frame'>framed</p>", height=120)
`;

describe("metric, code, html and components", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": ELEMENTS_APP });
  });
  after(async () => t?.close());

  test("st.metric shows value, coloured delta, arrow and a bar sparkline", async () => {
    const m = t.app.locator("[data-testid=stMetric]").first();
    assert.equal(await m.locator("[data-testid=stMetricValue]").textContent(), "1200");
    assert.equal(await m.locator("[data-testid=stMetricDelta]").textContent(), "-35");
    assert.match((await m.locator("[data-testid=stMetricDelta]").getAttribute("class")) ?? "", /metric-red/);
    assert.equal(await m.locator("[data-testid=stMetricDeltaIcon-Down]").count(), 1);
    assert.equal(await m.locator("[data-testid=stMetricChart] rect").count(), 4);
    const cost = t.app.locator("[data-testid=stMetric]").nth(1);
    assert.match((await cost.locator("[data-testid=stMetricDelta]").getAttribute("class")) ?? "", /metric-red/);
  });

  test("st.code is highlighted once its grammar chunk has loaded", async () => {
    const code = t.app.locator("[data-testid=stCode]");
    await code.locator(".hljs-keyword").first().waitFor();
    assert.equal(await code.locator(".hljs-keyword").first().textContent(), "def");
    assert.equal(await code.locator(".hljs-comment").textContent(), "# add");
    assert.deepEqual(await code.locator(".line-number").allTextContents(), ["1", "2"]);
    const loaded = await t.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.includes("/chunks/")));
    assert.ok(loaded.some((n) => /\/python-/.test(n)), loaded.join(" "));
    assert.ok(!loaded.some((n) => /\/(rust|sql|yaml)-/.test(n)), "only the grammars in use load");
  });

  test("st.html styles apply inside the app only; unsafe_allow_javascript runs scripts", async () => {
    const inside = t.app.locator("[data-testid=stHtml] p.inside");
    assert.equal(await inside.evaluate((p) => getComputedStyle(p).color), "rgb(1, 2, 3)");
    const pageColor = await t.page.evaluate(() => {
      const p = document.createElement("p");
      document.body.appendChild(p);
      const color = getComputedStyle(p).color;
      p.remove();
      return color;
    });
    assert.notEqual(pageColor, "rgb(1, 2, 3)");
    const flag = (name: string) => t.page.evaluate((n) => String((window as unknown as Record<string, unknown>)[n] ?? "none"), name);
    await eventually(() => flag("wasmlitJs"), "ran");
    assert.equal(await t.app.locator("#js-target").count(), 1);
    // Without the flag the script is removed and never runs.
    assert.equal(await t.app.locator("[data-testid=stHtml] b").textContent(), "safe");
    assert.equal(await t.app.locator("[data-testid=stHtml] script").count(), 1); // only the allowed one
    assert.equal(await flag("wasmlitSafe"), "none");
  });

  test("components.v1.html is a sandboxed frame", async () => {
    const frame = t.app.locator("iframe[data-testid=stIFrame]");
    assert.equal(await frame.getAttribute("sandbox"), "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads");
    assert.equal(await frame.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height), 120);
    assert.equal(await t.page.frameLocator("iframe[data-testid=stIFrame]").locator("#in-frame").textContent(), "framed");
  });
});
