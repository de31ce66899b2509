/**
 * st.data_editor's cell editors, one per column family (editInput.editorKind):
 * a text field (text, link, markdown, number, list), native date/time/datetime
 * fields, a select for selectbox columns, a checklist for multiselect columns,
 * and a checkbox that toggles at once.
 *
 *   <CellEditor column={col} value={current} commit={(v) => save(v)} cancel={close} />
 *
 * Enter (or Tab) commits, Escape cancels. Input that breaks the column config
 * is refused: the field keeps the typed text, turns invalid and a message
 * explains why (role="alert"); nothing is committed until it is fixed.
 */
import type { ComponentChildren, RefObject } from "preact";
import { createPortal } from "preact/compat";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { JsonValue } from "../protocol/generated";
import { checkOptions, editorKind, initialText, isRequired, parseCell, type EditorKind } from "./editInput";
import type { GridColumn } from "./types";
import { sameOption, scalarText, toList } from "./values";

export interface EditorProps {
  column: GridColumn;
  /** The cell's current value (edits applied). */
  value: unknown;
  /** Saves a value and closes the editor. */
  commit(value: JsonValue): void;
  /** Closes the editor without a change. */
  cancel(): void;
  /** The character typed on the cell that opened the editor: the starting text instead of the value. */
  typed?: string;
}

/** A box drawn over the page under `anchor` (the grid's cells clip their content). */
function Popup(p: { anchor: RefObject<HTMLElement>; testId: string; role?: "alert" | "group"; children: ComponentChildren }) {
  const [place, setPlace] = useState<{ left: number; top: number; width: number } | null>(null);
  const [host, setHost] = useState<ParentNode | null>(null);
  useLayoutEffect(() => {
    const el = p.anchor.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    setPlace({ left: r.left, top: r.bottom + 2, width: r.width });
    // Inside the app's shadow root, so the theme's styles apply.
    const root = el.getRootNode();
    setHost(root instanceof Document ? root.body : (root as ShadowRoot));
  }, [p.anchor]);
  if (!place || !host) return null;
  return createPortal(
    <div
      class="stDataEditorPopup"
      data-testid={p.testId}
      role={p.role}
      style={{ left: `${place.left}px`, top: `${place.top}px`, minWidth: `${Math.max(place.width, 160)}px` }}
    >
      {p.children}
    </div>,
    host as Element,
  );
}

function ErrorPopup(p: { anchor: RefObject<HTMLElement>; error: string | null }) {
  if (p.error === null) return null;
  return (
    <Popup anchor={p.anchor} testId="stDataEditorCellError" role="alert">
      {p.error} <span class="stDataEditorHint">Escape cancels.</span>
    </Popup>
  );
}

const INPUT_TYPES: Partial<Record<EditorKind, string>> = { date: "date", time: "time", datetime: "datetime-local" };

function nativeBound(column: GridColumn, kind: EditorKind, raw: unknown): string | undefined {
  if (typeof raw === "number" && kind === "number") return String(raw);
  if (typeof raw !== "string") return undefined;
  if (kind === "date") return raw.slice(0, 10);
  if (kind === "time") return raw.slice(0, 8);
  if (kind === "datetime" && !/([+-]\d{2}:?\d{2}|Z)$/i.test(raw)) return raw.slice(0, 19);
  return undefined;
}

/** Typed input: text, number, list and the native date/time/datetime fields. */
export function TextEditor(p: EditorProps & { kind: EditorKind }) {
  const [draft, setDraft] = useState(() => p.typed ?? initialText(p.column, p.value));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const closed = useRef(false); // committed: a late blur must not commit again
  const anchor = input as RefObject<HTMLElement>;
  // Layout effect: focus before the next key press, which type-to-edit must not lose to the grid.
  useLayoutEffect(() => {
    const el = input.current;
    el?.focus();
    // Typed text continues at its end; the value is selected, ready to be replaced.
    if (p.typed !== undefined) el?.setSelectionRange?.(el.value.length, el.value.length);
    else el?.select?.();
  }, []);
  const type = INPUT_TYPES[p.kind] ?? "text";
  const s: Record<string, unknown> = p.column.config.type_config ?? {};

  const tryCommit = (): boolean => {
    const el = input.current;
    // A native date field holding an incomplete date reports "" as its value.
    if (el && type !== "text" && el.validity.badInput) {
      setError(`Enter a complete ${p.kind === "datetime" ? "date and time" : p.kind}.`);
      return false;
    }
    const parsed = parseCell(p.column, el?.value ?? draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return false;
    }
    closed.current = true;
    p.commit(parsed.value);
    return true;
  };

  return (
    <>
      <input
        ref={input}
        class={`stDataEditorInput${error ? " invalid" : ""}`}
        data-testid="stDataEditorCellInput"
        type={type}
        inputMode={p.kind === "number" ? "decimal" : undefined}
        aria-label={`Edit ${p.column.label}`}
        aria-invalid={error !== null || undefined}
        value={draft}
        min={nativeBound(p.column, p.kind, s.min_value)}
        max={nativeBound(p.column, p.kind, s.max_value)}
        step={type !== "text" && typeof s.step === "number" ? s.step : p.kind === "datetime" || p.kind === "time" ? 1 : undefined}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === "Tab") {
            e.preventDefault();
            tryCommit();
          } else if (e.key === "Escape") {
            e.preventDefault();
            closed.current = true;
            p.cancel();
          }
          e.stopPropagation();
        }}
        onBlur={() => {
          // Leaving the field commits valid text; invalid text stays, with its message.
          if (!error && !closed.current) tryCommit();
        }}
      />
      <ErrorPopup anchor={anchor} error={error} />
    </>
  );
}

