/**
 * st.tabs: a tab list (one stTab button per tab) over one panel per tab. Every panel
 * is drawn (as on Streamlit); only the selected one is shown. Arrow keys, Home and End
 * move between tabs (automatic activation, roving tabindex).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { TabBlock, TabContainerBlock } from "../../../packages/protocol/index.js";
import type { BlockNode, TreeNode } from "../../app/element-tree.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";
import { widthStyle } from "../layout-utils.js";

let nextTabsId = 0;

@customElement("st-tabs")
export class StTabs extends StElement<TabContainerBlock> {
  /** The tab container's payload from Python. */
  @property({ attribute: false }) element!: TabContainerBlock;
  /** One label (inline Markdown) per tab. */
  @property({ attribute: false }) labels: string[] = [];
  /** One drawn panel per tab, in order. */
  @property({ attribute: false }) panels: (TemplateResult | typeof nothing)[] = [];

  /** Index of the selected tab. */
  @state() private active = 0;
  private appliedDefault: number | null = null;
  private readonly uid = `st-tabs-${++nextTabsId}`;

  protected static override testId = "stTabs";
  protected static override css = `
st-tabs { display: block; min-width: 0; }
st-tabs .st-tab-list { display: flex; gap: 1rem; overflow-x: auto; border-bottom: 1px solid var(--st-border); margin-bottom: 1rem; scrollbar-width: thin; }
st-tabs .stTab { flex: none; display: inline-flex; align-items: center; gap: 0.25rem; padding: 0.5rem 0.25rem; border: none; border-bottom: 2px solid transparent; margin-bottom: -1px; background: none; color: var(--st-text); font: inherit; cursor: pointer; white-space: nowrap; }
st-tabs .stTab p { margin: 0; }
st-tabs .stTab:hover { color: var(--st-primary); }
st-tabs .stTab[aria-selected="true"] { color: var(--st-primary); border-bottom-color: var(--st-primary); }
st-tabs .stTab:focus-visible { outline: 2px solid var(--st-primary); outline-offset: -2px; border-radius: 0.25rem; }
st-tabs .st-tab-panel[hidden] { display: none; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element") && this.element.defaultIndex !== this.appliedDefault) {
      // The default applies when the tabs first appear, and again if the script changes it.
      this.appliedDefault = this.element.defaultIndex;
      this.active = this.element.defaultIndex;
    }
    if (this.active >= this.labels.length && this.labels.length > 0) this.active = this.labels.length - 1;
  }

  protected override render() {
    return html`<div style=${styleMap(widthStyle(this.element.width))}><div class="st-tab-list" role="tablist" @keydown=${this.onKeyDown}>
        ${this.labels.map(
          (label, i) => html`<button
            type="button"
            role="tab"
            class="stTab"
            data-testid="stTab"
            id="${this.uid}-tab-${i}"
            aria-controls="${this.uid}-panel-${i}"
            aria-selected=${i === this.active ? "true" : "false"}
            tabindex=${i === this.active ? 0 : -1}
            @click=${() => this.select(i)}
          >
            <div data-testid="stMarkdownContainer">${inlineMarkdown(label)}</div>
          </button>`,
        )}
      </div>
      ${this.panels.map(
        (panel, i) => html`<div
          class="st-tab-panel"
          role="tabpanel"
          id="${this.uid}-panel-${i}"
          aria-labelledby="${this.uid}-tab-${i}"
          ?hidden=${i !== this.active}
        >
          ${panel}
        </div>`,
      )}</div>`;
  }

  /** Select tab `index` (the page's own state: no rerun, as on Streamlit). */
  select(index: number, focus = false): void {
    if (index < 0 || index >= this.labels.length) return;
    this.active = index;
    if (focus) void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.uid}-tab-${index}`)?.focus());
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const count = this.labels.length;
    const moves: Record<string, number> = {
      ArrowRight: (this.active + 1) % count,
      ArrowLeft: (this.active - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined || count === 0) return;
    event.preventDefault();
    this.select(next, true);
  };
}

/** BLOCK_RENDERERS entry for "tabContainer": labels and panels come from the tab children. */
export function renderTabs(
  block: TabContainerBlock,
  _children: TemplateResult,
  node: BlockNode,
  renderChild: (child: TreeNode) => TemplateResult | typeof nothing,
): TemplateResult {
  const tabs = node.children.filter(
    (child): child is BlockNode & { payload: TabBlock } => child?.kind === "block" && child.payload?.type === "tab",
  );
  return html`<st-tabs .element=${block} .labels=${tabs.map((t) => t.payload.label)} .panels=${tabs.map((t) => renderChild(t))}></st-tabs>`;
}

/** BLOCK_RENDERERS entry for "tab": the panel's content. */
export function renderTab(_block: TabBlock, children: TemplateResult): TemplateResult {
  return html`<div class="stVerticalBlock" data-testid="stVerticalBlock">${children}</div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-tabs": StTabs;
  }
}
