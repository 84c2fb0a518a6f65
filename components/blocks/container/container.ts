/**
 * st.container: a flex column (or a wrapping row with `horizontal=True`), optionally
 * bordered, with a fixed scrolling height, a gap, alignments and `st-key-<key>`.
 */
import { html, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { VerticalBlock } from "../../../packages/protocol/index.js";
import { adoptStyles } from "../../lib/st-element.js";
import { gapCss, widthStyle } from "../layout-utils.js";

const containerCss = `
st-app .st-container-row { display: flex; flex-direction: row; flex-wrap: wrap; min-width: 0; }
st-app .st-container-row > .stElementContainer, st-app .st-container-row > .st-block > * { flex: 0 1 auto; min-width: 0; }
st-app .st-scroll { overflow-y: auto; overscroll-behavior: contain; }
st-app .stVerticalBlockBorderWrapper { display: flex; flex-direction: column; min-width: 0; }
st-app .stVerticalBlockBorderWrapper > .stVerticalBlock, st-app .stVerticalBlockBorderWrapper > .stHorizontalBlock { flex: 1 0 auto; }
st-app .st-stretch-height { flex: 1 1 auto; }
`;

const JUSTIFY = { left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end", distribute: "space-between" } as const;
/** Cross-axis alignment; "distribute" has no meaning there (Streamlit: same as left/top). */
const ALIGN = { left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end", distribute: "flex-start" } as const;

export function renderContainer(block: VerticalBlock, children: TemplateResult): TemplateResult {
  adoptStyles(containerCss);
  const keyClass = block.key ? ` st-key-${block.key}` : "";
  const fixedHeight = typeof block.height === "number";
  const outer: Record<string, string> = {};
  Object.assign(outer, widthStyle(block.width));
  if (fixedHeight) outer.height = `${block.height}px`;
  const flow: Record<string, string> = { gap: gapCss(block.gap) };
  if (block.horizontal) {
    flow["justify-content"] = JUSTIFY[block.horizontalAlignment];
    flow["align-items"] = ALIGN[block.verticalAlignment];
  } else {
    flow["justify-content"] = JUSTIFY[block.verticalAlignment];
    // "left" keeps the default stretch so full-width elements stay full width.
    if (block.horizontalAlignment !== "left" && block.horizontalAlignment !== "distribute") {
      flow["align-items"] = ALIGN[block.horizontalAlignment];
    }
  }
  const testId = block.horizontal ? "stHorizontalBlock" : "stVerticalBlock";
  const flowClass = `${testId}${block.horizontal ? " st-container-row" : ""}`;
  const extra = `${fixedHeight ? " st-scroll" : ""}${block.height === "stretch" ? " st-stretch-height" : ""}`;
  if (!block.border) {
    return html`<div class="${flowClass}${extra}${keyClass}" data-testid=${testId} style=${styleMap({ ...outer, ...flow })}>${children}</div>`;
  }
  return html`<div class="stVerticalBlockBorderWrapper${extra}${keyClass}" data-testid="stVerticalBlockBorderWrapper" style=${styleMap(outer)}>
    <div class=${flowClass} data-testid=${testId} style=${styleMap(flow)}>${children}</div>
  </div>`;
}
