/**
 * st.image: a row of images that wraps, each with an optional Markdown caption
 * (sanitized) and an optional link. The element container applies `width`
 * (ui/src/layout/NodeView.tsx); here "stretch" and pixel widths fill it and
 * "content" keeps the natural size, never wider than the container.
 */
import { markdownToText } from "../markdown/render";
import { Markdown } from "../markdown/Markdown";
import { safeHref, SourceImage } from "../media/sourceImage";
import type { ImageProps } from "../protocol/generated";
import type { ElementRenderer } from "./types";

type Item = ImageProps["images"][number];

function ImageItem({ item, link, fill }: { item: Item; link: string | undefined; fill: boolean }) {
  const alt = item.alt ?? (item.caption === null ? "" : markdownToText(item.caption));
  const img = <SourceImage source={item} alt={alt} class={fill ? "fill" : undefined} />;
  return (
    <div data-testid="stImage" class="stImage">
      {link === undefined ? (
        img
      ) : (
        <a data-testid="stImageLink" href={link} target="_blank" rel="noopener noreferrer">
          {img}
        </a>
      )}
      {item.caption === null ? null : (
        <div data-testid="stImageCaption" class="stImageCaption">
          <Markdown body={item.caption} inline testId="stImageCaptionText" />
        </div>
      )}
    </div>
  );
}

export const image: ElementRenderer<"image"> = ({ node: { props } }) => {
  const link = safeHref(props.link);
  const fill = props.width !== "content";
  return (
    <div data-testid="stFullScreenFrame" class="stFullScreenFrame">
      <div data-testid="stImageContainer" class={`stImageContainer${props.images.length > 1 ? " list" : ""}`}>
        {props.images.map((item, i) => (
          <ImageItem key={i} item={item} link={link} fill={fill} />
        ))}
      </div>
    </div>
  );
};
