/**
 * Two @tanstack/virtual-core Virtualizers (rows and columns) over one
 * scrolling element, driven from Preact.
 *
 * Rows are laid out in "virtual" pixels (row * rowHeight). Browsers cap an
 * element's height near 33M px (Chrome) or 17M px (Firefox), and a million
 * 35px rows need 35M, so above MAX_SCROLL_PX the scrolled canvas is shorter
 * than the virtual height and scrollTop maps linearly onto it. The row
 * virtualizer sees a small adapter in virtual pixels (ScaledScroll) instead
 * of the element; columns never get that large and use the element as is.
 *
 *   const v = useGridVirtual(scrollEl, { rows, rowHeight, headerHeight, widths, pinnedWidth });
 *   v.rows.map((item) => <Row style={{ top: v.rowTop(item.start) }} />)
 */
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
  type VirtualItem,
} from "@tanstack/virtual-core";
import { useLayoutEffect, useReducer, useRef } from "preact/hooks";

export const MAX_SCROLL_PX = 15_000_000;

/** The row virtualizer's view of the scroll element, in virtual pixels. */
export class ScaledScroll {
  constructor(
    readonly el: HTMLElement,
    private readonly sizes: () => { header: number; total: number },
  ) {}
  get realTotal(): number {
    return Math.min(this.sizes().total, MAX_SCROLL_PX);
  }
  get viewport(): number {
    return Math.max(0, this.el.clientHeight - this.sizes().header);
  }
  /** Virtual pixels per real pixel of scrollTop (1 unless the data is huge). */
  get scale(): number {
    const total = this.sizes().total;
    const real = this.realTotal;
    const h = this.viewport;
    return real >= total || real - h <= 0 ? 1 : (total - h) / (real - h);
  }
  get scrollTop(): number {
    return this.el.scrollTop * this.scale;
  }
  get scrollLeft(): number {
    return this.el.scrollLeft;
  }
  get scrollHeight(): number {
    return this.sizes().total;
  }
  get clientHeight(): number {
    return this.viewport;
  }
  get scrollWidth(): number {
    return this.el.scrollWidth;
  }
  get clientWidth(): number {
    return this.el.clientWidth;
  }
  get ownerDocument(): Document {
    return this.el.ownerDocument;
  }
  addEventListener(type: string, fn: EventListener, options?: AddEventListenerOptions): void {
    this.el.addEventListener(type, fn, options);
  }
  removeEventListener(type: string, fn: EventListener): void {
    this.el.removeEventListener(type, fn);
  }
  scrollTo(options: ScrollToOptions): void {
    this.el.scrollTo({ top: (options.top ?? 0) / this.scale, behavior: options.behavior });
  }
}

type RowVirtualizer = Virtualizer<HTMLElement, HTMLElement>;

function rowObservers(scroller: () => ScaledScroll | null) {
  return {
    observeElementRect(_: RowVirtualizer, cb: (rect: { width: number; height: number }) => void) {
      const s = scroller();
      if (!s) return;
      const report = () => cb({ width: s.el.clientWidth, height: s.viewport });
      report();
      if (typeof ResizeObserver === "undefined") return;
      const ro = new ResizeObserver(report);
      ro.observe(s.el);
      return () => ro.disconnect();
    },
    observeElementOffset(_: RowVirtualizer, cb: (offset: number, isScrolling: boolean) => void) {
      const s = scroller();
      if (!s) return;
      let idle: ReturnType<typeof setTimeout> | undefined;
      const onScroll = () => {
        cb(s.scrollTop, true);
        clearTimeout(idle);
        idle = setTimeout(() => cb(s.scrollTop, false), 150);
      };
      cb(s.scrollTop, false);
      s.el.addEventListener("scroll", onScroll, { passive: true });
      return () => {
        clearTimeout(idle);
        s.el.removeEventListener("scroll", onScroll);
      };
    },
    scrollToFn(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }) {
      scroller()?.scrollTo({ top: offset + (options.adjustments ?? 0), behavior: options.behavior });
    },
  };
}

export interface GridVirtualOptions {
  rows: number;
  rowHeight: number;
  headerHeight: number;
  /** Widths of the unpinned columns, in order. */
  widths: readonly number[];
  /** Total width of the pinned columns (they sit left of the scrolled ones). */
  pinnedWidth: number;
}

export interface GridVirtual {
  rows: VirtualItem[];
  cols: VirtualItem[];
  /** Height of the scrolled canvas in real pixels, header included. */
  canvasHeight: number;
  canvasWidth: number;
  /** Real y (inside the canvas) of a row whose virtual start is `start`. */
  rowTop(start: number): number;
  scrollToRow(viewRow: number): void;
  scrollToColumn(index: number): void;
}

function useForceUpdate(): () => void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  return () => bump(1);
}

/** One Virtualizer kept across renders; its options are replaced on each render. */
function useVirtualizer(options: VirtualizerOptions<HTMLElement, HTMLElement>, sizeKey: string): RowVirtualizer {
  const force = useForceUpdate();
  const ref = useRef<RowVirtualizer | null>(null);
  const full = { ...options, onChange: () => force() };
  if (ref.current === null) ref.current = new Virtualizer(full);
  else ref.current.setOptions(full);
  const v = ref.current;
  useLayoutEffect(() => v._didMount(), [v]);
  useLayoutEffect(() => {
    v._willUpdate();
  });
  const lastKey = useRef(sizeKey);
  useLayoutEffect(() => {
    // Sizes come from estimateSize (fixed rows, known widths): re-measure when they change.
    if (lastKey.current !== sizeKey) {
      lastKey.current = sizeKey;
      v.measure();
    }
  }, [v, sizeKey]);
  return v;
}

export function useGridVirtual(el: HTMLElement | null, o: GridVirtualOptions): GridVirtual {
  const total = o.rows * o.rowHeight;
  const sizes = useRef({ header: o.headerHeight, total });
  sizes.current = { header: o.headerHeight, total };
  const scaled = useRef<ScaledScroll | null>(null);
  if (el && scaled.current?.el !== el) scaled.current = new ScaledScroll(el, () => sizes.current);
  const scroller = () => scaled.current;

  const rowV = useVirtualizer(
    {
      count: o.rows,
      getScrollElement: () => scroller() as unknown as HTMLElement | null,
      estimateSize: () => o.rowHeight,
      overscan: 6,
      ...rowObservers(scroller),
    },
    `r${o.rowHeight}`,
  );
  const colV = useVirtualizer(
    {
      count: o.widths.length,
      horizontal: true,
      getScrollElement: () => el,
      estimateSize: (i) => o.widths[i] ?? 100,
      paddingStart: o.pinnedWidth,
      scrollPaddingStart: o.pinnedWidth,
      overscan: 2,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
    },
    `c${o.pinnedWidth}:${o.widths.join(",")}`,
  );

  const realTotal = Math.min(total, MAX_SCROLL_PX);
  return {
    rows: rowV.getVirtualItems(),
    cols: colV.getVirtualItems(),
    canvasHeight: o.headerHeight + realTotal,
    canvasWidth: o.pinnedWidth + o.widths.reduce((a, b) => a + b, 0),
    rowTop(start) {
      const offset = rowV.scrollOffset ?? 0;
      const scale = scaled.current?.scale ?? 1;
      return o.headerHeight + start - offset + offset / scale;
    },
    scrollToRow: (viewRow) => rowV.scrollToIndex(viewRow, { align: "auto" }),
    scrollToColumn: (index) => colV.scrollToIndex(index, { align: "auto" }),
  };
}
