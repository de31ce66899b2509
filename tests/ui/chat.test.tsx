/** st.chat_message, st.chat_input's microphone (capture mocked), st.metric, st.code, st.html and iframes. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "preact";
import { act } from "preact/test-utils";
import type { FileRef, WidgetUpdate } from "../../ui/src/app/controller";
import type { ElementOf } from "../../ui/src/elements/types";
import type { BlockNode, ElementNode, ElementType } from "../../ui/src/protocol/generated";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import { emptyTree, putNode, type Tree } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";
import { initialOf } from "../../ui/src/elements/chat_message";
import { splitLines } from "../../ui/src/code/highlight";
import { grammarName } from "../../ui/src/code/languages";
import { sparkPoints } from "../../ui/src/elements/sparkline";
import { frameSrc } from "../../ui/src/elements/iframe";
import { block, el, fire, mount, typeInto } from "./fixtures";

// The microphone: a fake capture whose stop() yields 0.5 s of a 440 Hz tone at 48 kHz.
const capture = vi.hoisted(() => ({ started: 0, cancelled: 0, fail: null as null | string }));
vi.mock("../../ui/src/media/audio-capture", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../ui/src/media/audio-capture")>();
  return {
    ...real,
    startAudioCapture: async () => {
      if (capture.fail) throw new real.CaptureError(capture.fail as "denied", "no");
      capture.started++;
      const rate = 48000;
      const samples = new Float32Array(rate / 2).map((_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / rate));
      return {
        sampleRate: rate,
        analyser: {} as AnalyserNode,
        elapsed: () => 0.5,
        stop: async () => ({ samples, sampleRate: rate }),
        cancel: () => {
          capture.cancelled++;
        },
      };
    },
  };
});

afterEach(() => {
  document.body.innerHTML = "";
  capture.started = 0;
  capture.cancelled = 0;
  capture.fail = null;
});

/** Render a tree of nodes: [path, node] pairs under the main root. */
function mountTree(nodes: [number[], ElementNode | BlockNode][]): HTMLElement {
  const root = document.createElement("div");
  document.body.appendChild(root);
  let tree: Tree = emptyTree();
  for (const [path, node] of nodes) tree = putNode(tree, [0, ...path], node, 1);
  act(() => {
    render(<ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />, root);
  });
  return root;
}

const q = (root: Element, sel: string) => root.querySelector<HTMLElement>(sel);

describe("st.chat_message", () => {
  it("puts the preset avatars and the content block side by side", () => {
    const root = mountTree([
      [[0], block("chat_message", { name: "user", avatar_kind: "user", avatar: "user" })],
      [[0, 0], el("markdown", { body: "Hello **there**" }, { id: null })],
      [[1], block("chat_message", { name: "assistant", avatar_kind: "assistant", avatar: "assistant" })],
    ]);
    const [user, bot] = [...root.querySelectorAll("[data-testid=stChatMessage]")];
    expect(user?.getAttribute("aria-label")).toBe("Chat message from user");
    expect(q(user!, "[data-testid=stChatMessageAvatarUser]")).not.toBeNull();
    expect(q(user!, "[data-testid=stChatMessageContent] strong")?.textContent).toBe("there");
    expect(q(bot!, "[data-testid=stChatMessageAvatarAssistant]")).not.toBeNull();
    expect(user?.classList.contains("from-user")).toBe(true);
  });

  it("shows emoji, icon and initial avatars as custom avatars", () => {
    const root = mountTree([
      [[0], block("chat_message", { name: "Dino", avatar_kind: "emoji", avatar: "🦖" })],
      [[1], block("chat_message", { name: "bot", avatar_kind: "icon", avatar: ":material/smart_toy:" })],
      [[2], block("chat_message", { name: "zoë", avatar_kind: "initial", avatar: null })],
    ]);
    const custom = [...root.querySelectorAll("[data-testid=stChatMessageAvatarCustom]")];
    expect(custom.map((c) => c.textContent)).toEqual(["🦖", "smart_toy", "Z"]);
    expect(custom[1]?.querySelector(".material-icon")).not.toBeNull();
    expect(initialOf("  émile")).toBe("É");
    expect(initialOf("👍 ok")).toBe("👍");
  });

  it("shows an image avatar through an object URL", () => {
    URL.createObjectURL = vi.fn(() => "blob:avatar");
    URL.revokeObjectURL = vi.fn();
    const data = new Uint8Array([137, 80, 78, 71]).buffer;
    const root = mountTree([[[0], block("chat_message", { name: "me", avatar_kind: "image", avatar_image: { data, url: null, mime_type: "image/png" } })]]);
    expect(q(root, "[data-testid=stChatMessageAvatarCustom] img")?.getAttribute("src")).toBe("blob:avatar");
  });
});

type Host = { sent: WidgetUpdate[]; uploads: Blob[]; root: HTMLElement };

