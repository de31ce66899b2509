/** Markdown directives, emoji, KaTeX (loaded lazily), heading anchors and dividers in Chromium. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = String.raw`
import streamlit as st
st.markdown(":red[Warm] :blue-background[Cool] :green-badge[Badge] :small[tiny] text")
st.markdown("Hello :smile: and :+1:")
st.title("My Heading")
st.header("Hidden anchor", anchor=False, divider="green")
st.subheader("Centered", text_alignment="center", icon="🎈")
st.badge("Shipped", icon=":material/check:", color="violet")
if st.checkbox("Show math"):
    st.markdown(r"Inline $a^2 + b^2 = c^2$ math and a block:")
    st.markdown(r"$$\int_0^1 x\,dx$$")
    st.latex(r"e^{i\pi} + 1 = 0")
`;

describe("markdown features", () => {
  let t: AppUnderTest;
  const requests: string[] = [];

  before(async () => {
    t = await openApp({ "app.py": APP });
    t.page.on("request", (req) => requests.push(new URL(req.url()).pathname));
  });

  after(async () => {
    await t.close();
  });

  test("coloured text, background, badge and small text have the right computed styles", async () => {
    const md = t.app.locator('[data-testid="stMarkdown"]').first();
    const style = (sel: string, prop: string) =>
      md.locator(sel).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
    assert.equal(await style(".st-fg-red", "color"), "rgb(255, 75, 75)");
    assert.equal(await style(".st-bg-blue", "background-color"), "rgba(28, 131, 225, 0.1)");
    assert.equal(await style('[data-testid="stMarkdownBadge"]', "background-color"), "rgba(33, 195, 84, 0.1)");
    assert.equal(await md.locator('[data-testid="stMarkdownBadge"]').textContent(), "Badge");
    const small = parseFloat(await style(".st-small", "font-size"));
    const body = parseFloat(await md.locator("p").evaluate((el) => getComputedStyle(el).fontSize));
    assert.ok(small < body, `small ${small}px vs body ${body}px`);
    const badge = t.app.locator('[data-testid="stMarkdown"]').filter({ hasText: "Shipped" });
    assert.equal(await badge.locator(".st-badge-violet .material-icon").textContent(), "check");
  });

  test("emoji shortcodes become emoji", async () => {
    const md = t.app.locator('[data-testid="stMarkdown"]').nth(1);
    await eventually(async () => (await md.textContent())?.trim(), "Hello 😄 and 👍");
  });

  test("headings: generated anchor with link, anchor=False without, divider colour, alignment and icon", async () => {
    const title = t.app.locator('[data-testid="stHeading"] h1');
    assert.equal(await title.getAttribute("id"), "my-heading");
    assert.equal(await title.locator("a").getAttribute("href"), "#my-heading");
    const header = t.app.locator('[data-testid="stHeading"] h2');
    assert.equal(await header.getAttribute("id"), null);
    assert.equal(await header.locator("a").count(), 0);
    const divider = t.app.locator('[data-testid="stHeadingDivider"]');
    assert.equal(await divider.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(33, 195, 84)");
    const sub = t.app.locator('[data-testid="stHeading"]').filter({ has: t.page.locator("h3") });
    assert.equal(await sub.evaluate((el) => getComputedStyle(el).textAlign), "center");
    assert.equal(await sub.locator('[data-testid="stHeadingIcon"]').textContent(), "🎈");
  });

  test("KaTeX stays off the page until math appears", async () => {
    // Every resource since the page opened (also those before this test's listener).
    const loaded = await t.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    assert.deepEqual(loaded.filter((name) => /katex/i.test(name)), []);
    assert.equal(await t.app.locator(".katex").count(), 0);
  });

  test("inline and display math render with KaTeX and its fonts load on document", async () => {
    await rerunAfter(t.app, () => t.app.getByText("Show math").click());
    const katexHtml = t.app.locator(".katex .katex-html");
    await katexHtml.first().waitFor({ timeout: 15_000 });
    await eventually(() => katexHtml.count(), 3, 15_000);
    assert.equal(await t.app.locator(".st-math-block .katex-display").count(), 1); // st.latex
    // The one-line $$...$$ is inline math (as in Streamlit), the annotation keeps the source.
    assert.equal(await t.app.locator("annotation").nth(1).textContent(), String.raw`\int_0^1 x\,dx`);
    // The font faces are registered on the document and the main face has loaded.
    await t.page.waitForFunction(
      () =>
        [...document.fonts].some((f) => f.family.replace(/"/g, "") === "KaTeX_Main" && f.status === "loaded") &&
        document.fonts.check('16px "KaTeX_Main"'),
      undefined,
      { timeout: 15_000 },
    );
    // KaTeX's layout CSS reached the shadow root.
    const family = await t.app.locator(".katex").first().evaluate((el) => getComputedStyle(el).fontFamily);
    assert.match(family, /KaTeX_Main/);
    assert.ok(requests.some((p) => p.endsWith("/fonts/katex/katex.min.css")));
    assert.ok(requests.some((p) => /\/fonts\/katex\/fonts\/KaTeX_Main-Regular\.woff2$/.test(p)));
  });
});
