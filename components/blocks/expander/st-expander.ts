/**
 * st.expander and st.status: a native <details> whose summary is the label (inline
 * Markdown) with an icon; a status shows its state's icon (spinner, check, error).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { ExpandableBlock } from "../../../packages/protocol/index.js";
import { iconTemplate } from "../../lib/icon.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";
import { widthStyle } from "../layout-utils.js";

const STATE_ICONS = {
  running: html`<span class="st-status-spinner" data-testid="stExpanderIconSpinner" role="img" aria-label="Running"></span>`,
  complete: html`<svg class="st-status-icon" data-testid="stExpanderIconCheck" role="img" aria-label="Complete" viewBox="0 0 24 24" width="18" height="18"><path fill="currentColor" d="M9.55 17.6 4.4 12.45l1.4-1.4 3.75 3.75 8.65-8.65 1.4 1.4z"/></svg>`,
  error: html`<svg class="st-status-icon" data-testid="stExpanderIconError" role="img" aria-label="Error" viewBox="0 0 24 24" width="18" height="18"><path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m1 15h-2v-2h2zm0-4h-2V7h2z"/></svg>`,
} as const;

/** The expander of st.expander / st.status. Its children come in as a template. */
@customElement("st-expander")
export class StExpander extends StElement<ExpandableBlock> {
  /** The block payload from Python. */
  @property({ attribute: false }) element!: ExpandableBlock;
  /** The block's children, drawn inside the details. */
  @property({ attribute: false }) content: TemplateResult | typeof nothing = nothing;

  /** Whether the details are open: Python's `expanded` when it changes, else the user's choice. */
  @state() private open = false;
  private lastExpanded: boolean | null = null;

  protected static override testId = "stExpander";
  protected static override css = `
st-expander { display: block; min-width: 0; }
st-expander > details { border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg); }
st-expander > details > summary { display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem 1rem; cursor: pointer; list-style: none; border-radius: var(--st-radius); user-select: none; }
st-expander > details > summary::-webkit-details-marker { display: none; }
st-expander > details > summary:hover { color: var(--st-primary); }
st-expander > details > summary:focus-visible { outline: 2px solid var(--st-primary); outline-offset: -2px; }
st-expander .st-expander-label { flex: 1; min-width: 0; }
st-expander .st-expander-label p { margin: 0; }
st-expander .st-expander-chevron { flex: none; transition: transform 0.15s; }
st-expander > details[open] > summary .st-expander-chevron { transform: rotate(180deg); }
st-expander .stExpanderDetails { padding: 0 1rem 1rem; }
st-expander .st-status-spinner { flex: none; width: 1rem; height: 1rem; border: 2px solid var(--st-bg-secondary); border-top-color: var(--st-primary); border-radius: 50%; animation: st-spin 0.8s linear infinite; }
st-expander .st-status-icon { flex: none; }
st-expander [data-testid="stExpanderIconCheck"] { color: #21c354; }
st-expander [data-testid="stExpanderIconError"] { color: #ff2b2b; }
@keyframes st-spin { to { transform: rotate(360deg); } }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element")) {
      const { expanded } = this.element;
      // Python's value wins when it changes (first render, status.update); otherwise the user's choice stays.
      // Python's None arrives as undefined. As on Streamlit, a value after a None applies again.
      if (expanded != null && expanded !== this.lastExpanded) this.open = expanded;
      this.lastExpanded = expanded ?? null;
    }
  }

  protected override render() {
    const { label, icon, state } = this.element;
    return html`<details ?open=${this.open} @toggle=${this.onToggle} style=${styleMap(widthStyle(this.element.width))}>
      <summary>
        ${state ? STATE_ICONS[state] : icon ? iconTemplate(icon) : nothing}
        <span class="st-expander-label" data-testid="stMarkdownContainer">${inlineMarkdown(label)}</span>
        <svg class="st-expander-chevron" data-testid="stExpanderToggleIcon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M12 15.4 6 9.4 7.4 8l4.6 4.6L16.6 8 18 9.4z"/></svg>
      </summary>
      <div class="stExpanderDetails" data-testid="stExpanderDetails">
        <div class="stVerticalBlock" data-testid="stVerticalBlock">${this.content}</div>
      </div>
    </details>`;
  }

  private onToggle = (event: Event) => {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
  };
}

/** BLOCK_RENDERERS entry for "expandable". */
export function renderExpandable(block: ExpandableBlock, children: TemplateResult): TemplateResult {
  return html`<st-expander .element=${block} .content=${children}></st-expander>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-expander": StExpander;
  }
}