function mountChat(props: Partial<ElementOf<"chat_input">["props"]>): Host {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const uploads: Blob[] = [];
  const host = {
    send: (u: WidgetUpdate) => sent.push(u),
    upload: async (blob: Blob, name: string): Promise<FileRef> => {
      uploads.push(blob);
      return { file_id: `f${uploads.length}`, name, type: blob.type, size: blob.size };
    },
  };
  const tree = putNode(emptyTree(), [0, 0], el("chat_input", props, { id: "chat" }) as ElementOf<ElementType>, 1);
  act(() => {
    render(
      <WidgetContext.Provider value={host}>
        <ChildrenView slots={tree.roots[0] ?? []} activeRunId={null} />
      </WidgetContext.Provider>,
      root,
    );
  });
  return { sent, uploads, root };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

describe("st.chat_input with accept_audio", () => {
  it("has no microphone unless audio is accepted", () => {
    const h = mountChat({});
    expect(q(h.root, "[data-testid=stChatInputMicrophoneButton]")).toBeNull();
  });

  it("records, uploads a WAV at the sample rate and sends it with the text", async () => {
    const h = mountChat({ accept_audio: true, audio_sample_rate: 16000 });
    typeInto(q(h.root, "textarea") as HTMLTextAreaElement, "listen");
    fire(q(h.root, "[data-testid=stChatInputMicrophoneButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(capture.started).toBe(1);
    expect(q(h.root, "[data-testid=stChatInputRecording]")).not.toBeNull();
    fire(q(h.root, "[data-testid=stChatInputStopRecordingButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(h.uploads).toHaveLength(1);
    const wav = new DataView(await h.uploads[0]!.arrayBuffer());
    expect(h.uploads[0]!.type).toBe("audio/wav");
    expect(wav.getUint32(24, true)).toBe(16000); // the header's sample rate
    expect(h.sent).toEqual([
      { id: "chat", value: { text: "listen", files: [], audio: { file_id: "f1", name: "audio.wav", type: "audio/wav", size: h.uploads[0]!.size } }, trigger: true },
    ]);
    expect((q(h.root, "textarea") as HTMLTextAreaElement).value).toBe("");
    expect(q(h.root, "[data-testid=stChatInputMicrophoneButton]")).not.toBeNull();
  });

  it("keeps the capture rate when audio_sample_rate is None, and cancel sends nothing", async () => {
    const h = mountChat({ accept_audio: true, audio_sample_rate: null });
    fire(q(h.root, "[data-testid=stChatInputMicrophoneButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    fire(q(h.root, "[data-testid=stChatInputCancelRecordingButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(capture.cancelled).toBe(1);
    expect(h.sent).toEqual([]);
    fire(q(h.root, "[data-testid=stChatInputMicrophoneButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    fire(q(h.root, "[data-testid=stChatInputStopRecordingButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    const wav = new DataView(await h.uploads[0]!.arrayBuffer());
    expect(wav.getUint32(24, true)).toBe(48000);
    expect(h.sent[0]?.value).toMatchObject({ text: "", files: [] });
  });

  it("tells the user when the microphone is denied", async () => {
    capture.fail = "denied";
    const h = mountChat({ accept_audio: true });
    fire(q(h.root, "[data-testid=stChatInputMicrophoneButton]")!, new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(q(h.root, "[data-testid=stChatInputAudioError]")?.textContent).toContain("microphone");
    expect(h.sent).toEqual([]);
  });
});

describe("st.metric", () => {
  it("shows label, value and a coloured delta with its arrow", () => {
    const { q: get } = mount(el("metric", { label: "**Temp**", value: "70 °F", delta: "-1.2 °F", color: "red", arrow: "down", help: "Air" }, { id: null }));
    expect(get("[data-testid=stMetricLabel] strong").textContent).toBe("Temp");
    expect(get("[data-testid=stMetricValue]").textContent).toBe("70 °F");
    expect(get("[data-testid=stMetricDelta]").className).toContain("metric-red");
    expect(get("[data-testid=stMetricDelta]").textContent).toBe("-1.2 °F");
    expect(get("[data-testid=stMetricDeltaIcon-Down]")).not.toBeNull();
    expect(get("[data-testid=stTooltipIcon]")).not.toBeNull();
  });

  it("hides the delta row without a delta, the arrow when off, and the label when collapsed", () => {
    const a = mount(el("metric", { delta: "", arrow: "none", color: "gray", label_visibility: "collapsed" }, { id: null }));
    expect(a.root.querySelector("[data-testid=stMetricDelta]")).toBeNull();
    expect(a.root.querySelector("[data-testid=stMetricLabel]")).toBeNull();
    const b = mount(el("metric", { delta: "5", arrow: "none", border: true, delta_description: "vs last week" }, { id: null }));
    expect(b.root.querySelector("[data-testid=stMetricDelta] svg")).toBeNull();
    expect(b.q("[data-testid=stMetricDeltaDescription]").textContent).toBe("vs last week");
    expect(b.q("[data-testid=stMetric]").className).toContain("bordered");
  });

  it("draws line, area and bar sparklines as SVG", () => {
    for (const chart_type of ["line", "area", "bar"] as const) {
      const { q: get } = mount(el("metric", { chart_data: [1, 3, null, 2], chart_type }, { id: null }));
      const svg = get("[data-testid=stMetricChart]");
      expect(svg.tagName.toLowerCase()).toBe("svg");
      expect(svg.querySelectorAll(chart_type === "bar" ? "rect" : "path").length).toBe(chart_type === "bar" ? 3 : chart_type === "area" ? 4 : 2);
    }
    const runs = sparkPoints([0, 10, null, 5]);
    expect(runs.map((r) => r.length)).toEqual([2, 1]);
    expect(runs[0]![0]!.y).toBeGreaterThan(runs[0]![1]!.y); // larger values are higher
  });
});

describe("st.code highlighting", () => {
  it("maps aliases to grammars and leaves unknown languages plain", () => {
    expect(grammarName("py")).toBe("python");
    expect(grammarName("JS")).toBe("javascript");
    expect(grammarName("klingon")).toBeNull();
    expect(grammarName(null)).toBeNull();
  });

  it("splits highlighted HTML into lines, reopening spans across breaks", () => {
    expect(splitLines('a<span class="s">"x\ny"</span>b')).toEqual(['a<span class="s">"x</span>', '<span class="s">y"</span>b']);
  });

  it("highlights with line numbers and never renders markup in the code", async () => {
    const body = 's = "<img src=x onerror=alert(1)>"\n# done';
    const { root } = mount(el("code", { body, line_numbers: true, wrap_lines: true, height: 120 }, { id: null }));
    await vi.waitFor(() => expect(root.querySelector(".hljs-string")).not.toBeNull());
    expect([...root.querySelectorAll(".line-number")].map((n) => n.textContent)).toEqual(["1", "2"]);
    expect(root.querySelector(".hljs-comment")?.textContent).toBe("# done");
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("code")?.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(root.querySelector("pre")?.className).toBe("wrap");
    const box = root.querySelector<HTMLElement>("[data-testid=stCode]")!;
    expect(box.style.height).toBe("120px");
    expect(box.className).toContain("sized");
  });

  it("copies the code", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { q: get } = mount(el("code", { body: "x = 1\n", language: null }, { id: null }));
    fire(get("[data-testid=stCodeCopyButton]"), new MouseEvent("click", { bubbles: true }));
    expect(writeText).toHaveBeenCalledWith("x = 1");
  });
});

describe("st.html and iframes", () => {
  it("sanitizes HTML but keeps markup and styles", () => {
    const body = '<style>.x{color:red}</style><p class="x" onclick="alert(1)">Hi<script>window.pwned=1</script></p><a href="javascript:alert(1)">l</a>';
    const { q: get } = mount(el("html", { body }, { id: null }));
    const box = get("[data-testid=stHtml]");
    expect(box.querySelector("style")?.textContent).toBe(".x{color:red}");
    expect(box.querySelector("p")?.getAttribute("onclick")).toBeNull();
    expect(box.querySelector("script")).toBeNull();
    expect(box.querySelector("a")?.getAttribute("href")).toBeNull();
  });

  it("drops style attributes that could run script, keeps harmless ones", () => {
    const body = '<p id="a" style="background:url(java\\script:alert(1))">a</p><p id="b" style="width: expression (alert(1))">b</p><p id="c" style="color: red">c</p>';
    const { q: get } = mount(el("html", { body }, { id: null }));
    expect(get("#a").getAttribute("style")).toBeNull();
    expect(get("#b").getAttribute("style")).toBeNull();
    expect(get("#c").getAttribute("style")).toBe("color: red");
  });

  it("re-creates scripts (so the browser runs them) only with unsafe_allow_javascript", () => {
    // jsdom runs no scripts; playwright/xss.test.ts checks that they really run.
    const create = vi.spyOn(document, "createElement");
    const { q: get } = mount(el("html", { body: '<p>a</p><script type="module">window.ranHtml = 1</script>', unsafe_allow_javascript: true }, { id: null }));
    expect(create.mock.calls.filter(([tag]) => tag === "script")).toHaveLength(1);
    const script = get("[data-testid=stHtml] script");
    expect([script.getAttribute("type"), script.textContent]).toEqual(["module", "window.ranHtml = 1"]);
    create.mockRestore();
  });

  it("sandboxes frames and refuses javascript: sources", () => {
    const { q: get } = mount(el("iframe", { src: null, srcdoc: "<p>x</p>", height: 200, tab_index: -1 }, { id: null }));
    const frame = get("[data-testid=stIFrame]") as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toContain("allow-scripts");
    expect(frame.getAttribute("sandbox")).not.toContain("allow-same-origin");
    expect(frame.getAttribute("srcdoc")).toBe("<p>x</p>");
    expect(frame.style.height).toBe("200px");
    expect(frame.tabIndex).toBe(-1);
    expect(frameSrc("javascript:alert(1)")).toBeUndefined();
    expect(frameSrc(" JavaScript:alert(1)")).toBeUndefined();
    expect(frameSrc("https://example.com/")).toBe("https://example.com/");
    expect(frameSrc("/app/static/a.html")).toBe("/app/static/a.html");
  });
});
