/** st.file_uploader and st.chat_input attachments: shared rules, picking, dropping, removing. */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { FileRef, WidgetUpdate } from "../../ui/src/app/controller";
import type { ElementOf } from "../../ui/src/elements/types";
import { ChildrenView } from "../../ui/src/layout/NodeView";
import type { ElementType } from "../../ui/src/protocol/generated";
import { emptyTree, putNode } from "../../ui/src/tree";
import { WidgetContext } from "../../ui/src/widgets/context";
import { acceptAttribute, checkFile, fileAllowed, formatBytes, limitText } from "../../ui/src/widgets/fileRules";
import { el, fire, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("file rules", () => {
  it("match extensions case-insensitively, MIME types and wildcards", () => {
    expect(fileAllowed("Photo.JPG", "image/jpeg", [".jpg", ".jpeg"])).toBe(true);
    expect(fileAllowed("a.csv", "text/csv", [".txt"])).toBe(false);
    expect(fileAllowed("x", "image/png", ["image/*"])).toBe(true);
    expect(fileAllowed("x", "image/png", ["application/pdf"])).toBe(false);
    expect(fileAllowed("anything", "", [])).toBe(true);
    expect(acceptAttribute([])).toBeUndefined();
    expect(acceptAttribute(["image/*", ".csv"])).toBe("image/*,.csv");
  });

  it("explain refusals and limits", () => {
    const exe = new Blob(["MZ"], { type: "application/x-msdownload" });
    expect(checkFile(exe, "a.exe", [".csv"], 200)).toBe("application/x-msdownload files are not allowed.");
    expect(checkFile(new Blob(["x"]), "a.exe", [".csv"], 200)).toBe(".exe files are not allowed.");
    const big = new Blob([new Uint8Array(1024 * 1024 + 1)]);
    expect(checkFile(big, "a.csv", [".csv"], 1)).toBe("File must be 1.0MB or smaller.");
    expect(checkFile(big, "a.csv", [".csv"], 2)).toBeNull();
    expect(formatBytes(8)).toBe("8.0B");
    expect(formatBytes(1536)).toBe("1.5KB");
    expect(limitText([".csv", "image/*"], 200)).toBe("Limit 200MB per file • CSV, IMAGE/*");
    expect(limitText([], 5)).toBe("Limit 5MB per file");
  });
});

type Host = { sent: WidgetUpdate[]; uploads: string[]; q: (s: string) => HTMLElement; all: (s: string) => HTMLElement[]; draw: (n: ElementOf<ElementType>) => void };

/** Render one element with a host whose `upload` records the file and returns a reference. */
function mountWithUpload(node: ElementOf<ElementType>): Host {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const uploads: string[] = [];
  let n = 0;
  const host = {
    send: (u: WidgetUpdate) => sent.push(u),
    upload: async (blob: Blob, name: string): Promise<FileRef> => {
      uploads.push(name);
      return { file_id: `f${++n}`, name, type: blob.type, size: blob.size };
    },
  };
  const draw = (next: ElementOf<ElementType>) => {
    const tree = putNode(emptyTree(), [0, 0], next, 1);
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
  const q = (sel: string) => {
    const found = root.querySelector<HTMLElement>(sel);
    if (!found) throw new Error(`no ${sel} in ${root.innerHTML}`);
    return found;
  };
  const all = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
  return { sent, uploads, q, all, draw };
}

function file(name: string, body: string, type = "text/plain"): File {
  return new File([body], name, { type });
}

/** Pick files through the hidden input, then let the uploads finish. */
async function pick(input: HTMLElement, files: File[]): Promise<void> {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

const names = (h: Host, id: string) => h.all(`[data-testid=${id}]`).map((e) => e.textContent);

describe("st.file_uploader", () => {
  it("shows the dropzone with its limits and an accept filter", () => {
    const h = mountWithUpload(el("file_uploader", { type: [".csv"], max_upload_size: 5 }));
    expect(h.q("[data-testid=stFileUploaderDropzoneInstructions]").textContent).toContain("Limit 5MB per file • CSV");
    const input = h.q("[data-testid=stFileUploaderDropzoneInput]") as HTMLInputElement;
    expect(input.accept).toBe(".csv");
    expect(input.multiple).toBe(false);
    expect(h.q("label").getAttribute("for")).toBe(input.id);
  });

  it("uploads a picked file then sends its reference; a new pick replaces it", async () => {
    const h = mountWithUpload(el("file_uploader", {}, { id: "u" }));
    await pick(h.q("[data-testid=stFileUploaderDropzoneInput]"), [file("a.txt", "abc")]);
    expect(h.uploads).toEqual(["a.txt"]);
    expect(h.sent).toEqual([{ id: "u", value: [{ file_id: "f1", name: "a.txt", type: "text/plain", size: 3 }] }]);
    expect(names(h, "stFileUploaderFileName")).toEqual(["a.txt"]);
    expect(h.q("[data-testid=stFileUploaderFileData]").textContent).toBe("3.0B");
    await pick(h.q("[data-testid=stFileUploaderDropzoneInput]"), [file("b.txt", "b")]);
    expect(names(h, "stFileUploaderFileName")).toEqual(["b.txt"]);
    expect(h.sent.at(-1)?.value).toEqual([{ file_id: "f2", name: "b.txt", type: "text/plain", size: 1 }]);
  });

  it("adds files in multiple mode, refuses a wrong type beside them, and removes one", async () => {
    const h = mountWithUpload(el("file_uploader", { mode: "multiple", type: [".txt"] }, { id: "u" }));
    const input = h.q("[data-testid=stFileUploaderDropzoneInput]");
    await pick(input, [file("a.txt", "a")]);
    await pick(input, [file("b.txt", "b"), file("c.exe", "c", "application/x-msdownload")]);
    expect(names(h, "stFileUploaderFileName")).toEqual(["a.txt", "b.txt", "c.exe"]);
    expect(h.q("[data-testid=stFileUploaderFileErrorMessage]").textContent).toBe("application/x-msdownload files are not allowed.");
    expect(h.uploads).toEqual(["a.txt", "b.txt"]);
    expect((h.sent.at(-1)?.value as FileRef[]).map((r) => r.name)).toEqual(["a.txt", "b.txt"]);
    // Removing the refused file sends nothing; removing an uploaded one sends the rest.
    const count = h.sent.length;
    fire(h.all("[data-testid=stFileUploaderDeleteBtn] button")[2]!, new MouseEvent("click", { bubbles: true }));
    expect(h.sent.length).toBe(count);
    fire(h.all("[data-testid=stFileUploaderDeleteBtn] button")[0]!, new MouseEvent("click", { bubbles: true }));
    expect((h.sent.at(-1)?.value as FileRef[]).map((r) => r.name)).toEqual(["b.txt"]);
    expect(names(h, "stFileUploaderFileName")).toEqual(["b.txt"]);
  });

  it("refuses an oversized file with a message and uploads nothing", async () => {
    const h = mountWithUpload(el("file_uploader", { max_upload_size: 1 }, { id: "u" }));
    await pick(h.q("[data-testid=stFileUploaderDropzoneInput]"), [new File([new Uint8Array(1024 * 1024 + 1)], "big.bin")]);
    expect(h.uploads).toEqual([]);
    expect(h.q("[data-testid=stFileUploaderFileErrorMessage]").textContent).toBe("File must be 1.0MB or smaller.");
  });

  it("keeps only matching files of a directory pick, named by their relative path", async () => {
    const h = mountWithUpload(el("file_uploader", { mode: "directory", type: [".png"] }, { id: "u" }));
    const input = h.q("[data-testid=stFileUploaderDropzoneInput]");
    // A property in browsers that know it, reflected as the attribute (jsdom: the attribute only).
    expect(input.hasAttribute("webkitdirectory")).toBe(true);
    const a = file("a.png", "1", "image/png");
    const b = file("notes.txt", "2");
    Object.defineProperty(a, "webkitRelativePath", { value: "photos/a.png" });
    Object.defineProperty(b, "webkitRelativePath", { value: "photos/notes.txt" });
    await pick(input, [a, b]);
    expect(names(h, "stFileUploaderFileName")).toEqual(["photos/a.png"]);
    expect(h.uploads).toEqual(["photos/a.png"]);
  });

  it("takes dropped files and ignores drops when disabled", async () => {
    const h = mountWithUpload(el("file_uploader", {}, { id: "u" }));
    const zone = h.q("[data-testid=stFileUploaderDropzone]");
    const drop = (target: HTMLElement) => {
      const event = new Event("drop", { bubbles: true, cancelable: true });
      Object.defineProperty(event, "dataTransfer", { value: { files: [file("d.txt", "dd")] } });
      target.dispatchEvent(event);
      return event;
    };
    let event: Event | null = null;
    await act(async () => {
      event = drop(zone);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(event!.defaultPrevented).toBe(true);
    expect(names(h, "stFileUploaderFileName")).toEqual(["d.txt"]);
    const d = mountWithUpload(el("file_uploader", { disabled: true }, { id: "d" }));
    await act(async () => {
      drop(d.q("[data-testid=stFileUploaderDropzone]"));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(d.uploads).toEqual([]);
    expect((d.q("[data-testid=stFileUploaderDropzone] button") as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the files Python sends and follows a new value from Python", () => {
    const ref = { file_id: "x", name: "kept.csv", type: "text/csv", size: 2048 };
    const h = mountWithUpload(el("file_uploader", { value: [ref] }, { id: "u" }));
    expect(names(h, "stFileUploaderFileName")).toEqual(["kept.csv"]);
    expect(h.q("[data-testid=stFileUploaderFileData]").textContent).toBe("2.0KB");
    h.draw(el("file_uploader", { value: [] }, { id: "u" }));
    expect(names(h, "stFileUploaderFileName")).toEqual([]);
    expect(h.sent).toEqual([]);
  });
});

describe("st.chat_input with files", () => {
  it("has no attach button unless accept_file is set", () => {
    const h = mountWithUpload(el("chat_input", {}, { id: "c" }));
    expect(h.all("[data-testid=stChatInputFileUploadButton]")).toEqual([]);
  });

  it("attaches files as chips, removable before sending, and sends text with files", async () => {
    const h = mountWithUpload(el("chat_input", { accept_file: "multiple", file_type: [".txt"] }, { id: "c" }));
    const input = h.q("[data-testid=stChatInputFileInput]") as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe(".txt");
    await pick(input, [file("a.txt", "aa"), file("b.txt", "b"), file("c.png", "c", "image/png")]);
    expect(names(h, "stChatInputFileName")).toEqual(["a.txt", "b.txt", "c.png"]);
    expect(h.q("[data-testid=stChatInputFileErrorMessage]").textContent).toBe("image/png files are not allowed.");
    fire(h.all("[data-testid=stChatInputDeleteBtn] button")[1]!, new MouseEvent("click", { bubbles: true }));
    expect(names(h, "stChatInputFileName")).toEqual(["a.txt", "c.png"]);
    expect(h.sent).toEqual([]); // nothing is sent before the message
    typeInto(h.q("textarea") as HTMLTextAreaElement, "hello");
    fire(h.q("[data-testid=stChatInputSubmitButton]"), new MouseEvent("click", { bubbles: true }));
    expect(h.sent).toEqual([
      { id: "c", value: { text: "hello", files: [{ file_id: "f1", name: "a.txt", type: "text/plain", size: 2 }] }, trigger: true },
    ]);
    expect(h.all("[data-testid=stChatInputFile]")).toEqual([]);
  });

  it("sends files without text, and a single-file input replaces its file", async () => {
    const h = mountWithUpload(el("chat_input", { accept_file: "single" }, { id: "c" }));
    const send = h.q("[data-testid=stChatInputSubmitButton]") as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    await pick(h.q("[data-testid=stChatInputFileInput]"), [file("a.txt", "a")]);
    await pick(h.q("[data-testid=stChatInputFileInput]"), [file("b.txt", "b")]);
    expect(names(h, "stChatInputFileName")).toEqual(["b.txt"]);
    expect(send.disabled).toBe(false);
    fire(send, new MouseEvent("click", { bubbles: true }));
    expect(h.sent[0]?.value).toEqual({ text: "", files: [{ file_id: "f2", name: "b.txt", type: "text/plain", size: 1 }] });
  });

  it("still sends plain text when it takes no files", () => {
    const h = mountWithUpload(el("chat_input", {}, { id: "c" }));
    typeInto(h.q("textarea") as HTMLTextAreaElement, "hi");
    fire(h.q("[data-testid=stChatInputSubmitButton]"), new MouseEvent("click", { bubbles: true }));
    expect(h.sent).toEqual([{ id: "c", value: "hi", trigger: true }]);
  });
});
