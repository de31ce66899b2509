/** st.pagination: previous/next arrows around numbered page buttons. */
import { ChevronLeft, ChevronRight } from "../icons";
import { visiblePages } from "../widgets/pages";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

export const pagination: ElementRenderer<"pagination"> = ({ node }) => {
  const { props } = node;
  const [page, , commit] = useWidgetValue(node.id, props.value);
  const go = (p: number) => {
    if (!props.disabled && p >= 1 && p <= props.num_pages) commit(p);
  };
  return (
    <nav data-testid="stPagination" class={`stPagination${props.disabled ? " disabled" : ""}`} aria-label="Pagination">
      <button type="button" class="page-arrow" aria-label="Previous page" disabled={props.disabled || page <= 1} onClick={() => go(page - 1)}>
        <ChevronLeft size={16} />
      </button>
      {visiblePages(page, props.num_pages, props.max_visible_pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} class="page-gap" aria-hidden="true">
            …
          </span>
        ) : (
          <button
            key={p}
            type="button"
            class={`page-button${p === page ? " current" : ""}`}
            aria-label={`Page ${p}`}
            aria-current={p === page ? "page" : undefined}
            disabled={props.disabled}
            onClick={() => go(p)}
          >
            {p}
          </button>
        ),
      )}
      <button
        type="button"
        class="page-arrow"
        aria-label="Next page"
        disabled={props.disabled || page >= props.num_pages}
        onClick={() => go(page + 1)}
      >
        <ChevronRight size={16} />
      </button>
    </nav>
  );
};
