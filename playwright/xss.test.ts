/**
 * A Markdown / HTML XSS corpus in real Chromium + Pyodide. Every payload is
 * rendered by st.markdown (with and without unsafe_allow_html), st.caption,
 * widget labels, st.toast, st.chat_message contents, st.code and st.html
 * (safe mode). A hook installed before the page loads records any alert /
 * confirm / prompt, any error event and any write of the marker global the
 * payloads set; nothing may fire, no <script> may be in the app and no
 * javascript: URL may survive in the DOM.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BOOT_TIMEOUT, buildSite, openSite, waitForRuns, writeApp, type AppUnderTest } from "./harness.ts";
import { join } from "node:path";

// `M(n)` marks payload n: window.__xss = n (the hook records any write).
const M = (n: number) => `window.__xss=${n}`;
const PAYLOADS: string[] = [
  `<script>${M(1)}</script>`,
  `<img src=x onerror="${M(2)}">`,
  `<svg onload="${M(3)}"></svg>`,
  `<body onload="${M(4)}">`,
  `<details open ontoggle="${M(5)}"><summary>s</summary></details>`,
  `[click](javascript:${M(6)})`,
  `<a href="javascript:${M(7)}">a</a>`,
  `<a href="JaVaScRiPt:alert(8)">b</a>`,
  `<a href="&#106;avascript:alert(9)">c</a>`,
  `[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=)`,
  `<a href="data:text/html,<script>alert(11)</script>">e</a>`,
  `<svg><animate onbegin="${M(12)}" attributeName="x" dur="1s"/></svg>`,
  `<svg><a><set attributeName="href" to="javascript:alert(13)"/><text x="5" y="15">set</text></a></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${M(14)}'/></svg>#x"/></svg>`,
  `<svg><a xlink:href="javascript:alert(15)"><text x="5" y="15">xl</text></a></svg>`,
  `<style>@import 'javascript:alert(16)';</style>`,
  `<div style="background:url(javascript:alert(17))">bg</div>`,
  `<div style="width: expression(alert(18))">ex</div>`,
  `<iframe src="javascript:alert(19)"></iframe>`,
  `<iframe srcdoc="<script>parent.${M(20)}</script>"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(21)">`,
  `<form action="javascript:alert(22)"><input type="submit" value="go"></form>`,
  `<button formaction="javascript:alert(23)">f</button>`,
  `<template><img src=x onerror="${M(24)}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${M(25)}>"></noscript>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${M(26)}></style></mglyph></table></mtext></math>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${M(27)}>"></a></style></svg>`,
  `<object data="javascript:alert(28)"></object>`,
  `<embed src="javascript:alert(29)">`,
  `<img src="x\` \`<script>${M(30)}</script>"\` \`>`,
  `![img](x"onerror="${M(31)})`,
  `<a href="jav&#x09;ascript:alert(32)">tab</a>`,
  `<isindex action="javascript:alert(33)" type="image">`,
  `<input autofocus onfocus="${M(34)}">`,
  `<video><source onerror="${M(35)}"></video>`,
  `<marquee onstart="${M(36)}">m</marquee>`,
  `<base href="javascript:alert(37)//">`,
  `<link rel="stylesheet" href="javascript:alert(38)">`,
  `:red[<img src=x onerror=${M(39)}>]`,
  `<x onmouseover="${M(40)}">hover</x>`,
  `<a href="javascript&colon;alert(41)">colon</a>`,
  `<svg><script>${M(42)}</script></svg>`,
  `<img src="x:gif" onerror="${M(43)}" alt=":material/home:">`,
  `<<script>script>${M(44)}<</script>/script>`,
];

const APP = `import json
import streamlit as st

payloads = json.load(open("payloads.json", encoding="utf-8"))
for i, p in enumerate(payloads):
    st.markdown(p)
    st.markdown(p, unsafe_allow_html=True)
    st.caption(p, unsafe_allow_html=True)
    st.checkbox(p, key=f"c{i}")
    st.button(p, key=f"b{i}")
    with st.chat_message("user"):
        st.markdown(p, unsafe_allow_html=True)
    st.code(p, language="html")
    st.html(f"<div>{p}</div>")
    st.toast(p, duration="infinite")
st.write("done")
`;

/**
 * Runs before any page script, in every frame. A string, not a function:
 * the TypeScript loader would wrap a function's inner functions in helpers
 * that do not exist in the page.
 */
