/** st.page_link: a navigation-style link; external URLs open in a new tab. */
import { UserIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";
import { widthStyle } from "./width";

export const page_link: ElementRenderer<"page_link"> = ({ node }) => {
  const { props } = node;
  return (
    <div data-testid="stPageLink" class="stPageLink" style={widthStyle(props.width)}>
      <a
        data-testid="stPageLink-NavLink"
        class={`page-link${props.disabled ? " disabled" : ""}`}
        href={props.disabled ? undefined : props.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-disabled={props.disabled ? "true" : undefined}
      >
        {props.icon ? <UserIcon icon={props.icon} /> : null}
        <Markdown inline body={props.label} />
      </a>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
};
