/**
 * st.columns: a row (stHorizontalBlock) of columns (stColumn), each a vertical block.
 * Weights share the row's width after the gaps; on narrow screens the columns stack.
 */
import { html, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { ColumnBlock, HorizontalBlock } from "../../../packages/protocol/index.js";
import { adoptStyles } from "../../lib/st-element.js";
import { gapCss, widthStyle } from "../layout-utils.js";

const columnsCss = `
st-app .st-columns { display: flex; flex-direction: row; flex-wrap: nowrap; align-items: stretch; min-width: 0; }
st-app .stColumn { display: flex; flex-direction: column; min-width: 0; }
st-app .stColumn > .stVerticalBlock, st-app .stColumn > .stVerticalBlockBorderWrapper { flex: 1 1 auto; min-width: 0; }
@media (max-width: 640px) {
  st-app .st-columns { flex-wrap: wrap; }
  st-app .stColumn { flex: 1 1 100% !important; min-width: 100%; }
}
`;

const JUSTIFY = { top: "flex-start", center: "center", bottom: "flex-end" } as const;

export function renderColumns(block: HorizontalBlock, children: TemplateResult): TemplateResult {
  adoptStyles(columnsCss);
  const style: Record<string, string> = { gap: gapCss(block.gap) };
  Object.assign(style, widthStyle(block.width));
  return html`<div class="stHorizontalBlock st-columns" data-testid="stHorizontalBlock" style=${styleMap(style)}>${children}</div>`;
}

export function renderColumn(block: ColumnBlock, children: TemplateResult): TemplateResult {
  adoptStyles(columnsCss);
  const inner = html`<div class="stVerticalBlock" data-testid="stVerticalBlock" style=${styleMap({ "justify-content": JUSTIFY[block.verticalAlignment] })}>${children}</div>`;
  return html`<div class="stColumn" data-testid="stColumn" data-vertical-alignment=${block.verticalAlignment} style=${styleMap({ flex: `${block.weight} 1 0%` })}>
    ${block.border ? html`<div class="stVerticalBlockBorderWrapper" data-testid="stVerticalBlockBorderWrapper">${inner}</div>` : inner}
  </div>`;
}
