/** Date, time, slider, number, chat and pagination widgets operated by mouse and keyboard in real Chromium. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openApp, rerunAfter, type AppUnderTest, eventually } from "./harness.ts";

const APP = `import datetime as dt
import streamlit as st

d = st.date_input("Start date", dt.date(2024, 5, 1), min_value=dt.date(2024, 1, 1), format="DD/MM/YYYY")
st.text(f"date={d.isoformat()}")
r = st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 3)))
st.text(f"range={[x.isoformat() for x in r]}")
t = st.time_input("Alarm", dt.time(7, 0), step=dt.timedelta(minutes=30))
st.text(f"time={t}")
s = st.slider("Day", value=dt.date(2024, 5, 10), format="MM/DD/YY")
st.text(f"slider={s.isoformat()}")
n = st.number_input("Price", min_value=0.0, max_value=100.0, value=1.5, format="%0.2f")
st.text(f"number={n!r}")
p = st.pagination(20, default=2, key="page")
st.text(f"page={p}")
w = st.datetime_input("Meeting", dt.datetime(2024, 5, 1, 9, 0))
st.text(f"meeting={w.isoformat()}")
secret = st.text_input("Secret", type="password")
st.text(f"secret={secret!r}")
msg = st.chat_input("Ask me", max_chars=40)
st.text(f"chat={msg!r}")
`;

describe("date, time, number and chat widgets", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  const out = async (name: string): Promise<string> => {
    const line = t.app.locator('[data-testid="stText"]').filter({ hasText: `${name}=` });
    return ((await line.textContent()) ?? "").trim();
  };

  test("first run shows every default", async () => {
    assert.equal(await out("date"), "date=2024-05-01");
    assert.equal(await out("range"), "range=['2024-05-01', '2024-05-03']");
    assert.equal(await out("time"), "time=07:00:00");
    assert.equal(await out("slider"), "slider=2024-05-10");
    assert.equal(await out("number"), "number=1.5");
    assert.equal(await out("page"), "page=2");
    assert.equal(await out("chat"), "chat=None");
    const input = t.app.getByLabel("Start date");
    assert.equal(await input.inputValue(), "01/05/2024");
  });

  test("choosing a day in the calendar", async () => {
    const widget = t.app.locator('[data-testid="stDateInput"]').first();
    await widget.locator("input").click();
    const calendar = widget.locator('[data-baseweb="calendar"]');
    await calendar.getByRole("button", { name: "Next month" }).click();
    await rerunAfter(t.app, () => calendar.getByRole("button", { name: "Friday, June 14, 2024" }).click());
    assert.equal(await out("date"), "date=2024-06-14");
    assert.equal(await widget.locator("input").inputValue(), "14/06/2024");
  });

  test("keyboard in the calendar and typing a range", async () => {
    const input = t.app.getByLabel("Start date");
    await input.focus();
    await input.press("ArrowDown");
    await t.page.keyboard.press("ArrowRight");
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.equal(await out("date"), "date=2024-06-15");
    const trip = t.app.getByLabel("Trip");
    await trip.fill("2024/07/01 – 2024/07/04");
    await rerunAfter(t.app, () => trip.press("Enter"));
    assert.equal(await out("range"), "range=['2024-07-01', '2024-07-04']");
  });

  test("typing a time and picking one from the list", async () => {
    const alarm = t.app.getByLabel("Alarm");
    await alarm.fill("6:45 pm");
    await rerunAfter(t.app, () => alarm.press("Enter"));
    assert.equal(await out("time"), "time=18:45:00");
    await alarm.click();
    await rerunAfter(t.app, () => t.app.getByRole("option", { name: "08:30" }).click());
    assert.equal(await out("time"), "time=08:30:00");
  });

  test("keying and dragging the date slider", async () => {
    const slider = t.app.locator('[data-testid="stSlider"]');
    const thumb = slider.getByRole("slider");
    assert.equal(await thumb.getAttribute("aria-valuetext"), "05/10/24");
    await thumb.focus();
    await rerunAfter(t.app, () => thumb.press("ArrowRight"));
    assert.equal(await out("slider"), "slider=2024-05-11");
    // Drag to the far left end: the default range starts two weeks earlier.
    const track = slider.locator(".slider-track");
    const box = await track.boundingBox();
    assert.ok(box);
    await rerunAfter(t.app, async () => {
      await thumb.hover();
      await t.page.mouse.down();
      await t.page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 5 });
      await t.page.mouse.up();
    });
    assert.equal(await out("slider"), "slider=2024-04-26");
  });

  test("typing numbers: formatted, clamped to max", async () => {
    const price = t.app.getByLabel("Price");
    await price.fill("12.345");
    await rerunAfter(t.app, () => price.press("Enter"));
    assert.equal(await out("number"), "number=12.345");
    assert.equal(await price.inputValue(), "12.35");
    await price.fill("500");
    await rerunAfter(t.app, () => price.press("Enter"));
    assert.equal(await out("number"), "number=100.0");
  });

  test("pagination by click", async () => {
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Next page" }).click());
    assert.equal(await out("page"), "page=3");
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Page 20" }).click());
    assert.equal(await out("page"), "page=20");
  });

  test("datetime_input: typing its time, picking its date", async () => {
    assert.equal(await out("meeting"), "meeting=2024-05-01T09:00:00");
    const time = t.app.getByRole("combobox", { name: "Meeting time" });
    await time.fill("10:30");
    await rerunAfter(t.app, () => time.press("Enter"));
    assert.equal(await out("meeting"), "meeting=2024-05-01T10:30:00");
    const widget = t.app.locator('[data-testid="stDateTimeInput"]');
    await widget.getByRole("textbox", { name: "Meeting date" }).click();
    await rerunAfter(t.app, () => widget.getByRole("button", { name: "Tuesday, May 7, 2024" }).click());
    assert.equal(await out("meeting"), "meeting=2024-05-07T10:30:00");
  });

  test("password input with a show/hide toggle", async () => {
    const secret = t.app.getByLabel("Secret");
    await eventually(() => secret.getAttribute("type"), "password");
    await t.app.getByRole("button", { name: "Show password" }).click();
    await eventually(() => secret.getAttribute("type"), "text");
    await secret.fill("hunter2");
    await rerunAfter(t.app, () => secret.press("Enter"));
    assert.equal(await out("secret"), "secret='hunter2'");
    // The reveal state survives the rerun, and hides again on request.
    assert.equal(await secret.inputValue(), "hunter2");
    await t.app.getByRole("button", { name: "Hide password" }).click();
    await eventually(() => secret.getAttribute("type"), "password");
  });

  test("chat text: pinned at the bottom, Enter sends once, Shift+Enter is a newline", async () => {
    const bottom = t.app.locator('[data-testid="stBottom"] [data-testid="stChatInput"]');
    assert.equal(await bottom.count(), 1);
    const box = bottom.getByRole("textbox", { name: "Ask me" });
    await box.fill("hello");
    await box.press("Shift+Enter");
    await box.pressSequentially("world");
    await rerunAfter(t.app, () => box.press("Enter"));
    assert.equal(await out("chat"), "chat='hello\\nworld'");
    assert.equal(await box.inputValue(), "");
    // The message lasts one run: the next rerun sees None again.
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Previous page" }).click());
    assert.equal(await out("chat"), "chat=None");
  });
});

const CHAT_APP = `import time
import streamlit as st

if st.button("Set value"):
    st.session_state.chat = "Hello, world!"
with st.container(height=300):
    msg = st.chat_input("Ask slowly", key="chat", submit_mode="disable", height=120, width=400)
if msg:
    time.sleep(1.0)
st.text(f"chat={msg!r}")
`;

describe("chat_input options", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": CHAT_APP });
  });
  after(async () => t?.close());

  const out = async (): Promise<string> =>
    ((await t.app.locator('[data-testid="stText"]').filter({ hasText: "chat=" }).textContent()) ?? "").trim();

  test("Session State fills the box; disable mode holds it disabled while the run works", async () => {
    const box = t.app.getByRole("textbox", { name: "Ask slowly" });
    const widget = t.app.locator('[data-testid="stChatInput"]');
    // Inside a container it renders inline, with its pixel width and minimum height.
    assert.equal(await t.app.locator('[data-testid="stBottom"]').count(), 0);
    const size = await widget.boundingBox();
    assert.ok(size && Math.abs(size.width - 400) < 2 && size.height >= 120, `size ${JSON.stringify(size)}`);

    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "Set value" }).click());
    await eventually(() => box.inputValue(), "Hello, world!");
    assert.equal(await out(), "chat=None");

    await box.press("Enter");
    await eventually(() => box.isDisabled(), true);
    await eventually(out, "chat='Hello, world!'", 10_000);
    await eventually(() => box.isDisabled(), false);
    assert.equal(await box.inputValue(), "");
  });
});
