/** st.json: a collapsible tree; `expanded` is true, false or a depth. */
import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import type { ElementRenderer } from "./types";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function Scalar({ value }: { value: Exclude<Json, object> | null }) {
  if (value === null) return <span class="json-null">null</span>;
  if (typeof value === "string") return <span class="json-string">{JSON.stringify(value)}</span>;
  return <span class={`json-${typeof value}`}>{String(value)}</span>;
}

function Key({ name }: { name: string | number | null }) {
  if (name === null) return null;
  return <span class="json-key">{typeof name === "number" ? `${name}: ` : `"${name}": `}</span>;
}

type NodeProps = { name: string | number | null; value: Json; depth: number; openDepth: number };

function JsonNode({ name, value, depth, openDepth }: NodeProps): ComponentChildren {
  if (value === null || typeof value !== "object") {
    return (
      <div class="json-row">
        <Key name={name} />
        <Scalar value={value} />
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string | number, Json][] = isArray
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div class="json-row">
        <Key name={name} />
        {open + close}
      </div>
    );
  }
  return (
    // <details> keeps the user's open/closed choice across rerenders for free.
    <details class="json-node" open={depth < openDepth}>
      <summary>
        <Key name={name} />
        {open}
        <span class="json-summary">
          {" "}
          {entries.length} {entries.length === 1 ? "item" : "items"} {close}
        </span>
      </summary>
      <div class="json-children">
        {entries.map(([k, v]) => (
          <JsonNode key={k} name={k} value={v} depth={depth + 1} openDepth={openDepth} />
        ))}
      </div>
      <div class="json-close">{close}</div>
    </details>
  );
}

function parse(body: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as Json };
  } catch {
    return { ok: false };
  }
}

export const json: ElementRenderer<"json"> = ({ node: { props } }) => {
  const parsed = useMemo(() => parse(props.body), [props.body]);
  const expanded = props.expanded;
  const openDepth = expanded === true ? Infinity : expanded === false ? 0 : expanded;
  return (
    <div data-testid="stJson" class="stJson">
      {parsed.ok ? (
        <JsonNode name={null} value={parsed.value} depth={0} openDepth={openDepth} />
      ) : (
        <pre class="json-raw">{props.body}</pre>
      )}
    </div>
  );
};
