/**
 * Shared widget chrome: the label (inline Markdown), the help tooltip,
 * `label_visibility` and `disabled`. Every widget renders through it.
 *
 *   <WidgetFrame testId="stTextInput" chrome={props} labelFor={inputId}>
 *     <input id={inputId} ... />
 *   </WidgetFrame>
 */
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { HelpCircle } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { markdownToText } from "../markdown/render";

export type Chrome = {
  label: string;
  help: string | null;
  disabled: boolean;
  label_visibility: "visible" | "hidden" | "collapsed";
  /** `required=True`: a "(required)" marker after the label. */
  required?: boolean;
  /** false: the label stays on one line, cut with an ellipsis; null/true: it wraps. */
  wrap?: boolean | null;
};

/** The (?) icon with a Markdown tooltip on hover or keyboard focus. */
export function HelpIcon({ text }: { text: string }) {
  // Focusable, and described by the tooltip so screen readers read the help on focus.
  const tipId = useId();
  return (
    <span data-testid="stTooltipIcon" class="stTooltipIcon">
      <span data-testid="stTooltipHoverTarget" class="help-target" tabIndex={0} role="img" aria-label="Help" aria-describedby={tipId}>
        <HelpCircle size={15} />
      </span>
      <span role="tooltip" id={tipId} data-testid="stTooltipContent" class="help-tooltip">
        <Markdown body={text} />
      </span>
    </span>
  );
}

type LabelProps = {
  chrome: Chrome;
  htmlFor?: string;
  id?: string;
  /** "span" inside a <label> that wraps the control (checkbox, radio). */
  tag?: "label" | "span";
  withHelp?: boolean;
};

/** "hidden" keeps the label's space; "collapsed" removes it (Streamlit's semantics). */
export function WidgetLabel({ chrome, htmlFor, id, tag = "label", withHelp = true }: LabelProps) {
  const Tag = tag;
  return (
    <Tag
      data-testid="stWidgetLabel"
      id={id}
      for={tag === "label" ? htmlFor : undefined}
      class={`stWidgetLabel label-${chrome.label_visibility}${chrome.disabled ? " disabled" : ""}${chrome.wrap === false ? " nowrap" : ""}`}
      aria-hidden={chrome.label_visibility === "visible" ? undefined : "true"}
    >
      <Markdown inline body={chrome.label} />
      {chrome.required ? <span class="required-marker"> (required)</span> : null}
      {withHelp && chrome.help ? <HelpIcon text={chrome.help} /> : null}
    </Tag>
  );
}

/** An accessible name for the control even when the label is not shown. */
export function plainLabel(chrome: Chrome): string {
  return markdownToText(chrome.label);
}

type FrameProps = {
  testId: string;
  className?: string;
  chrome: Chrome;
  /** id of the control the label names; omit for group widgets. */
  labelFor?: string;
  labelId?: string;
  /** "none": the widget places the label itself (checkbox, toggle). */
  label?: "above" | "none";
  children: ComponentChildren;
};

export function WidgetFrame({ testId, className, chrome, labelFor, labelId, label = "above", children }: FrameProps) {
  const cls = `${className ?? testId} stWidget${chrome.disabled ? " disabled" : ""}`;
  return (
    <div data-testid={testId} class={cls} data-disabled={chrome.disabled ? "true" : undefined}>
      {label === "above" ? <WidgetLabel chrome={chrome} htmlFor={labelFor} id={labelId} /> : null}
      {children}
    </div>
  );
}
