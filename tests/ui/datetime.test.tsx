import { afterEach, describe, expect, it } from "vitest";
import { addMonths, displayTime, formatDate, momentFormat, parseDate, parseTime, timeOptions } from "../../ui/src/widgets/dates";
import { visiblePages } from "../../ui/src/widgets/pages";
import { el, fire, key, mount, typeInto } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

const click = (e: Element) => fire(e, new MouseEvent("click", { bubbles: true }));
const mouseDown = (e: Element) => fire(e, new MouseEvent("mousedown", { bubbles: true, cancelable: true }));

describe("date helpers", () => {
  it("formats and parses Streamlit's date formats", () => {
    expect(formatDate("2024-05-01", "YYYY/MM/DD")).toBe("2024/05/01");
    expect(formatDate("2024-05-01", "DD.MM.YYYY")).toBe("01.05.2024");
    expect(formatDate("2024-05-01", "MM-DD-YYYY")).toBe("05-01-2024");
    expect(parseDate("01.05.2024", "DD.MM.YYYY")).toBe("2024-05-01");
    expect(parseDate("5/1/2024", "MM/DD/YYYY")).toBe("2024-05-01");
    expect(parseDate("2023/02/29", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("soon", "YYYY/MM/DD")).toBeNull();
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("parses typed times in 24h and 12h forms", () => {
    expect(parseTime("9:30")).toBe("09:30");
    expect(parseTime("2145")).toBe("21:45");
    expect(parseTime("9:30 pm")).toBe("21:30");
    expect(parseTime("12:05 AM")).toBe("00:05");
    expect(parseTime("10:11:12")).toBe("10:11:12");
    expect(parseTime("25:00")).toBeNull();
    expect(displayTime("13:05", "12h")).toBe("1:05 PM");
    expect(timeOptions(3600 * 6)).toEqual(["00:00", "06:00", "12:00", "18:00"]);
  });

  it("renders Moment.js-style slider formats in UTC", () => {
    const ms = Date.UTC(2024, 4, 1, 14, 5);
    expect(momentFormat(ms, "MM/DD/YY")).toBe("05/01/24");
    expect(momentFormat(ms, "YYYY-MM-DD HH:mm")).toBe("2024-05-01 14:05");
    expect(momentFormat(ms, "ddd, MMM D [at] h:mm A")).toBe("Wed, May 1 at 2:05 PM");
  });

  it("chooses visible pages with first, last and ellipses", () => {
    expect(visiblePages(1, 10, 7)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(visiblePages(5, 10, 7)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(visiblePages(10, 10, 7)).toEqual([1, null, 6, 7, 8, 9, 10]);
    expect(visiblePages(2, 3, 7)).toEqual([1, 2, 3]);
    expect(visiblePages(4, 20, null)).toHaveLength(20);
    expect(visiblePages(4, 20, 0)).toEqual([]);
  });
});

describe("date_input", () => {
  it("shows the value in its format and picks a day in the calendar", () => {
    const { q, root, sent } = mount(el("date_input", { format: "DD/MM/YYYY" }, { id: "d" }));
    const input = q("[data-testid=stDateInput] input") as HTMLInputElement;
    expect(input.value).toBe("01/05/2024");
    expect(q("label").getAttribute("for")).toBe(input.id);
    click(input);
    expect(q("[data-baseweb=calendar] table").getAttribute("aria-label")).toBe("May 2024");
    expect(q("button[aria-pressed=true]").getAttribute("aria-label")).toBe("Wednesday, May 1, 2024");
    click(q("button[aria-label='Friday, May 17, 2024']"));
    expect(sent).toEqual([{ id: "d", value: ["2024-05-17"] }]);
    expect(root.querySelector("[data-baseweb=calendar]")).toBeNull();
  });

  it("is keyboard operable: ArrowDown opens, arrows move, Enter picks", () => {
    const { q, sent } = mount(el("date_input", {}, { id: "d" }));
    key(q("input"), "keydown", "ArrowDown");
    const focused = () => q("[data-baseweb=calendar] button[tabindex='0']");
    expect(focused().getAttribute("aria-label")).toBe("Wednesday, May 1, 2024");
    key(focused(), "keydown", "ArrowDown");
    key(focused(), "keydown", "ArrowRight");
    key(focused(), "keydown", "PageDown");
    expect(focused().getAttribute("aria-label")).toBe("Sunday, June 9, 2024");
    // Real focus follows the cursor, so the next key lands on the new day.
    expect(document.activeElement).toBe(focused());
    click(focused());
    expect(sent).toEqual([{ id: "d", value: ["2024-06-09"] }]);
  });

  it("commits a typed date on Enter and ignores one outside min/max", () => {
    const { q, sent } = mount(el("date_input", { min: "2024-01-01", max: "2024-12-31" }, { id: "d" }));
    const input = q("input") as HTMLInputElement;
    typeInto(input, "2025/01/01");
    key(input, "keydown", "Enter");
    expect(sent).toEqual([]);
    expect(input.value).toBe("2024/05/01");
    typeInto(input, "2024/12/24");
    key(input, "keydown", "Enter");
    expect(sent).toEqual([{ id: "d", value: ["2024-12-24"] }]);
  });

  it("selects a range with two clicks, in order", () => {
    const empty = mount(el("date_input", { is_range: true, value: [] }));
    expect((empty.q("input") as HTMLInputElement).placeholder).toBe("YYYY/MM/DD – YYYY/MM/DD");
    const { q, sent } = mount(el("date_input", { is_range: true, value: ["2024-05-01", "2024-05-02"] }, { id: "r" }));
    const input = q("input") as HTMLInputElement;
    click(input);
    click(q("button[aria-label='Monday, May 20, 2024']"));
    click(q("button[aria-label='Friday, May 10, 2024']"));
    expect(sent).toEqual([{ id: "r", value: ["2024-05-10", "2024-05-20"] }]);
    expect(input.value).toBe("2024/05/10 – 2024/05/20");
  });
});

describe("time_input and datetime_input", () => {
  it("commits a typed time, or a picked option, with the label associated", () => {
    const { q, sent } = mount(el("time_input", {}, { id: "t" }));
    const input = q("[data-testid=stTimeInput] input") as HTMLInputElement;
    expect(q("label").getAttribute("for")).toBe(input.id);
    expect(input.value).toBe("08:30");
    typeInto(input, "17:05");
    key(input, "keydown", "Enter");
    expect(sent).toEqual([{ id: "t", value: "17:05" }]);
    click(input);
    // The list opens at the step before the value; arrows move, Enter picks.
    expect(q("[role=option].active").textContent).toBe("17:00");
    key(input, "keydown", "ArrowDown");
    key(input, "keydown", "Enter");
    expect(sent.at(-1)).toEqual({ id: "t", value: "17:15" });
  });

  it("shows a 12-hour list when asked", () => {
    const { q } = mount(el("time_input", { format: "12h", value: "13:00", step: 3600 }));
    const input = q("input") as HTMLInputElement;
    expect(input.value).toBe("1:00 PM");
    click(input);
    mouseDown(q("[role=option]:nth-child(15)"));
    expect(input.value).toBe("2:00 PM");
  });

  it("datetime_input combines a date field and a time field", () => {
    const { q, sent } = mount(el("datetime_input", {}, { id: "w" }));
    const [date, time] = [...document.querySelectorAll("[data-testid=stDateTimeInput] input")] as HTMLInputElement[];
    expect([date?.value, time?.value]).toEqual(["2024/05/01", "09:30"]);
    typeInto(time!, "18:15");
    key(time!, "keydown", "Enter");
    expect(sent).toEqual([{ id: "w", value: "2024-05-01T18:15" }]);
    click(date!);
    click(q("button[aria-label='Thursday, May 2, 2024']"));
    expect(sent.at(-1)).toEqual({ id: "w", value: "2024-05-02T18:15" });
  });
});

describe("date and time sliders", () => {
  it("formats epoch values with the Moment.js format and steps by a day", () => {
    const day = 86_400_000;
    const start = Date.UTC(2024, 4, 1);
    const { q, sent } = mount(
      el("slider", { min: start - 14 * day, max: start + 14 * day, step: day, value: start, format: "MM/DD/YY", data_type: "date" }, { id: "ds" }),
    );
    expect(q("[data-testid=stSliderThumbValue]").textContent).toBe("05/01/24");
    expect(q("[data-testid=stSliderTickBarMin]").textContent).toBe("04/17/24");
    const thumb = q("[role=slider]");
    key(thumb, "keydown", "ArrowRight");
    key(thumb, "keyup", "ArrowRight");
    expect(sent).toEqual([{ id: "ds", value: start + day }]);
    expect(thumb.getAttribute("aria-valuetext")).toBe("05/02/24");
  });
});

describe("chat_input", () => {
  it("sends on Enter as a trigger, keeps Shift+Enter as a newline, and clears", () => {
    const { q, sent } = mount(el("chat_input", { max_chars: 50 }, { id: "c" }));
    const box = q("[data-testid=stChatInputTextArea]") as HTMLTextAreaElement;
    expect(box.getAttribute("aria-label")).toBe("Your message");
    expect((q("[data-testid=stChatInputSubmitButton]") as HTMLButtonElement).disabled).toBe(true);
    typeInto(box, "line one");
    key(box, "keydown", "Enter", { shiftKey: true });
    expect(sent).toEqual([]);
    key(box, "keydown", "Enter");
    expect(sent).toEqual([{ id: "c", value: "line one", trigger: true }]);
    expect(box.value).toBe("");
    typeInto(box, "again");
    click(q("[data-testid=stChatInputSubmitButton]"));
    expect(sent.at(-1)).toEqual({ id: "c", value: "again", trigger: true });
  });

  it("does nothing when disabled", () => {
    const { q, sent } = mount(el("chat_input", { disabled: true }, { id: "c" }));
    const box = q("textarea") as HTMLTextAreaElement;
    expect(box.disabled).toBe(true);
    key(box, "keydown", "Enter");
    expect(sent).toEqual([]);
  });
});

describe("chat_input options", () => {
  it("fills the box with text set through Session State, each run that sets it", () => {
    const { q, rerender, sent } = mount(el("chat_input", { fill: "Hello, world!", fill_run: 2 }, { id: "c" }));
    const box = q("textarea") as HTMLTextAreaElement;
    expect(box.value).toBe("Hello, world!");
    expect(sent).toEqual([]); // filling is not sending
    typeInto(box, "edited");
    rerender(el("chat_input", { fill: null, fill_run: 3 }, { id: "c" }));
    expect(box.value).toBe("edited");
    rerender(el("chat_input", { fill: "Hello, world!", fill_run: 4 }, { id: "c" }));
    expect(box.value).toBe("Hello, world!");
  });

  it('submit_mode="disable" keeps the box disabled until the started run ends', () => {
    const node = (run: number) => el("chat_input", { submit_mode: "disable", fill_run: run }, { id: "c" });
    const { q, rerender, sent } = mount(node(1));
    const box = q("textarea") as HTMLTextAreaElement;
    typeInto(box, "hi");
    key(box, "keydown", "Enter");
    expect(sent).toEqual([{ id: "c", value: "hi", trigger: true }]);
    expect(box.disabled).toBe(true);
    rerender(node(1), true); // the run starts
    expect(box.disabled).toBe(true);
    rerender(node(2), true); // ... renders the widget again
    expect(box.disabled).toBe(true);
    rerender(node(2), false); // ... and ends
    expect(box.disabled).toBe(false);
  });

  it('submit_mode="disable" also ends when the run started and finished between two renders', () => {
    const node = (run: number) => el("chat_input", { submit_mode: "disable", fill_run: run }, { id: "c" });
    const { q, rerender } = mount(node(1));
    const box = q("textarea") as HTMLTextAreaElement;
    typeInto(box, "hi");
    key(box, "keydown", "Enter");
    rerender(node(2), false);
    expect(box.disabled).toBe(false);
  });

  it('the default submit_mode never disables the box', () => {
    const { q, rerender } = mount(el("chat_input", {}, { id: "c" }));
    const box = q("textarea") as HTMLTextAreaElement;
    typeInto(box, "hi");
    key(box, "keydown", "Enter");
    rerender(el("chat_input", {}, { id: "c" }), true);
    expect(box.disabled).toBe(false);
  });

  it("takes a pixel minimum height, a stretch height and a pixel width", () => {
    const fixed = mount(el("chat_input", { height: 120, width: 300 }, { id: "c" }));
    expect(fixed.q(".chat-input-box").style.minHeight).toBe("120px");
    expect(fixed.q(".stElementContainer").style.width).toBe("300px");
    const stretch = mount(el("chat_input", { height: "stretch" }, { id: "d" }));
    expect(stretch.q("[data-testid=stChatInput]").classList.contains("height-stretch")).toBe(true);
  });
});

describe("pagination", () => {
  it("marks the current page and moves with arrows and page buttons", () => {
    const { q, root, sent } = mount(el("pagination", { num_pages: 10, value: 5 }, { id: "p" }));
    const labels = [...root.querySelectorAll("[data-testid=stPagination] > *")].map((b) => b.getAttribute("aria-label") ?? b.textContent);
    expect(labels).toEqual(["Previous page", "Page 1", "…", "Page 4", "Page 5", "Page 6", "…", "Page 10", "Next page"]);
    expect(q("[aria-current=page]").textContent).toBe("5");
    click(q("[aria-label='Next page']"));
    expect(sent).toEqual([{ id: "p", value: 6 }]);
    click(q("[aria-label='Page 10']"));
    expect(sent.at(-1)).toEqual({ id: "p", value: 10 });
    expect((q("[aria-label='Next page']") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("number_input polish", () => {
  it("shows an icon and formats with %e", () => {
    const { q } = mount(el("number_input", { icon: "💲", value: 1234.5, format: "%0.2e", data_type: "float", step: 0.01, min: null, max: null }));
    expect(q("[data-testid=stNumberInputIcon]").textContent).toBe("💲");
    expect((q("input") as HTMLInputElement).value).toBe("1.23e+03");
  });
});

describe("text polish", () => {
  it("text_input password has a show/hide toggle and an icon", () => {
    const { q } = mount(el("text_input", { type: "password", icon: "🔑", value: "s3cret" }));
    const input = q("input") as HTMLInputElement;
    expect(input.type).toBe("password");
    expect(q("[data-testid=stTextInputIcon]").textContent).toBe("🔑");
    const toggle = q("[data-testid=stTextInputPasswordToggle]");
    expect(toggle.getAttribute("aria-label")).toBe("Show password");
    click(toggle);
    expect(input.type).toBe("text");
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
  });

  it("text_area heights: pixels, content rows, stretch", () => {
    expect((mount(el("text_area", { height: 150 })).q("textarea") as HTMLTextAreaElement).style.height).toBe("150px");
    expect((mount(el("text_area", { height: "stretch" })).q("textarea") as HTMLTextAreaElement).style.height).toBe("100%");
    const content = mount(el("text_area", { height: "content", value: "a\nb\nc\nd\ne" })).q("textarea") as HTMLTextAreaElement;
    expect(content.rows).toBe(5);
  });
});
