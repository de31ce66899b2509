import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ensureMaterialFont, MATERIAL_FONT_FAMILY, materialName, resetMaterialFontForTests, setMaterialFontUrl } from "../../ui/src/material";
import { el, mount } from "./fixtures";

/** jsdom has no FontFace / document.fonts: a recording stand-in for both. */
class FakeFontFace {
  static made: FakeFontFace[] = [];
  loads = 0;
  constructor(
    readonly family: string,
    readonly source: string,
    readonly descriptors: FontFaceDescriptors,
  ) {
    FakeFontFace.made.push(this);
  }
  load() {
    this.loads += 1;
    return Promise.resolve(this);
  }
}

let added: unknown[];

beforeEach(() => {
  FakeFontFace.made = [];
  added = [];
  vi.stubGlobal("FontFace", FakeFontFace);
  Object.defineProperty(document, "fonts", {
    configurable: true,
    value: { add: (f: unknown) => added.push(f), delete: (f: unknown) => added.splice(added.indexOf(f), 1) },
  });
});

afterEach(() => {
  resetMaterialFontForTests();
  vi.unstubAllGlobals();
  delete (document as { fonts?: unknown }).fonts;
  document.body.innerHTML = "";
});

describe("materialName", () => {
  it("reads the name of :material/name: and rejects anything else", () => {
    expect(materialName(":material/home:")).toBe("home");
    expect(materialName(":material/rocket_launch:")).toBe("rocket_launch");
    expect(materialName("🔥")).toBeNull();
    expect(materialName(":material/Home:")).toBeNull();
    expect(materialName(":material/x:y")).toBeNull();
  });
});

describe("the Material Symbols font", () => {
  it("is not registered until an icon renders", () => {
    mount(el("button", { label: "Plain" }, { id: "b" }));
    mount(el("text_input", { label: "No icon" }, { id: "t" }));
    expect(FakeFontFace.made).toEqual([]);
    expect(added).toEqual([]);
  });

  it("is registered on document once, from the configured URL, when a button icon renders", () => {
    setMaterialFontUrl("https://site.test/wasmlit/fonts/material-symbols-rounded.woff2");
    const { q } = mount(el("button", { icon: ":material/home:", label: "Go" }, { id: "b" }));
    mount(el("button", { icon: ":material/star:", label: "Again" }, { id: "b2" }));
    expect(FakeFontFace.made).toHaveLength(1);
    const face = FakeFontFace.made[0]!;
    expect(face.family).toBe(MATERIAL_FONT_FAMILY);
    expect(face.source).toBe('url("https://site.test/wasmlit/fonts/material-symbols-rounded.woff2") format("woff2")');
    expect(face.descriptors.display).toBe("block");
    expect(face.loads).toBe(1);
    expect(added).toEqual([face]);
    const icon = q(".material-icon");
    expect([icon.textContent, icon.getAttribute("aria-hidden"), icon.getAttribute("translate")]).toEqual(["home", "true", "no"]);
  });

  it("is registered when a label's Markdown holds an icon", () => {
    const { q } = mount(el("text_input", { label: "Send :material/send:" }, { id: "t" }));
    expect(FakeFontFace.made).toHaveLength(1);
    expect(q(".material-icon").textContent).toBe("send");
    // The accessible name leaves the icon's ligature text out.
    expect(q("input").getAttribute("aria-label")).toBe("Send");
  });

  it("defaults to fonts/ beside the bundle and returns the same face every time", () => {
    const face = ensureMaterialFont();
    expect(ensureMaterialFont()).toBe(face);
    expect(FakeFontFace.made[0]!.source).toMatch(/\/fonts\/material-symbols-rounded\.woff2"\) format\("woff2"\)$/);
  });

  it("does nothing where FontFace is missing", () => {
    vi.stubGlobal("FontFace", undefined);
    expect(ensureMaterialFont()).toBeNull();
    expect(added).toEqual([]);
  });
});
