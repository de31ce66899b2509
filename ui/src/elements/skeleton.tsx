/** st.skeleton: a shimmering box that holds a slot until content replaces it. */
import type { ElementRenderer } from "./types";

export const skeleton: ElementRenderer<"skeleton"> = ({ node: { props } }) => {
  const height = props.height === null ? "2.5rem" : props.height === "stretch" ? "100%" : `${props.height}px`;
  return <div data-testid="stSkeleton" class="stSkeleton" role="progressbar" aria-busy="true" aria-label="Loading" style={{ height }} />;
};
