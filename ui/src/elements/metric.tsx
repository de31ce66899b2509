/**
 * st.metric: label (with help), the value in large type, the delta with an
 * arrow in its colour (Python decides colour and arrow), an optional
 * description and a sparkline. Label, value and delta are inline Markdown.
 */
import type { JSX } from "preact";
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { HelpIcon } from "../widgets/chrome";
import { Sparkline } from "./sparkline";
import type { ElementRenderer } from "./types";
import { widthStyle } from "./width";

const Arrow = ({ direction }: { direction: "up" | "down" }) => (
  <svg data-testid={direction === "up" ? "stMetricDeltaIcon-Up" : "stMetricDeltaIcon-Down"} class="metric-arrow" viewBox="0 0 24 24" width={16} height={16} aria-hidden="true">
    <path d={direction === "up" ? "M12 19V5M5 12l7-7 7 7" : "M12 5v14M5 12l7 7 7-7"} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

function heightStyle(height: "content" | "stretch" | number): JSX.CSSProperties {
  if (typeof height === "number") return { height: `${height}px` };
  return height === "stretch" ? { height: "100%" } : {};
}

export const metric: ElementRenderer<"metric"> = ({ node: { props } }) => {
  const visibility = props.label_visibility;
  return (
    <div
      data-testid="stMetric"
      class={`stMetric${props.border ? " bordered" : ""}`}
      style={{ ...widthStyle(props.width), ...heightStyle(props.height) }}
    >
      {visibility === "collapsed" ? null : (
        <div data-testid="stMetricLabel" class={`metric-label label-${visibility}`} aria-hidden={visibility === "hidden" ? "true" : undefined}>
          <Markdown inline body={props.label} />
          {props.help ? <HelpIcon text={props.help} /> : null}
        </div>
      )}
      <div data-testid="stMetricValue" class="metric-value">
        {props.icon ? <UserIcon icon={props.icon} testId="stMetricIcon" /> : null}
        <Markdown inline body={props.value} />
      </div>
      {props.delta !== "" || props.delta_description ? (
        <div class="metric-delta-row">
          {props.delta !== "" ? (
            <div data-testid="stMetricDelta" class={`metric-delta metric-${props.color}`}>
              {props.arrow !== "none" ? <Arrow direction={props.arrow} /> : null}
              <Markdown inline body={props.delta} />
            </div>
          ) : null}
          {props.delta_description ? (
            <span data-testid="stMetricDeltaDescription" class="metric-delta-description">
              <Markdown inline body={props.delta_description} />
            </span>
          ) : null}
        </div>
      ) : null}
      {props.chart_data !== null && props.chart_data.length > 0 ? (
        <Sparkline data={props.chart_data} type={props.chart_type} color={props.color} />
      ) : null}
    </div>
  );
};
