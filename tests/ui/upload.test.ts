import { describe, expect, it } from "vitest";
import { AppController } from "../../ui/src/app/controller";
import { FakeTransport } from "./fixtures";

describe("AppController.upload", () => {
  it("sends the file's bytes as a transferred ArrayBuffer and returns its reference", async () => {
    const transport = new FakeTransport();
    const app = new AppController(transport);
    const blob = new Blob([new Uint8Array([1, 2, 3, 4])], { type: "image/png" });
    const ref = await app.upload(blob, "dot.png");
    expect(ref).toEqual({ file_id: ref.file_id, name: "dot.png", type: "image/png", size: 4 });
    const [message] = transport.sent;
    if (message?.type !== "upload_file") throw new Error(`sent ${JSON.stringify(message)}`);
    expect(message).toMatchObject({ file_id: ref.file_id, name: "dot.png", mime_type: "image/png" });
    expect(message.data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(message.data)]).toEqual([1, 2, 3, 4]);
    // The buffer itself is in the transfer list: moved to the worker, not copied.
    expect(transport.transfers[0]).toEqual([message.data]);
  });

  it("gives every file its own id", async () => {
    const app = new AppController(new FakeTransport());
    const blob = new Blob(["x"]);
    const ids = new Set([(await app.upload(blob, "a")).file_id, (await app.upload(blob, "a")).file_id]);
    expect(ids.size).toBe(2);
  });
});
