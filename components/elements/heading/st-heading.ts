import { html, nothing, svg } from "lit";
import { customElement, property } from "lit/decorators.js";
import { html as staticHtml, unsafeStatic } from "lit/static-html.js";
import type { HeadingPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { renderMarkdownSync, slugify } from "../../lib/markdown.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

const DIVIDER_COLORS: Record<string, string> = {
  blue: "#1c83e1",
  green: "#21c354",
  orange: "#ffa421",
  red: "#ff4b4b",
  violet: "#803df5",
  gray: "#808495",
  rainbow: "linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5)",
};

/** An icon, not text, so the heading's textContent is exactly its body. */
const LINK_ICON = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>`;

/** st.title, st.header, st.subheader. */
@customElement("st-heading")
export class StHeading extends StElement<HeadingPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: HeadingPayload;

  protected static override testId = "stHeading";
  protected static override css = `
st-heading { display: block; }
st-heading h1, st-heading h2, st-heading h3 { font-weight: 700; line-height: 1.2; margin: 0; padding: 0.5rem 0 0.25rem; scroll-margin-top: 3rem; }
st-heading h1 { font-size: 2.75rem; }
st-heading h2 { font-size: 2.25rem; font-weight: 600; }
st-heading h3 { font-size: 1.75rem; font-weight: 600; }
st-heading h1 p, st-heading h2 p, st-heading h3 p { display: inline; margin: 0; }
st-heading .st-heading-anchor { margin-left: 0.5rem; font-size: 0.6em; color: var(--st-text-muted); text-decoration: none; visibility: hidden; }
st-heading :is(h1, h2, h3):hover .st-heading-anchor, st-heading .st-heading-anchor:focus { visibility: visible; }
st-heading hr { height: 2px; border: none; border-radius: 3px; margin: 0.5rem 0 0; }
`;

  protected override render() {
    const { tag, body, anchor, divider, help } = this.element;
    const id = anchor === false ? undefined : anchor || slugify(displayedText(body));
    const level = unsafeStatic(tag);
    const link = id ? html`<a class="st-heading-anchor" href="#${id}" aria-label="Link to this heading">${LINK_ICON}</a>` : nothing;
    return html`<div data-testid="stMarkdownContainer" class="stMarkdownContainer">
        ${staticHtml`<${level} id=${id ?? nothing}><span>${inlineMarkdown(body)}</span>${helpIcon(help)}${link}</${level}>`}
      </div>
      ${divider ? html`<hr data-testid="stHeadingDivider" style="background: ${DIVIDER_COLORS[divider] ?? divider}" />` : nothing}`;
  }
}

/** The heading's text as shown: Streamlit slugs the rendered text, not the Markdown source. */
function displayedText(body: string): string {
  const tpl = document.createElement("template");
  tpl.innerHTML = renderMarkdownSync(body, { inline: true }).html;
  return tpl.content.textContent ?? "";
}

declare global {
  interface HTMLElementTagNameMap {
    "st-heading": StHeading;
  }
}