interface Option {
  value: JsonValue;
  label: string;
}

function optionsOf(column: GridColumn): Option[] {
  const s: Record<string, unknown> = column.config.type_config ?? {};
  const values = Array.isArray(s.options) ? (s.options as JsonValue[]) : [];
  const labels = Array.isArray(s.option_labels) ? (s.option_labels as unknown[]) : [];
  return values.map((value, i) => ({ value, label: typeof labels[i] === "string" ? (labels[i] as string) : scalarText(value) }));
}

/** A selectbox column: a native select of the configured options (labels from format_func). */
export function SelectEditor(p: EditorProps) {
  const options = optionsOf(p.column);
  const ref = useRef<HTMLSelectElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => ref.current?.focus(), []);
  const current = options.findIndex((o) => sameOption(o.value, p.value));
  return (
    <>
      <select
        ref={ref}
        class="stDataEditorInput"
        data-testid="stDataEditorCellSelect"
        aria-label={`Edit ${p.column.label}`}
        value={current === -1 ? "" : String(current)}
        onChange={(e) => {
          const i = e.currentTarget.value;
          const parsed = checkOptions(p.column, i === "" ? [] : [(options[Number(i)] as Option).value]);
          if (parsed.ok) p.commit(parsed.value);
          else setError(parsed.error);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            p.cancel();
          }
          e.stopPropagation();
        }}
        onBlur={() => p.cancel()}
      >
        <option value="" disabled={isRequired(p.column)}>
          {isRequired(p.column) ? "Choose an option" : "(empty)"}
        </option>
        {options.map((o, i) => (
          <option key={i} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorPopup anchor={ref as RefObject<HTMLElement>} error={error} />
    </>
  );
}

/** A multiselect column: a checklist of options (plus typed new ones when accept_new_options). */
export function MultiEditor(p: EditorProps) {
  const options = optionsOf(p.column);
  const acceptNew = p.column.config.type_config?.accept_new_options === true || options.length === 0;
  const [chosen, setChosen] = useState<JsonValue[]>(() => (toList(p.value) ?? []).map((v) => (typeof v === "bigint" ? Number(v) : (v as JsonValue))));
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const apply = () => {
    const parsed = checkOptions(p.column, chosen);
    if (parsed.ok) p.commit(parsed.value);
    else setError(parsed.error);
  };
  const toggle = (value: JsonValue) => {
    setError(null);
    setChosen((c) => (c.includes(value) ? c.filter((v) => v !== value) : [...c, value]));
  };
  const label = (value: JsonValue) => options.find((o) => o.value === value)?.label ?? scalarText(value);
  const extra = chosen.filter((v) => !options.some((o) => o.value === v));

  return (
    <div ref={box} class="stDataEditorMulti">
      <input
        ref={input}
        class="stDataEditorInput"
        data-testid="stDataEditorCellInput"
        aria-label={`Edit ${p.column.label}`}
        placeholder={chosen.map(label).join(", ") || (acceptNew ? "Type a value, Enter adds it" : "")}
        value={typed}
        readOnly={!acceptNew}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Escape") {
            e.preventDefault();
            p.cancel();
          } else if (e.key === "Enter") {
            e.preventDefault();
            const text = typed.trim();
            if (acceptNew && text !== "") {
              if (!chosen.includes(text)) setChosen([...chosen, text]);
              setTyped("");
            } else apply();
          }
        }}
      />
      <Popup anchor={box as RefObject<HTMLElement>} testId="stDataEditorMultiselect" role="group">
        {[...options, ...extra.map((value) => ({ value, label: scalarText(value) }))].map((o, i) => (
          <label key={i} class="stDataEditorOption">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={() => toggle(o.value)} />
            {o.label}
          </label>
        ))}
        {error ? (
          <div role="alert" data-testid="stDataEditorCellError" class="stDataEditorError">
            {error}
          </div>
        ) : null}
        <div class="stDataEditorActions">
          <button type="button" onClick={() => p.cancel()}>
            Cancel
          </button>
          <button type="button" class="primary" onClick={apply}>
            Done
          </button>
        </div>
      </Popup>
    </div>
  );
}

/** A checkbox cell opened with Enter or a double click: it flips at once. */
function ToggleNow(p: EditorProps) {
  useEffect(() => p.commit(!p.value), []);
  return null;
}

export function CellEditor(p: EditorProps) {
  const kind = editorKind(p.column);
  if (kind === null) return null; // read-only kinds never open (canEdit refuses them)
  if (kind === "checkbox") return <ToggleNow {...p} />;
  if (kind === "select") return <SelectEditor {...p} />;
  if (kind === "multi") return <MultiEditor {...p} />;
  return <TextEditor {...p} kind={kind} />;
}
