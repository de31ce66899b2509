import { describe, expect, test } from "vitest";
import { Inbox, coalesce, mergeUpdates, type SessionMessage } from "../../worker/src/queue";
import type { RerunMessage } from "../../ui/src/protocol/generated";

const rerun = (...updates: { id: string; value: unknown; trigger?: boolean }[]): SessionMessage =>
  ({ type: "rerun", updates }) as SessionMessage;

describe("mergeUpdates", () => {
  test("keeps the latest value per widget, ordered by latest change", () => {
    expect(
      mergeUpdates([
        [
          { id: "a", value: 1 },
          { id: "b", value: "x" },
        ],
        [{ id: "a", value: 2 }],
      ]),
    ).toEqual([
      { id: "b", value: "x" },
      { id: "a", value: 2 },
    ]);
  });

  test("a click is never replaced by a later plain value of the same widget", () => {
    expect(
      mergeUpdates([[{ id: "btn", value: true, trigger: true }], [{ id: "btn", value: false }]]),
    ).toEqual([{ id: "btn", value: true, trigger: true }]);
  });

  test("two clicks of different buttons are both kept", () => {
    expect(
      mergeUpdates([
        [{ id: "one", value: true, trigger: true }],
        [{ id: "two", value: true, trigger: true }],
      ]),
    ).toEqual([
      { id: "one", value: true, trigger: true },
      { id: "two", value: true, trigger: true },
    ]);
  });

  test("binary values pass through untouched", () => {
    const buf = new ArrayBuffer(3);
    const [only] = mergeUpdates([[{ id: "f", value: buf }]]);
    expect(only?.value).toBe(buf);
  });
});

describe("coalesce", () => {
  test("adjacent reruns become one", () => {
    expect(
      coalesce([rerun({ id: "s", value: 1 }), rerun({ id: "s", value: 5 }), rerun({ id: "t", value: true })]),
    ).toEqual([rerun({ id: "s", value: 5 }, { id: "t", value: true })]);
  });

  test("a reload absorbs the reruns around it: one rewrite, one run of the new code", () => {
    const reload: SessionMessage = { type: "reload_files" };
    // A click queued before the save is not run with the old code first, nor lost.
    expect(
      coalesce([
        rerun({ id: "btn", value: true, trigger: true }),
        reload,
        reload,
        rerun({ id: "a", value: 2 }),
        rerun({ id: "btn", value: false }),
      ]),
    ).toEqual([
      {
        type: "reload_files",
        rerun: rerun({ id: "btn", value: true, trigger: true }, { id: "a", value: 2 }),
      },
    ]);
    expect(coalesce([reload, reload])).toEqual([reload]);
    expect(coalesce([reload, rerun({ id: "a", value: 1 }), reload])).toEqual([
      { type: "reload_files", rerun: rerun({ id: "a", value: 1 }) },
    ]);
  });

  test("a reload keeps the latest page request and st.context, and always runs the whole app", () => {
    const context = { url: "http://x/Data", cookies: {}, headers: {} } as RerunMessage["context"];
    const toData: RerunMessage = { type: "rerun", updates: [], page: { url_path: "Data", query_string: "" }, context };
    const tick: RerunMessage = { type: "rerun", updates: [], fragment_id: "f1" };
    expect(coalesce([toData, { type: "reload_files" }, tick])).toEqual([
      { type: "reload_files", rerun: { type: "rerun", updates: [], page: toData.page, context } },
    ]);
    expect(coalesce([{ type: "reload_files" }, tick])).toEqual([
      { type: "reload_files", rerun: { type: "rerun", updates: [] } },
    ]);
  });

  test("a stop or an upload still separates a reload from the reruns beyond it", () => {
    const upload: SessionMessage = {
      type: "upload_file",
      file_id: "f",
      name: "f.bin",
      mime_type: "application/octet-stream",
      data: new ArrayBuffer(1),
    };
    const reload: SessionMessage = { type: "reload_files" };
    expect(coalesce([rerun({ id: "a", value: 1 }), { type: "stop" }, reload])).toEqual([
      rerun({ id: "a", value: 1 }),
      { type: "stop" },
      reload,
    ]);
    expect(coalesce([reload, upload, rerun({ id: "u", value: ["f"] })])).toEqual([
      reload,
      upload,
      rerun({ id: "u", value: ["f"] }),
    ]);
  });

  test("every upload_file is kept, in place between reruns", () => {
    const upload = (file_id: string): SessionMessage => ({
      type: "upload_file",
      file_id,
      name: `${file_id}.bin`,
      mime_type: "application/octet-stream",
      data: new ArrayBuffer(2),
    });
    const [a, b] = [upload("a"), upload("b")];
    expect(coalesce([rerun({ id: "x", value: 1 }), a, b, rerun({ id: "u", value: [] })])).toEqual([
      rerun({ id: "x", value: 1 }),
      a,
      b,
      rerun({ id: "u", value: [] }),
    ]);
  });

  test("a page request survives merging: the latest one wins, updates are kept", () => {
    const toData: RerunMessage = { type: "rerun", updates: [], page: { url_path: "Data", query_string: "" } };
    const toHome: RerunMessage = { type: "rerun", updates: [], page: { url_path: "", query_string: null } };
    expect(coalesce([rerun({ id: "x", value: 1 }), toData, rerun({ id: "y", value: 2 })])).toEqual([
      { type: "rerun", updates: [{ id: "x", value: 1 }, { id: "y", value: 2 }], page: toData.page },
    ]);
    expect(coalesce([toData, toHome])).toEqual([{ type: "rerun", updates: [], page: toHome.page }]);
    expect(coalesce([rerun({ id: "x", value: 1 })])).toEqual([rerun({ id: "x", value: 1 })]);
  });

  test("ticks of one fragment stay a fragment run; a mix becomes a full run", () => {
    const tick = (id: string): RerunMessage => ({ type: "rerun", updates: [], fragment_id: id });
    expect(coalesce([tick("f1"), tick("f1")])).toEqual([tick("f1")]);
    expect(coalesce([tick("f1"), tick("f2")])).toEqual([{ type: "rerun", updates: [] }]);
    expect(coalesce([tick("f1"), rerun({ id: "x", value: 1 })])).toEqual([rerun({ id: "x", value: 1 })]);
  });

  test("an empty queue stays empty", () => {
    expect(coalesce([])).toEqual([]);
  });
});

describe("Inbox", () => {
  test("buffers until drained, then empties", () => {
    const inbox = new Inbox();
    inbox.push(rerun({ id: "a", value: 1 }));
    inbox.push({ type: "stop" });
    inbox.push({ type: "stop" });
    expect(inbox.size).toBe(3);
    expect(inbox.drain()).toEqual([rerun({ id: "a", value: 1 }), { type: "stop" }]);
    expect(inbox.size).toBe(0);
    expect(inbox.drain()).toEqual([]);
  });
});
