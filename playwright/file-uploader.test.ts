/**
 * st.file_uploader and st.chat_input attachments in real Chromium with real Pyodide:
 * single, multiple (adding, removing), a directory, refused files (type, size),
 * drag and drop, a 100 MB file while the page stays responsive, and a chat
 * message with an attached file.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, eventually, type AppUnderTest } from "./harness.ts";

const APP = `import streamlit as st

one = st.file_uploader("One file", type=["csv"])
st.text(f"one={None if one is None else (one.name, one.size)}")
many = st.file_uploader("Many files", type=["txt"], accept_multiple_files=True)
st.text(f"many={[(f.name, f.size) for f in many]}")
folder = st.file_uploader("A folder", type=["png"], accept_multiple_files="directory")
st.text(f"folder={sorted(f.name for f in folder)}")
small = st.file_uploader("Small file")
st.text(f"small={None if small is None else small.name}")
big = st.file_uploader("Big file", max_upload_size=150)
st.text(f"big={None if big is None else big.size}")
msg = st.chat_input("Ask", accept_file=True, file_type=["txt"])
st.text(f"chat={None if msg is None else (msg.text, [(f.name, f.size) for f in msg.files])}")
`;

// The config's limit (1 MB) applies to every uploader without max_upload_size.
const CONFIG = "[server]\nmaxUploadSize = 1\n";

const MB = 1024 * 1024;

describe("st.file_uploader", () => {
  let t: AppUnderTest;
  const temp = mkdtempSync(join(tmpdir(), "wasmlit-files-"));
  before(async () => {
    t = await openApp({ "app.py": APP, ".streamlit/config.toml": CONFIG });
  });
  after(async () => {
    await t?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  const out = async (name: string): Promise<string> => {
    const line = t.app.locator('[data-testid="stText"]').filter({ hasText: `${name}=` });
    return ((await line.textContent()) ?? "").trim();
  };
  const uploader = (label: string) => t.app.locator('[data-testid="stFileUploader"]').filter({ hasText: label });
  const input = (label: string) => uploader(label).locator('[data-testid="stFileUploaderDropzoneInput"]');
  const shownNames = (label: string) => uploader(label).locator('[data-testid="stFileUploaderFileName"]').allTextContents();
  const text = (name: string, body: string, mimeType = "text/plain") => ({ name, mimeType, buffer: Buffer.from(body) });

  test("one file: the script gets it, a new pick replaces it", async () => {
    assert.equal(await out("one"), "one=None");
    assert.match((await uploader("One file").textContent()) ?? "", /Limit 1MB per file • CSV/);
    await rerunAfter(t.app, () => input("One file").setInputFiles(text("a.csv", "x,y\n1,2\n", "text/csv")));
    assert.equal(await out("one"), "one=('a.csv', 8)");
    await rerunAfter(t.app, () => input("One file").setInputFiles(text("b.csv", "z\n", "text/csv")));
    assert.equal(await out("one"), "one=('b.csv', 2)");
    assert.deepEqual(await shownNames("One file"), ["b.csv"]);
  });

  test("many files: picks add up, a wrong type is refused beside them, X removes one", async () => {
    await rerunAfter(t.app, () => input("Many files").setInputFiles(text("a.txt", "a")));
    await rerunAfter(t.app, () =>
      input("Many files").setInputFiles([text("b.txt", "bb"), text("c.exe", "MZ", "application/x-msdownload")]),
    );
    assert.equal(await out("many"), "many=[('a.txt', 1), ('b.txt', 2)]");
    assert.deepEqual(await shownNames("Many files"), ["a.txt", "b.txt", "c.exe"]);
    const refused = uploader("Many files").locator('[data-testid="stFileUploaderFileErrorMessage"]');
    assert.equal(await refused.textContent(), "application/x-msdownload files are not allowed.");
    await rerunAfter(t.app, () => uploader("Many files").getByRole("button", { name: "Remove a.txt" }).click());
    assert.equal(await out("many"), "many=[('b.txt', 2)]");
    assert.deepEqual(await shownNames("Many files"), ["b.txt", "c.exe"]);
  });

  test("drag and drop onto the dropzone adds the dropped file", async () => {
    const dataTransfer = await t.page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["dropped!"], "d.txt", { type: "text/plain" }));
      return dt;
    });
    const zone = uploader("Many files").locator('[data-testid="stFileUploaderDropzone"]');
    await rerunAfter(t.app, async () => {
      await zone.dispatchEvent("dragenter", { dataTransfer });
      await zone.dispatchEvent("dragover", { dataTransfer });
      await zone.dispatchEvent("drop", { dataTransfer });
    });
    assert.equal(await out("many"), "many=[('b.txt', 2), ('d.txt', 8)]");
  });

  test("a directory: only matching files, named by their path in the folder", async () => {
    const folder = join(temp, "photos");
    mkdirSync(join(folder, "2024"), { recursive: true });
    writeFileSync(join(folder, "a.png"), "png-a");
    writeFileSync(join(folder, "2024", "b.PNG"), "png-b");
    writeFileSync(join(folder, "notes.txt"), "not an image");
    await rerunAfter(t.app, () => input("A folder").setInputFiles(folder));
    assert.equal(await out("folder"), "folder=['photos/2024/b.PNG', 'photos/a.png']");
    assert.deepEqual((await shownNames("A folder")).sort(), ["photos/2024/b.PNG", "photos/a.png"]);
  });

  test("a file above server.maxUploadSize is refused in the UI and never reaches the script", async () => {
    const runs = await t.app.getAttribute("data-run-count");
    await input("Small file").setInputFiles({ name: "big.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(2 * MB) });
    const message = uploader("Small file").locator('[data-testid="stFileUploaderFileErrorMessage"]');
    await eventually(async () => message.textContent(), "File must be 1.0MB or smaller.");
    assert.equal(await t.app.getAttribute("data-run-count"), runs); // nothing was sent
    assert.equal(await out("small"), "small=None");
  });

  test("a 100 MB file uploads while the page keeps painting frames", async () => {
    const path = join(temp, "big.bin");
    writeFileSync(path, Buffer.alloc(100 * MB, 7));
    // Record the longest gap between animation frames while the upload is in flight.
    // (A string: tsx would wrap a named function in a helper the page does not have.)
    await t.page.evaluate(`(() => {
      const g = (window.frameGaps = { max: 0, last: performance.now(), on: true });
      const tick = (now) => {
        g.max = Math.max(g.max, now - g.last);
        g.last = now;
        if (g.on) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await rerunAfter(t.app, () => input("Big file").setInputFiles(path));
    assert.equal(await out("big"), `big=${100 * MB}`);
    const maxGap = Number(await t.page.evaluate("(window.frameGaps.on = false, window.frameGaps.max)"));
    assert.ok(maxGap < 1000, `the page froze for ${Math.round(maxGap)} ms`);
    await eventually(async () => shownNames("Big file"), ["big.bin"]);
  });

  test("chat input: text with an attached file; the script prints its name and size", async () => {
    const chat = t.app.locator('[data-testid="stChatInput"]');
    await chat.locator('[data-testid="stChatInputFileInput"]').setInputFiles(text("note.txt", "hello file"));
    const chip = chat.locator('[data-testid="stChatInputFile"]');
    await eventually(async () => chip.locator('[data-testid="stChatInputFileData"]').textContent(), "10.0B");
    const box = chat.getByRole("textbox", { name: "Ask" });
    await box.fill("see attached");
    await rerunAfter(t.app, () => box.press("Enter"));
    assert.equal(await out("chat"), "chat=('see attached', [('note.txt', 10)])");
    assert.equal(await chip.count(), 0);
  });
});
