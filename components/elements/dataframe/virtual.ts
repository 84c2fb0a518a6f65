/**
 * Row virtualisation: which rows to draw for a scroll position, and where.
 *
 * Rows have a fixed height. Browsers cap an element's height (about 33.5 million px in
 * Chromium), so very tall tables scroll a shorter canvas and map its scroll range onto
 * the rows (`scale`); rows are placed relative to the scroll position, so transforms
 * stay small.
 */

/** The tallest canvas we ask the browser for. */
export const MAX_CANVAS_PX = 8_000_000;

export interface ViewportInput {
  scrollTop: number;
  /** Height of the rows area (viewport minus header). */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows drawn above and below. */
  overscan?: number;
}

export interface VisibleRows {
  /** First and one-past-last display rows to draw. */
  start: number;
  end: number;
  /** Height of the scrolled canvas (rows area only). */
  canvasHeight: number;
  /** Pixel top (within the canvas rows area) of display row `i`. */
  top(i: number): number;
}

/** Height of the canvas for `rowCount` rows. */
export function canvasHeight(rowCount: number, rowHeight: number): number {
  return Math.min(rowCount * rowHeight, MAX_CANVAS_PX);
}

export function visibleRows({ scrollTop, viewportHeight, rowHeight, rowCount, overscan = 3 }: ViewportInput): VisibleRows {
  const fullHeight = rowCount * rowHeight;
  const canvas = canvasHeight(rowCount, rowHeight);
  const maxScroll = Math.max(0, canvas - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxScroll);
  // Virtual offset of the viewport's top within the full (unscaled) row stack.
  const fullMaxScroll = Math.max(0, fullHeight - viewportHeight);
  const virtualTop = maxScroll > 0 ? (top / maxScroll) * fullMaxScroll : 0;
  const first = Math.floor(virtualTop / rowHeight);
  const count = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + count + overscan);
  return {
    start,
    end,
    canvasHeight: canvas,
    top: (i: number) => top + (i * rowHeight - virtualTop),
  };
}

/** The scrollTop that brings display row `row` into view (or the current one if visible). */
export function scrollTopFor(row: number, current: number, viewportHeight: number, rowHeight: number, rowCount: number): number {
  const fullHeight = rowCount * rowHeight;
  const canvas = canvasHeight(rowCount, rowHeight);
  const maxScroll = Math.max(0, canvas - viewportHeight);
  const fullMaxScroll = Math.max(0, fullHeight - viewportHeight);
  const ratio = fullMaxScroll > 0 ? maxScroll / fullMaxScroll : 1;
  const virtualTop = fullMaxScroll > 0 ? (current / (maxScroll || 1)) * fullMaxScroll : 0;
  const rowTop = row * rowHeight;
  let target = virtualTop;
  if (rowTop < virtualTop) target = rowTop;
  else if (rowTop + rowHeight > virtualTop + viewportHeight) target = rowTop + rowHeight - viewportHeight;
  else return current;
  return Math.round(Math.min(maxScroll, Math.max(0, target * ratio)));
}
