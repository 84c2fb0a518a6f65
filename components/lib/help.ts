/** The help icon with its Markdown tooltip (`help=` on elements and widgets). */
import { html, nothing } from "lit";
import { markdown } from "./markdown-view.js";
import { adoptStyles } from "./st-element.js";

const helpCss = `
st-app .stTooltipIcon { position: relative; display: inline-flex; align-items: center; margin-left: 0.25rem; vertical-align: middle; cursor: help; color: var(--st-text-muted); }
st-app .stTooltipIcon:focus-visible { outline: 2px solid var(--st-primary); border-radius: 50%; }
st-app .st-help-glyph { display: inline-flex; width: 1rem; height: 1rem; border: 1px solid currentColor; border-radius: 50%; font-size: 0.7rem; line-height: 1; align-items: center; justify-content: center; }
st-app .st-tooltip { display: none; position: absolute; z-index: 20; top: 1.4rem; left: 50%; transform: translateX(-50%); width: max-content; max-width: 20rem; padding: 0.5rem 0.75rem; border-radius: var(--st-radius); background: var(--st-text); color: #fff; font-size: 0.875rem; font-weight: 400; line-height: 1.4; white-space: normal; text-align: left; }
st-app .st-tooltip p { margin: 0; }
st-app .stTooltipIcon:hover .st-tooltip, st-app .stTooltipIcon:focus .st-tooltip { display: block; }
`;

export function helpIcon(help: string | null | undefined) {
  if (!help) return nothing;
  adoptStyles(helpCss);
  return html`<span class="stTooltipIcon" data-testid="stTooltipIcon" tabindex="0" aria-label="Help">
    <span class="st-help-glyph" aria-hidden="true">?</span>
    <span class="st-tooltip" role="tooltip" data-testid="stTooltipContent">${markdown(help)}</span>
  </span>`;
}
