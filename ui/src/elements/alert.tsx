/** st.success / st.info / st.warning / st.error: a tinted box with optional icon and title. */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import type { ElementRenderer } from "./types";

const CONTENT_IDS = {
  success: "stAlertContentSuccess",
  info: "stAlertContentInfo",
  warning: "stAlertContentWarning",
  error: "stAlertContentError",
} as const;

export const alert: ElementRenderer<"alert"> = ({ node: { props } }) => (
  <div data-testid="stAlert" class="stAlert">
    <div role="alert" data-testid="stAlertContainer" class={`stAlertContainer alert-${props.kind}`}>
      <div data-testid={CONTENT_IDS[props.kind]} class="alert-content">
        {props.icon ? <UserIcon icon={props.icon} testId="stAlertDynamicIcon" /> : null}
        {props.title ? (
          <div class="alert-text">
            <div data-testid="stAlertTitle" class="alert-title">
              <Markdown inline body={props.title} />
            </div>
            <Markdown body={props.body} />
          </div>
        ) : (
          <Markdown body={props.body} />
        )}
      </div>
    </div>
  </div>
);