const HOOK = `(() => {
  const hits = [];
  window.__xssHits = hits;
  for (const name of ["alert", "confirm", "prompt"]) {
    window[name] = (...args) => { hits.push(name + "(" + args.join(",") + ")"); return null; };
  }
  window.addEventListener("error", (e) => hits.push("error: " + e.message));
  Object.defineProperty(window, "__xss", { configurable: false, get: () => undefined, set: (v) => hits.push("marker " + v) });
})();`;

type Findings = { scripts: number; handlers: string[]; jsUrls: string[]; frames: number };

describe("XSS corpus", () => {
  let t: AppUnderTest;
  before(async () => {
    const dir = writeApp({ "app.py": APP, "payloads.json": JSON.stringify(PAYLOADS) });
    const site = buildSite(join(dir, "app.py"));
    t = await openSite(site, { waitForRun: false, beforeLoad: async (page) => void (await page.addInitScript(HOOK)) });
    await waitForRuns(t.app, 1, BOOT_TIMEOUT);
  });
  after(async () => t?.close());

  test(`renders ${PAYLOADS.length} payloads in every text surface`, async () => {
    assert.ok(PAYLOADS.length >= 30);
    await t.app.locator("[data-testid=stMarkdown]", { hasText: "done" }).waitFor();
    assert.equal(await t.app.locator("[data-testid=stCode]").count(), PAYLOADS.length);
    assert.equal(await t.app.locator("[data-testid=stHtml]").count(), PAYLOADS.length);
    assert.equal(await t.app.locator("[data-testid=stChatMessage]").count(), PAYLOADS.length);
    assert.ok((await t.app.locator("[data-testid=stToast]").count()) > 0);
    // st.code shows the payload as text.
    assert.equal(await t.app.locator("[data-testid=stCode] code").first().textContent(), PAYLOADS[0]);
  });

  test("nothing runs, even after hovering, focusing and toggling everything", async () => {
    await t.app.evaluate((host) => {
      const root = host.shadowRoot!;
      for (const el of Array.from(root.querySelectorAll("*"))) {
        for (const type of ["mouseover", "mouseenter", "focus", "animationstart"]) el.dispatchEvent(new Event(type));
        if (el instanceof HTMLDetailsElement) el.open = !el.open;
      }
    });
    await t.page.waitForTimeout(1500); // image errors, SVG animations and meta refreshes are asynchronous
    const hits: string[] = [];
    for (const frame of t.page.frames()) {
      hits.push(...(await frame.evaluate(() => ((window as unknown as { __xssHits?: string[] }).__xssHits ?? []).slice())));
    }
    assert.deepEqual(hits, []);
    // The hook itself works: a marker write and an alert from the page are recorded.
    const control = await t.page.evaluate(() => {
      const w = window as unknown as { __xss: number; __xssHits: string[] };
      w.__xss = 0;
      window.alert("control");
      return w.__xssHits.splice(0);
    });
    assert.deepEqual(control, ["marker 0", "alert(control)"]);
    assert.equal(new URL(t.page.url()).protocol, "http:"); // no navigation (meta refresh, base)
  });

  test("no <script>, event handler or javascript: URL survives in the app's DOM", async () => {
    const found: Findings = await t.app.evaluate((host) => {
      const root = host.shadowRoot!;
      const urlAttrs = ["href", "src", "action", "formaction", "xlink:href", "data", "to", "values", "from", "by", "background", "poster", "srcdoc"];
      const handlers: string[] = [];
      const jsUrls: string[] = [];
      for (const el of Array.from(root.querySelectorAll("*"))) {
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          if (name.startsWith("on")) handlers.push(`${el.tagName}[${name}]`);
          const value = Array.from(attr.value).filter((c) => c.charCodeAt(0) > 0x20).join("").toLowerCase();
          if ((urlAttrs.includes(name) || name === "style") && /javascript:|vbscript:|expression\(|data:text\/html/.test(value)) {
            jsUrls.push(`${el.tagName}[${name}=${attr.value}]`);
          }
        }
      }
      return {
        scripts: root.querySelectorAll("script").length,
        handlers,
        jsUrls,
        frames: root.querySelectorAll("iframe, object, embed, meta, base").length,
      };
    });
    assert.deepEqual(found, { scripts: 0, handlers: [], jsUrls: [], frames: 0 });
  });
});
