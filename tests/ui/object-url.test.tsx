import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useObjectUrl } from "../../ui/src/media/objectUrl";

function Probe({ data, mime }: { data: ArrayBuffer | null; mime: string }) {
  const url = useObjectUrl(data, mime);
  return <span data-url={url ?? ""} />;
}

// jsdom has no object URLs; give the spies something to wrap.
if (!("createObjectURL" in URL)) {
  Object.assign(URL, { createObjectURL: () => "", revokeObjectURL: () => undefined });
}

describe("useObjectUrl", () => {
  afterEach(() => vi.restoreAllMocks());

  it("creates one URL per buffer and revokes it when the data changes or the element goes", () => {
    let n = 0;
    const created: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return `blob:test/${++n}`;
    });
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const root = document.createElement("div");
    const first = new Uint8Array([1, 2]).buffer;
    act(() => render(<Probe data={first} mime="audio/wav" />, root));
    expect(root.querySelector("span")?.dataset.url).toBe("blob:test/1");
    expect(created[0]?.type).toBe("audio/wav");
    act(() => render(<Probe data={first} mime="audio/wav" />, root)); // same buffer: same URL
    // A rerun sends the same bytes in a new buffer: still the same URL.
    act(() => render(<Probe data={new Uint8Array([1, 2]).buffer} mime="audio/wav" />, root));
    expect(create).toHaveBeenCalledTimes(1);
    expect(revoke).not.toHaveBeenCalled();
    act(() => render(<Probe data={new ArrayBuffer(3)} mime="audio/wav" />, root));
    expect(revoke).toHaveBeenCalledWith("blob:test/1");
    expect(root.querySelector("span")?.dataset.url).toBe("blob:test/2");
    act(() => render(null, root));
    expect(revoke).toHaveBeenCalledWith("blob:test/2");
  });

  it("gives null without data", () => {
    const root = document.createElement("div");
    act(() => render(<Probe data={null} mime="image/png" />, root));
    expect(root.querySelector("span")?.dataset.url).toBe("");
  });
});
