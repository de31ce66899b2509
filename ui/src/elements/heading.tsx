/** st.title / st.header / st.subheader. */
import { LinkIcon } from "../icons";
import { Markdown } from "../markdown/Markdown";
import { markdownToText } from "../markdown/render";
import { HelpIcon } from "../widgets/chrome";
import type { ElementRenderer } from "./types";

const TAGS = { title: "h1", header: "h2", subheader: "h3" } as const;

/** Anchor slug of heading text: lowercase words joined by "-". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/[\s-]+/g, "-");
}

// The id lives in the shadow root, where the browser's own #hash jump cannot see it.
function jumpTo(event: MouseEvent, slug: string): void {
  const link = event.currentTarget as HTMLElement;
  const target = (link.getRootNode() as ParentNode).querySelector(`[id="${CSS.escape(slug)}"]`);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ behavior: "smooth", block: "start" });
  history.replaceState(history.state, "", `#${slug}`);
}

export const heading: ElementRenderer<"heading"> = ({ node: { props } }) => {
  const Tag = TAGS[props.level];
  const slug = props.anchor === false ? null : props.anchor || slugify(markdownToText(props.body));
  return (
    <div data-testid="stHeading" class={`stHeading heading-${props.level}${props.wrap ? "" : " no-wrap"}`}>
      <Tag id={slug || undefined}>
        <span data-testid="stHeadingWithActionElements" class="heading-content">
          <Markdown inline body={props.body} />
          {props.help ? <HelpIcon text={props.help} /> : null}
          {slug ? (
            <span data-testid="stHeaderActionElements" class="heading-actions">
              <a href={`#${slug}`} aria-label="Link to this heading" onClick={(e) => jumpTo(e, slug)}>
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
