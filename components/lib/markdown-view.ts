/** Markdown as a Lit template: synchronous when possible, upgraded once KaTeX loads. */
import { html, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { until } from "lit/directives/until.js";
import { renderMarkdown, renderMarkdownSync, type MarkdownOptions } from "./markdown.js";
import { markdownCss } from "./markdown.css.js";
import { adoptStyles } from "./st-element.js";

/** Sanitised HTML of Streamlit-flavoured Markdown (see markdown.ts for the rules). */
export function markdown(source: string, options: MarkdownOptions = {}): TemplateResult {
  adoptStyles(markdownCss);
  const { html: sync, pendingMath } = renderMarkdownSync(source, options);
  if (!pendingMath) return html`${unsafeHTML(sync)}`;
  return html`${until(renderMarkdown(source, options).then((full) => unsafeHTML(full)), unsafeHTML(sync))}`;
}

/** A label with Streamlit's inline Markdown subset. */
export function inlineMarkdown(source: string): TemplateResult {
  return markdown(source, { inline: true });
}
