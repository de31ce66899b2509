/** st.title / st.header / st.subheader. */
import { LinkIcon, UserIcon } from "../icons";
import { jumpToAnchor, Markdown } from "../markdown/Markdown";
import { headingSlug } from "../markdown/render";
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

export { slugify } from "../markdown/render";

const TAGS = { title: "h1", header: "h2", subheader: "h3" } as const;

export const heading: ElementRenderer<"heading"> = ({ node: { props } }) => {
  const Tag = TAGS[props.level];
  const slug = props.anchor === false ? null : props.anchor || headingSlug(props.body);
  return (
    <div
      data-testid="stHeading"
      class={`stHeading heading-${props.level}${props.wrap ? "" : " no-wrap"}`}
      style={props.text_alignment === "left" ? undefined : { textAlign: props.text_alignment }}
    >
      <Tag id={slug || undefined}>
        <span data-testid="stHeadingWithActionElements" class="heading-content">
          {props.icon ? <UserIcon icon={props.icon} testId="stHeadingIcon" /> : null}
          <Markdown inline body={props.body} />
          {props.help ? <HelpIcon text={props.help} /> : null}
          {slug ? (
            <span data-testid="stHeaderActionElements" class="heading-actions">
              <a href={`#${slug}`} aria-label="Link to this heading" onClick={(e) => jumpToAnchor(e, e.currentTarget, slug)}>
                <LinkIcon size={18} />
              </a>
            </span>
          ) : null}
        </span>
      </Tag>
      {props.divider !== false ? (
        <hr data-testid="stHeadingDivider" class={`heading-divider divider-${props.divider}`} />
      ) : null}
    </div>
  );
};
