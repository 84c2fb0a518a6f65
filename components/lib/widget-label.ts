/** Widget labels: inline Markdown, `label_visibility`, help icon. */
import { html } from "lit";
import type { WidgetBase } from "../../packages/protocol/index.js";
import { helpIcon } from "./help.js";
import { inlineMarkdown } from "./markdown-view.js";
import { adoptStyles } from "./st-element.js";

const widgetLabelCss = `
st-app .stWidgetLabel { display: flex; align-items: center; font-size: 0.875rem; margin-bottom: 0.25rem; min-height: 1.5rem; }
st-app .stWidgetLabel p { margin: 0; }
st-app .stWidgetLabel[data-visibility="hidden"] { visibility: hidden; }
st-app .stWidgetLabel[data-visibility="collapsed"] { display: none; }
`;

/** The label above a widget; `forId` links it to the input. */
export function widgetLabel(widget: WidgetBase, forId?: string) {
  adoptStyles(widgetLabelCss);
  return html`<label class="stWidgetLabel" data-testid="stWidgetLabel" data-visibility=${widget.labelVisibility} for=${forId ?? ""}>
    <div data-testid="stMarkdownContainer">${inlineMarkdown(widget.label)}</div>${helpIcon(widget.help)}
  </label>`;
}
