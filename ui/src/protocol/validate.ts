/**
 * A validator for the JSON-schema subset that py/wasmlit/protocol/schema.py
 * emits. DOM-free: the worker imports it too, to check UI messages.
 *
 *   const v = protocolValidator();
 *   v.workerMessage({ type: "run_started", run_id: 1 }) // -> { ok: true, message }
 */
import {
  PROTOCOL_SCHEMA,
  type UiMessage,
  type WorkerMessage,
} from "./generated";

/** One node of the schema subset; `{}` accepts any value. */
export interface JsonSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly items?: JsonSchema;
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly $ref?: string;
}

export type Definitions = { readonly [name: string]: JsonSchema };

export type Checked<T> =
  | { ok: true; message: T }
  | { ok: false; errors: string[]; type: string | null };

const PRIMITIVES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number",
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === "boolean",
  null: (v) => v === null,
  binary: isArrayBuffer,
  shared_buffer: isSharedArrayBuffer,
};

/** True for ArrayBuffers, also ones from another realm (a worker). */
export function isArrayBuffer(v: unknown): v is ArrayBuffer {
  return v instanceof ArrayBuffer || Object.prototype.toString.call(v) === "[object ArrayBuffer]";
}

/** True for SharedArrayBuffers (absent where the page is not cross-origin isolated). */
export function isSharedArrayBuffer(v: unknown): v is SharedArrayBuffer {
  return Object.prototype.toString.call(v) === "[object SharedArrayBuffer]";
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isArrayBuffer(v);
}

function short(v: unknown): string {
  let text: string;
  if (isArrayBuffer(v)) text = `ArrayBuffer(${v.byteLength})`;
  else if (v === undefined) text = "undefined";
  else {
    try {
      text = JSON.stringify(v) ?? String(v);
    } catch {
      text = String(v);
    }
  }
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

/** Errors of `value` against `schema` (empty when it conforms). */
export function validate(
  schema: JsonSchema,
  value: unknown,
  defs: Definitions = {},
  path = "$",
): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split("/").pop() ?? "";
    const target = defs[name];
    return target ? validate(target, value, defs, path) : [`${path}: unknown $ref ${schema.$ref}`];
  }
  if (schema.anyOf !== undefined) return validateAnyOf(schema.anyOf, value, defs, path);
  if ("const" in schema) {
    return value === schema.const ? [] : [`${path}: expected ${short(schema.const)}, got ${short(value)}`];
  }
  if (schema.enum !== undefined) {
    return schema.enum.includes(value) ? [] : [`${path}: ${short(value)} not in ${short(schema.enum)}`];
  }
  const kind = schema.type;
  if (kind === undefined) return [];
  const check = PRIMITIVES[kind];
  if (check) return check(value) ? [] : [`${path}: expected ${kind}, got ${short(value)}`];
  if (kind === "array") {
    if (!Array.isArray(value)) return [`${path}: expected array, got ${short(value)}`];
    const items = schema.items ?? {};
    return value.flatMap((item, i) => validate(items, item, defs, `${path}[${i}]`));
  }
  if (kind === "object") return validateObject(schema, value, defs, path);
  return [`${path}: unknown schema type ${kind}`];
}

function validateAnyOf(
  options: readonly JsonSchema[],
  value: unknown,
  defs: Definitions,
  path: string,
): string[] {
  if (options.some((o) => validate(o, value, defs, path).length === 0)) return [];
  // A tagged union (like Node): report the errors of the one option whose
  // const fields (kind, type) match, which is far clearer than "matches none".
  const tagged = options.filter((o) => matchesTags(o, value));
  if (tagged.length === 1 && tagged[0]) return validate(tagged[0], value, defs, path);
  return [`${path}: ${short(value)} matches none of the allowed forms`];
}

function matchesTags(schema: JsonSchema, value: unknown): boolean {
  if (schema.type !== "object" || !isPlainObject(value) || !schema.properties) return false;
  const tags = Object.entries(schema.properties).filter(([, s]) => "const" in s);
  return tags.length > 0 && tags.every(([name, s]) => value[name] === s.const);
}

function validateObject(
  schema: JsonSchema,
  value: unknown,
  defs: Definitions,
  path: string,
): string[] {
  if (!isPlainObject(value)) return [`${path}: expected object, got ${short(value)}`];
  const errors: string[] = [];
  const props = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (!(name in value)) errors.push(`${path}: missing field '${name}'`);
  }
  const extra = schema.additionalProperties ?? false;
  for (const [name, item] of Object.entries(value)) {
    const prop = Object.hasOwn(props, name) ? props[name] : undefined;
    if (prop) errors.push(...validate(prop, item, defs, `${path}.${name}`));
    else if (extra === false) errors.push(`${path}: unexpected field '${name}'`);
    else if (extra !== true) errors.push(...validate(extra, item, defs, `${path}.${name}`));
  }
  return errors;
}

/** The parts of the protocol JSON the validator reads. */
export interface ProtocolJson {
  readonly definitions: Definitions;
  readonly worker_to_ui: { readonly [type: string]: JsonSchema };
  readonly ui_to_worker: { readonly [type: string]: JsonSchema };
}

export interface ProtocolValidator {
  workerMessage(value: unknown): Checked<WorkerMessage>;
  uiMessage(value: unknown): Checked<UiMessage>;
  /** Errors of a delta's envelope (type, run_id, path), ignoring its node. */
  deltaEnvelope(value: unknown): string[];
}

/** A validator for the protocol JSON (by default the generated one). */
export function protocolValidator(proto: ProtocolJson = PROTOCOL_SCHEMA): ProtocolValidator {
  const check = <T>(kinds: ProtocolJson["worker_to_ui"], value: unknown): Checked<T> => {
    const type = isPlainObject(value) && typeof value.type === "string" ? value.type : null;
    const schema = type !== null && Object.hasOwn(kinds, type) ? kinds[type] : undefined;
    if (!schema) return { ok: false, type, errors: [`$.type: unknown message type ${short(type)}`] };
    const errors = validate(schema, value, proto.definitions);
    return errors.length ? { ok: false, type, errors } : { ok: true, message: value as T };
  };
  const delta = proto.worker_to_ui.delta;
  const envelope: JsonSchema | undefined = delta && {
    ...delta,
    properties: { ...delta.properties, node: {} },
  };
  return {
    workerMessage: (value) => check<WorkerMessage>(proto.worker_to_ui, value),
    uiMessage: (value) => check<UiMessage>(proto.ui_to_worker, value),
    deltaEnvelope: (value) =>
      envelope ? validate(envelope, value, proto.definitions) : ["no delta schema"],
  };
}
