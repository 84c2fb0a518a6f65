/** Small helpers shared by the layout blocks: sizes from the protocol's width/gap specs. */
import type { GapSize, WidthSpec } from "../../packages/protocol/index.js";

const GAPS = { small: "1rem", medium: "2rem", large: "4rem" } as const;

/** CSS length of a gap name (null: no gap). */
export function gapCss(gap: GapSize): string {
  return gap == null ? "0" : GAPS[gap];
}

/**
 * Style declarations (for `styleMap`) of a width spec: "stretch" fills the parent (the
 * default in a column flow), "content" fits the content, pixels are capped by the parent.
 */
export function widthStyle(width: WidthSpec | undefined): Record<string, string> {
  if (typeof width === "number") return { width: `${width}px`, "max-width": "100%" };
  if (width === "content") return { width: "fit-content", "max-width": "100%", "align-self": "flex-start" };
  return {};
}
