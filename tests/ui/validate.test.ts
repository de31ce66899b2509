// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PROTOCOL_SCHEMA, type UiMessage, type WorkerMessage } from "../../ui/src/protocol/generated";
import { protocolValidator, validate } from "../../ui/src/protocol/validate";
import { ELEMENT_PROPS, block, el } from "./fixtures";

const v = protocolValidator();

const VALID_WORKER: { [K in WorkerMessage["type"]]: Extract<WorkerMessage, { type: K }> } = {
  boot_progress: { type: "boot_progress", stage: "packages", message: "numpy", progress: 0.5 },
  boot_error: { type: "boot_error", stage: "files", message: "404", detail: "app.py" },
  ready: { type: "ready", protocol_version: 1, pyodide_version: "0.27.7", python_version: "3.12.7" },
  run_started: { type: "run_started", run_id: 1 },
  delta: { type: "delta", run_id: 1, path: [0, 0], node: el("markdown") },
  run_finished: { type: "run_finished", run_id: 1, status: "complete" },
  page_config: { type: "page_config", title: null, icon: null, layout: "wide", initial_sidebar_state: "auto" },
  query_params: { type: "query_params", query_string: "a=1", history: "push" },
  logo: {
    type: "logo",
    run_id: 1,
    image: { data: new ArrayBuffer(8), url: null, mime_type: "image/png" },
    icon_image: { data: null, url: "https://example.com/i.png", mime_type: "image/png" },
    link: "https://example.com/",
    size: "medium",
  },
  navigation: {
    type: "navigation",
    pages: [
      { title: "Home", icon: "🏠", url_path: "", section: "", visibility: "visible", external_url: null, help: null },
    ],
    current: "",
    position: "sidebar",
    expanded: false,
    visible_items: null,
  },
};

const VALID_UI: { [K in UiMessage["type"]]: Extract<UiMessage, { type: K }> } = {
  boot: {
    type: "boot",
    protocol_version: 1,
    config: { app_url: "http://x/app/", pyodide_url: "http://x/py/", core_url: "http://x/core.zip", query_string: "" },
  },
  rerun: {
    type: "rerun",
    updates: [{ id: "w", value: true, trigger: true }, { id: "s", value: [1, 2] }],
    page: { url_path: "Data", query_string: null },
  },
  stop: { type: "stop" },
  reload_files: { type: "reload_files" },
  upload_file: { type: "upload_file", file_id: "f1", name: "a.csv", mime_type: "text/csv", data: new ArrayBuffer(4) },
};

// One invalid variant per kind: a wrong type, a missing field or an extra field.
const INVALID_WORKER: Record<WorkerMessage["type"], unknown> = {
  boot_progress: { ...VALID_WORKER.boot_progress, stage: "download" },
  boot_error: { type: "boot_error", stage: "files", message: "404" },
  ready: { ...VALID_WORKER.ready, protocol_version: 1.5 },
  run_started: { type: "run_started", run_id: "1" },
  delta: { ...VALID_WORKER.delta, path: [0, "a"] },
  run_finished: { ...VALID_WORKER.run_finished, status: "done" },
  page_config: { ...VALID_WORKER.page_config, extra: 1 },
  query_params: { type: "query_params", query_string: null },
  // Image bytes must be an ArrayBuffer, never base64 text.
  logo: { ...VALID_WORKER.logo, image: { data: "iVBO", url: null, mime_type: "image/png" } },
  navigation: { ...VALID_WORKER.navigation, position: "left" },
};

const INVALID_UI: Record<UiMessage["type"], unknown> = {
  boot: { type: "boot", protocol_version: 1, config: { app_url: "x" } },
  rerun: { type: "rerun", updates: [{ value: 1 }] },
  stop: { type: "stop", now: true },
  reload_files: { type: "reload_files", files: [] },
  // Bytes must be an ArrayBuffer, never base64 text.
  upload_file: { type: "upload_file", file_id: "f1", name: "a.csv", mime_type: "text/csv", data: "eCx5" },
};

