/** st.page_link: a navigation-style link; external URLs open in a new tab. */
import { ButtonContent } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

export const page_link: ElementRenderer<"page_link"> = ({ node }) => {
  const { props } = node;
  return (
    <div data-testid="stPageLink" class="stPageLink">
      <a
        data-testid="stPageLink-NavLink"
        class={`page-link${props.disabled ? " disabled" : ""}`}
        href={props.disabled ? undefined : props.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-disabled={props.disabled ? "true" : undefined}
      >
        <ButtonContent icon={props.icon} iconPosition={props.icon_position} label={props.label} />
      </a>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
