/** st.page_link: a navigation-style link; app pages switch in place, external URLs open in a new tab. */
import { ButtonContent } from "../widgets/buttonContent";
import { HelpIcon } from "../widgets/chrome";
import { useWidgetHost } from "../widgets/context";
import type { ElementRenderer } from "./types";

export const page_link: ElementRenderer<"page_link"> = ({ node }) => {
  const { props } = node;
  const host = useWidgetHost();
  if (props.page !== null) {
    const urlPath = props.page;
    const onClick = (event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (!props.disabled) host.switchPage?.(urlPath, props.query_string ?? "");
    };
    return (
      <div data-testid="stPageLink" class="stPageLink">
        <a
          data-testid="stPageLink-NavLink"
          class={`page-link${props.disabled ? " disabled" : ""}`}
          href={props.disabled ? undefined : (host.pageHref?.(urlPath, props.query_string) ?? "#")}
          aria-disabled={props.disabled ? "true" : undefined}
          onClick={onClick}
        >
          <ButtonContent icon={props.icon} iconPosition={props.icon_position} label={props.label} />
        </a>
        {props.help ? <HelpIcon text={props.help} /> : null}
      </div>
    );
  }
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
