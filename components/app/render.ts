/**
 * Turns the element tree into Lit templates. Each element type maps to its tag;
 * the mapped type makes the compiler name any element type without a tag.
 */
import { html, nothing, type TemplateResult } from "lit";
import { literal, html as staticHtml, type StaticValue } from "lit/static-html.js";
import type { BlockPayload, BlockType, ElementType } from "../../packages/protocol/index.js";
import type { BlockNode, TreeNode } from "./element-tree.js";

const ELEMENT_TAGS: { [K in ElementType]: StaticValue } = {
  alert: literal`st-alert`,
  button: literal`st-button`,
  checkbox: literal`st-checkbox`,
  code: literal`st-code`,
  docString: literal`st-help`,
  empty: literal`st-empty`,
  exception: literal`st-exception`,
  heading: literal`st-heading`,
  html: literal`st-html`,
  json: literal`st-json`,
  markdown: literal`st-markdown`,
  text: literal`st-text`,
};

type BlockRenderer<T extends BlockType> = (
  payload: Extract<BlockPayload, { type: T }>,
  children: TemplateResult,
) => TemplateResult;

const BLOCK_RENDERERS: { [K in BlockType]: BlockRenderer<K> } = {
  vertical: (block, children) => {
    const keyClass = block.key ? ` st-key-${block.key}` : "";
    const inner = html`<div class="stVerticalBlock${block.border ? "" : keyClass}" data-testid="stVerticalBlock">${children}</div>`;
    return block.border
      ? html`<div class="stVerticalBlockBorderWrapper${keyClass}" data-testid="stVerticalBlockBorderWrapper">${inner}</div>`
      : inner;
  },
};

export interface RenderContext {
  /** The run in progress, or null when idle. */
  runningId: number | null;
}

function isStale(node: TreeNode, ctx: RenderContext): boolean {
  return ctx.runningId !== null && node.runId !== ctx.runningId;
}

export function renderChildren(block: BlockNode, ctx: RenderContext): TemplateResult {
  return html`${block.children.map((child) => (child ? renderNode(child, ctx) : nothing))}`;
}

export function renderNode(node: TreeNode, ctx: RenderContext): TemplateResult {
  const stale = isStale(node, ctx);
  if (node.kind === "element") {
    const tag = ELEMENT_TAGS[node.payload.type];
    return html`<div class="stElementContainer element-container" data-testid="stElementContainer" data-stale=${stale}>
      ${staticHtml`<${tag} .element=${node.payload}></${tag}>`}
    </div>`;
  }
  const payload = node.payload;
  if (!payload) return renderChildren(node, ctx);
  const render = BLOCK_RENDERERS[payload.type] as BlockRenderer<typeof payload.type>;
  return html`<div class="st-block" data-stale=${stale}>${render(payload, renderChildren(node, ctx))}</div>`;
}
