/**
 * st.pdf: the browser's own PDF viewer in an <iframe> on an application/pdf
 * object URL (revoked on removal), or on the given http(s) URL, with a link
 * to open the file in a new tab for browsers that show no inline viewer.
 */
import { useObjectUrl } from "../media/objectUrl";
import type { ElementRenderer } from "./types";

export const pdf: ElementRenderer<"pdf"> = ({ node: { props } }) => {
  const objectUrl = useObjectUrl(props.data, "application/pdf");
  const src = objectUrl ?? props.url ?? undefined;
  const stretch = props.height === "stretch";
  const title = props.alt ?? "PDF document";
  return (
    <div data-testid="stPdf" class={`stPdf${stretch ? " stretch" : ""}`}>
      <iframe
        data-testid="stPdfViewer"
        class="stPdfViewer"
        src={src}
        title={title}
        style={stretch ? undefined : { height: `${props.height}px` }}
      />
      <a data-testid="stPdfLink" class="stPdfLink" href={src} target="_blank" rel="noopener noreferrer">
        Open the PDF in a new tab
      </a>
    </div>
  );
};