describe("protocol validator", () => {
  it("covers every message kind of the schema", () => {
    expect(Object.keys(VALID_WORKER).sort()).toEqual(Object.keys(PROTOCOL_SCHEMA.worker_to_ui).sort());
    expect(Object.keys(VALID_UI).sort()).toEqual(Object.keys(PROTOCOL_SCHEMA.ui_to_worker).sort());
  });

  it.each(Object.entries(VALID_WORKER))("accepts a valid %s", (_kind, msg) => {
    expect(v.workerMessage(msg)).toEqual({ ok: true, message: msg });
  });

  it.each(Object.entries(INVALID_WORKER))("rejects an invalid %s", (kind, msg) => {
    const result = v.workerMessage(msg);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.type).toBe(kind);
  });

  it.each(Object.entries(VALID_UI))("accepts a valid UI %s", (_kind, msg) => {
    expect(v.uiMessage(msg).ok).toBe(true);
  });

  it.each(Object.entries(INVALID_UI))("rejects an invalid UI %s", (_kind, msg) => {
    expect(v.uiMessage(msg).ok).toBe(false);
  });

  it("accepts a valid node of every element and block type", () => {
    for (const type of Object.keys(ELEMENT_PROPS) as (keyof typeof ELEMENT_PROPS)[]) {
      expect(v.workerMessage({ ...VALID_WORKER.delta, node: el(type) }).ok, type).toBe(true);
    }
    for (const type of ["column", "columns", "container"] as const) {
      expect(v.workerMessage({ ...VALID_WORKER.delta, node: block(type) }).ok, type).toBe(true);
    }
  });

  it("reports unknown types and non-objects", () => {
    expect(v.workerMessage({ type: "explode" })).toEqual({
      ok: false,
      type: "explode",
      errors: ["$.type: unknown message type \"explode\""],
    });
    expect(v.workerMessage(null)).toMatchObject({ ok: false, type: null });
    expect(v.workerMessage([1])).toMatchObject({ ok: false, type: null });
  });

  it("names the failing field of a tagged union member", () => {
    const bad = { ...VALID_WORKER.delta, node: el("slider", { min: "0" as unknown as number }) };
    expect(v.workerMessage(bad)).toEqual({
      ok: false,
      type: "delta",
      errors: ['$.node.props.min: expected number, got "0"'],
    });
  });

  it("checks a delta envelope without its node", () => {
    expect(v.deltaEnvelope({ ...VALID_WORKER.delta, node: { nonsense: true } })).toEqual([]);
    expect(v.deltaEnvelope({ ...VALID_WORKER.delta, path: "0" })).toEqual(['$.path: expected array, got "0"']);
  });

  it("treats binary as ArrayBuffer only", () => {
    const schema = { type: "binary" };
    expect(validate(schema, new ArrayBuffer(4))).toEqual([]);
    expect(validate(schema, new Uint8Array(4))).toHaveLength(1);
    expect(validate(schema, "AAAA")).toEqual(['$: expected binary, got "AAAA"']);
    const rerun = { type: "rerun", updates: [{ id: "f", value: new ArrayBuffer(8) }] };
    expect(v.uiMessage(rerun).ok).toBe(true);
  });

  it("implements the schema subset", () => {
    expect(validate({ type: "integer" }, 2)).toEqual([]);
    expect(validate({ type: "integer" }, 2.5)).toEqual(["$: expected integer, got 2.5"]);
    expect(validate({ type: "number" }, true)).toEqual(["$: expected number, got true"]);
    expect(validate({ type: "null" }, undefined)).toEqual(["$: expected null, got undefined"]);
    expect(validate({ const: false }, 0)).toEqual(["$: expected false, got 0"]);
    expect(validate({ enum: ["a", "b"] }, "c")).toEqual(['$: "c" not in ["a","b"]']);
    expect(validate({}, { anything: [1] })).toEqual([]);
    expect(validate({ type: "array", items: { type: "string" } }, ["a", 1])).toEqual(["$[1]: expected string, got 1"]);
    const map = { type: "object", properties: {}, required: [], additionalProperties: { type: "number" } };
    expect(validate(map, { a: 1, b: "x" })).toEqual(['$.b: expected number, got "x"']);
    const obj = { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false };
    expect(validate(obj, { b: 1 })).toEqual(["$: missing field 'a'", "$: unexpected field 'b'"]);
    const defs = { S: { type: "string" } };
    expect(validate({ $ref: "#/definitions/S" }, 1, defs)).toEqual(["$: expected string, got 1"]);
    expect(validate({ anyOf: [{ type: "string" }, { type: "null" }] }, 3)).toEqual([
      "$: 3 matches none of the allowed forms",
    ]);
  });
});
