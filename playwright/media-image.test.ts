/**
 * st.image, st.pdf and st.logo in real Chromium with real Pyodide: images
 * decode in the page (naturalWidth), captions and links render, object URLs
 * die with their element, the PDF is an application/pdf blob in an iframe and
 * the logo sits in the sidebar or the corner.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

// numpy only: Pillow is not loaded, so arrays are encoded by wasmlit's own PNG encoder.
const NUMPY_APP = `import numpy as np
import streamlit as st

st.logo("img/wide.svg", link="https://example.com/home", icon_image="img/icon.svg", size="large")
st.sidebar.write("Side")
if st.toggle("Show gradient", value=True):
    st.image(np.tile(np.linspace(0.0, 1.0, 64), (32, 1)), caption="A **gradient**")
st.image(np.zeros((10, 20, 4), dtype=np.uint8) + [255, 0, 0, 255], caption="Red", link="https://example.com/red")
st.image('<svg width="30" height="20"><rect width="30" height="20" fill="blue"/></svg>', caption="Vector")
st.image("img/icon.svg", caption="From a path", width=90)
st.pdf(b"%PDF-1.4\\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\\ntrailer<</Root 1 0 R>>\\n%%EOF\\n", height=420)
`;

const FILES = {
  "app.py": NUMPY_APP,
  "img/wide.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24"><rect width="120" height="24" fill="green"/></svg>',
  "img/icon.svg": '<svg width="24" height="24"><circle cx="12" cy="12" r="12" fill="orange"/></svg>',
};

const PIL_APP = `import io
from PIL import Image
import streamlit as st

st.image(Image.new("RGB", (50, 30), (0, 128, 255)), caption="PIL image")
upload = st.file_uploader("Photo", type=["png"])
if upload is not None:
    st.image(upload, caption=f"Uploaded {upload.name}")
buf = io.BytesIO()
Image.new("RGBA", (12, 12), (0, 255, 0, 255)).save(buf, format="PNG")
st.image(buf, caption="BytesIO")
`;

// A 6x4 orange PNG.
const PNG_6x4 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAYAAAAECAIAAAAiZtkUAAAAE0lEQVR4nGP8f4IBDTChCxArBACGAQHPDcrZGwAAAABJRU5ErkJggg==",
  "base64",
);

type Shown = { src: string; natural: number; alt: string; caption: string; href: string | null };

async function shownImages(t: AppUnderTest): Promise<Shown[]> {
  // Waits until every image has decoded, then reads what the page shows.
  const images = t.app.locator('[data-testid="stImage"]');
  const count = await images.count();
  const out: Shown[] = [];
  for (let i = 0; i < count; i++) {
    const item = images.nth(i);
    const img = item.locator("img");
    await img.evaluate((el: HTMLImageElement) => (el.complete ? undefined : new Promise((r) => el.addEventListener("load", r, { once: true }))));
    out.push({
      src: (await img.getAttribute("src")) ?? "",
      natural: await img.evaluate((el: HTMLImageElement) => el.naturalWidth),
      alt: (await img.getAttribute("alt")) ?? "",
      caption: ((await item.locator('[data-testid="stImageCaption"]').textContent()) ?? "").trim(),
      href: await item.evaluate((el) => el.querySelector("a")?.getAttribute("href") ?? null),
    });
  }
  return out;
}

const fetchOk = (t: AppUnderTest, url: string) =>
  t.page.evaluate(
    (u) =>
      fetch(u).then(
        (r) => r.ok,
        () => false,
      ),
    url,
  );

describe("st.image, st.pdf and st.logo (numpy without Pillow)", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp(FILES);
  });
  after(async () => t?.close());

  test("arrays, SVG strings and SVG paths load as images of their natural size", async () => {
    const shown = await shownImages(t);
    assert.deepEqual(
      shown.map((s) => [s.natural, s.caption, s.href]),
      [
        [64, "A gradient", null],
        [20, "Red", "https://example.com/red"],
        [30, "Vector", null],
        [24, "From a path", null],
      ],
    );
    assert.ok(shown.every((s) => s.src.startsWith("blob:")), JSON.stringify(shown));
    assert.equal(shown[0]?.alt, "A gradient");
    const caption = t.app.locator('[data-testid="stImageCaption"] strong').first();
    assert.equal(await caption.textContent(), "gradient"); // Markdown in captions
    const fixed = await t.app.locator('[data-testid="stElementContainer"]', { hasText: "From a path" }).boundingBox();
    assert.equal(Math.round(fixed?.width ?? 0), 90);
  });

  test("an image removed by a rerun has its object URL revoked", async () => {
    const gradient = (await shownImages(t))[0]!.src;
    assert.equal(await fetchOk(t, gradient), true);
    await rerunAfter(t.app, () => t.app.getByText("Show gradient").click());
    await eventually(async () => (await shownImages(t)).map((s) => s.caption), ["Red", "Vector", "From a path"]);
    await eventually(() => fetchOk(t, gradient), false);
  });

  test("st.pdf is an iframe on an application/pdf blob with its height", async () => {
    const frame = t.app.locator('[data-testid="stPdf"] iframe');
    const src = (await frame.getAttribute("src")) ?? "";
    assert.match(src, /^blob:/);
    const type = await t.page.evaluate((u) => fetch(u).then((r) => r.blob()).then((b) => b.type), src);
    assert.equal(type, "application/pdf");
    const box = await frame.boundingBox();
    assert.equal(Math.round(box?.height ?? 0), 420);
    assert.equal(await t.app.locator('[data-testid="stPdfLink"]').getAttribute("href"), src);
  });

  test("st.logo shows in the sidebar, and its icon in the corner once the sidebar is collapsed", async () => {
    const sidebarLogo = t.app.locator('[data-testid="stSidebarLogo"] [data-testid="stLogo"]');
    await eventually(() => sidebarLogo.evaluate((el: HTMLImageElement) => el.naturalWidth), 120);
    assert.equal(Math.round((await sidebarLogo.boundingBox())?.height ?? 0), 32); // size="large"
    assert.equal(
      await t.app.locator('[data-testid="stSidebarLogo"] [data-testid="stLogoLink"]').getAttribute("href"),
      "https://example.com/home",
    );
    await t.app.locator('[data-testid="stSidebarCollapseButton"]').click();
    const corner = t.app.locator('[data-testid="stSidebarCollapsedControl"] [data-testid="stLogo"]');
    await eventually(() => corner.evaluate((el: HTMLImageElement) => el.naturalWidth), 24);
    assert.ok(await corner.isVisible());
  });
});

describe("st.image with Pillow and uploaded files", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": PIL_APP });
  });
  after(async () => t?.close());

  test("a PIL image, a BytesIO and an uploaded file load in the page", async () => {
    assert.deepEqual(
      (await shownImages(t)).map((s) => [s.natural, s.caption]),
      [
        [50, "PIL image"],
        [12, "BytesIO"],
      ],
    );
    const input = t.app.locator('[data-testid="stFileUploader"] input[type="file"]');
    await rerunAfter(t.app, () => input.setInputFiles({ name: "cam.png", mimeType: "image/png", buffer: PNG_6x4 }));
    await eventually(
      async () => (await shownImages(t)).map((s) => [s.natural, s.caption]),
      [
        [50, "PIL image"],
        [6, "Uploaded cam.png"],
        [12, "BytesIO"],
      ],
    );
  });
});
