/**
 * Turns the element tree into Lit templates. Each element type maps to its tag;
 * the mapped type makes the compiler name any element type without a tag.
 */
import { html, nothing, type TemplateResult } from "lit";
import { literal, html as staticHtml, type StaticValue } from "lit/static-html.js";
import type { BlockBase, BlockPayload, BlockType, ElementType } from "../../packages/protocol/index.js";
import type { BlockNode, TreeNode } from "./element-tree.js";
import { renderColumn, renderColumns } from "../blocks/columns/columns.js";
import { renderContainer } from "../blocks/container/container.js";
import { renderExpandable } from "../blocks/expander/st-expander.js";
import { renderPopover } from "../blocks/popover/st-popover.js";
import { renderTab, renderTabs } from "../blocks/tabs/st-tabs.js";
import { renderForm } from "../blocks/form/form.js";
import { renderChatMessage } from "../blocks/chat-message/chat-message.js";
import { renderDialog } from "../blocks/dialog/st-dialog.js";

const ELEMENT_TAGS: { [K in ElementType]: StaticValue } = {
  alert: literal`st-alert`,
  writeStream: literal`st-write-stream`,
  chatInput: literal`st-chat-input`,
  button: literal`st-button`,
  checkbox: literal`st-checkbox`,
  dataframe: literal`st-dataframe`,
  table: literal`st-table`,
  metric: literal`st-metric`,
  code: literal`st-code`,
  docString: literal`st-help`,
  empty: literal`st-empty`,
  exception: literal`st-exception`,
  heading: literal`st-heading`,
  html: literal`st-html`,
  iframe: literal`st-iframe`,
  json: literal`st-json`,
  markdown: literal`st-markdown`,
  text: literal`st-text`,
  image: literal`st-image`,
  audio: literal`st-audio`,
  video: literal`st-video`,
  pdf: literal`st-pdf`,
  plotlyChart: literal`st-plotly-chart`,
  vegaLiteChart: literal`st-vega-lite-chart`,
  graphvizChart: literal`st-graphviz-chart`,
  map: literal`st-map`,
  textInput: literal`st-text-input`,
  textArea: literal`st-text-area`,
  numberInput: literal`st-number-input`,
  selectbox: literal`st-selectbox`,
  multiselect: literal`st-multiselect`,
  radio: literal`st-radio`,
  dateInput: literal`st-date-input`,
  timeInput: literal`st-time-input`,
  colorPicker: literal`st-color-picker`,
  fileUploader: literal`st-file-uploader`,
  cameraInput: literal`st-camera-input`,
  audioInput: literal`st-audio-input`,
  pageLink: literal`st-page-link`,
  progress: literal`st-progress`,
  spinner: literal`st-spinner`,
  toast: literal`st-toast`,
  balloons: literal`st-balloons`,
  snow: literal`st-snow`,
  space: literal`st-space`,
  slider: literal`st-slider`,
  buttonGroup: literal`st-button-group`,
  downloadButton: literal`st-download-button`,
  linkButton: literal`st-link-button`,
};

/**
 * Draws one block. `children` is every child drawn in order; renderers that place
 * children one by one (tabs) use `node.children` with `renderChild`.
 */
export type BlockRenderer<T extends BlockType> = (
  payload: Extract<BlockPayload, { type: T }>,
  children: TemplateResult,
  node: BlockNode,
  renderChild: (child: TreeNode) => TemplateResult | typeof nothing,
) => TemplateResult;

const BLOCK_RENDERERS: { [K in BlockType]: BlockRenderer<K> } = {
  vertical: renderContainer,
  horizontal: renderColumns,
  column: renderColumn,
  tabContainer: renderTabs,
  tab: renderTab,
  expandable: renderExpandable,
  popover: renderPopover,
  form: renderForm,
  chatMessage: renderChatMessage,
  dialog: renderDialog,
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

/** A block with nothing in it (empty blocks are drawn only when their payload allows it). */
export function isEmptyBlock(node: BlockNode): boolean {
  return node.children.every((child) => child === undefined);
}

export function renderNode(node: TreeNode, ctx: RenderContext): TemplateResult | typeof nothing {
  const stale = isStale(node, ctx);
  if (node.kind === "element") {
    const tag = ELEMENT_TAGS[node.payload.type];
    return html`<div class="stElementContainer element-container" data-testid="stElementContainer" data-stale=${stale}>
      ${staticHtml`<${tag} .element=${node.payload}></${tag}>`}
    </div>`;
  }
  const payload = node.payload;
  if (!payload) return renderChildren(node, ctx);
  // A block without `allowEmpty` (forms, dialogs) is not drawn while empty (testids.md counting rules).
  if ((payload as Partial<BlockBase>).allowEmpty !== true && isEmptyBlock(node)) return nothing;
  const render = BLOCK_RENDERERS[payload.type] as BlockRenderer<typeof payload.type>;
  const drawn = render(payload, renderChildren(node, ctx), node, (child) => renderNode(child, ctx));
  // The wrapper is `display: contents`: the block's own root is what its parent lays out.
  return html`<div class="st-block" data-stale=${stale}>${drawn}</div>`;
}
